package vn.police.grievance.journal;

import vn.police.grievance.journal.RetentionProperties;
import vn.police.grievance.journal.AuditEventCleanup;
import vn.police.grievance.journal.ChainReport;
import vn.police.grievance.journal.AuditChain;
import vn.police.grievance.item.JournalEvents;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.police.grievance.item.EventType;
import vn.police.grievance.item.ItemJournal;

/**
 * The journal's share of the retention policy, on a database of its own: rows of items finished
 * longer ago than the period are removed in the night window, as a prefix of the chain, and what
 * remains still verifies.
 */
class AuditEventCleanupTest {

  static final ZoneId SERVER = ZoneId.systemDefault();
  static final RetentionProperties TEN_YEARS = new RetentionProperties(3653, LocalTime.of(1, 0), LocalTime.of(4, 0));

  final DataSource dataSource = AuditChainMigrationTest.h2();
  final JdbcClient jdbc = JdbcClient.create(dataSource);
  final AuditChain chain = AuditChainMigrationTest.chainOn(dataSource);
  final ItemJournal journal = new ItemJournal(jdbc, chain);
  final TransactionTemplate tx = new TransactionTemplate(new DataSourceTransactionManager(dataSource));

  static Clock at(LocalDate day, LocalTime time) {
    return Clock.fixed(day.atTime(time).atZone(SERVER).toInstant(), SERVER);
  }

  long item(String reference, OffsetDateTime closedAt) {
    OffsetDateTime submitted = OffsetDateTime.parse("2014-01-06T08:00:00+07:00");
    jdbc.sql("INSERT INTO grievance_item (reference, unit_id, category, title, content, status, submitted_by, submitted_at,"
            + " updated_at, closed_at) VALUES (?, 'reception', 'OTHER', 'Kiến nghị', 'Nội dung', ?, 'tiepnhan', ?, ?, ?)")
        .params(reference, closedAt == null ? "IN_TRIAGE" : "CLOSED", submitted, submitted, closedAt).update();
    return jdbc.sql("SELECT id FROM grievance_item WHERE reference = ?").param(reference).query(Long.class).single();
  }

  void event(long itemId, EventType type) {
    tx.executeWithoutResult(s -> journal.append(itemId, OffsetDateTime.parse("2014-01-06T09:00:00+07:00"), "tiepnhan",
        JournalEvents.fromLegacy(type, null, null, null)));
  }

  List<Long> remainingPositions() {
    return jdbc.sql("SELECT seq FROM item_event ORDER BY seq").query(Long.class).list();
  }

  @Test
  void removesTheRowsOfItemsFinishedLongerAgoThanThePeriodAsAPrefixOfTheChain() {
    AuditChainMigrationTest.flyway(dataSource, null).migrate();
    LocalDate today = LocalDate.of(2026, 3, 10);
    long oldItem = item("KN-2014-000001", OffsetDateTime.parse("2015-01-05T10:00:00+07:00"));
    long openItem = item("KN-2014-000002", null);
    event(oldItem, EventType.SUBMITTED);         // 1
    event(oldItem, EventType.CLOSED);            // 2
    event(openItem, EventType.SUBMITTED);        // 3: still open, everything from here stays
    event(oldItem, EventType.REMINDER_SENT);     // 4

    AuditEventCleanup cleanup = new AuditEventCleanup(jdbc, chain, TEN_YEARS, at(today, LocalTime.of(2, 0)));
    assertThat(cleanup.cleanUp()).isEqualTo(2);
    assertThat(remainingPositions()).containsExactly(3L, 4L);
    ChainReport report = chain.verify();
    assertThat(report.intact()).as(report.summary()).isTrue();
    assertThat(report.firstPosition()).isEqualTo(3);
    assertThat(cleanup.cleanUp()).isZero();

    // an item finished within the period keeps its rows too
    jdbc.sql("UPDATE grievance_item SET closed_at = ? WHERE id = ?")
        .params(OffsetDateTime.parse("2020-06-01T10:00:00+07:00"), openItem).update();
    assertThat(cleanup.cleanUp()).isZero();

    // once it is finished longer ago than the period, the rest goes
    jdbc.sql("UPDATE grievance_item SET closed_at = ? WHERE id = ?")
        .params(OffsetDateTime.parse("2016-03-01T10:00:00+07:00"), openItem).update();
    assertThat(cleanup.cleanUp()).isEqualTo(2);
    assertThat(remainingPositions()).isEmpty();
    assertThat(chain.verify().intact()).isTrue();

    // and the chain goes on from the anchor
    event(openItem, EventType.REOPENED);
    assertThat(remainingPositions()).containsExactly(5L);
    assertThat(chain.verify().intact()).isTrue();
  }

  @Test
  void nothingIsRemovedOutsideTheNightWindow() {
    AuditChainMigrationTest.flyway(dataSource, null).migrate();
    long oldItem = item("KN-2014-000003", OffsetDateTime.parse("2015-01-05T10:00:00+07:00"));
    event(oldItem, EventType.SUBMITTED);
    LocalDate today = LocalDate.of(2026, 3, 10);

    new AuditEventCleanup(jdbc, chain, TEN_YEARS, at(today, LocalTime.of(12, 0))).inCleanupWindow();
    assertThat(remainingPositions()).containsExactly(1L);
    new AuditEventCleanup(jdbc, chain, TEN_YEARS, at(today, LocalTime.of(3, 59))).inCleanupWindow();
    assertThat(remainingPositions()).isEmpty();
  }

  @Test
  void aWindowMayRunPastMidnight() {
    RetentionProperties overnight = new RetentionProperties(3653, LocalTime.of(22, 0), LocalTime.of(2, 0));
    assertThat(overnight.inCleanupWindow(LocalTime.of(23, 30))).isTrue();
    assertThat(overnight.inCleanupWindow(LocalTime.of(1, 59))).isTrue();
    assertThat(overnight.inCleanupWindow(LocalTime.of(2, 0))).isFalse();
    assertThat(overnight.inCleanupWindow(LocalTime.of(12, 0))).isFalse();
    assertThat(TEN_YEARS.inCleanupWindow(LocalTime.of(1, 0))).isTrue();
    assertThat(TEN_YEARS.inCleanupWindow(LocalTime.of(4, 0))).isFalse();
  }
}
