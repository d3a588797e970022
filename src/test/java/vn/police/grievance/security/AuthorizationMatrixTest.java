package vn.police.grievance.security;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.police.grievance.support.ProcessTestSupport.answerNow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import vn.police.grievance.item.GrievanceItem;
import vn.police.grievance.support.ProcessDriver;

/**
 * Who may do what, on the application API and the engine REST API, asserted for every role and
 * every operation from one table: adding a role is one column, an operation one row.
 * "200+" means allowed and something returned, "200-" allowed but the engine filters everything out.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class AuthorizationMatrixTest {

  static final String PASSWORD = "Demo@2026!";

  /** Column order of the table: the demo user standing for each role. */
  static final List<String> ROLES = List.of(
      "anonymous", "xa.longhoa", "xa.phuoclam", "huyen.canduoc", "tiepnhan", "cv.haucan", "tp.haucan",
      "lanhdao", "thanhtra", "vanhanh", "quantri");

  static final String MATRIX = """
      operation               anonymous commune otherCommune district reception deptOfficer deptHead leadership auditor operator admin
      app.submitItem          401       201     403          403      201       403         403      403        403     403      201
      app.readItem            401       200     404          200      200       404         404      200        200     404      200
      app.listItems           401       200     200          200      200       200         200      200        200     200      200
      app.searchCatalogue     401       200     200          200      200       200         200      200        200     200      200
      app.addUnit             401       403     403          403      403       403         403      403        403     403      201
      app.addRegulation       401       403     403          403      201       403         403      403        403     403      201
      app.declareDayOff       401       403     403          403      403       403         403      403        403     403      201
      app.readAdminJournal    401       403     403          403      403       403         403      403        200     403      200
      app.readAuditFile       401       403     403          403      403       403         403      200        200     403      200
      app.exportAudit         401       403     403          403      403       403         403      200        200     403      200
      app.readFigures         401       403     403          200      403       403         200      200        200     403      200
      app.readReports         401       403     403          403      403       403         403      200        200     403      200
      app.generateReport      401       403     403          403      403       403         403      200        403     403      200
      engine.startItem        401       200     403          404      200       403         403      403        403     404      200
      engine.listTasks        401       200-    200-         200-     200+      200-        200-     200+       200-    200-     200+
      engine.claimTask        401       403     403          403      204       403         403      403        403     403      204
      engine.completeTask     401       403     403          403      204       403         403      403        403     403      204
      engine.readVariables    401       403     403          403      200       403         403      200        403     403      200
      engine.readHistory      401       200-    200-         200-     200-      200-        200-     200+       200+    200-     200+
      engine.readOperationLog 401       200-    200-         200-     200-      200-        200-     200+       200+    200-     200+
      engine.deploy           401       403     403          403      403       403         403      403        403     403      200
      engine.deleteInstance   401       403     403          403      403       403         403      403        403     403      204
      engine.createUser       401       403     403          403      403       403         403      403        403     403      204
      engine.createFilter     401       403     403          403      403       403         403      403        403     403      200
      ops.readMetrics         401       403     403          403      403       403         403      403        403     200      200
      ops.readInfo            401       403     403          403      403       403         403      403        403     200      200
      ops.readHealth          200       200     200          200      200       200         200      200        200     200      200
      """;

  @LocalServerPort int port;
  @Autowired ProcessDriver driver;
  @Autowired ObjectMapper json;

  interface Operation {
    HttpResponse<String> call(HttpSession session, String user) throws Exception;
  }

  private String base() {
    return "http://localhost:" + port;
  }

  /** A fresh Long Hòa item waiting at triage, so that allowed writes never interfere. */
  private GrievanceItem freshItem() {
    return driver.submit("FACILITIES");
  }

  private String triageTaskId(GrievanceItem item) {
    return driver.task(item, "userTask_triage").getId();
  }

  private final Map<String, Operation> operations = Map.ofEntries(
      Map.entry("app.submitItem", (s, user) -> s.send("POST", "/api/items",
          "{\"unitId\":\"cax-long-hoa\",\"category\":\"EQUIPMENT\",\"title\":\"Thiếu máy tính\",\"content\":\"Cần 02 máy\"}", null)),
      Map.entry("app.readItem", (s, user) -> s.get("/api/items/" + freshItem().reference())),
      Map.entry("app.readAuditFile", (s, user) -> s.get("/api/audit/items/" + freshItem().reference())),
      Map.entry("app.exportAudit", (s, user) -> s.get("/api/audit/items.csv?category=FACILITIES")),
      Map.entry("app.readFigures", (s, user) -> s.get("/api/figures/dashboard")),
      Map.entry("app.readReports", (s, user) -> s.get("/api/figures/reports")),
      Map.entry("app.generateReport", (s, user) -> s.get("/api/figures/reports/new.pdf")),
      Map.entry("app.listItems", (s, user) -> s.get("/api/items?unit=cax-long-hoa")),
      Map.entry("app.searchCatalogue", (s, user) -> s.get("/api/regulations?q=tr%E1%BB%A5")),
      Map.entry("app.addUnit", (s, user) -> s.send("POST", "/api/units",
          "{\"id\":\"cax-" + UUID.randomUUID().toString().substring(0, 8) + "\",\"kind\":\"COMMUNE\",\"nameVi\":\"Công an xã Mới\","
              + "\"nameEn\":\"New commune police\",\"parentId\":\"cah-can-duoc\"}", null)),
      Map.entry("app.addRegulation", (s, user) -> s.send("POST", "/api/regulations",
          "{\"code\":\"MT-" + UUID.randomUUID().toString().substring(0, 8) + "/2026\",\"title\":\"Văn bản thử\","
              + "\"issuingBody\":\"Công an tỉnh\",\"categories\":[\"OTHER\"]}", null)),
      // a day far in the future, so that no deadline of another test moves
      Map.entry("app.declareDayOff", (s, user) -> s.send("POST", "/api/admin/calendar-days",
          "{\"date\":\"" + java.time.LocalDate.of(2090, 1, 1).plusDays(Math.floorMod(UUID.randomUUID().hashCode(), 3650))
              + "\",\"kind\":\"DAY_OFF\",\"note\":\"Thử quyền\"}", null)),
      Map.entry("app.readAdminJournal", (s, user) -> s.get("/api/admin/journal")),
      Map.entry("engine.startItem", (s, user) -> s.send("POST", "/engine-rest/process-definition/key/grievance-handling/submit-form",
          "{\"variables\":{\"unitId\":{\"value\":\"cax-long-hoa\"},\"category\":{\"value\":\"EQUIPMENT\"},"
              + "\"title\":{\"value\":\"Thiếu xe\"},\"content\":{\"value\":\"Cần xe tuần tra\"}}}", null)),
      Map.entry("engine.listTasks", (s, user) -> {
        freshItem();
        return s.get("/engine-rest/task?taskDefinitionKey=userTask_triage&maxResults=5");
      }),
      Map.entry("engine.claimTask", (s, user) -> s.send("POST", "/engine-rest/task/" + triageTaskId(freshItem()) + "/claim",
          "{\"userId\":\"" + user + "\"}", null)),
      Map.entry("engine.completeTask", (s, user) -> s.send("POST", "/engine-rest/task/" + triageTaskId(freshItem()) + "/complete",
          "{\"variables\":{\"triageDecision\":{\"value\":\"ANSWER_NOW\"},\"regulationCodes\":{\"value\":\"42/2021/NĐ-CP\"}}}", null)),
      Map.entry("engine.readVariables", (s, user) -> s.get("/engine-rest/task/" + triageTaskId(freshItem()) + "/variables")),
      Map.entry("engine.readHistory", (s, user) ->
          s.get("/engine-rest/history/process-instance?processInstanceBusinessKey=" + freshItem().reference())),
      Map.entry("engine.readOperationLog", (s, user) -> {
        GrievanceItem item = freshItem();
        driver.complete(item, "userTask_triage", "tiepnhan", answerNow("42/2021/NĐ-CP"));
        return s.get("/engine-rest/history/user-operation?processInstanceId=" + item.processInstanceId());
      }),
      Map.entry("engine.deploy", (s, user) -> deploy(s)),
      Map.entry("engine.deleteInstance", (s, user) -> s.send("DELETE", "/engine-rest/process-instance/" + freshItem().processInstanceId(), null, null)),
      Map.entry("engine.createUser", (s, user) -> {
        String id = "u" + UUID.randomUUID().toString().substring(0, 8);
        return s.send("POST", "/engine-rest/user/create",
            "{\"profile\":{\"id\":\"" + id + "\",\"firstName\":\"A\",\"lastName\":\"B\"},\"credentials\":{\"password\":\"Vn@Secure12345\"}}", null);
      }),
      Map.entry("ops.readMetrics", (s, user) -> s.send("GET", "/actuator/prometheus", null, "Accept: text/plain")),
      Map.entry("ops.readInfo", (s, user) -> s.get("/actuator/info")),
      Map.entry("ops.readHealth", (s, user) -> s.get("/actuator/health/readiness")),
      Map.entry("engine.createFilter", (s, user) -> s.send("POST", "/engine-rest/filter/create",
          "{\"resourceType\":\"Task\",\"name\":\"f" + UUID.randomUUID().toString().substring(0, 6) + "\",\"query\":{\"assigneeExpression\":\"${currentUser()}\"}}", null)));

  private static HttpResponse<String> deploy(HttpSession s) throws Exception {
    String boundary = "----grievance" + UUID.randomUUID();
    String bpmn = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><definitions xmlns=\"http://www.omg.org/spec/BPMN/20100524/MODEL\" "
        + "xmlns:camunda=\"http://camunda.org/schema/1.0/bpmn\" targetNamespace=\"t\"><process id=\"p" + boundary.hashCode()
        + "\" isExecutable=\"true\" camunda:historyTimeToLive=\"1\"><startEvent id=\"s\"/></process></definitions>";
    String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\nmatrix\r\n"
        + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"data\"; filename=\"p.bpmn\"\r\nContent-Type: application/xml\r\n\r\n"
        + bpmn + "\r\n--" + boundary + "--\r\n";
    return s.sendRaw("POST", "/engine-rest/deployment/create", body, "multipart/form-data; boundary=" + boundary);
  }

  @TestFactory
  Stream<DynamicTest> everyRoleGetsExactlyWhatTheTableSays() {
    List<String[]> rows = Arrays.stream(MATRIX.strip().split("\n")).skip(1).map(l -> l.trim().split("\\s+")).toList();
    List<DynamicTest> tests = new ArrayList<>();
    for (String[] row : rows) {
      assertThat(row).as("row %s has a cell per role", row[0]).hasSize(ROLES.size() + 1);
      assertThat(operations).as("operation %s is implemented", row[0]).containsKey(row[0]);
      for (int i = 0; i < ROLES.size(); i++) {
        String user = ROLES.get(i);
        String expected = row[i + 1];
        String operation = row[0];
        tests.add(DynamicTest.dynamicTest(user + " " + operation + " → " + expected, () -> {
          HttpSession session = user.equals("anonymous") ? HttpSession.anonymous(base()) : HttpSession.basic(base(), user, PASSWORD);
          HttpResponse<String> response = operations.get(operation).call(session, user);
          int status = Integer.parseInt(expected.substring(0, 3));
          assertThat(response.statusCode()).as("%s %s: %s", user, operation, response.body()).isEqualTo(status);
          if (expected.length() > 3) {
            JsonNode body = json.readTree(response.body());
            assertThat(body.isArray()).isTrue();
            if (expected.endsWith("+")) {
              assertThat(body).as("%s sees something for %s", user, operation).isNotEmpty();
            } else {
              assertThat(body).as("%s sees nothing for %s", user, operation).isEmpty();
            }
          }
        }));
      }
    }
    return tests.stream();
  }
}
