package vn.police.grievance.journal;

import vn.police.grievance.journal.ChainReport;
import vn.police.grievance.journal.AuditChain;
import vn.police.grievance.item.InadmissibleGround;
import vn.police.grievance.item.Route;
import vn.police.grievance.item.ItemStatus;
import vn.police.grievance.item.ItemEvent;
import vn.police.grievance.item.AnswerKind;
import vn.police.grievance.item.JournalEvent;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;
import vn.police.grievance.item.ItemJournal;

/**
 * A database with journal rows written before the hash chain existed: the migration seals them in
 * the order they were written, deterministically, so that the upgraded database verifies, and the
 * application goes on appending to the same chain.
 */
class AuditChainMigrationTest {

  static final OffsetDateTime T0 = OffsetDateTime.of(2026, 2, 10, 8, 30, 0, 0, ZoneOffset.ofHours(7));

  static Flyway flyway(DataSource dataSource, String target) {
    var config = Flyway.configure()
        .dataSource(dataSource)
        .locations("classpath:db/migration", "classpath:db/vendor/h2")
        .table("app_schema_history")
        .placeholders(java.util.Map.of("app_role", "grievance_app"));
    if (target != null) {
      config.target(target);
    }
    return config.load();
  }

  static DataSource h2() {
    return new DriverManagerDataSource("jdbc:h2:mem:upgrade-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
  }

  /** A database at version 2 with one item and three journal rows, as an installation before the chain. */
  static long legacyJournal(DataSource dataSource) {
    flyway(dataSource, "2").migrate();
    JdbcClient jdbc = JdbcClient.create(dataSource);
    jdbc.sql("INSERT INTO grievance_item (reference, unit_id, category, title, content, status, submitted_by, submitted_at,"
            + " updated_at) VALUES ('KN-2026-000001', 'reception', 'OTHER', 'Kiến nghị cũ', 'Nội dung', 'IN_TRIAGE', 'tiepnhan', ?, ?)")
        .params(T0, T0).update();
    long itemId = jdbc.sql("SELECT id FROM grievance_item").query(Long.class).single();
    String insert = "INSERT INTO item_event (item_id, occurred_at, actor, type, step, detail, reason) VALUES (?,?,?,?,?,?,?)";
    jdbc.sql(insert).params(itemId, T0, "tiepnhan", "SUBMITTED", "intake", "reception", null).update();
    jdbc.sql(insert).params(itemId, T0.plusMinutes(5), "tiepnhan", "STATUS_CHANGED", null, "IN_TRIAGE", null).update();
    jdbc.sql(insert).params(itemId, T0.plusHours(2), "tiepnhan", "TRIAGE_DECIDED", "NOT_ADMISSIBLE", "OUT_OF_SCOPE",
        "Không thuộc thẩm quyền").update();
    return itemId;
  }

  static AuditChain chainOn(DataSource dataSource) {
    return new AuditChain(dataSource, new DataSourceTransactionManager(dataSource), Clock.systemUTC());
  }

  @Test
  void rowsWrittenBeforeTheChainAreSealedInTheOrderTheyWereWritten() {
    DataSource dataSource = h2();
    long itemId = legacyJournal(dataSource);
    flyway(dataSource, null).migrate();

    JdbcClient jdbc = JdbcClient.create(dataSource);
    assertThat(jdbc.sql("SELECT seq FROM item_event ORDER BY id").query(Long.class).list()).containsExactly(1L, 2L, 3L);
    ChainReport report = chainOn(dataSource).verify();
    assertThat(report.intact()).as(report.summary()).isTrue();
    assertThat(report.checked()).isEqualTo(3);
    assertThat(report.lastPosition()).isEqualTo(3);

    // the application appends to the same chain
    AuditChain chain = chainOn(dataSource);
    ItemJournal journal = new ItemJournal(jdbc, chain);
    new TransactionTemplate(new DataSourceTransactionManager(dataSource)).executeWithoutResult(
        s -> journal.append(itemId, T0.plusDays(1), "lanhdao", new JournalEvent.SignedOff(AnswerKind.NOT_ADMISSIBLE, 1L)));
    ChainReport after = chain.verify();
    assertThat(after.intact()).as(after.summary()).isTrue();
    assertThat(after.checked()).isEqualTo(4);
  }

  @Test
  void legacyRowsReadAsTheTypedEventsWrittenTodayAndATypedRowsPayloadIsSealed() {
    DataSource dataSource = h2();
    long itemId = legacyJournal(dataSource);
    flyway(dataSource, null).migrate();
    JdbcClient jdbc = JdbcClient.create(dataSource);
    AuditChain chain = chainOn(dataSource);
    ItemJournal journal = new ItemJournal(jdbc, chain);
    JournalEvent decidedToday = new JournalEvent.TriageDecided(
        Route.NOT_ADMISSIBLE, List.of(), null, InadmissibleGround.OUT_OF_SCOPE, null, "Không thuộc thẩm quyền");
    new TransactionTemplate(new DataSourceTransactionManager(dataSource)).executeWithoutResult(
        s -> journal.append(itemId, T0.plusDays(1), "tiepnhan", decidedToday));

    List<ItemEvent> events = journal.eventsOf(itemId);
    assertThat(events).extracting(ItemEvent::event).containsExactly(
        new JournalEvent.Submitted("reception", "intake"),
        new JournalEvent.StatusChanged(ItemStatus.IN_TRIAGE),
        decidedToday,
        decidedToday);
    ChainReport mixed = chain.verify();
    assertThat(mixed.intact()).as(mixed.summary()).isTrue();
    assertThat(mixed.checked()).isEqualTo(4);

    // the typed row's facts are under its hash: changing them breaks the chain at that row
    jdbc.sql("UPDATE item_event SET payload = REPLACE(payload, 'OUT_OF_SCOPE', 'DUPLICATE') WHERE seq = 4").update();
    ChainReport tampered = chain.verify();
    assertThat(tampered.intact()).isFalse();
    assertThat(tampered.firstBreak().position()).isEqualTo(4L);
  }

  @Test
  void theSameLegacyRowsAlwaysGiveTheSameChain() {
    DataSource first = h2();
    DataSource second = h2();
    legacyJournal(first);
    legacyJournal(second);
    flyway(first, null).migrate();
    flyway(second, null).migrate();
    List<String> hashes = JdbcClient.create(first).sql("SELECT hash FROM item_event ORDER BY seq").query(String.class).list();
    assertThat(hashes).hasSize(3).doesNotHaveDuplicates()
        .isEqualTo(JdbcClient.create(second).sql("SELECT hash FROM item_event ORDER BY seq").query(String.class).list());
  }

  @Test
  void retentionRemovesAPrefixAndTheRestStillVerifiesFromItsAnchor() {
    DataSource dataSource = h2();
    legacyJournal(dataSource);
    flyway(dataSource, null).migrate();
    AuditChain chain = chainOn(dataSource);
    String anchor = JdbcClient.create(dataSource).sql("SELECT hash FROM item_event WHERE seq = 2").query(String.class).single();

    assertThat(chain.pruneUpTo(2)).isEqualTo(2);
    assertThat(chain.pruneUpTo(2)).isZero();
    AuditChain.Head head = chain.head();
    assertThat(head.prunedUpToSeq()).isEqualTo(2);
    assertThat(head.prunedUpToHash()).isEqualTo(anchor);
    ChainReport report = chain.verify();
    assertThat(report.intact()).as(report.summary()).isTrue();
    assertThat(report.firstPosition()).isEqualTo(3);
    assertThat(report.checked()).isEqualTo(1);
  }
}
