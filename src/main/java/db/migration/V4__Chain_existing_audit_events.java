package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import vn.police.grievance.journal.ChainHash;

/**
 * Seals the journal rows written before the hash chain existed, in the order they were written
 * (by id), so that an upgraded database verifies like a new one. Deterministic: the same rows give
 * the same chain. Runs once, before PostgreSQL's append-only trigger (V5) exists.
 */
public class V4__Chain_existing_audit_events extends BaseJavaMigration {

  @Override
  public void migrate(Context context) throws Exception {
    Connection connection = context.getConnection();
    long seq;
    String previous;
    try (PreparedStatement head = connection.prepareStatement("SELECT last_seq, last_hash FROM audit_chain WHERE id = 1");
        ResultSet rs = head.executeQuery()) {
      rs.next();
      seq = rs.getLong(1);
      previous = rs.getString(2);
    }
    try (PreparedStatement select = connection.prepareStatement(
            "SELECT id, item_id, occurred_at, actor, type, step, detail, reason FROM item_event"
                + " WHERE hash IS NULL ORDER BY id");
        PreparedStatement seal = connection.prepareStatement(
            "UPDATE item_event SET seq = ?, prev_hash = ?, hash = ? WHERE id = ?");
        ResultSet rows = select.executeQuery()) {
      while (rows.next()) {
        seq++;
        String hash = ChainHash.of(previous, new ChainHash.Row(
            seq,
            rows.getLong("item_id"),
            rows.getObject("occurred_at", OffsetDateTime.class),
            rows.getString("actor"),
            rows.getString("type"),
            rows.getString("step"),
            rows.getString("detail"),
            rows.getString("reason")));
        seal.setLong(1, seq);
        seal.setString(2, previous);
        seal.setString(3, hash);
        seal.setLong(4, rows.getLong("id"));
        seal.executeUpdate();
        previous = hash;
      }
    }
    try (PreparedStatement head = connection.prepareStatement(
        "UPDATE audit_chain SET last_seq = ?, last_hash = ? WHERE id = 1")) {
      head.setLong(1, seq);
      head.setString(2, previous);
      head.executeUpdate();
    }
  }
}
