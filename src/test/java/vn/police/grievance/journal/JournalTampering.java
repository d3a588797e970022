package vn.police.grievance.journal;

import vn.police.grievance.journal.AuditChain;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What an attacker with the database owner's rights can do to the journal: switch off the
 * append-only trigger (PostgreSQL) and change or remove rows. Every change can be undone, so that
 * the shared test database is left with an intact chain.
 */
final class JournalTampering {

  private final JdbcClient jdbc;
  private final boolean postgres;

  JournalTampering(JdbcClient jdbc, AuditChain chain) {
    this.jdbc = jdbc;
    this.postgres = chain.isPostgres();
  }

  Map<String, Object> row(long seq) {
    return jdbc.sql("SELECT * FROM item_event WHERE seq = ?").param(seq).query().singleRow();
  }

  AuditChain.StoredRow stored(long seq) {
    return jdbc.sql("SELECT e.*, NULL AS reference FROM item_event e WHERE seq = ?").param(seq)
        .query((rs, i) -> AuditChain.StoredRow.of(rs)).single();
  }

  void forgeHash(long seq, String hash) {
    withoutTrigger(() -> jdbc.sql("UPDATE item_event SET hash = ? WHERE seq = ?").params(hash, seq).update());
  }

  long positionOf(long eventId) {
    return jdbc.sql("SELECT seq FROM item_event WHERE id = ?").param(eventId).query(Long.class).single();
  }

  void alterDetail(long seq, String detail) {
    withoutTrigger(() -> jdbc.sql("UPDATE item_event SET detail = ? WHERE seq = ?").params(detail, seq).update());
  }

  void delete(long seq) {
    withoutTrigger(() -> jdbc.sql("DELETE FROM item_event WHERE seq = ?").param(seq).update());
  }

  /** Puts a row back exactly as it was (same id, content, position and hashes). */
  void restore(Map<String, Object> original) {
    withoutTrigger(() -> {
      jdbc.sql("DELETE FROM item_event WHERE id = ?").param(original.get("id")).update();
      jdbc.sql("INSERT INTO item_event (id, item_id, occurred_at, actor, type, step, detail, reason, payload_version, payload,"
              + " seq, prev_hash, hash) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)")
          .params(original.get("id"), original.get("item_id"), original.get("occurred_at"), original.get("actor"),
              original.get("type"), original.get("step"), original.get("detail"), original.get("reason"),
              original.get("payload_version"), original.get("payload"),
              original.get("seq"), original.get("prev_hash"), original.get("hash"))
          .update();
    });
  }

  private void withoutTrigger(Runnable change) {
    if (postgres) {
      jdbc.sql("ALTER TABLE item_event DISABLE TRIGGER item_event_append_only").update();
    }
    try {
      change.run();
    } finally {
      if (postgres) {
        jdbc.sql("ALTER TABLE item_event ENABLE TRIGGER item_event_append_only").update();
      }
    }
  }
}
