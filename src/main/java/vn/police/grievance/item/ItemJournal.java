package vn.police.grievance.item;

import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import vn.police.grievance.audit.AuditChain;
import vn.police.grievance.audit.ChainHash;

/**
 * The append-only record of what happened to each item and why. Each row is sealed into the
 * audit hash chain when its transaction commits ({@link AuditChain}).
 */
@Repository
public class ItemJournal {

  private final JdbcClient jdbc;
  private final AuditChain chain;

  public ItemJournal(JdbcClient jdbc, AuditChain chain) {
    this.jdbc = jdbc;
    this.chain = chain;
  }

  public void append(
      long itemId, OffsetDateTime at, String actor, EventType type, String step, String detail, String reason) {
    GeneratedKeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql(
            "INSERT INTO item_event (item_id, occurred_at, actor, type, step, detail, reason)"
                + " VALUES (?,?,?,?,?,?,?)")
        .params(itemId, ChainHash.truncate(at), actor, type.name(), step, truncate(detail, 4000), truncate(reason, 2000))
        .update(keys, "id");
    chain.sealOnCommit(keys.getKeyAs(Number.class).longValue());
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
