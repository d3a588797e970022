package vn.police.grievance.notification;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** In-app notices to a group: a unit, a department, the leadership. */
@Repository
public class Notifications {

  private final JdbcClient jdbc;
  private final Clock clock;
  private final ApplicationEventPublisher events;

  public Notifications(JdbcClient jdbc, Clock clock, ApplicationEventPublisher events) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.events = events;
  }

  /**
   * Adds a notice to a group's list and announces it ({@link NoticeSent}), so that it can also go
   * out by e-mail once the step that wrote it has committed.
   */
  public void send(String recipientGroup, Long itemId, String kind, String message) {
    GeneratedKeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql(
            "INSERT INTO notification (recipient_group, item_id, kind, message, created_at) VALUES (?,?,?,?,?)")
        .params(recipientGroup, itemId, kind, message, OffsetDateTime.now(clock))
        .update(keys, "id");
    events.publishEvent(new NoticeSent(keys.getKeyAs(Number.class).longValue(), recipientGroup, itemId, kind, message));
  }

  public List<Notification> forGroups(Collection<String> groups, int limit) {
    if (groups.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(
            "SELECT n.*, FALSE AS is_read FROM notification n WHERE recipient_group IN (:groups) ORDER BY id DESC LIMIT :limit")
        .param("groups", groups)
        .param("limit", limit)
        .query((rs, i) -> notification(rs))
        .list();
  }

  /** The latest notices to a person's groups, with whether they have read each; unread only if asked. */
  public List<Notification> forPerson(Collection<String> groups, String userId, boolean unreadOnly, int limit) {
    if (groups.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(
            "SELECT n.*, CASE WHEN r.user_id IS NULL THEN FALSE ELSE TRUE END AS is_read FROM notification n"
                + " LEFT JOIN notification_read r ON r.notification_id = n.id AND r.user_id = :user"
                + " WHERE n.recipient_group IN (:groups)" + (unreadOnly ? " AND r.user_id IS NULL" : "")
                + " ORDER BY n.id DESC LIMIT :limit")
        .param("groups", groups)
        .param("user", userId)
        .param("limit", limit)
        .query((rs, i) -> notification(rs))
        .list();
  }

  /** How many notices to a person's groups they have not read. */
  public long unreadCount(Collection<String> groups, String userId) {
    if (groups.isEmpty()) {
      return 0;
    }
    return jdbc.sql(
            "SELECT COUNT(*) FROM notification n WHERE n.recipient_group IN (:groups) AND NOT EXISTS"
                + " (SELECT 1 FROM notification_read r WHERE r.notification_id = n.id AND r.user_id = :user)")
        .param("groups", groups)
        .param("user", userId)
        .query(Long.class)
        .single();
  }

  /**
   * Marks a notice read for a person, if it is addressed to one of their groups; returns whether
   * it is. Marking twice is harmless.
   */
  public boolean markRead(long notificationId, Collection<String> groups, String userId) {
    if (groups.isEmpty()) {
      return false;
    }
    boolean theirs = jdbc.sql("SELECT COUNT(*) FROM notification WHERE id = :id AND recipient_group IN (:groups)")
        .param("id", notificationId).param("groups", groups).query(Long.class).single() > 0;
    if (theirs) {
      jdbc.sql("INSERT INTO notification_read (notification_id, user_id, read_at) SELECT :id, :user, :at"
              + " WHERE NOT EXISTS (SELECT 1 FROM notification_read WHERE notification_id = :id AND user_id = :user)")
          .param("id", notificationId).param("user", userId).param("at", OffsetDateTime.now(clock)).update();
    }
    return theirs;
  }

  /** Marks every notice to a person's groups read; returns how many were unread. */
  public int markAllRead(Collection<String> groups, String userId) {
    if (groups.isEmpty()) {
      return 0;
    }
    return jdbc.sql("INSERT INTO notification_read (notification_id, user_id, read_at) SELECT n.id, :user, :at"
            + " FROM notification n WHERE n.recipient_group IN (:groups) AND NOT EXISTS"
            + " (SELECT 1 FROM notification_read r WHERE r.notification_id = n.id AND r.user_id = :user)")
        .param("groups", groups).param("user", userId).param("at", OffsetDateTime.now(clock)).update();
  }

  private static Notification notification(java.sql.ResultSet rs) throws java.sql.SQLException {
    return new Notification(
        rs.getLong("id"),
        rs.getString("recipient_group"),
        rs.getObject("item_id", Long.class),
        rs.getString("kind"),
        rs.getString("message"),
        rs.getObject("created_at", OffsetDateTime.class),
        rs.getBoolean("is_read"));
  }
}
