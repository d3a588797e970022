package vn.police.grievance.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.el.StartProcessVariableScope;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import vn.police.grievance.item.GrievanceItem;
import vn.police.grievance.support.ProcessDriver;

/**
 * The weak spots of Camunda 7.24 CE and of web applications in general, each closed and each with
 * a test that fails if it reopens. Real HTTP against the running application.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "grievance-security.max-query-results=3")
@ActiveProfiles("test")
@Import(SecurityHardeningTest.Canary.class)
@ExtendWith(OutputCaptureExtension.class)
class SecurityHardeningTest {

  static final String PASSWORD = "Demo@2026!";

  /** A process bean with a side effect: if an expression ever reaches it, the count moves. */
  @TestConfiguration
  static class Canary {
    static final AtomicInteger TOUCHED = new AtomicInteger();

    @Bean
    JavaDelegate canaryDelegate() {
      return new CanaryDelegate();
    }
  }

  public static class CanaryDelegate implements JavaDelegate {
    public int touch() {
      return Canary.TOUCHED.incrementAndGet();
    }

    @Override
    public void execute(DelegateExecution execution) {}
  }

  static final String SMUGGLED = "${canaryDelegate.touch()}";

  @LocalServerPort int port;
  @Autowired ProcessDriver driver;
  @Autowired ObjectMapper json;
  @Autowired ProcessEngine engine;

  String base() {
    return "http://localhost:" + port;
  }

  HttpSession as(String user) {
    return HttpSession.basic(base(), user, PASSWORD);
  }

  @BeforeEach
  void reset() {
    Canary.TOUCHED.set(0);
  }

  @Test
  void theCanaryIsReachableByAnEngineExpressionSoTheTestsBelowAreMeaningful() {
    evaluate(SMUGGLED);
    assertThat(Canary.TOUCHED.get()).isEqualTo(1);
  }

  @Test
  void expressionsReachOnlyProcessBeansNeverTheDataSourceOrOtherInfrastructure() {
    for (String bean : new String[] {"dataSource", "jdbcClient", "processEngine", "identityService", "intakeService"}) {
      assertThatThrownBy(() -> evaluate("${" + bean + "}")).as(bean).hasMessageContaining(bean);
    }
    assertThat(evaluate("${deadlines}")).isNotNull();
    assertThat(evaluate("${recordTriageDecisionDelegate}")).isNotNull();
  }

  /** Evaluates an expression the way the engine does inside a command. */
  private Object evaluate(String expression) {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    return configuration.getCommandExecutorTxRequired().execute(context ->
        configuration.getExpressionManager().createExpression(expression).getValue(StartProcessVariableScope.getSharedInstance()));
  }

  @Test
  void anExpressionSmuggledIntoATaskQueryIsRefusedAndNeverEvaluated() throws Exception {
    driver.submit("FACILITIES");
    HttpSession reception = as("tiepnhan");
    String[] bodies = {
      "{\"orQueries\":[{\"assigneeExpression\":\"" + SMUGGLED + "\"}]}",
      "{\"orQueries\":[{\"candidateGroupsExpression\":\"" + SMUGGLED + "\"}]}",
      "{\"processVariables\":[{\"name\":\"x\",\"operator\":\"eq\",\"value\":\"" + SMUGGLED + "\"}]}",
      "{\"assigneeExpression\":\"" + SMUGGLED + "\"}",
    };
    for (String body : bodies) {
      for (String path : new String[] {"/engine-rest/task", "/engine-rest/task/count"}) {
        HttpResponse<String> response = reception.send("POST", path, body, null);
        assertThat(response.statusCode()).as("%s %s", path, body).isEqualTo(400);
        assertThat(response.body()).contains("query-refused");
      }
    }
    assertThat(reception.get("/engine-rest/task?assigneeExpression=" + java.net.URLEncoder.encode(SMUGGLED, "UTF-8")).statusCode())
        .isEqualTo(400);
    // a plain query still works
    assertThat(reception.send("POST", "/engine-rest/task", "{\"candidateGroup\":\"reception\"}", null).statusCode()).isEqualTo(200);
    assertThat(Canary.TOUCHED.get()).isZero();
  }

  @Test
  void theWebappsOwnEngineApiIsGuardedTheSameWay() throws Exception {
    HttpSession browser = HttpSession.login(base(), "tiepnhan", PASSWORD);
    browser.get("/camunda/app/tasklist/default/");
    browser.get("/camunda/api/engine/engine/default/task/count");
    String token = browser.cookie("XSRF-TOKEN");
    assertThat(token).as("Camunda's CSRF cookie").isNotNull();
    HttpResponse<String> response = browser.send("POST", "/camunda/api/engine/engine/default/task",
        "{\"orQueries\":[{\"assigneeExpression\":\"" + SMUGGLED + "\"}]}", "X-XSRF-TOKEN: " + token);
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(Canary.TOUCHED.get()).isZero();
  }

  @Test
  void onlyAdministratorsWriteFiltersAndOnlyWithTheBuiltInFunctions() throws Exception {
    HttpSession admin = as("quantri");
    HttpResponse<String> evil = admin.send("POST", "/engine-rest/filter/create",
        "{\"resourceType\":\"Task\",\"name\":\"evil\",\"query\":{\"orQueries\":[{\"assigneeExpression\":\"" + SMUGGLED + "\"}]}}", null);
    assertThat(evil.statusCode()).isEqualTo(400);
    HttpResponse<String> good = admin.send("POST", "/engine-rest/filter/create",
        "{\"resourceType\":\"Task\",\"name\":\"Việc của tôi " + UUID.randomUUID() + "\","
            + "\"query\":{\"assigneeExpression\":\"${currentUser()}\",\"dueBeforeExpression\":\"${dateTime().plusDays(2)}\"}}", null);
    assertThat(good.statusCode()).as(good.body()).isEqualTo(200);
    String filterId = json.readTree(good.body()).get("id").asText();
    assertThat(admin.send("PUT", "/engine-rest/filter/" + filterId,
        "{\"resourceType\":\"Task\",\"name\":\"x\",\"query\":{\"candidateGroupsExpression\":\"" + SMUGGLED + "\"}}", null).statusCode())
        .isEqualTo(400);
    // running the stored filter evaluates its built-in functions; an extending query may add none
    assertThat(admin.send("POST", "/engine-rest/filter/" + filterId + "/list", "{}", null).statusCode()).isEqualTo(200);
    assertThat(admin.send("POST", "/engine-rest/filter/" + filterId + "/list",
        "{\"orQueries\":[{\"assigneeExpression\":\"" + SMUGGLED + "\"}]}", null).statusCode()).isEqualTo(400);
    assertThat(as("tiepnhan").send("POST", "/engine-rest/filter/create",
        "{\"resourceType\":\"Task\",\"name\":\"mine\",\"query\":{}}", null).statusCode()).isEqualTo(403);
    assertThat(Canary.TOUCHED.get()).isZero();
  }

  @Test
  void queryResultsAreCappedWhateverTheCallerAsks() throws Exception {
    for (int i = 0; i < 4; i++) {
      driver.submit("EQUIPMENT");
    }
    HttpSession admin = as("quantri");
    for (String path : new String[] {"/engine-rest/task?maxResults=100000", "/engine-rest/task",
        "/engine-rest/history/process-instance?maxResults=-1"}) {
      JsonNode list = json.readTree(admin.get(path).body());
      assertThat(list.size()).as(path).isEqualTo(3);
    }
    assertThat(json.readTree(admin.get("/engine-rest/task?maxResults=2").body()).size()).isEqualTo(2);
  }

  @Test
  void externalEntitiesInDeployedXmlAreNeverResolved() throws Exception {
    String boundary = "----xxe" + UUID.randomUUID();
    String bpmn = "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>"
        + "<definitions xmlns=\"http://www.omg.org/spec/BPMN/20100524/MODEL\" targetNamespace=\"t\">"
        + "<process id=\"xxe\" name=\"&secret;\" isExecutable=\"true\"><startEvent id=\"s\"/></process></definitions>";
    String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"data\"; filename=\"x.bpmn\"\r\n"
        + "Content-Type: application/xml\r\n\r\n" + bpmn + "\r\n--" + boundary + "--\r\n";
    HttpResponse<String> response =
        as("quantri").sendRaw("POST", "/engine-rest/deployment/create", body, "multipart/form-data; boundary=" + boundary);
    assertThat(response.statusCode()).isBetween(400, 599);
    assertThat(response.body()).doesNotContain("root:");
    assertThat(engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("xxe").count()).isZero();
  }

  @Test
  void serializedJavaObjectsAreRefusedAsVariables() throws Exception {
    GrievanceItem item = driver.submit("OTHER");
    String serialized = java.util.Base64.getEncoder().encodeToString(new byte[] {(byte) 0xac, (byte) 0xed, 0, 5, 't', 0, 1, 'x'});
    HttpResponse<String> response = as("quantri").send("PUT",
        "/engine-rest/process-instance/" + item.processInstanceId() + "/variables/payload",
        "{\"type\":\"Object\",\"value\":\"" + serialized + "\",\"valueInfo\":{\"objectTypeName\":\"java.lang.String\","
            + "\"serializationDataFormat\":\"application/x-java-serialized-object\"}}", null);
    assertThat(response.statusCode()).isBetween(400, 599);
    assertThat(engine.getRuntimeService().getVariable(item.processInstanceId(), "payload")).isNull();
  }

  @Test
  void weakPasswordsAreRefusedByThePasswordPolicyAsTheClientsMistake(CapturedOutput output) throws Exception {
    String id = "weak" + UUID.randomUUID().toString().substring(0, 6);
    HttpResponse<String> weak = as("quantri").send("POST", "/engine-rest/user/create",
        "{\"profile\":{\"id\":\"" + id + "\"},\"credentials\":{\"password\":\"123456\"}}", null);
    assertThat(weak.statusCode()).as(weak.body()).isEqualTo(400);
    assertThat(weak.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    JsonNode problem = json.readTree(weak.body());
    assertThat(problem.get("status").asInt()).isEqualTo(400);
    assertThat(problem.get("title").asText()).containsIgnoringCase("policy");
    assertThat(problem.get("detail").asText()).contains("chính sách mật khẩu");
    assertThat(problem.get("rules").toString()).contains("PASSWORD_POLICY_LENGTH");
    assertThat(engine.getIdentityService().createUserQuery().userId(id).count()).isZero();

    // changing a password to a weak one, the same
    String strong = "strong" + UUID.randomUUID().toString().substring(0, 6);
    assertThat(as("quantri").send("POST", "/engine-rest/user/create",
        "{\"profile\":{\"id\":\"" + strong + "\"},\"credentials\":{\"password\":\"Vn@Secure12345\"}}", null).statusCode())
        .isEqualTo(204);
    HttpResponse<String> change = as("quantri").send("PUT", "/engine-rest/user/" + strong + "/credentials",
        "{\"password\":\"abc\",\"authenticatedUserPassword\":\"" + PASSWORD + "\"}", null);
    assertThat(change.statusCode()).as(change.body()).isEqualTo(400);
    assertThat(change.body()).contains("password-policy");
    assertThat(engine.getIdentityService().checkPassword(strong, "Vn@Secure12345")).isTrue();
    assertThat(output.getAll()).doesNotContain("SaveUserCmd");
  }

  @Test
  void aUrlTheFirewallRefusesIsAProblemOfTheClientNotOfTheServer() throws Exception {
    HttpClient client = HttpClient.newHttpClient();
    for (String path : new String[] {"/engine-rest;x=1/task", "/api;/items", "/engine-rest;/task"}) {
      for (boolean signedIn : new boolean[] {false, true}) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + path)).header("Accept", "application/json");
        if (signedIn) {
          request.header("Authorization", "Basic " + java.util.Base64.getEncoder()
              .encodeToString(("tiepnhan:" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("%s signed in: %s", path, signedIn).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(problem.get("detail").asText()).contains("không hợp lệ");
      }
    }
  }

  @Test
  void jsonNestedTooDeeplyOrTooLargeForTheEngineIsRefusedBeforeIt() throws Exception {
    HttpSession admin = as("quantri");
    for (int depth : new int[] {1100, 101}) {
      String deep = "{\"a\":" + "[".repeat(depth - 1) + "]".repeat(depth - 1) + "}";
      for (String path : new String[] {"/engine-rest/task", "/engine-rest/process-instance"}) {
        HttpResponse<String> response = admin.send("POST", path, deep, null);
        assertThat(response.statusCode()).as("%s %d levels", path, depth).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(json.readTree(response.body()).get("detail").asText()).contains("100");
      }
    }
    // up to 100 levels reach the engine, which judges the body itself
    HttpResponse<String> hundred = admin.send("POST", "/engine-rest/task",
        "{\"a\":" + "[".repeat(99) + "]".repeat(99) + "}", null);
    assertThat(hundred.statusCode()).isBetween(200, 499);
    assertThat(hundred.body()).doesNotContain("nested deeper");
    // brackets inside strings are text, not nesting; the body reaches the engine intact
    HttpResponse<String> text = admin.send("POST", "/engine-rest/task",
        "{\"candidateGroup\":\"" + "[{".repeat(300) + "\\\"\"}", null);
    assertThat(text.statusCode()).as(text.body()).isEqualTo(200);
    assertThat(admin.send("POST", "/engine-rest/task", "{\"candidateGroup\":\"reception\"}", null).statusCode()).isEqualTo(200);

    HttpResponse<String> large = admin.send("POST", "/engine-rest/task",
        "{\"candidateGroup\":\"" + "x".repeat(1024 * 1024) + "\"}", null);
    assertThat(large.statusCode()).isEqualTo(413);
    assertThat(large.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
  }

  @Test
  void aFailedLoginDelaysTheNextAttemptEvenWithTheRightPassword() throws Exception {
    String id = "throttle" + UUID.randomUUID().toString().substring(0, 6);
    var user = engine.getIdentityService().newUser(id);
    user.setPassword("Vn@Secure12345");
    engine.getIdentityService().saveUser(user);
    engine.getIdentityService().createMembership(id, "reception");
    assertThat(HttpSession.basic(base(), id, "Vn@Secure12345").get("/api/regulations").statusCode()).isEqualTo(200);
    assertThat(HttpSession.basic(base(), id, "wrong").get("/api/regulations").statusCode()).isEqualTo(401);
    assertThat(HttpSession.basic(base(), id, "Vn@Secure12345").get("/api/regulations").statusCode())
        .as("locked for a while after a failure").isEqualTo(401);
  }

  @Test
  void stateChangesRidingOnASessionNeedTheCsrfToken() throws Exception {
    GrievanceItem item = driver.submit("FACILITIES");
    String task = driver.task(item, "userTask_triage").getId();
    HttpSession browser = HttpSession.login(base(), "tiepnhan", PASSWORD);
    // our API and the engine REST API: Spring's token
    assertThat(browser.send("POST", "/api/items", "{\"unitId\":\"cax-long-hoa\",\"category\":\"OTHER\",\"title\":\"t\",\"content\":\"c\"}", null)
        .statusCode()).isEqualTo(403);
    assertThat(browser.send("POST", "/engine-rest/task/" + task + "/claim", "{\"userId\":\"tiepnhan\"}", null).statusCode())
        .isEqualTo(403);
    // the webapps' API: Camunda's token, from its cookie; a forged request also ends the session
    browser.get("/camunda/app/tasklist/default/");
    assertThat(browser.send("POST", "/camunda/api/engine/engine/default/task/" + task + "/claim", "{\"userId\":\"tiepnhan\"}", null)
        .statusCode()).isEqualTo(403);
    assertThat(driver.task(item, "userTask_triage").getAssignee()).isNull();
    assertThat(browser.get("/api/items").statusCode()).as("the session ended").isEqualTo(401);
    HttpSession again = HttpSession.login(base(), "tiepnhan", PASSWORD);
    again.get("/camunda/app/tasklist/default/");
    assertThat(again.send("POST", "/camunda/api/engine/engine/default/task/" + task + "/claim", "{\"userId\":\"tiepnhan\"}",
        "X-XSRF-TOKEN: " + again.cookie("XSRF-TOKEN")).statusCode()).isEqualTo(204);
    assertThat(driver.task(item, "userTask_triage").getAssignee()).isEqualTo("tiepnhan");
  }

  @Test
  void aLoginFormPostedWithoutItsTokenSignsNobodyInEvenWithoutASession() throws Exception {
    HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
        .followRedirects(HttpClient.Redirect.NEVER).build();
    // what a page elsewhere makes the browser post: the attacker's own credentials, no cookie, no token
    HttpResponse<String> forged = client.send(
        HttpRequest.newBuilder(URI.create(base() + "/login"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString("username=tiepnhan&password=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8)))
            .build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(forged.statusCode() == 403
        || forged.statusCode() == 302 && forged.headers().firstValue("Location").orElse("").contains("error"))
        .as("%s %s", forged.statusCode(), forged.headers().map()).isTrue();
    HttpResponse<String> after = client.send(
        HttpRequest.newBuilder(URI.create(base() + "/api/items")).header("Accept", "application/json").build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(after.statusCode()).as("no session was signed in").isEqualTo(401);
    // the same credentials with the token of the login page sign in
    assertThat(HttpSession.login(base(), "tiepnhan", PASSWORD).get("/api/items").statusCode()).isEqualTo(200);
  }

  @Test
  void oneLoginServesTheApiAndTheWebappsAndLogoutEndsItEverywhere(CapturedOutput output) throws Exception {
    HttpSession browser = HttpSession.login(base(), "lanhdao", PASSWORD);
    assertThat(browser.get("/camunda/app/cockpit/default/").statusCode()).isEqualTo(200);
    JsonNode me = json.readTree(browser.get("/camunda/api/admin/auth/user/default").body());
    assertThat(me.get("userId").asText()).isEqualTo("lanhdao");
    assertThat(me.get("authorizedApps").toString()).contains("cockpit").contains("tasklist").doesNotContain("admin");
    assertThat(browser.get("/api/items").statusCode()).isEqualTo(200);
    browser.get("/camunda/api/engine/engine/default/task/count");
    assertThat(browser.send("POST", "/camunda/api/admin/auth/user/default/logout", null,
        "X-XSRF-TOKEN: " + browser.cookie("XSRF-TOKEN")).statusCode()).isBetween(200, 302);
    assertThat(browser.get("/api/items").statusCode()).isEqualTo(401);
    assertThat(browser.get("/camunda/api/engine/engine/default/task/count").statusCode()).isIn(401, 302);
    assertThat(output.getAll()).contains("Login user=lanhdao").contains("Logout user=lanhdao");
  }

  @Test
  void anAuditorGetsCockpitButNoTasklistAndACommuneNoCockpit() throws Exception {
    HttpSession auditorSession = HttpSession.login(base(), "thanhtra", PASSWORD);
    auditorSession.get("/camunda/app/cockpit/default/");
    JsonNode auditor = json.readTree(auditorSession.get("/camunda/api/admin/auth/user/default").body());
    assertThat(auditor.get("authorizedApps").toString()).contains("cockpit").doesNotContain("tasklist");
    HttpSession communeSession = HttpSession.login(base(), "xa.longhoa", PASSWORD);
    communeSession.get("/camunda/app/tasklist/default/");
    JsonNode commune = json.readTree(communeSession.get("/camunda/api/admin/auth/user/default").body());
    assertThat(commune.get("authorizedApps").toString()).contains("tasklist").doesNotContain("cockpit");
  }

  @Test
  void nothingButTheLoginPageAndTheHealthProbeIsOpen() throws Exception {
    HttpSession anonymous = HttpSession.anonymous(base());
    assertThat(anonymous.get("/login").statusCode()).isEqualTo(200);
    assertThat(anonymous.get("/actuator/health").statusCode()).isEqualTo(200);
    for (String path : new String[] {"/api/items", "/api/units", "/api/regulations", "/api/notifications", "/api/openapi",
        "/engine-rest/engine", "/engine-rest/task", "/engine-rest/history/process-instance", "/actuator/info", "/actuator/env"}) {
      assertThat(anonymous.get(path).statusCode()).as(path).isEqualTo(401);
    }
    for (String path : new String[] {"/camunda/app/tasklist/default/", "/camunda/app/cockpit/default/", "/api/docs",
        "/camunda/api/engine/engine/default/task", "/camunda/api/admin/auth/user/default"}) {
      HttpResponse<String> response = anonymous.send("GET", path, null, "Accept: text/html");
      assertThat(response.statusCode()).as(path).isIn(302, 401);
      assertThat(response.body()).doesNotContain("camunda-tasklist-ui").doesNotContain("userId");
    }
  }

  @Test
  void failedLoginsAndRefusalsAreLoggedWithUserAndSource(CapturedOutput output) throws Exception {
    HttpSession.basic(base(), "nobody-" + UUID.randomUUID().toString().substring(0, 4), "wrong").get("/api/items");
    as("xa.longhoa").send("POST", "/api/units", "{}", null);
    assertThat(output.getAll()).contains("Login failed user=nobody-").contains("Denied 403 POST /api/units user=xa.longhoa source=127.0.0.1");
  }

  @Test
  void textFromUnitsIsStoredAsTextAndServedInert() throws Exception {
    String script = "<script>alert('x')</script><img src=x onerror=alert(1)>";
    HttpResponse<String> created = as("xa.longhoa").send("POST", "/api/items",
        json.writeValueAsString(java.util.Map.of("category", "OTHER", "title", script, "content", script)), null);
    assertThat(created.statusCode()).isEqualTo(201);
    assertThat(created.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
    assertThat(created.headers().firstValue("X-Content-Type-Options").orElse("")).isEqualTo("nosniff");
    assertThat(created.headers().firstValue("Content-Security-Policy").orElse("")).contains("script-src 'self'");
    JsonNode item = json.readTree(created.body());
    assertThat(item.get("title").asText()).isEqualTo(script);
    String task = driver.task(driver.byReference(item.get("reference").asText()), "userTask_triage").getId();
    assertThat(engine.getTaskService().getVariableLocal(task, "ctxTitle")).isEqualTo(script);
  }
}
