package vn.police.grievance.journal;

import vn.police.grievance.journal.ChainReport;
import vn.police.grievance.journal.ChainHash;
import vn.police.grievance.journal.AuditChain;
import vn.police.grievance.item.Step;
import vn.police.grievance.item.JournalEvent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;
import vn.police.grievance.journal.ChainReport.Problem;
import vn.police.grievance.item.GrievanceItem;
import vn.police.grievance.item.ItemService;
import vn.police.grievance.support.ProcessDriver;

/** The journal's hash chain: sealing at commit, no forks under concurrency, tampering found. */
@SpringBootTest
@ActiveProfiles("test")
class AuditChainTest {

  @Autowired AuditChain chain;
  @Autowired ProcessDriver driver;
  @Autowired ItemService items;
  @Autowired JdbcClient jdbc;
  @Autowired TransactionTemplate transaction;

  JournalTampering tampering;

  @BeforeEach
  void init() {
    tampering = new JournalTampering(jdbc, chain);
  }

  private long record(GrievanceItem item, String detail) {
    items.record(item.id(), "tiepnhan", new JournalEvent.ReminderSent(Step.TRIAGE, detail));
    return jdbc.sql("SELECT MAX(id) FROM item_event WHERE item_id = ?").param(item.id()).query(Long.class).single();
  }

  @Test
  void everyJournalRowIsSealedIntoTheChainWhenItsTransactionCommits() {
    GrievanceItem item = driver.submit("FACILITIES");
    List<Map<String, Object>> rows =
        jdbc.sql("SELECT id, seq, prev_hash, hash FROM item_event WHERE item_id = ? ORDER BY id").param(item.id()).query().listOfRows();
    assertThat(rows).isNotEmpty().allSatisfy(r -> {
      assertThat(r.get("seq")).isNotNull();
      assertThat((String) r.get("hash")).matches("[0-9a-f]{64}");
      assertThat((String) r.get("prev_hash")).matches("[0-9a-f]{64}");
    });
    assertThat(rows).extracting(r -> ((Number) r.get("seq")).longValue()).isSorted();

    ChainReport report = chain.verify();
    assertThat(report.intact()).as(report.summary()).isTrue();
    assertThat(report.lastPosition()).isEqualTo(jdbc.sql("SELECT MAX(seq) FROM item_event").query(Long.class).single());
    assertThat(report.headHash()).isEqualTo(
        jdbc.sql("SELECT hash FROM item_event WHERE seq = ?").param(report.lastPosition()).query(String.class).single());
    assertThat(report.summary()).contains("toàn vẹn").contains(report.headHash());
  }

  @Test
  void aRolledBackTransactionLeavesNoTraceInTheChain() {
    GrievanceItem item = driver.submit("OTHER");
    AuditChain.Head before = chain.head();
    transaction.executeWithoutResult(status -> {
      items.record(item.id(), "tiepnhan", new JournalEvent.ReminderSent(Step.TRIAGE, "không được lưu"));
      status.setRollbackOnly();
    });
    assertThat(chain.head()).isEqualTo(before);
    assertThat(chain.verify().intact()).isTrue();
  }

  @Test
  void aJournalRowIsWrittenOnlyAsItsTransactionCommitsAndAlreadySealed() {
    GrievanceItem item = driver.submit("OTHER");
    long before = count(item);
    AuditChain.Head head = chain.head();
    transaction.executeWithoutResult(status -> {
      items.record(item.id(), "tiepnhan", new JournalEvent.ReminderSent(Step.TRIAGE, "lần một"));
      items.record(item.id(), "tiepnhan", new JournalEvent.ReminderSent(Step.TRIAGE, "lần hai"));
      // kept until the commit: nothing stored yet, the head not locked nor moved
      assertThat(count(item)).isEqualTo(before);
      assertThat(chain.head()).isEqualTo(head);
    });
    List<Map<String, Object>> written = jdbc.sql("SELECT seq, prev_hash, hash FROM item_event WHERE item_id = ? ORDER BY id DESC LIMIT 2")
        .param(item.id()).query().listOfRows();
    assertThat(written).extracting(r -> ((Number) r.get("seq")).longValue()).containsExactly(head.lastSeq() + 2, head.lastSeq() + 1);
    assertThat(written.get(1).get("prev_hash")).isEqualTo(head.lastHash());
    assertThat(written.get(0).get("prev_hash")).isEqualTo(written.get(1).get("hash"));
    assertThat(chain.verify().intact()).isTrue();

    // the database keeps no row without its seal, on H2 and PostgreSQL alike
    assertThatThrownBy(() -> jdbc.sql("INSERT INTO item_event (item_id, occurred_at, actor, type) VALUES (?, CURRENT_TIMESTAMP, 'x', 'NOTE')")
            .param(item.id()).update())
        .isInstanceOf(DataAccessException.class);
  }

  private long count(GrievanceItem item) {
    return jdbc.sql("SELECT COUNT(*) FROM item_event WHERE item_id = ?").param(item.id()).query(Long.class).single();
  }

  @Test
  void concurrentAppendsFormOneChainWithoutForksOrGaps() throws Exception {
    GrievanceItem item = driver.submit("EQUIPMENT");
    long before = chain.head().lastSeq();
    int threads = 6;
    int perThread = 15;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int thread = t;
        done.add(pool.submit(() -> {
          for (int i = 0; i < perThread; i++) {
            items.record(item.id(), "tiepnhan", new JournalEvent.ReminderSent(Step.TRIAGE, "luồng " + thread + " lần " + i));
          }
        }));
      }
      for (Future<?> f : done) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
    AuditChain.Head after = chain.head();
    assertThat(after.lastSeq() - before).isEqualTo(threads * perThread);
    List<Long> positions = jdbc.sql("SELECT seq FROM item_event WHERE seq > ? ORDER BY seq").param(before).query(Long.class).list();
    assertThat(positions).hasSize(threads * perThread).first().isEqualTo(before + 1);
    assertThat(positions).last().isEqualTo(after.lastSeq());
    ChainReport report = chain.verify();
    assertThat(report.intact()).as(report.summary()).isTrue();
  }

  @Test
  void aRowAlteredInTheDatabaseIsReportedAtItsPosition() {
    GrievanceItem item = driver.submit("REPORTING");
    long position = tampering.positionOf(record(item, "Đến hạn phân loại"));
    Map<String, Object> original = tampering.row(position);
    tampering.alterDetail(position, "Đã xử lý đúng hạn");
    try {
      ChainReport report = chain.verify();
      assertThat(report.intact()).isFalse();
      assertThat(report.firstBreak().position()).isEqualTo(position);
      assertThat(report.firstBreak().problem()).isEqualTo(Problem.ALTERED);
      assertThat(report.firstBreak().itemReference()).isEqualTo(item.reference());
      assertThat(report.summary()).contains("vị trí (at position) " + position).contains("ALTERED");
    } finally {
      tampering.restore(original);
    }
    assertThat(chain.verify().intact()).isTrue();
  }

  @Test
  void aRowAlteredTogetherWithItsOwnHashBreaksTheLinkToTheNextRow() {
    GrievanceItem item = driver.submit("REPORTING");
    long position = tampering.positionOf(record(item, "Bản gốc"));
    record(item, "Bản ghi kế tiếp");
    Map<String, Object> original = tampering.row(position);
    tampering.alterDetail(position, "Bản sửa");
    // the attacker also recomputes the altered row's own hash
    AuditChain.StoredRow altered = tampering.stored(position);
    tampering.forgeHash(position, ChainHash.of(altered.prevHash(), altered.chainRow(position)));
    try {
      ChainReport report = chain.verify();
      assertThat(report.intact()).isFalse();
      assertThat(report.firstBreak().position()).isEqualTo(position + 1);
      assertThat(report.firstBreak().problem()).isEqualTo(Problem.RELINKED);
    } finally {
      tampering.restore(original);
    }
    assertThat(chain.verify().intact()).isTrue();
  }

  @Test
  void aRowDeletedFromTheDatabaseIsReportedAsMissingAtItsPosition() {
    GrievanceItem item = driver.submit("STAFFING");
    long position = tampering.positionOf(record(item, "Sẽ bị xóa"));
    record(item, "Bản ghi sau");
    Map<String, Object> original = tampering.row(position);
    tampering.delete(position);
    try {
      ChainReport report = chain.verify();
      assertThat(report.intact()).isFalse();
      assertThat(report.firstBreak().position()).isEqualTo(position);
      assertThat(report.firstBreak().problem()).isEqualTo(Problem.MISSING);
    } finally {
      tampering.restore(original);
    }
    assertThat(chain.verify().intact()).isTrue();
  }

  @Test
  void removingTheNewestRowIsFoundAgainstTheRecordedHead() {
    GrievanceItem item = driver.submit("STAFFING");
    record(item, "Bản ghi cuối");
    long last = chain.head().lastSeq();
    Map<String, Object> original = tampering.row(last);
    tampering.delete(last);
    try {
      ChainReport report = chain.verify();
      assertThat(report.intact()).isFalse();
      assertThat(report.firstBreak().position()).isEqualTo(last);
      assertThat(report.firstBreak().problem()).isEqualTo(Problem.MISSING);
    } finally {
      tampering.restore(original);
    }
    assertThat(chain.verify().intact()).isTrue();
  }

  @Test
  void onPostgresTheDatabaseRefusesToChangeOrRemoveJournalRows() {
    assumeTrue(chain.isPostgres(), "the append-only trigger exists on PostgreSQL only");
    GrievanceItem item = driver.submit("OTHER");
    long position = tampering.positionOf(record(item, "Không sửa được"));
    assertThatThrownBy(() -> jdbc.sql("UPDATE item_event SET detail = 'sửa' WHERE seq = ?").param(position).update())
        .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
    assertThatThrownBy(() -> jdbc.sql("UPDATE item_event SET hash = NULL, seq = NULL WHERE seq = ?").param(position).update())
        .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
    assertThatThrownBy(() -> jdbc.sql("DELETE FROM item_event WHERE seq = ?").param(position).update())
        .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
    assertThatThrownBy(() -> jdbc.sql("TRUNCATE item_event CASCADE").update())
        .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
    assertThatThrownBy(() -> jdbc.sql("UPDATE audit_chain SET last_seq = last_seq - 1").update())
        .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("only moves forward");
    assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_chain").update())
        .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("only moves forward");
    assertThat(chain.verify().intact()).isTrue();
  }
}
