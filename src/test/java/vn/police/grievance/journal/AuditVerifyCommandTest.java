package vn.police.grievance.journal;

import vn.police.grievance.journal.AuditVerifyCommand;
import vn.police.grievance.journal.AuditChain;
import vn.police.grievance.item.AnswerKind;
import vn.police.grievance.item.JournalEvent;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import vn.police.grievance.item.GrievanceItem;
import vn.police.grievance.item.ItemService;
import vn.police.grievance.support.ProcessDriver;

/** {@code java -jar app.jar --audit.verify} against the test database: exit codes and output. */
@SpringBootTest
@ActiveProfiles("test")
class AuditVerifyCommandTest {

  @Autowired AuditChain chain;
  @Autowired ProcessDriver driver;
  @Autowired ItemService items;
  @Autowired JdbcClient jdbc;
  @Autowired Environment environment;

  record Run(int exitCode, String out, String err) {}

  private Run verify(String url) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = AuditVerifyCommand.run(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
        "--audit.verify",
        "--spring.datasource.url=" + url,
        "--spring.datasource.username=" + environment.getProperty("spring.datasource.username"),
        "--spring.datasource.password=" + environment.getProperty("spring.datasource.password", ""),
        "--spring.datasource.hikari.maximum-pool-size=1");
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void anIntactChainExitsWithZeroAndPrintsTheHead() {
    driver.submit("FACILITIES");
    Run run = verify(environment.getProperty("spring.datasource.url"));
    assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
    assertThat(run.out()).contains("audit chain intact").contains(chain.head().lastHash());
  }

  @Test
  void aTamperedRowExitsWithOneAndNamesItsPosition() {
    GrievanceItem item = driver.submit("EQUIPMENT");
    items.record(item.id(), "lanhdao", new JournalEvent.SignedOff(AnswerKind.IMMEDIATE, 1L));
    JournalTampering tampering = new JournalTampering(jdbc, chain);
    long position = chain.head().lastSeq();
    Map<String, Object> original = tampering.row(position);
    tampering.alterDetail(position, "answer#2");
    try {
      Run run = verify(environment.getProperty("spring.datasource.url"));
      assertThat(run.exitCode()).isEqualTo(1);
      assertThat(run.out()).contains("audit chain broken").contains("(at position) " + position).contains("ALTERED")
          .contains(item.reference());
    } finally {
      tampering.restore(original);
    }
    assertThat(verify(environment.getProperty("spring.datasource.url")).exitCode()).isZero();
  }

  @Test
  void aDatabaseWithoutTheJournalExitsWithTwo() {
    Run run = verify("jdbc:h2:mem:no-journal-here");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("could not verify");
  }

  @Test
  void onlyTheArgumentSwitchesTheApplicationIntoVerification() {
    assertThat(AuditVerifyCommand.isRequested("--audit.verify", "--spring.profiles.active=postgres")).isTrue();
    assertThat(AuditVerifyCommand.isRequested("--spring.profiles.active=postgres")).isFalse();
  }
}
