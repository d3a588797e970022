package vn.police.grievance.journal;

import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import vn.police.grievance.journal.ChainReport.ChainBreak;
import vn.police.grievance.system.AfterTransaction;
import vn.police.grievance.journal.ChainReport.Problem;

/**
 * The hash chain over the journal (item_event). A row is inserted as usual and sealed just before
 * its transaction commits: the chain head is locked, the transaction's rows get the next positions
 * and their hashes, the head moves on. Locking only at commit keeps the lock short and taken after
 * every other lock of the transaction, so appends cannot deadlock on it; positions follow commit
 * order, so concurrent transactions can never fork the chain. A rolled-back transaction leaves no
 * trace in it.
 *
 * <p>Verification reads the chain in one consistent snapshot and reports the first broken link.
 */
@Component
public class AuditChain {

  private static final Object PENDING = new Object();
  public static final int STREAM_FETCH_SIZE = 500;

  private final DataSource dataSource;
  private final JdbcClient jdbc;
  private final JdbcClient streaming;
  private final TransactionTemplate writes;
  private final TransactionTemplate snapshot;
  private final Clock clock;
  private volatile Boolean postgres;

  public AuditChain(DataSource dataSource, PlatformTransactionManager transactions, Clock clock) {
    this.dataSource = dataSource;
    this.jdbc = JdbcClient.create(dataSource);
    JdbcTemplate fetching = new JdbcTemplate(dataSource);
    // With a fetch size and inside a transaction, PostgreSQL hands rows over in batches instead of
    // loading the whole result into memory.
    fetching.setFetchSize(STREAM_FETCH_SIZE);
    this.streaming = JdbcClient.create(fetching);
    this.writes = new TransactionTemplate(transactions);
    this.snapshot = new TransactionTemplate(transactions);
    snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
    snapshot.setReadOnly(true);
    this.clock = clock;
  }

  // --- Sealing --------------------------------------------------------------------------------

  /**
   * A journal row as its writer stored it, with the time already cut to the microsecond the
   * database keeps: what the seal hashes, without reading the row back.
   */
  public record Written(
      long id, long itemId, OffsetDateTime occurredAt, String actor, String type, String reason, int payloadVersion,
      String payload) {

    StoredRow stored() {
      return new StoredRow(id, itemId, occurredAt, actor, type, null, null, reason, payloadVersion, payload, null, null,
          null, null);
    }
  }

  /**
   * Seals the journal row when the current transaction commits (at once when there is none); a
   * transaction started inside another (REQUIRES_NEW) collects and seals its own rows.
   */
  public void sealOnCommit(Written row) {
    List<StoredRow> pending = AfterTransaction.ofThisTransaction(PENDING, ArrayList::new, this::seal);
    if (pending == null) {
      writes.executeWithoutResult(status -> seal(List.of(row.stored())));
      return;
    }
    pending.add(row.stored());
  }

  /**
   * Seals the rows in the order they were written, as the transaction wrote them (the writer
   * hands over the stored values, so nothing is read back). The one statement that seals them
   * matches only rows not yet sealed, and all of them must match.
   */
  private void seal(List<StoredRow> written) {
    if (written.isEmpty()) {
      return;
    }
    Head head = lockHead();
    long seq = head.lastSeq();
    String previous = head.lastHash();
    List<StoredRow> rows = written.stream().sorted(java.util.Comparator.comparingLong(StoredRow::id)).toList();
    // every row of the transaction sealed by one statement (MERGE: PostgreSQL 15 and H2 alike)
    StringBuilder merge = new StringBuilder("MERGE INTO item_event e USING (VALUES ");
    List<Object> params = new ArrayList<>();
    for (StoredRow row : rows) {
      seq++;
      String hash = ChainHash.of(previous, row.chainRow(seq));
      merge.append(params.isEmpty() ? "" : ", ")
          .append("(CAST(? AS BIGINT), CAST(? AS BIGINT), CAST(? AS VARCHAR(64)), CAST(? AS VARCHAR(64)))");
      params.add(row.id());
      params.add(seq);
      params.add(previous);
      params.add(hash);
      previous = hash;
    }
    merge.append(") AS v(id, seq, prev_hash, hash) ON e.id = v.id AND e.hash IS NULL"
        + " WHEN MATCHED THEN UPDATE SET seq = v.seq, prev_hash = v.prev_hash, hash = v.hash");
    int sealed = jdbc.sql(merge.toString()).params(params).update();
    if (sealed != rows.size()) {
      throw new IllegalStateException("Journal rows " + rows.stream().map(StoredRow::id).toList() + " could not be sealed: "
          + sealed + " of " + rows.size());
    }
    jdbc.sql("UPDATE audit_chain SET last_seq = ?, last_hash = ? WHERE id = 1").params(seq, previous).update();
  }

  private Head lockHead() {
    return jdbc.sql("SELECT * FROM audit_chain WHERE id = 1 FOR UPDATE").query(AuditChain::mapHead).single();
  }

  private Head readHead() {
    return jdbc.sql("SELECT * FROM audit_chain WHERE id = 1").query(AuditChain::mapHead).single();
  }

  private static Head mapHead(ResultSet rs, int i) throws SQLException {
    return new Head(
        rs.getLong("last_seq"), rs.getString("last_hash"), rs.getLong("pruned_upto_seq"), rs.getString("pruned_upto_hash"));
  }

  /** The head of the chain and the anchor retention left behind. */
  public record Head(long lastSeq, String lastHash, long prunedUpToSeq, String prunedUpToHash) {}

  /** A journal row as stored, with the reference of its item when the query joined it. */
  record StoredRow(
      long id,
      long itemId,
      OffsetDateTime occurredAt,
      String actor,
      String type,
      String step,
      String detail,
      String reason,
      Integer payloadVersion,
      String payload,
      Long seq,
      String prevHash,
      String hash,
      String reference) {

    static StoredRow of(ResultSet rs) throws SQLException {
      return new StoredRow(
          rs.getLong("id"),
          rs.getLong("item_id"),
          rs.getObject("occurred_at", OffsetDateTime.class),
          rs.getString("actor"),
          rs.getString("type"),
          rs.getString("step"),
          rs.getString("detail"),
          rs.getString("reason"),
          rs.getObject("payload_version", Integer.class),
          rs.getString("payload"),
          rs.getObject("seq", Long.class),
          rs.getString("prev_hash"),
          rs.getString("hash"),
          rs.getString("reference"));
    }

    ChainHash.Row chainRow(long position) {
      return new ChainHash.Row(position, itemId, occurredAt, actor, type, step, detail, reason, payloadVersion, payload);
    }
  }

  // --- Verification ---------------------------------------------------------------------------

  /** Walks the whole chain in one snapshot; stops at the first broken link. */
  public ChainReport verify() {
    return snapshot.execute(status -> verifyInSnapshot());
  }

  private ChainReport verifyInSnapshot() {
    Head head = readHead();
    long expected = head.prunedUpToSeq() + 1;
    String previous = head.prunedUpToHash();
    long checked = 0;
    ChainBreak broken = null;
    try (Stream<StoredRow> rows =
        streaming
            .sql("SELECT e.*, i.reference FROM item_event e LEFT JOIN grievance_item i ON i.id = e.item_id"
                + " WHERE e.seq > ? ORDER BY e.seq")
            .param(head.prunedUpToSeq())
            .query((rs, i) -> StoredRow.of(rs))
            .stream()) {
      for (StoredRow row : (Iterable<StoredRow>) rows::iterator) {
        if (row.seq() != expected) {
          broken = new ChainBreak(expected, null, null, Problem.MISSING,
              "Thiếu bản ghi tại vị trí " + expected + " (row missing: removed)");
          break;
        }
        if (!previous.equals(row.prevHash())) {
          broken = new ChainBreak(row.seq(), row.id(), row.reference(), Problem.RELINKED,
              "Bản ghi không nối với bản ghi trước (does not link to the previous row)");
          break;
        }
        if (!ChainHash.of(previous, row.chainRow(row.seq())).equals(row.hash())) {
          broken = new ChainBreak(row.seq(), row.id(), row.reference(), Problem.ALTERED,
              "Nội dung bản ghi đã bị thay đổi (row content altered)");
          break;
        }
        previous = row.hash();
        expected++;
        checked++;
      }
    }
    long last = expected - 1;
    if (broken == null && last != head.lastSeq()) {
      broken = last < head.lastSeq()
          ? new ChainBreak(expected, null, null, Problem.MISSING,
              "Thiếu bản ghi tại vị trí " + expected + " (row missing: removed)")
          : new ChainBreak(head.lastSeq() + 1, null, null, Problem.HEAD_MISMATCH,
              "Có bản ghi nằm ngoài đầu chuỗi (rows beyond the recorded head)");
    }
    if (broken == null && !previous.equals(head.lastHash())) {
      broken = new ChainBreak(head.lastSeq(), null, null, Problem.HEAD_MISMATCH,
          "Đầu chuỗi không khớp với bản ghi cuối (head does not match the last row)");
    }
    if (broken == null) {
      broken = jdbc.sql("SELECT e.*, i.reference FROM item_event e LEFT JOIN grievance_item i ON i.id = e.item_id"
                  + " WHERE e.hash IS NULL OR e.seq IS NULL ORDER BY e.id LIMIT 1")
          .query((rs, i) -> StoredRow.of(rs))
          .optional()
          .map(row -> new ChainBreak(null, row.id(), row.reference(), Problem.UNSEALED,
              "Bản ghi chưa được niêm phong vào chuỗi (row never sealed)"))
          .orElse(null);
    }
    return new ChainReport(
        broken == null, checked, head.prunedUpToSeq() + 1, head.lastSeq(), head.lastHash(), head.prunedUpToSeq(),
        OffsetDateTime.now(clock), broken);
  }

  // --- Retention ------------------------------------------------------------------------------

  /** The current head: last position, its hash, and how far retention has removed rows. */
  public Head head() {
    return readHead();
  }

  /**
   * Removes the rows at positions up to {@code upTo} (a prefix of the chain) and records the last
   * removed position and hash as the anchor the remaining chain starts from. On PostgreSQL this runs
   * in a database function, the only way past the trigger that refuses deletions.
   *
   * @return rows removed
   */
  public long pruneUpTo(long upTo) {
    return writes.execute(status -> {
      if (isPostgres()) {
        return jdbc.sql("SELECT audit_prune(?)").param(upTo).query(Long.class).single();
      }
      Head head = lockHead();
      if (upTo <= head.prunedUpToSeq()) {
        return 0L;
      }
      if (upTo > head.lastSeq()) {
        throw new IllegalArgumentException("Position " + upTo + " is beyond the head of the chain");
      }
      String anchor = jdbc.sql("SELECT hash FROM item_event WHERE seq = ?").param(upTo).query(String.class).optional()
          .orElseThrow(() -> new IllegalStateException("No journal row at position " + upTo));
      long removed = jdbc.sql("DELETE FROM item_event WHERE seq > ? AND seq <= ?")
          .params(head.prunedUpToSeq(), upTo).update();
      jdbc.sql("UPDATE audit_chain SET pruned_upto_seq = ?, pruned_upto_hash = ? WHERE id = 1")
          .params(upTo, anchor).update();
      return removed;
    });
  }

  boolean isPostgres() {
    if (postgres == null) {
      try {
        String product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
        postgres = "PostgreSQL".equalsIgnoreCase(product);
      } catch (MetaDataAccessException e) {
        throw new IllegalStateException("Cannot tell which database holds the journal", e);
      }
    }
    return postgres;
  }
}
