package vn.police.grievance.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.util.ResourceTypeUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import vn.police.grievance.item.GrievanceItem;
import vn.police.grievance.support.ProcessDriver;
import vn.police.grievance.support.ResponseRecorder;

/**
 * Inspectors read and change nothing: every write they attempt, on the audit API, the items API,
 * the engine REST API or Cockpit's API, is refused, and the item is untouched afterwards. Their
 * reads, the queries Cockpit sends as POST included, go through; other people's writes too.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(ResponseRecorder.class) // the same application context as the browser test
class AuditorReadOnlyTest {

  static final String PASSWORD = "Demo@2026!";

  @Autowired TestRestTemplate http;
  @Autowired ProcessDriver driver;
  @Autowired TaskService tasks;
  @Autowired RuntimeService runtime;
  @Autowired AuthorizationService authorizations;

  private ResponseEntity<String> call(String user, HttpMethod method, String path, String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth(user, PASSWORD);
    headers.setContentType(MediaType.APPLICATION_JSON);
    return http.exchange(path, method, new HttpEntity<>(body, headers), String.class);
  }

  @Test
  void everyWriteAnInspectorAttemptsIsRefusedAndChangesNothing() {
    GrievanceItem item = driver.submit("FACILITIES");
    Task triage = driver.task(item, "userTask_triage");
    String instance = item.processInstanceId();
    String ref = item.reference();
    String deployment = runtime.createProcessInstanceQuery().processInstanceId(instance).singleResult().getProcessDefinitionId();

    List<Object[]> writes = List.of(
        new Object[] {HttpMethod.POST, "/api/audit/items", "{}"},
        new Object[] {HttpMethod.POST, "/api/audit/verification", "{}"},
        new Object[] {HttpMethod.PUT, "/api/audit/items/" + ref, "{}"},
        new Object[] {HttpMethod.DELETE, "/api/audit/items/" + ref, null},
        new Object[] {HttpMethod.POST, "/api/items", "{\"category\":\"OTHER\",\"title\":\"t\",\"content\":\"c\",\"unitId\":\"cax-long-hoa\"}"},
        new Object[] {HttpMethod.PUT, "/api/items/" + ref, "{}"},
        new Object[] {HttpMethod.DELETE, "/api/items/" + ref, null},
        new Object[] {HttpMethod.POST, "/engine-rest/task/" + triage.getId() + "/claim", "{\"userId\":\"thanhtra\"}"},
        new Object[] {HttpMethod.POST, "/engine-rest/task/" + triage.getId() + "/complete", "{}"},
        new Object[] {HttpMethod.POST, "/engine-rest/task/" + triage.getId() + "/submit-form",
            "{\"variables\":{\"triageDecision\":{\"value\":\"SEND_TO_DEPARTMENT\"},\"departmentId\":{\"value\":\"dept-hau-can\"}}}"},
        new Object[] {HttpMethod.POST, "/engine-rest/task/" + triage.getId() + "/assignee", "{\"userId\":\"thanhtra\"}"},
        new Object[] {HttpMethod.DELETE, "/engine-rest/process-instance/" + instance, null},
        new Object[] {HttpMethod.PUT, "/engine-rest/process-instance/" + instance + "/variables/departmentId",
            "{\"value\":\"dept-phap-che\",\"type\":\"String\"}"},
        new Object[] {HttpMethod.POST, "/engine-rest/process-instance/" + instance + "/modification",
            "{\"instructions\":[{\"type\":\"cancel\",\"activityId\":\"userTask_triage\"}]}"},
        new Object[] {HttpMethod.PUT, "/engine-rest/process-instance/" + instance + "/suspended", "{\"suspended\":true}"},
        new Object[] {HttpMethod.POST, "/engine-rest/process-instance/delete", "{\"processInstanceIds\":[\"" + instance + "\"]}"},
        new Object[] {HttpMethod.POST, "/engine-rest/process-definition/key/grievance-handling/start", "{}"},
        new Object[] {HttpMethod.POST, "/engine-rest/message", "{\"messageName\":\"x\"}"},
        new Object[] {HttpMethod.PUT, "/engine-rest/process-definition/" + deployment + "/history-time-to-live", "{\"historyTimeToLive\":1}"},
        new Object[] {HttpMethod.POST, "/engine-rest/history/process-instance/delete", "{\"processInstanceIds\":[\"" + instance + "\"]}"},
        new Object[] {HttpMethod.POST, "/engine-rest/history/cleanup", null},
        new Object[] {HttpMethod.POST, "/engine-rest/user/create", "{\"profile\":{\"id\":\"x\"},\"credentials\":{\"password\":\"Abc@12345\"}}"},
        new Object[] {HttpMethod.POST, "/engine-rest/authorization/create", "{\"type\":1,\"resourceType\":8,\"resourceId\":\"*\"}"},
        new Object[] {HttpMethod.POST, "/camunda/api/engine/engine/default/task/" + triage.getId() + "/claim", "{\"userId\":\"thanhtra\"}"},
        new Object[] {HttpMethod.DELETE, "/camunda/api/engine/engine/default/process-instance/" + instance, null});
    for (Object[] w : writes) {
      ResponseEntity<String> response = call("thanhtra", (HttpMethod) w[0], (String) w[1], (String) w[2]);
      assertThat(response.getStatusCode()).as("%s %s by an inspector: %s", w[0], w[1], response.getBody())
          .isEqualTo(HttpStatus.FORBIDDEN);
      // refused at the front door, before the engine's own authorization checks are asked
      assertThat(response.getBody()).as("%s %s", w[0], w[1]).contains("access denied").doesNotContain("AuthorizationException");
    }

    // nothing moved
    Task after = tasks.createTaskQuery().taskId(triage.getId()).singleResult();
    assertThat(after).isNotNull();
    assertThat(after.getAssignee()).isNull();
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance).singleResult().isSuspended()).isFalse();
    assertThat(runtime.getVariable(instance, "departmentId")).isNotEqualTo("dept-phap-che");
    assertThat(driver.status(item).name()).isEqualTo("IN_TRIAGE");
  }

  @Test
  void inspectorsStillReadIncludingTheQueriesCockpitSendsAsPost() {
    GrievanceItem item = driver.submit("EQUIPMENT");
    assertThat(call("thanhtra", HttpMethod.GET, "/api/audit/items/" + item.reference(), null).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(call("thanhtra", HttpMethod.GET, "/engine-rest/task?processInstanceBusinessKey=" + item.reference(), null)
        .getStatusCode()).isEqualTo(HttpStatus.OK);
    // a query sent as POST passes the read-only rule; the engine then shows inspectors no running state
    var running = call("thanhtra", HttpMethod.POST, "/engine-rest/process-instance", "{\"businessKey\":\"" + item.reference() + "\"}");
    assertThat(running.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(running.getBody()).isEqualTo("[]");
    assertThat(call("thanhtra", HttpMethod.POST, "/engine-rest/history/process-instance",
        "{\"processInstanceBusinessKey\":\"" + item.reference() + "\"}").getBody()).contains(item.processInstanceId());
    assertThat(call("thanhtra", HttpMethod.POST, "/engine-rest/history/process-instance/count", "{}").getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(call("thanhtra", HttpMethod.POST, "/engine-rest/history/task", "{\"processInstanceBusinessKey\":\"" + item.reference() + "\"}")
        .getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void peopleWhoAreNotInspectorsKeepWorking() {
    GrievanceItem item = driver.submit("REPORTING");
    Task triage = driver.task(item, "userTask_triage");
    assertThat(call("tiepnhan", HttpMethod.POST, "/engine-rest/task/" + triage.getId() + "/claim", "{\"userId\":\"tiepnhan\"}")
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(tasks.createTaskQuery().taskId(triage.getId()).singleResult().getAssignee()).isEqualTo("tiepnhan");
    assertThat(call("xa.longhoa", HttpMethod.POST, "/api/items",
        "{\"category\":\"OTHER\",\"title\":\"Vẫn gửi được\",\"content\":\"Nội dung\"}").getStatusCode()).isEqualTo(HttpStatus.CREATED);
  }

  @Test
  void theEngineGrantsInspectorsCockpitAndReadingOnly() {
    // the engine's own checks (security/RoleGrants): Cockpit, and reading only
    List<Authorization> grants = authorizations.createAuthorizationQuery().groupIdIn("auditors").list();
    assertThat(grants).extracting(a -> a.getResourceType() + ":" + a.getResourceId()).contains(
        Resources.APPLICATION.resourceType() + ":cockpit",
        Resources.PROCESS_DEFINITION.resourceType() + ":*",
        Resources.OPERATION_LOG_CATEGORY.resourceType() + ":*");
    // definitions, history and history variables, nothing of the running state
    assertThat(grants).noneMatch(a -> a.getResourceType() == Resources.PROCESS_INSTANCE.resourceType()
        || a.getResourceType() == Resources.TASK.resourceType());
    assertThat(grants).noneMatch(a -> a.getResourceType() == Resources.APPLICATION.resourceType()
        && !"cockpit".equals(a.getResourceId()));
    Set<String> reads = Set.of("READ", "READ_HISTORY", "READ_INSTANCE", "READ_TASK", "ACCESS");
    for (Authorization grant : grants) {
      assertThat(grant.getAuthorizationType()).isEqualTo(Authorization.AUTH_TYPE_GRANT);
      Permission[] all = ResourceTypeUtil.getPermissionsByResourceType(grant.getResourceType());
      assertThat(Arrays.stream(grant.getPermissions(all)).map(Permission::getName).filter(n -> !n.equals("NONE")))
          .as("granted on %s:%s", grant.getResourceType(), grant.getResourceId())
          .isNotEmpty()
          .allMatch(reads::contains);
    }
  }
}
