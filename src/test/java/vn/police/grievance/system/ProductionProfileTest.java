package vn.police.grievance.system;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.logback.StructuredLogEncoder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * The prod profile: no demo data and no demo users, the first administrator from the environment,
 * logs as JSON lines. Runs on its own empty in-memory database, since it is about what start-up creates.
 */
@SpringBootTest(properties = {
    "spring.datasource.url=jdbc:h2:mem:prod-profile;DB_CLOSE_DELAY=-1",
    "spring.datasource.username=sa",
    "spring.datasource.password=",
    "grievance.admin.user=chief",
    "grievance.admin.password=Vn@Secure-2026!"})
@ActiveProfiles({"test", "prod"})
class ProductionProfileTest {

  @Autowired IdentityService identity;
  @Autowired JdbcClient jdbc;
  @Autowired Environment environment;
  @Autowired ObjectMapper json;

  @Test
  void startsWithoutDemoDataAndWithTheAdministratorFromTheEnvironment() {
    assertThat(identity.createUserQuery().userId("tiepnhan").count()).isZero();
    assertThat(identity.createUserQuery().list()).extracting(u -> u.getId()).containsExactly("chief");
    assertThat(identity.createUserQuery().userId("chief").memberOfGroup("camunda-admin").count()).isEqualTo(1);
    assertThat(identity.checkPassword("chief", "Vn@Secure-2026!")).isTrue();
    assertThat(jdbc.sql("SELECT COUNT(*) FROM org_unit WHERE demo").query(Long.class).single()).isZero();
    assertThat(jdbc.sql("SELECT COUNT(*) FROM regulation").query(Long.class).single()).isZero();
    // the structural units and their groups exist in every installation
    assertThat(identity.createGroupQuery().groupIdIn("reception", "leadership", "auditors", "camunda-admin").count()).isEqualTo(4);
    // and the operators' group, empty until an administrator adds someone
    assertThat(identity.createGroupQuery().groupId(Groups.OPERATORS).count()).isEqualTo(1);
    assertThat(identity.createUserQuery().memberOfGroup(Groups.OPERATORS).count()).isZero();
  }

  /**
   * Encodes an event with the console format the profile configures, the way Spring Boot's console
   * appender does. (Not read back from the console: Logback is configured once per JVM by the first
   * test context, which need not be this one.)
   */
  @Test
  void logsAreJsonLinesInTheElasticCommonSchema() throws Exception {
    String format = environment.getProperty("logging.structured.format.console");
    assertThat(format).isEqualTo("ecs");
    LoggerContext logback = new LoggerContext();
    logback.setMDCAdapter(new LogbackMDCAdapter());
    logback.putObject(Environment.class.getName(), environment);
    StructuredLogEncoder encoder = new StructuredLogEncoder();
    encoder.setContext(logback);
    encoder.setFormat(format);
    encoder.start();
    LoggingEvent event = new LoggingEvent(ProductionProfileTest.class.getName(), logback.getLogger("vn.police.grievance.check"),
        Level.WARN, "Kiểm tra nhật ký JSON (JSON log check)", null, null);
    String line = new String(encoder.encode(event), StandardCharsets.UTF_8);
    assertThat(line.strip()).doesNotContain("\n").startsWith("{").endsWith("}");
    JsonNode entry = json.readTree(line);
    assertThat(entry.at("/@timestamp").asText()).isNotBlank();
    assertThat(entry.at("/log/level").asText()).isEqualTo("WARN");
    assertThat(entry.at("/log/logger").asText()).isEqualTo("vn.police.grievance.check");
    assertThat(entry.at("/message").asText()).isEqualTo("Kiểm tra nhật ký JSON (JSON log check)");
    assertThat(entry.at("/service/name").asText()).isEqualTo("grievance-handling");
    assertThat(entry.at("/ecs/version").asText()).isNotBlank();
  }
}
