package vn.police.grievance.security;

import vn.police.grievance.system.CurrentUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.police.grievance.support.ProcessTestSupport.answerNow;
import static vn.police.grievance.support.ProcessTestSupport.approve;
import static vn.police.grievance.support.ProcessTestSupport.approveProposal;
import static vn.police.grievance.support.ProcessTestSupport.headApproves;
import static vn.police.grievance.support.ProcessTestSupport.immediateAnswer;
import static vn.police.grievance.support.ProcessTestSupport.sendToDepartment;
import static vn.police.grievance.support.ProcessTestSupport.study;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import vn.police.grievance.intake.IntakeService;
import vn.police.grievance.intake.SubmitItemRequest;
import vn.police.grievance.item.GrievanceItem;
import vn.police.grievance.item.ItemStatus;
import vn.police.grievance.support.ProcessDriver;

/**
 * The engine's front door, tried as an outside reviewer would with ordinary logins: every route
 * of the engine REST API that writes, on both the REST API and the webapps' engine API, for every
 * role but the administrator; then each way around the process the review found, as a scenario.
 * Refusals are read back from the database, not only from the status code.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class EngineFrontDoorTest {

  static final String PASSWORD = "Demo@2026!";

  /** One demo user per role that is not the administrator. */
  static final List<String> ROLES =
      List.of("xa.longhoa", "xa.phuoclam", "huyen.canduoc", "tiepnhan", "cv.haucan", "tp.haucan", "lanhdao", "thanhtra");

  /** The writes the front door opens; each is tested below with what it may and may not carry. */
  static final Set<String> OPEN_WRITES =
      Set.of(
          "POST /task/{id}/claim",
          "POST /task/{id}/unclaim",
          "POST /task/{id}/complete",
          "POST /task/{id}/submit-form",
          "POST /process-definition/key/{key}/submit-form",
          "POST /process-definition/{id}/submit-form");

  static final String WEBAPP_ENGINE = "/camunda/api/engine/engine/default";

  @LocalServerPort int port;
  @Autowired ProcessDriver driver;
  @Autowired IntakeService intake;
  @Autowired JdbcClient jdbc;
  @Autowired ObjectMapper json;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired RepositoryService repository;
  @Autowired FilterService filters;
  @Autowired IdentityService identity;

  private String base() {
    return "http://localhost:" + port;
  }

  // ---------------------------------------------------------------------------------------------
  // Every write route × every role

  @TestFactory
  Stream<DynamicTest> everyWriteRouteOfTheEngineIsRefusedToEveryRoleAndChangesNothing() throws Exception {
    GrievanceItem item = driver.submit("FACILITIES");
    Map<String, String> ids = realIds(item);
    List<EngineRoutes.Route> writes =
        EngineRoutes.all().stream()
            .filter(EngineRoutes.Route::writes)
            .filter(r -> !OPEN_WRITES.contains(r.toString()))
            .filter(r -> !isQuery(r))
            .toList();
    assertThat(writes).as("the write routes of the engine REST API").hasSizeGreaterThan(150);

    List<DynamicTest> tests = new ArrayList<>();
    for (String user : ROLES) {
      tests.add(DynamicTest.dynamicTest(user + " is refused every write route on both engine APIs", () -> {
        Map<String, Long> before = fingerprint();
        HttpSession rest = HttpSession.basic(base(), user, PASSWORD);
        HttpSession webapp = HttpSession.login(base(), user, PASSWORD);
        String xsrf = webappCsrfToken(webapp);
        List<String> opened = new ArrayList<>();
        for (EngineRoutes.Route route : writes) {
          String path = fill(route.template(), ids);
          HttpResponse<String> viaRest = rest.send(route.method(), "/engine-rest" + path, "{}", null);
          if (!refused(viaRest)) {
            opened.add("REST " + route + " → " + viaRest.statusCode() + " " + viaRest.body());
          }
          HttpResponse<String> viaWebapp = webapp.send(route.method(), WEBAPP_ENGINE + path, "{}", "X-XSRF-TOKEN: " + xsrf);
          if (!refused(viaWebapp)) {
            opened.add("webapp " + route + " → " + viaWebapp.statusCode() + " " + viaWebapp.body());
          }
        }
        assertThat(opened).as("write routes open to %s", user).isEmpty();
        assertThat(fingerprint()).as("the engine's and the items' state after %s's attempts", user).isEqualTo(before);
      }));
    }
    return tests.stream();
  }

  /** The routes the gate lets through as queries are queries: a POST it waves through cannot write. */
  @Test
  void everyPostTheGatePassesAsAQueryIsAQueryOfTheEngine() {
    List<EngineRoutes.Route> passed =
        EngineRoutes.all().stream()
            .filter(r -> "POST".equals(r.method()))
            .filter(r -> EngineWriteGate.QUERIES.matcher(r.template().replaceAll("\\{[^}]+}", "x")).matches())
            .toList();
    assertThat(passed).isNotEmpty();
    assertThat(passed).allSatisfy(r -> assertThat(r.javaMethod().getName()).as(r.toString()).startsWith("query"));
  }

  private static boolean isQuery(EngineRoutes.Route route) {
    return "POST".equals(route.method()) && route.javaMethod().getName().startsWith("query")
        && !route.template().startsWith("/group");
  }

  /** A refusal of the front door (or of the inspectors' rule before it): 403, as a problem detail. */
  private static boolean refused(HttpResponse<String> response) {
    return response.statusCode() == 403
        && response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json");
  }

  private static String webappCsrfToken(HttpSession session) throws Exception {
    session.get("/camunda/api/engine/engine/");
    String token = session.cookie("XSRF-TOKEN");
    assertThat(token).as("the webapps' CSRF token").isNotNull();
    return token;
  }

  /** Ids of real objects, so that a route left open would change something that shows. */
  private Map<String, String> realIds(GrievanceItem item) {
    Task triage = driver.task(item, "userTask_triage");
    String timer = management.createJobQuery().processInstanceId(item.processInstanceId()).timers().list().get(0).getId();
    String jobDefinition = management.createJobDefinitionQuery().processDefinitionKey("grievance-handling").list().get(0).getId();
    String definition = repository.createProcessDefinitionQuery().processDefinitionKey("grievance-handling").latestVersion().singleResult().getId();
    String deployment = repository.createProcessDefinitionQuery().processDefinitionId(definition).singleResult().getDeploymentId();
    String filter = filters.createFilterQuery().list().get(0).getId();
    Map<String, String> ids = new HashMap<>();
    ids.put("/task/{id}", triage.getId());
    ids.put("/process-instance/{id}", item.processInstanceId());
    ids.put("/execution/{id}", item.processInstanceId());
    ids.put("/job/{id}", timer);
    ids.put("/job-definition/{id}", jobDefinition);
    ids.put("/process-definition/{id}", definition);
    ids.put("/deployment/{id}", deployment);
    ids.put("/filter/{id}", filter);
    ids.put("/user/{id}", "xa.phuoclam");
    ids.put("/group/{id}", "cax-phuoc-lam");
    ids.put("{key}", "grievance-handling");
    ids.put("{varId}", "grievanceId");
    ids.put("{userId}", "xa.phuoclam");
    ids.put("{groupId}", "cax-phuoc-lam");
    return ids;
  }

  private static String fill(String template, Map<String, String> ids) {
    String path = template;
    for (Map.Entry<String, String> e : ids.entrySet()) {
      if (e.getKey().startsWith("/") && path.startsWith(e.getKey())) {
        path = e.getValue() == null ? path : path.replaceFirst(Pattern.quote(e.getKey()), Matcher.quoteReplacement(e.getKey().replace("{id}", e.getValue())));
      }
    }
    for (Map.Entry<String, String> e : ids.entrySet()) {
      if (e.getKey().startsWith("{")) {
        path = path.replace(e.getKey(), e.getValue());
      }
    }
    return path.replaceAll("\\{[^}]+}", "x");
  }

  /** Counts and revision sums of the engine's state and of our items: any write moves one of them. */
  private Map<String, Long> fingerprint() {
    Map<String, Long> f = new LinkedHashMap<>();
    for (String table : List.of("ACT_RU_EXECUTION", "ACT_RU_TASK", "ACT_RU_VARIABLE", "ACT_RU_JOB", "ACT_RU_JOBDEF",
        "ACT_RU_EXT_TASK", "ACT_RU_INCIDENT", "ACT_RU_FILTER", "ACT_RU_AUTHORIZATION", "ACT_RU_EVENT_SUBSCR",
        "ACT_RU_BATCH", "ACT_RE_PROCDEF", "ACT_ID_USER", "ACT_ID_GROUP", "ACT_ID_TENANT")) {
      f.put(table + ".rows", jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single());
      f.put(table + ".revisions", jdbc.sql("SELECT COALESCE(SUM(REV_), 0) FROM " + table).query(Long.class).single());
    }
    for (String table : List.of("ACT_RE_DEPLOYMENT", "ACT_ID_MEMBERSHIP", "ACT_RU_IDENTITYLINK", "ACT_HI_COMMENT",
        "ACT_HI_ATTACHMENT", "ACT_HI_PROCINST", "grievance_item", "item_status_change", "item_event", "item_answer")) {
      f.put(table + ".rows", jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single());
    }
    f.put("items.reopened", jdbc.sql("SELECT COALESCE(SUM(reopen_count), 0) FROM grievance_item").query(Long.class).single());
    f.put("items.closed", jdbc.sql("SELECT COUNT(*) FROM grievance_item WHERE closed_at IS NOT NULL").query(Long.class).single());
    return f;
  }

  // ---------------------------------------------------------------------------------------------
  // The review's classes, as scenarios

  @Test
  void aCommuneCannotStartTheProcessWithStartInstructionsNorAtAnotherUnitsItem() throws Exception {
    GrievanceItem theirs = phuocLamItem();
    Map<String, Long> before = fingerprint();
    HttpSession commune = HttpSession.basic(base(), "xa.longhoa", PASSWORD);
    String instructions =
        "{\"variables\":{\"grievanceId\":{\"value\":" + theirs.id() + ",\"type\":\"Long\"},\"route\":{\"value\":\"ANSWER_NOW\"},"
            + "\"answerText\":{\"value\":\"Tự trả lời\"},\"signOffDecision\":{\"value\":\"APPROVE\"}},"
            + "\"startInstructions\":[{\"type\":\"startBeforeActivity\",\"activityId\":\"serviceTask_closeItem\"}]}";
    for (String start : List.of("/process-definition/key/grievance-handling/start",
        "/process-definition/" + definitionId() + "/start",
        "/process-definition/key/grievance-handling/tenant-id/x/start")) {
      HttpResponse<String> response = commune.send("POST", "/engine-rest" + start, instructions, null);
      assertThat(response.statusCode()).as(start).isEqualTo(403);
    }
    // the start form takes the start form's fields only: no ids, no later step's decision
    HttpResponse<String> forged = commune.send("POST", "/engine-rest/process-definition/key/grievance-handling/submit-form",
        "{\"variables\":{\"grievanceId\":{\"value\":" + theirs.id() + "},\"category\":{\"value\":\"FACILITIES\"},"
            + "\"title\":{\"value\":\"x\"},\"content\":{\"value\":\"y\"}}}", null);
    assertThat(forged.statusCode()).isEqualTo(400);
    assertThat(fieldsNamed(forged)).containsExactly("grievanceId");
    assertThat(driver.reload(theirs).status()).isEqualTo(ItemStatus.IN_TRIAGE);
    assertThat(fingerprint()).isEqualTo(before);
  }

  @Test
  void forgedStartVariablesAreRefusedAndWhoSubmitsForWhichUnitComesFromTheLogin() throws Exception {
    HttpSession commune = HttpSession.basic(base(), "xa.longhoa", PASSWORD);
    long itemsBefore = countItems();
    for (String forged : List.of("initiator", "triageDecision", "departmentId", "signOffDecision", "reference", "route")) {
      HttpResponse<String> response = commune.send("POST", "/engine-rest/process-definition/key/grievance-handling/submit-form",
          startForm("cax-long-hoa", "Thiếu bàn ghế " + forged) .replace("}}}", "}, \"" + forged + "\":{\"value\":\"tiepnhan\"}}}"), null);
      assertThat(response.statusCode()).as(forged).isEqualTo(400);
      assertThat(fieldsNamed(response)).as(forged).containsExactly(forged);
    }
    // another unit's id in the start form's own unit field: refused as the API refuses it
    HttpResponse<String> otherUnit = commune.send("POST", "/engine-rest/process-definition/key/grievance-handling/submit-form",
        startForm("cax-phuoc-lam", "Thiếu bàn ghế cho đơn vị khác"), null);
    assertThat(otherUnit.statusCode()).isEqualTo(403);
    assertThat(countItems()).isEqualTo(itemsBefore);

    String title = "Thiếu bàn ghế " + UUID.randomUUID();
    HttpResponse<String> honest = commune.send("POST", "/engine-rest/process-definition/key/grievance-handling/submit-form",
        startForm("cax-long-hoa", title), null);
    assertThat(honest.statusCode()).as(honest.body()).isEqualTo(200);
    Map<String, Object> row = jdbc.sql("SELECT unit_id, submitted_by FROM grievance_item WHERE title = ?").param(title).query().singleRow();
    assertThat(row).containsEntry("unit_id", "cax-long-hoa").containsEntry("submitted_by", "xa.longhoa");
  }

  @Test
  void variablesCannotBeWrittenOnOnesOwnTaskNorSlippedIntoItsCompletion() throws Exception {
    GrievanceItem mine = itemAwaitingConfirmation();
    GrievanceItem theirs = phuocLamItem();
    Task confirmation = driver.task(mine, "userTask_confirmAnswer");
    HttpSession commune = HttpSession.basic(base(), "xa.longhoa", PASSWORD);
    assertThat(commune.send("POST", "/engine-rest/task/" + confirmation.getId() + "/claim", "{\"userId\":\"xa.longhoa\"}", null).statusCode())
        .isEqualTo(204);
    Map<String, Long> before = fingerprint();

    String retarget = "{\"value\":" + theirs.id() + ",\"type\":\"Long\"}";
    assertThat(commune.send("PUT", "/engine-rest/task/" + confirmation.getId() + "/variables/grievanceId", retarget, null).statusCode())
        .isEqualTo(403);
    assertThat(commune.send("PUT", "/engine-rest/task/" + confirmation.getId() + "/localVariables/grievanceId", retarget, null).statusCode())
        .isEqualTo(403);
    assertThat(commune.send("POST", "/engine-rest/task/" + confirmation.getId() + "/variables",
        "{\"modifications\":{\"grievanceId\":" + retarget + "}}", null).statusCode()).isEqualTo(403);
    assertThat(commune.send("POST", "/engine-rest/process-instance/" + mine.processInstanceId() + "/variables",
        "{\"modifications\":{\"grievanceId\":" + retarget + "}}", null).statusCode()).isEqualTo(403);

    HttpResponse<String> slipped = commune.send("POST", "/engine-rest/task/" + confirmation.getId() + "/submit-form",
        "{\"variables\":{\"unitSatisfied\":{\"value\":true},\"grievanceId\":" + retarget + "}}", null);
    assertThat(slipped.statusCode()).isEqualTo(400);
    assertThat(fieldsNamed(slipped)).containsExactly("grievanceId");

    assertThat(fingerprint()).isEqualTo(before);
    assertThat(driver.reload(theirs).status()).isEqualTo(ItemStatus.IN_TRIAGE);
    assertThat(runtime.getVariable(mine.processInstanceId(), "grievanceId")).isEqualTo(mine.id());

    // the honest completion still works
    HttpResponse<String> honest = commune.send("POST", "/engine-rest/task/" + confirmation.getId() + "/submit-form",
        "{\"variables\":{\"unitSatisfied\":{\"value\":true}}}", null);
    assertThat(honest.statusCode()).as(honest.body()).isEqualTo(204);
    assertThat(driver.status(mine)).isEqualTo(ItemStatus.CLOSED);
  }

  @Test
  void aDepartmentOfficerWritesNoProcessVariablesOutsideItsForm() throws Exception {
    GrievanceItem item = driver.submit("FACILITIES");
    driver.complete(item, "userTask_triage", "tiepnhan", sendToDepartment("dept-hau-can"));
    Task studyTask = driver.task(item, "userTask_draftStudy");
    HttpSession officer = HttpSession.basic(base(), "cv.haucan", PASSWORD);
    Map<String, Long> before = fingerprint();
    String write = "{\"modifications\":{\"departmentId\":{\"value\":\"dept-phap-che\"}}}";
    assertThat(officer.send("POST", "/engine-rest/execution/" + studyTask.getExecutionId() + "/localVariables", write, null).statusCode())
        .isEqualTo(403);
    assertThat(officer.send("POST", "/engine-rest/process-instance/" + studyTask.getProcessInstanceId() + "/variables", write, null).statusCode())
        .isEqualTo(403);
    assertThat(officer.send("POST", "/engine-rest/task/" + studyTask.getId() + "/variables", write, null).statusCode())
        .isEqualTo(403);
    assertThat(fingerprint()).isEqualTo(before);
  }

  @Test
  void aTaskIsClaimedOnlyForOneselfAndWhatAnotherHoldsIsTheirsToFinishOrGiveBack() throws Exception {
    GrievanceItem item = driver.submit("FACILITIES");
    Task triage = driver.task(item, "userTask_triage");
    HttpSession reception = HttpSession.basic(base(), "tiepnhan", PASSWORD);
    assertThat(reception.send("POST", "/engine-rest/task/" + triage.getId() + "/claim", "{\"userId\":\"lanhdao\"}", null).statusCode())
        .isEqualTo(403);
    assertThat(tasks.createTaskQuery().taskId(triage.getId()).singleResult().getAssignee()).isNull();

    // a colleague of the same office holds it: the officer may neither finish it nor give it back
    tasks.claim(triage.getId(), "tiepnhan.b");
    HttpResponse<String> finish = reception.send("POST", "/engine-rest/task/" + triage.getId() + "/complete",
        variables(Map.of("triageDecision", "ANSWER_NOW", "regulationCodes", "42/2021/NĐ-CP")), null);
    assertThat(finish.statusCode()).isEqualTo(409);
    assertThat(json.readTree(finish.body()).path("type").asText()).isEqualTo("urn:problem:grievance:conflict");
    assertThat(reception.send("POST", "/engine-rest/task/" + triage.getId() + "/unclaim", null, null).statusCode()).isEqualTo(403);
    assertThat(tasks.createTaskQuery().taskId(triage.getId()).singleResult().getAssignee()).isEqualTo("tiepnhan.b");
  }

  /**
   * Every task of both diagrams: a completion that carries one variable its form does not declare
   * (another item's id) is refused and names it; a choice given another item's reference is refused;
   * the task stays open and the other item is untouched.
   */
  @TestFactory
  Stream<DynamicTest> everyTaskTakesOnlyWhatItsFormDeclares() {
    record Step(String taskKey, String user, String choiceField, Map<String, Object> valid) {}
    List<Step> steps = List.of(
        new Step("userTask_triage", "tiepnhan", "triageDecision", Map.of("triageDecision", "ANSWER_NOW")),
        new Step("userTask_draftImmediateAnswer", "tiepnhan", "regulationCodes", Map.of("answerText", "Trả lời")),
        new Step("userTask_leadershipSignOff", "lanhdao", "signOffDecision", Map.of("signOffDecision", "APPROVE")),
        new Step("userTask_confirmAnswer", "xa.longhoa", "unitSatisfied", Map.of("unitSatisfied", true)),
        new Step("userTask_draftStudy", "cv.haucan", "consultDepartmentIds", Map.of("studyText", "Nghiên cứu")),
        new Step("userTask_consult", "cv.phapche", null, Map.of("consultationOpinion", "Đồng ý")),
        new Step("userTask_headReview", "tp.haucan", "headDecision", Map.of("headDecision", "APPROVE")),
        new Step("userTask_proposalSignOff", "lanhdao", "proposalDecision", Map.of("proposalDecision", "APPROVE")),
        new Step("userTask_recordAuthorityReply", "cv.haucan", "regulationCodes", Map.of("authorityReply", "Bộ đồng ý")));
    return steps.stream().map(step -> DynamicTest.dynamicTest(step.taskKey(), () -> {
      GrievanceItem item = itemAt(step.taskKey());
      GrievanceItem other = phuocLamItem();
      Task task = driver.task(item, step.taskKey());
      HttpSession session = HttpSession.basic(base(), step.user(), PASSWORD);
      Map<String, Long> before = fingerprint();

      Map<String, Object> undeclared = new LinkedHashMap<>(step.valid());
      undeclared.put("grievanceId", other.id());
      HttpResponse<String> withId = session.send("POST", "/engine-rest/task/" + task.getId() + "/complete", variables(undeclared), null);
      assertThat(withId.statusCode()).as(withId.body()).isEqualTo(400);
      assertThat(fieldsNamed(withId)).containsExactly("grievanceId");

      if (step.choiceField() != null) {
        Map<String, Object> wrongChoice = new LinkedHashMap<>(step.valid());
        wrongChoice.put(step.choiceField(), other.reference());
        HttpResponse<String> withReference =
            session.send("POST", "/engine-rest/task/" + task.getId() + "/submit-form", variables(wrongChoice), null);
        assertThat(withReference.statusCode()).as(withReference.body()).isEqualTo(400);
        assertThat(fieldsNamed(withReference)).containsExactly(step.choiceField());
      }
      assertThat(fingerprint()).isEqualTo(before);
      assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).isOne();
      assertThat(driver.reload(other).status()).isEqualTo(ItemStatus.IN_TRIAGE);
    }));
  }

  @Test
  void anotherStepsFieldAndTheReadOnlyContextCannotBeRewritten() throws Exception {
    GrievanceItem item = itemAt("userTask_consult");
    Task consultation = driver.task(item, "userTask_consult");
    HttpSession officer = HttpSession.basic(base(), "cv.phapche", PASSWORD);
    HttpResponse<String> study = officer.send("POST", "/engine-rest/task/" + consultation.getId() + "/complete",
        variables(Map.of("consultationOpinion", "Đồng ý", "studyText", "Nghiên cứu đã sửa")), null);
    assertThat(study.statusCode()).isEqualTo(400);
    assertThat(fieldsNamed(study)).containsExactly("studyText");
    // the read-only context, sent back by form-js with the rest, is no input: whatever it says, it
    // is taken out before the engine sees the completion, and nothing of that name reaches the process
    HttpResponse<String> context = officer.send("POST", "/engine-rest/task/" + consultation.getId() + "/complete",
        variables(Map.of("consultationOpinion", "Đồng ý", "ctxHistory", "Không có gì", "ctxTitle", "Tiêu đề khác")), null);
    assertThat(context.statusCode()).as(context.body()).isEqualTo(204);
    assertThat(runtime.createVariableInstanceQuery().processInstanceIdIn(item.processInstanceId()).variableName("ctxHistory").count())
        .isZero();
    assertThat(runtime.createVariableInstanceQuery().processInstanceIdIn(item.processInstanceId()).variableName("ctxTitle").list())
        .extracting(v -> String.valueOf(v.getValue()))
        .doesNotContain("Tiêu đề khác");
  }

  @Test
  void whatATaskShowsIsWhatItsFormDeclares() throws Exception {
    GrievanceItem item = itemAwaitingConfirmation();
    Task confirmation = driver.task(item, "userTask_confirmAnswer");
    HttpSession commune = HttpSession.basic(base(), "xa.longhoa", PASSWORD);
    for (String read : List.of("variables", "form-variables", "localVariables")) {
      HttpResponse<String> response = commune.get("/engine-rest/task/" + confirmation.getId() + "/" + read);
      assertThat(response.statusCode()).as(read).isEqualTo(200);
      List<String> names = new ArrayList<>();
      json.readTree(response.body()).fieldNames().forEachRemaining(names::add);
      assertThat(names).as(read).isNotEmpty().allSatisfy(n -> assertThat(Set.of("unitSatisfied", "notSatisfiedReason").contains(n) || n.startsWith("ctx")).as(n).isTrue());
      assertThat(names).as(read).doesNotContain("grievanceId", "triageDecision", "signOffDecision", "answerText", "initiator");
    }
    assertThat(commune.get("/engine-rest/task/" + confirmation.getId() + "/variables/answerText").statusCode()).isEqualTo(403);
    // the context is computed when it is read: the delivered answer, which the task does not store
    HttpResponse<String> answer = commune.get("/engine-rest/task/" + confirmation.getId() + "/variables/ctxAnswer");
    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(json.readTree(answer.body()).path("type").asText()).isEqualTo("String");
    assertThat(json.readTree(answer.body()).path("value").asText()).isNotBlank().isNotEqualTo("—");
    assertThat(tasks.getVariablesLocal(confirmation.getId())).doesNotContainKey("ctxAnswer");
    JsonNode form = json.readTree(commune.get("/engine-rest/task/" + confirmation.getId() + "/form-variables").body());
    assertThat(form.path("ctxAnswer").path("value").asText()).isEqualTo(json.readTree(answer.body()).path("value").asText());
    assertThat(form.path("ctxReference").path("value").asText()).isEqualTo(item.reference());
    assertThat(form.path("ctxTitle").path("type").asText()).isEqualTo("String");
    // asked by name, as generated and embedded forms ask: those names only, context included
    JsonNode named = json.readTree(commune.get("/engine-rest/task/" + confirmation.getId()
        + "/form-variables?variableNames=ctxReference,unitSatisfied,ctxReference,answerText").body());
    List<String> namedFields = new ArrayList<>();
    named.fieldNames().forEachRemaining(namedFields::add);
    assertThat(namedFields).contains("ctxReference").doesNotContain("ctxAnswer", "ctxHistory", "answerText");
    // a task the caller may not read shows none of it
    HttpSession other = HttpSession.basic(base(), "xa.phuoclam", PASSWORD);
    assertThat(other.get("/engine-rest/task/" + confirmation.getId() + "/variables/ctxAnswer").statusCode()).isIn(403, 404);
    assertThat(other.get("/engine-rest/task/" + confirmation.getId() + "/form-variables").body()).doesNotContain(item.reference());
  }

  @Test
  void aFormIsShownTheEarlierResultsItsConditionsCompareWithAndNothingElse() throws Exception {
    // triage: the department the decision table suggested, which hides the reason for another
    GrievanceItem item = driver.submit("FACILITIES");
    Task triage = driver.task(item, "userTask_triage");
    String suggested = (String) runtime.getVariable(item.processInstanceId(), "suggestedDepartmentId");
    assertThat(suggested).isNotBlank();
    JsonNode triageForm = json.readTree(HttpSession.basic(base(), "tiepnhan", PASSWORD)
        .get("/engine-rest/task/" + triage.getId() + "/form-variables").body());
    assertThat(triageForm.path("suggestedDepartmentId").path("value").asText()).isEqualTo(suggested);
    assertThat(triageForm.has("grievanceId")).isFalse();

    // the head's review: which way the department proposes to go
    GrievanceItem proposed = driver.submit("FACILITIES");
    driver.complete(proposed, "userTask_triage", "tiepnhan", sendToDepartment("dept-hau-can"));
    Map<String, Object> proposal = new HashMap<>(study("HIGHER_AUTHORITY"));
    proposal.put("higherAuthority", "MINISTRY_OF_PUBLIC_SECURITY");
    driver.complete(proposed, "userTask_draftStudy", "cv.haucan", proposal);
    Task review = driver.task(proposed, "userTask_headReview");
    JsonNode reviewForm = json.readTree(HttpSession.basic(base(), "tp.haucan", PASSWORD)
        .get("/engine-rest/task/" + review.getId() + "/form-variables").body());
    assertThat(reviewForm.path("studyOutcome").path("value").asText()).isEqualTo("HIGHER_AUTHORITY");
    assertThat(reviewForm.path("higherAuthority").path("value").asText()).isEqualTo("MINISTRY_OF_PUBLIC_SECURITY");
    assertThat(reviewForm.has("grievanceId")).isFalse();
    assertThat(reviewForm.has("suggestedDepartmentId")).isFalse();

    // shown, not written: the triage cannot set what the decision table suggested
    HttpSession reception = HttpSession.basic(base(), "tiepnhan", PASSWORD);
    reception.send("POST", "/engine-rest/task/" + triage.getId() + "/claim", "{\"userId\":\"tiepnhan\"}", null);
    HttpResponse<String> forged = reception.send("POST", "/engine-rest/task/" + triage.getId() + "/submit-form",
        variables(Map.of("triageDecision", "SEND_TO_DEPARTMENT", "departmentId", "dept-phap-che",
            "suggestedDepartmentId", "dept-phap-che")), null);
    assertThat(forged.statusCode()).as(forged.body()).isEqualTo(400);
    assertThat(runtime.getVariable(item.processInstanceId(), "suggestedDepartmentId")).isEqualTo(suggested);
  }

  @Test
  void theBindingStopsAStepWhoseItemWasChangedAroundTheForms() {
    // as if a route around the front door had reopened: the variable is written with the Java API
    GrievanceItem mine = driver.submit("FACILITIES");
    GrievanceItem theirs = phuocLamItem();
    runtime.setVariable(mine.processInstanceId(), "grievanceId", theirs.id());
    assertThatThrownBy(() -> driver.complete(mine, "userTask_triage", "tiepnhan", answerNow("42/2021/NĐ-CP")))
        .isInstanceOf(AuthorizationException.class)
        .hasMessageContaining("does not match its process");
    assertThat(driver.reload(theirs).status()).isEqualTo(ItemStatus.IN_TRIAGE);
    assertThat(driver.openTasks(mine, "userTask_triage")).hasSize(1);

    runtime.setVariable(mine.processInstanceId(), "grievanceId", mine.id());
    runtime.setVariable(mine.processInstanceId(), "unitId", "cax-phuoc-lam");
    assertThatThrownBy(() -> driver.complete(mine, "userTask_triage", "tiepnhan", answerNow("42/2021/NĐ-CP")))
        .isInstanceOf(AuthorizationException.class);
    assertThat(driver.openTasks(mine, "userTask_triage")).hasSize(1);
  }

  @Test
  void aSecondProcessCannotTakeOverABoundItem() {
    GrievanceItem theirs = phuocLamItem();
    identity.setAuthentication("quantri", List.of("camunda-admin"));
    try {
      assertThatThrownBy(() -> runtime.startProcessInstanceByKey("grievance-handling",
              Map.of("grievanceId", theirs.id(), "reference", theirs.reference(), "unitId", theirs.unitId(), "category", "FACILITIES")))
          .isInstanceOf(AuthorizationException.class);
    } finally {
      identity.clearAuthentication();
    }
    assertThat(driver.reload(theirs).processInstanceId()).isEqualTo(theirs.processInstanceId());
  }

  @Test
  void peopleAndUnitsAreListedOnlyWithinOnesOwnUnits() throws Exception {
    HttpSession commune = HttpSession.basic(base(), "xa.longhoa", PASSWORD);
    assertThat(commune.get("/engine-rest/user").statusCode()).isEqualTo(403);
    assertThat(commune.get("/engine-rest/user/count").statusCode()).isEqualTo(403);
    assertThat(commune.get("/engine-rest/user?memberOfGroup=cax-phuoc-lam").statusCode()).isEqualTo(403);
    HttpResponse<String> own = commune.get("/engine-rest/user?memberOfGroup=cax-long-hoa");
    assertThat(own.statusCode()).isEqualTo(200);
    assertThat(json.readTree(own.body()).findValuesAsText("id")).contains("xa.longhoa").doesNotContain("xa.phuoclam", "lanhdao");
    assertThat(commune.get("/engine-rest/user/xa.phuoclam/profile").statusCode()).isEqualTo(403);
    assertThat(commune.get("/engine-rest/user/xa.longhoa/profile").statusCode()).isEqualTo(200);
    assertThat(commune.get("/engine-rest/group").statusCode()).isEqualTo(403);
    assertThat(commune.send("POST", "/engine-rest/group", "{}", null).statusCode()).isEqualTo(403);
    assertThat(commune.get("/engine-rest/group?member=xa.longhoa").statusCode()).isEqualTo(200);
    assertThat(commune.get("/engine-rest/group/cax-phuoc-lam").statusCode()).isEqualTo(403);
  }

  @Test
  void freeStandingTasksAreCreatedByAdministratorsOnly() throws Exception {
    String task = "{\"id\":\"free-" + UUID.randomUUID() + "\",\"name\":\"Việc tự tạo\",\"tenantId\":\"x\"}";
    long before = tasks.createTaskQuery().count();
    for (String user : ROLES) {
      HttpResponse<String> created = HttpSession.basic(base(), user, PASSWORD).send("POST", "/engine-rest/task/create", task, null);
      assertThat(created.statusCode()).as(user).isEqualTo(403);
      if (!"thanhtra".equals(user)) { // inspectors are refused every write before the gate (ADR 3)
        assertThat(json.readTree(created.body()).path("message").asText()).as(user)
            .startsWith("Thao tác không được phép")
            .doesNotContain("(this operation");
      }
    }
    assertThat(tasks.createTaskQuery().count()).isEqualTo(before);

    String adminTask = "free-" + UUID.randomUUID();
    HttpResponse<String> byAdministrator = HttpSession.basic(base(), "quantri", PASSWORD)
        .send("POST", "/engine-rest/task/create", "{\"id\":\"" + adminTask + "\",\"name\":\"Việc tự tạo\"}", null);
    assertThat(byAdministrator.statusCode()).as(byAdministrator.body()).isEqualTo(204);
    assertThat(tasks.createTaskQuery().taskId(adminTask).count()).isOne();
    tasks.deleteTask(adminTask, true);
  }

  @Test
  void aStepsRefusalReadsInPlainVietnameseWithoutTheFieldsName() throws Exception {
    GrievanceItem item = driver.submit("FACILITIES");
    Task triage = driver.task(item, "userTask_triage");
    HttpSession reception = HttpSession.basic(base(), "tiepnhan", PASSWORD);
    assertThat(reception.send("POST", "/engine-rest/task/" + triage.getId() + "/claim", "{\"userId\":\"tiepnhan\"}", null).statusCode())
        .isEqualTo(204);
    String suggested = String.valueOf(tasks.getVariable(triage.getId(), "departmentId"));
    String another = "dept-phap-che".equals(suggested) ? "dept-hau-can" : "dept-phap-che";

    HttpResponse<String> refused = reception.send("POST", "/engine-rest/task/" + triage.getId() + "/submit-form",
        variables(Map.of("triageDecision", "SEND_TO_DEPARTMENT", "departmentId", another)), null);

    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    JsonNode problem = json.readTree(refused.body());
    assertThat(problem.path("message").asText()).isEqualTo("Nêu lý do khi chọn phòng khác với đề xuất.");
    assertThat(fieldsNamed(refused)).containsExactly("overrideReason");
    assertThat(tasks.createTaskQuery().taskId(triage.getId()).count()).as("the task stays open").isOne();
  }

  @Test
  void cockpitsOwnApiAnswersOnlyThoseWhoMayUseCockpit() throws Exception {
    String statistics = "/camunda/api/cockpit/plugin/base/default/process-definition/statistics";
    assertThat(HttpSession.basic(base(), "xa.longhoa", PASSWORD).get(statistics).statusCode()).isEqualTo(403);
    assertThat(HttpSession.basic(base(), "cv.haucan", PASSWORD).get(statistics).statusCode()).isEqualTo(403);
    assertThat(HttpSession.basic(base(), "lanhdao", PASSWORD).get(statistics).statusCode()).isEqualTo(200);
  }

  // ---------------------------------------------------------------------------------------------

  private GrievanceItem phuocLamItem() {
    return intake
        .submit(new SubmitItemRequest("cax-phuoc-lam", "EQUIPMENT", "Thiếu xe tuần tra", "Chỉ có một xe máy.", null, null),
            UUID.randomUUID().toString(), new vn.police.grievance.system.CurrentUser("tiepnhan", Set.of("reception")))
        .item();
  }

  private GrievanceItem itemAwaitingConfirmation() {
    return itemAt("userTask_confirmAnswer");
  }

  /** A Long Hòa item moved, the way people do, to the given task. */
  private GrievanceItem itemAt(String taskKey) {
    GrievanceItem item = driver.submit("FACILITIES");
    switch (taskKey) {
      case "userTask_triage" -> {}
      case "userTask_draftImmediateAnswer" -> driver.complete(item, "userTask_triage", "tiepnhan", answerNow("42/2021/NĐ-CP"));
      case "userTask_leadershipSignOff", "userTask_confirmAnswer" -> {
        driver.complete(item, "userTask_triage", "tiepnhan", answerNow("42/2021/NĐ-CP"));
        driver.complete(item, "userTask_draftImmediateAnswer", "tiepnhan", immediateAnswer("Trả lời theo quy định.", "42/2021/NĐ-CP"));
        if (taskKey.equals("userTask_confirmAnswer")) {
          driver.complete(item, "userTask_leadershipSignOff", "lanhdao", approve());
          driver.runAsyncJobs(item);
        }
      }
      case "userTask_draftStudy" -> driver.complete(item, "userTask_triage", "tiepnhan", sendToDepartment("dept-hau-can"));
      case "userTask_consult" -> {
        driver.complete(item, "userTask_triage", "tiepnhan", sendToDepartment("dept-hau-can"));
        Map<String, Object> consult = new HashMap<>(study("ANSWER"));
        consult.put("consultDepartmentIds", "dept-phap-che");
        driver.complete(item, "userTask_draftStudy", "cv.haucan", consult);
      }
      case "userTask_headReview" -> {
        driver.complete(item, "userTask_triage", "tiepnhan", sendToDepartment("dept-hau-can"));
        driver.complete(item, "userTask_draftStudy", "cv.haucan", study("ANSWER"));
      }
      case "userTask_proposalSignOff", "userTask_recordAuthorityReply" -> {
        driver.complete(item, "userTask_triage", "tiepnhan", sendToDepartment("dept-hau-can"));
        Map<String, Object> proposal = new HashMap<>(study("HIGHER_AUTHORITY"));
        proposal.put("higherAuthority", "MINISTRY_OF_PUBLIC_SECURITY");
        driver.complete(item, "userTask_draftStudy", "cv.haucan", proposal);
        driver.complete(item, "userTask_headReview", "tp.haucan", headApproves());
        if (taskKey.equals("userTask_recordAuthorityReply")) {
          driver.complete(item, "userTask_proposalSignOff", "lanhdao", approveProposal());
        }
      }
      default -> throw new IllegalArgumentException(taskKey);
    }
    return item;
  }

  private String variables(Map<String, Object> values) throws Exception {
    Map<String, Object> vars = new LinkedHashMap<>();
    values.forEach((k, v) -> vars.put(k, Map.of("value", v)));
    return json.writeValueAsString(Map.of("variables", vars));
  }

  private static String startForm(String unit, String title) {
    return "{\"variables\":{\"unitId\":{\"value\":\"" + unit + "\"},\"category\":{\"value\":\"FACILITIES\"},"
        + "\"title\":{\"value\":\"" + title + "\"},\"content\":{\"value\":\"Phòng làm việc thiếu bàn ghế.\"}}}";
  }

  private List<String> fieldsNamed(HttpResponse<String> response) throws Exception {
    JsonNode body = json.readTree(response.body());
    List<String> fields = new ArrayList<>();
    body.path("errors").forEach(e -> fields.add(e.path("field").asText()));
    return fields;
  }

  private long countItems() {
    return jdbc.sql("SELECT COUNT(*) FROM grievance_item").query(Long.class).single();
  }

  private String definitionId() {
    return repository.createProcessDefinitionQuery().processDefinitionKey("grievance-handling").latestVersion().singleResult().getId();
  }
}
