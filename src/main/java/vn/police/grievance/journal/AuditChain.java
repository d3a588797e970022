package vn.police.grievance.journal;

import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
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
 * The hash chain over the journal (item_event). A transaction's rows are kept until it is about to
 * commit, then written sealed: the chain head is locked, the rows get the next positions and their
 * hashes and are inserted, the head moves on. No row is ever updated. Locking only at commit keeps
 * the lock short and taken after every other lock of the transaction, so appends cannot deadlock on
 * it; positions follow commit order, so concurrent transactions can never fork the chain. A
 * rolled-back transaction writes nothing.
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

  /** The most rows one statement inserts (ten parameters a row; PostgreSQL takes at most 65,535). */
  static final int ROWS_PER_INSERT = 500;

  /**
   * A journal row to write, with the time already cut to the microsecond the database keeps: what
   * the seal hashes is exactly what is stored.
   */
  public record Written(
      long itemId, OffsetDateTime occurredAt, String actor, String type, String reason, int payloadVersion, String payload) {

    ChainHash.Row chainRow(long position) {
      return new ChainHash.Row(position, itemId, occurredAt, actor, type, null, null, reason, payloadVersion, payload);
    }
  }

  /** The rows a transaction has appended, written as it commits; none may follow once written. */
  private static final class Pending {
    private final List<Written> rows = new ArrayList<>();
    private boolean written;

    void add(Written row) {
      if (written) {
        throw new IllegalStateException("A journal row was appended after its transaction's rows were written: " + row.type());
      }
      rows.add(row);
    }

    List<Written> close() {
      written = true;
      return rows;
    }
  }

  /**
   * Writes the journal row, sealed, when the current transaction commits (at once, in a transaction
   * of its own, when there is none); a transaction started inside another (REQUIRES_NEW) writes its
   * own rows when it commits. A row never exists unsealed, not even inside its transaction.
   */
  public void appendOnCommit(Written row) {
    Pending pending = AfterTransaction.ofThisTransaction(PENDING, Pending::new, p -> write(p.close()));
    if (pending == null) {
      writes.executeWithoutResult(status -> write(List.of(row)));
      return;
    }
    pending.add(row);
  }

  /**
   * Locks the head, gives the rows the next positions in the order they were appended with their
   * hashes, inserts them, and moves the head on: three statements for a transaction's rows (more
   * only past {@value #ROWS_PER_INSERT} rows).
   */
  private void write(List<Written> rows) {
    if (rows.isEmpty()) {
      return;
    }
    Head head = lockHead();
    long seq = head.lastSeq();
    String previous = head.lastHash();
    for (int from = 0; from < rows.size(); from += ROWS_PER_INSERT) {
      List<Written> chunk = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_INSERT));
      StringBuilder insert = new StringBuilder(
          "INSERT INTO item_event (item_id, occurred_at, actor, type, reason, payload_version, payload, seq, prev_hash, hash) VALUES ");
      List<Object> params = new ArrayList<>();
      for (Written row : chunk) {
        seq++;
        String hash = ChainHash.of(previous, row.chainRow(seq));
        insert.append(params.isEmpty() ? "" : ", ").append("(?,?,?,?,?,?,?,?,?,?)");
        params.addAll(Arrays.asList(row.itemId(), row.occurredAt(), row.actor(), row.type(), row.reason(), row.payloadVersion(),
            row.payload(), seq, previous, hash));
        previous = hash;
      }
      jdbc.sql(insert.toString()).params(params).update();
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
