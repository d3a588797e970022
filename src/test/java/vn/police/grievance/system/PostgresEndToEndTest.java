package vn.police.grievance.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.police.grievance.support.PostgresAvailable;
import vn.police.grievance.support.PostgresCondition;

/**
 * The whole application on PostgreSQL, over real HTTP: a commune submits over the API, every role
 * completes its step through the engine REST API exactly as Tasklist does, and the unit reads the
 * status of its item after each step.
 */
@PostgresAvailable
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PostgresEndToEndTest {

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", PostgresCondition::url);
    registry.add("spring.datasource.username", PostgresCondition::user);
    registry.add("spring.datasource.password", PostgresCondition::password);
  }

  static final String PASSWORD = "Demo@2026!";

  @Autowired TestRestTemplate http;
  @Autowired ObjectMapper json;
  @Autowired DataSource dataSource;

  private HttpHeaders as(String user) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth(user, PASSWORD);
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.setAccept(java.util.List.of(MediaType.APPLICATION_JSON));
    return headers;
  }

  private JsonNode call(String user, HttpMethod method, String path, Object body, HttpStatus expected) throws Exception {
    ResponseEntity<String> response =
        http.exchange(path, method, new HttpEntity<>(body == null ? null : json.writeValueAsString(body), as(user)), String.class);
    assertThat(response.getStatusCode()).as("%s %s as %s: %s", method, path, user, response.getBody()).isEqualTo(expected);
    return response.getBody() == null ? null : json.readTree(response.getBody());
  }

  private String statusOf(String reference) throws Exception {
    return call("xa.longhoa", HttpMethod.GET, "/api/items/" + reference, null, HttpStatus.OK).get("status").get("key").asText();
  }

  /** Finds the task, claims it and submits its form through the engine REST API, as Tasklist does. */
  private void work(String user, String reference, String taskKey, Map<String, Object> values) throws Exception {
    JsonNode tasks = call(user, HttpMethod.GET,
        "/engine-rest/task?processInstanceBusinessKey=" + reference + "&taskDefinitionKey=" + taskKey
            + "&candidateUser=" + user, null, HttpStatus.OK);
    assertThat(tasks).as("%s sees task %s of %s", user, taskKey, reference).hasSize(1);
    String id = tasks.get(0).get("id").asText();
    call(user, HttpMethod.POST, "/engine-rest/task/" + id + "/claim", Map.of("userId", user), HttpStatus.NO_CONTENT);
    Map<String, Object> variables = new LinkedHashMap<>();
    values.forEach((k, v) -> variables.put(k, Map.of("value", v)));
    call(user, HttpMethod.POST, "/engine-rest/task/" + id + "/submit-form", Map.of("variables", variables), HttpStatus.NO_CONTENT);
  }

  @Test
  void aCommuneItemIsDrivenThroughTheDepartmentToTheUnitsConfirmationOnPostgres() throws Exception {
    try (var connection = dataSource.getConnection()) {
      assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
    }
    JsonNode submitted = call("xa.longhoa", HttpMethod.POST, "/api/items", Map.of(
        "category", "FACILITIES", "title", "Chưa có trụ sở làm việc",
        "content", "Công an xã làm việc nhờ tại UBND xã từ năm 2023.",
        "proposal", "Bố trí kinh phí xây dựng trụ sở năm 2027"), HttpStatus.CREATED);
    String reference = submitted.get("reference").asText();
    assertThat(statusOf(reference)).isEqualTo("IN_TRIAGE");

    work("tiepnhan", reference, "userTask_triage", Map.of("triageDecision", "SEND_TO_DEPARTMENT", "departmentId", "dept-hau-can"));
    assertThat(statusOf(reference)).isEqualTo("AT_DEPARTMENT");

    work("cv.haucan", reference, "userTask_draftStudy", Map.of(
        "studyText", "Đã rà soát kế hoạch đầu tư công trung hạn.",
        "proposedAnswer", "Trụ sở Công an xã Long Hòa được đưa vào kế hoạch năm 2027.",
        "studyOutcome", "ANSWER"));
    assertThat(statusOf(reference)).isEqualTo("AT_DEPARTMENT");
    work("tp.haucan", reference, "userTask_headReview", Map.of("headDecision", "APPROVE"));
    assertThat(statusOf(reference)).isEqualTo("AWAITING_SIGN_OFF");

    work("lanhdao", reference, "userTask_leadershipSignOff", Map.of("signOffDecision", "APPROVE"));
    // delivery runs after the sign-off commits, as an async job
    JsonNode jobs = call("quantri", HttpMethod.GET, "/engine-rest/job?processInstanceId="
        + call("quantri", HttpMethod.GET, "/engine-rest/process-instance?businessKey=" + reference
            + "&processDefinitionKey=grievance-handling", null, HttpStatus.OK).get(0).get("id").asText(), null, HttpStatus.OK);
    for (JsonNode job : jobs) {
      if (job.get("dueDate").isNull()) {
        call("quantri", HttpMethod.POST, "/engine-rest/job/" + job.get("id").asText() + "/execute", null, HttpStatus.NO_CONTENT);
      }
    }
    JsonNode answered = call("xa.longhoa", HttpMethod.GET, "/api/items/" + reference, null, HttpStatus.OK);
    assertThat(answered.get("status").get("key").asText()).isEqualTo("ANSWERED");
    assertThat(answered.get("answer").get("body").asText()).contains("kế hoạch năm 2027");
    assertThat(answered.get("answer").get("signedBy").asText()).isEqualTo("lanhdao");

    work("xa.longhoa", reference, "userTask_confirmAnswer", Map.of("unitSatisfied", true));
    JsonNode closed = call("xa.longhoa", HttpMethod.GET, "/api/items/" + reference, null, HttpStatus.OK);
    assertThat(closed.get("status").get("key").asText()).isEqualTo("CLOSED");
    assertThat(closed.get("statusHistory")).extracting(n -> n.get("status").asText()).containsExactly(
        "RECEIVED", "IN_TRIAGE", "AT_DEPARTMENT", "AWAITING_SIGN_OFF", "ANSWERED", "CLOSED");
    assertThat(closed.get("statusHistory")).extracting(n -> n.get("by").asText()).containsExactly(
        "xa.longhoa", "xa.longhoa", "tiepnhan", "tp.haucan", "quantri", "xa.longhoa");

    // another commune can neither read it nor see it in a search
    call("xa.phuoclam", HttpMethod.GET, "/api/items/" + reference, null, HttpStatus.NOT_FOUND);
  }

  @Test
  void badInputOverHttpGetsProblemDetailsAndSavesNothing() throws Exception {
    ResponseEntity<String> response = http.exchange("/api/items", HttpMethod.POST,
        new HttpEntity<>("{\"category\":\"FACILITIES\"", as("xa.longhoa")), String.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getHeaders().getContentType().toString()).startsWith("application/problem+json");
    ResponseEntity<String> anonymous = http.getForEntity("/api/items", String.class);
    assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }
}
