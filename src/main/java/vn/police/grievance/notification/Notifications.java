package vn.police.grievance.notification;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** In-app notices to a group: a unit, a department, the leadership. */
@Repository
public class Notifications {

  private final JdbcClient jdbc;
  private final Clock clock;

  public Notifications(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  public void send(String recipientGroup, Long itemId, String kind, String message) {
    jdbc.sql(
            "INSERT INTO notification (recipient_group, item_id, kind, message, created_at) VALUES (?,?,?,?,?)")
        .params(recipientGroup, itemId, kind, message, OffsetDateTime.now(clock))
        .update();
  }

  public List<Notification> forGroups(Collection<String> groups, int limit) {
    if (groups.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(
            "SELECT * FROM notification WHERE recipient_group IN (:groups) ORDER BY id DESC LIMIT :limit")
        .param("groups", groups)
        .param("limit", limit)
        .query(
            (rs, i) ->
                new Notification(
                    rs.getLong("id"),
                    rs.getString("recipient_group"),
                    rs.getObject("item_id", Long.class),
                    rs.getString("kind"),
                    rs.getString("message"),
                    rs.getObject("created_at", OffsetDateTime.class)))
        .list();
  }
}
