package vn.police.grievance.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Date;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.context.ActiveProfiles;
import vn.police.grievance.item.GrievanceItem;
import vn.police.grievance.journal.ChainReport;
import vn.police.grievance.support.ProcessDriver;

/**
 * What the operators read over HTTP: the business metrics in Prometheus' format, readiness with its
 * parts, build and commit information. Who may read them is in the authorization matrix
 * (security/AuthorizationMatrixTest, rows ops.*). Same context as the matrix, so no extra start-up.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class OperationsEndpointsTest {

  static final String PASSWORD = "Demo@2026!";

  @LocalServerPort int port;
  @Autowired ProcessDriver driver;
  @Autowired WorkloadMetrics workload;
  @Autowired AuditChainMonitor auditMonitor;
  @Autowired ObjectMapper json;

  private final HttpClient client = HttpClient.newHttpClient();

  private HttpResponse<String> get(String path, String user) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    if (user != null) {
      request.header("Authorization", "Basic "
          + Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private String scrape() throws Exception {
    workload.refresh();
    HttpResponse<String> response = get("/actuator/prometheus", "vanhanh");
    assertThat(response.statusCode()).isEqualTo(200);
    return response.body();
  }

  /** The value of one series, found by its name and one label; fails when the series is absent. */
  static double value(String scrape, String name, String label) {
    Matcher line = Pattern.compile("(?m)^" + Pattern.quote(name) + "\\{([^}]*)\\} (\\S+)$").matcher(scrape);
    while (line.find()) {
      if (label == null || line.group(1).contains(label)) {
        return Double.parseDouble(line.group(2));
      }
    }
    throw new AssertionError("no series " + name + "{" + label + "} in\n" + scrape);
  }

  @Test
  void anItemSubmittedShowsInTheCountersAndGaugesAndOverdueStepsAreCounted() throws Exception {
    String before = scrape();
    GrievanceItem item = driver.submit("FACILITIES");
    String status = "status=\"" + driver.status(item).name() + "\"";
    String after = scrape();

    assertThat(value(after, "grievance_items_received_total", "category=\"FACILITIES\""))
        .isEqualTo(value(before, "grievance_items_received_total", "category=\"FACILITIES\"") + 1);
    assertThat(value(after, "grievance_items_received_total", "category=\"OTHER\""))
        .isEqualTo(value(before, "grievance_items_received_total", "category=\"OTHER\""));
    assertThat(value(after, "grievance_items_open", status)).isEqualTo(value(before, "grievance_items_open", status) + 1);
    assertThat(after).doesNotContain("grievance_items_open{application=\"grievance-handling\",status=\"CLOSED\"}");
    assertThat(value(after, "grievance_jobs_failed", null)).isGreaterThanOrEqualTo(0);
    assertThat(value(after, "grievance_incidents_open", null)).isGreaterThanOrEqualTo(0);
    // every step with a due date has its series, also at zero
    for (String step : new String[] {"userTask_triage", "userTask_leadershipSignOff", "userTask_draftStudy", "userTask_confirmAnswer"}) {
      assertThat(value(after, "grievance_steps_overdue", "step=\"" + step + "\"")).as(step).isGreaterThanOrEqualTo(0);
    }

    double overdueNow = value(after, "grievance_steps_overdue", "step=\"userTask_triage\"");
    Date due = driver.task(item, "userTask_triage").getDueDate();
    assertThat(due).isNotNull();
    ClockUtil.setCurrentTime(new Date(due.getTime() + Duration.ofDays(1).toMillis()));
    try {
      assertThat(value(scrape(), "grievance_steps_overdue", "step=\"userTask_triage\"")).isGreaterThanOrEqualTo(overdueNow + 1);
    } finally {
      ClockUtil.reset();
    }
  }

  @Test
  void theAuditChainsLastVerificationIsAMetric() throws Exception {
    ChainReport report = auditMonitor.verifyNow().orElseThrow();
    String scrape = scrape();
    assertThat(value(scrape, "grievance_audit_chain_intact", null)).isEqualTo(report.intact() ? 1.0 : 0.0);
    assertThat(value(scrape, "grievance_audit_chain_verification_age_seconds", null)).isBetween(0.0, 60.0);
  }

  @Test
  void theDashboardReadsMetricsTheServiceExportsFromThePrometheusDatasourceItIsGiven() throws Exception {
    JsonNode dashboard = json.readTree(Files.readString(Path.of("docker", "grafana-dashboard.json")));
    JsonNode datasource = null;
    for (JsonNode variable : dashboard.at("/templating/list")) {
      if (variable.get("type").asText().equals("datasource")) {
        datasource = variable;
      }
    }
    assertThat(datasource).isNotNull();
    assertThat(datasource.get("query").asText()).isEqualTo("prometheus");
    String variable = "${" + datasource.get("name").asText() + "}";

    auditMonitor.verifyNow();
    String scrape = scrape();
    Set<String> used = new TreeSet<>();
    assertThat(dashboard.get("panels")).isNotEmpty();
    for (JsonNode panel : dashboard.get("panels")) {
      String title = panel.get("title").asText();
      assertThat(title).as("a Vietnamese title").matches(".*[ạảãàáâậầấẩẫăắằặẳẵđêềếệểễôồốộổỗơờớợởỡưừứựửữìíịỉĩùúụủũỳýỵỷỹòóọỏõèéẹẻẽ].*");
      assertThat(panel.get("description").asText()).as(title).isNotBlank();
      assertThat(panel.at("/datasource/uid").asText()).as(title).isEqualTo(variable);
      for (JsonNode target : panel.get("targets")) {
        Matcher metric = Pattern.compile("grievance_[a-z_]+").matcher(target.get("expr").asText());
        while (metric.find()) {
          used.add(metric.group());
        }
      }
    }
    assertThat(used).contains("grievance_items_received_total", "grievance_items_open", "grievance_steps_overdue",
        "grievance_jobs_failed", "grievance_incidents_open", "grievance_audit_chain_intact",
        "grievance_audit_chain_verification_age_seconds");
    for (String name : used) {
      assertThat(scrape).as(name).containsPattern("(?m)^" + name + "\\{");
    }
  }

  @Test
  void readinessAsksTheDatabaseTheEngineAndTheJobExecutorAndShowsThePartsOnlyToOperators() throws Exception {
    HttpResponse<String> operator = get("/actuator/health/readiness", "vanhanh");
    assertThat(operator.statusCode()).as(operator.body()).isEqualTo(200);
    JsonNode readiness = json.readTree(operator.body());
    assertThat(readiness.get("status").asText()).isEqualTo("UP");
    JsonNode components = readiness.get("components");
    assertThat(components.fieldNames()).toIterable()
        .containsExactlyInAnyOrder("readinessState", "db", "processEngine", "jobExecutor");
    assertThat(components.at("/processEngine/details/process").asText()).startsWith("grievance-handling:");
    // off on purpose in the tests: said so, and readiness stays up
    assertThat(components.at("/jobExecutor/status").asText()).isEqualTo("UP");
    assertThat(components.at("/jobExecutor/details/state").asText()).isEqualTo("disabled");

    HttpResponse<String> anonymous = get("/actuator/health/readiness", null);
    assertThat(anonymous.statusCode()).isEqualTo(200);
    assertThat(json.readTree(anonymous.body()).has("components")).isFalse();
    assertThat(get("/actuator/health/liveness", null).statusCode()).isEqualTo(200);
  }

  @Test
  void infoNamesTheBuildAndWhenTheSourcesCameFromGitTheCommit() throws Exception {
    HttpResponse<String> response = get("/actuator/info", "vanhanh");
    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode info = json.readTree(response.body());
    assertThat(info.at("/build/artifact").asText()).isEqualTo("grievance-handling");
    assertThat(info.at("/build/version").asText()).isNotBlank();
    assertThat(info.at("/build/time").asText()).isNotBlank();
    assertThat(info.at("/java/version").asText()).isNotBlank();
    // a build from sources without .git (an archive, the Docker context) has no commit to show
    ClassPathResource git = new ClassPathResource("git.properties");
    assumeThat(git.exists() && git.getContentAsString(StandardCharsets.UTF_8).contains("git.commit.id="))
        .as("git.properties with a commit").isTrue();
    assertThat(info.at("/git/commit/id").asText()).matches("[0-9a-f]{7,40}");
  }
}
