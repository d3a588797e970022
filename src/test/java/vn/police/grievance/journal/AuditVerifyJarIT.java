package vn.police.grievance.journal;

import vn.police.grievance.item.JournalEvents;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;
import vn.police.grievance.item.EventType;
import vn.police.grievance.item.ItemJournal;

/**
 * The packaged jar as an operator runs it: {@code java -jar grievance-handling.jar --audit.verify}
 * on a database file, before and after a row is altered behind the application's back.
 */
class AuditVerifyJarIT {

  record Run(int exitCode, String output) {}

  static Path jar() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("target"))) {
      return files.filter(p -> p.getFileName().toString().matches("grievance-handling-.*\\.jar"))
          .findFirst()
          .orElseThrow(() -> new IllegalStateException("Package the application first (mvn verify builds the jar)"));
    }
  }

  static Run java(Path jar, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString()));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    return new Run(process.exitValue(), output);
  }

  @Test
  void theOperatorsCommandReportsAnIntactChainAndThenTheAlteredPosition() throws Exception {
    Path folder = Files.createTempDirectory(Path.of("target"), "audit-verify-");
    String url = "jdbc:h2:file:" + folder.toAbsolutePath().resolve("grievance");
    DataSource dataSource = new DriverManagerDataSource(url, "sa", "");
    AuditChainMigrationTest.flyway(dataSource, null).migrate();
    JdbcClient jdbc = JdbcClient.create(dataSource);
    OffsetDateTime t0 = OffsetDateTime.parse("2026-03-02T08:00:00+07:00");
    jdbc.sql("INSERT INTO grievance_item (reference, unit_id, category, title, content, status, submitted_by, submitted_at,"
            + " updated_at) VALUES ('KN-2026-000009', 'reception', 'OTHER', 'Kiến nghị', 'Nội dung', 'IN_TRIAGE', 'tiepnhan', ?, ?)")
        .params(t0, t0).update();
    long itemId = jdbc.sql("SELECT id FROM grievance_item").query(Long.class).single();
    ItemJournal journal = new ItemJournal(jdbc, AuditChainMigrationTest.chainOn(dataSource));
    TransactionTemplate tx = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    for (EventType type : List.of(EventType.SUBMITTED, EventType.TRIAGE_DECIDED, EventType.SIGNED_OFF)) {
      tx.executeWithoutResult(s -> journal.append(itemId, t0, "tiepnhan", JournalEvents.fromLegacy(type, null, type.labelVi(), null)));
    }

    Path jar = jar();
    Run intact = java(jar, "--audit.verify", "--spring.datasource.url=" + url);
    assertThat(intact.exitCode()).as(intact.output()).isZero();
    assertThat(intact.output()).contains("audit chain intact").contains("3 bản ghi");

    jdbc.sql("UPDATE item_event SET actor = 'lanhdao' WHERE seq = 2").update();
    Run broken = java(jar, "--audit.verify", "--spring.datasource.url=" + url);
    assertThat(broken.exitCode()).as(broken.output()).isEqualTo(1);
    assertThat(broken.output()).contains("audit chain broken").contains("(at position) 2").contains("KN-2026-000009");
  }
}
