package vn.police.grievance.notification;

import java.time.Clock;
import java.time.OffsetDateTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Whether a person receives their notices by e-mail too: yes unless they opted out. */
@Repository
public class MailPreferences {

  private final JdbcClient jdbc;
  private final Clock clock;

  public MailPreferences(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  public boolean wantsEmail(String userId) {
    return jdbc.sql("SELECT email FROM notification_preference WHERE user_id = ?").param(userId)
        .query(Boolean.class).optional().orElse(true);
  }

  @Transactional
  public void setEmail(String userId, boolean email) {
    int updated = jdbc.sql("UPDATE notification_preference SET email = ?, updated_at = ? WHERE user_id = ?")
        .params(email, OffsetDateTime.now(clock), userId).update();
    if (updated == 0) {
      try {
        jdbc.sql("INSERT INTO notification_preference (user_id, email, updated_at) VALUES (?,?,?)")
            .params(userId, email, OffsetDateTime.now(clock)).update();
      } catch (org.springframework.dao.DuplicateKeyException sameFirstToggleTwice) {
        // two first toggles raced: the other inserted the row, this one sets the value asked for last
        jdbc.sql("UPDATE notification_preference SET email = ?, updated_at = ? WHERE user_id = ?")
            .params(email, OffsetDateTime.now(clock), userId).update();
      }
    }
  }
}
