package vn.police.grievance.item;

import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.police.grievance.journal.AuditChain;
import vn.police.grievance.journal.ChainHash;

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

  /**
   * Appends the event: it is written, sealed into the chain, when the transaction commits, and is
   * read from then on (a reader inside the same transaction does not see it yet).
   */
  public void append(long itemId, OffsetDateTime at, String actor, JournalEvent event) {
    chain.appendOnCommit(new AuditChain.Written(itemId, ChainHash.truncate(at), actor, event.type().name(),
        truncate(event.reason(), 2000), JournalEvent.PAYLOAD_VERSION, JournalEvents.toJson(event)));
  }

  public List<ItemEvent> eventsOf(long itemId) {
    return jdbc.sql("SELECT * FROM item_event WHERE item_id = ? ORDER BY id")
        .param(itemId)
        .query((rs, i) -> row(rs))
        .list();
  }

  /** A stored row as its typed event; rows from before the typed journal through the legacy reader. */
  public static ItemEvent row(java.sql.ResultSet rs) throws java.sql.SQLException {
    EventType type = EventType.valueOf(rs.getString("type"));
    Integer version = rs.getObject("payload_version", Integer.class);
    JournalEvent event = version == null
        ? JournalEvents.fromLegacy(type, rs.getString("step"), rs.getString("detail"), rs.getString("reason"))
        : JournalEvents.fromJson(type, version, rs.getString("payload"));
    return new ItemEvent(
        rs.getLong("id"),
        rs.getLong("item_id"),
        rs.getObject("occurred_at", OffsetDateTime.class),
        rs.getString("actor"),
        event,
        rs.getObject("seq", Long.class),
        rs.getString("hash"));
  }

  private static String truncate(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max);
  }
}
