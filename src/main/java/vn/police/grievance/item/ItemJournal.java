package vn.police.grievance.item;

import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The append-only record of what happened to each item and why. */
@Repository
public class ItemJournal {

  private final JdbcClient jdbc;

  public ItemJournal(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void append(
      long itemId, OffsetDateTime at, String actor, EventType type, String step, String detail, String reason) {
    jdbc.sql(
            "INSERT INTO item_event (item_id, occurred_at, actor, type, step, detail, reason)"
                + " VALUES (?,?,?,?,?,?,?)")
        .params(itemId, at, actor, type.name(), step, truncate(detail, 4000), truncate(reason, 2000))
        .update();
  }

  public List<ItemEvent> eventsOf(long itemId) {
    return jdbc.sql("SELECT * FROM item_event WHERE item_id = ? ORDER BY id")
        .param(itemId)
        .query(
            (rs, i) ->
                new ItemEvent(
                    rs.getLong("id"),
                    rs.getLong("item_id"),
                    rs.getObject("occurred_at", OffsetDateTime.class),
                    rs.getString("actor"),
                    EventType.valueOf(rs.getString("type")),
                    rs.getString("step"),
                    rs.getString("detail"),
                    rs.getString("reason")))
        .list();
  }

  private static String truncate(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max);
  }
}
