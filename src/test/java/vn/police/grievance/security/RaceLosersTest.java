package vn.police.grievance.security;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.police.grievance.support.ProcessTestSupport.answerNow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.UserTaskBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import vn.police.grievance.item.GrievanceItem;
import vn.police.grievance.support.ProcessDriver;

/**
 * The losers of races on a task, over real HTTP: they get a problem detail saying what happened
 * (409 when someone else was first, 404 when the task is gone), never the engine's 500.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class RaceLosersTest {

  static final String PASSWORD = "Demo@2026!";

  @LocalServerPort int port;
  @Autowired ProcessDriver driver;
  @Autowired RepositoryService repository;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired HistoryService history;
  final ObjectMapper json = new ObjectMapper();

  String base() {
    return "http://localhost:" + port;
  }

  HttpSession as(String user) {
    return HttpSession.basic(base(), user, PASSWORD);
  }

  static String claim(String user) {
    return "{\"userId\":\"" + user + "\"}";
  }

  @Test
  void whoClaimsATaskSomeoneElseJustClaimedGets409OnTheEngineRestApi() throws Exception {
    String task = driver.task(driver.submit("FACILITIES"), "userTask_triage").getId();
    assertThat(as("tiepnhan").send("POST", "/engine-rest/task/" + task + "/claim", claim("tiepnhan"), null).statusCode())
        .isEqualTo(204);

    HttpResponse<String> second = as("quantri").send("POST", "/engine-rest/task/" + task + "/claim", claim("quantri"), null);

    assertProblem(second, 409, "urn:problem:grievance:conflict", "(the task has already been claimed by someone else)");
    assertThat(tasks.createTaskQuery().taskId(task).singleResult().getAssignee()).isEqualTo("tiepnhan");
  }

  @Test
  void whoClaimsATaskSomeoneElseJustClaimedGets409InTasklistToo() throws Exception {
    String task = driver.task(driver.submit("FACILITIES"), "userTask_triage").getId();
    assertThat(as("tiepnhan").send("POST", "/engine-rest/task/" + task + "/claim", claim("tiepnhan"), null).statusCode())
        .isEqualTo(204);
    HttpSession browser = HttpSession.login(base(), "quantri", PASSWORD);
    browser.get("/camunda/app/tasklist/default/");
    browser.get("/camunda/api/engine/engine/default/task/count");

    HttpResponse<String> second = browser.send("POST", "/camunda/api/engine/engine/default/task/" + task + "/claim",
        claim("quantri"), "X-XSRF-TOKEN: " + browser.cookie("XSRF-TOKEN"));

    assertProblem(second, 409, "urn:problem:grievance:conflict", "(the task has already been claimed by someone else)");
    assertThat(json.readTree(second.body()).get("message").asText())
        .as("what Tasklist shows").contains("Việc đã được người khác nhận");
  }

  @Test
  void aTaskCompletedMeanwhileIsGoneForWhoeverComesNext() throws Exception {
    GrievanceItem item = driver.submit("FACILITIES");
    String task = driver.task(item, "userTask_triage").getId();
    driver.complete(item, "userTask_triage", "tiepnhan", answerNow("42/2021/NĐ-CP"));
    HttpSession reception = as("tiepnhan");
    String triage = "{\"variables\":{\"triageDecision\":{\"value\":\"ANSWER_NOW\"},\"regulationCodes\":{\"value\":\"42/2021/NĐ-CP\"}}}";

    assertProblem(reception.send("POST", "/engine-rest/task/" + task + "/claim", claim("tiepnhan"), null),
        404, "urn:problem:grievance:task-gone", "(the task no longer exists: it was completed or cancelled)");
    assertProblem(reception.send("POST", "/engine-rest/task/" + task + "/complete", triage, null),
        404, "urn:problem:grievance:task-gone", "(the task no longer exists: it was completed or cancelled)");
    assertProblem(reception.send("POST", "/engine-rest/task/" + task + "/submit-form", triage, null),
        404, "urn:problem:grievance:task-gone", "(the task no longer exists: it was completed or cancelled)");
  }

  // ---------------------------------------------------------------------------------------------
  // Two completions of one task at once, on one node: the first is held inside its transaction
  // until the second has committed. Held as it starts (in the task's complete listener), it then
  // finds the instance ended by the second; held at the end (the end event) after it read the
  // instance, it fails at its commit on the engine's optimistic locking (ENGINE-03005).

  static final AtomicInteger PASSES = new AtomicInteger();
  static volatile CountDownLatch firstInside;
  static volatile CountDownLatch secondDone;

  /** Holds the first completion of the task, inside its transaction, until the second is done. */
  static void holdTheFirst() {
    if (PASSES.incrementAndGet() == 1) {
      firstInside.countDown();
      try {
        secondDone.await(30, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  public static class HoldAtTheTask implements TaskListener {
    @Override
    public void notify(DelegateTask task) {
      holdTheFirst();
    }
  }

  /** Reads the whole instance first (the engine does it at once, on first need), as a longer step would have. */
  public static class HoldAtTheEnd implements ExecutionListener {
    @Override
    public void notify(DelegateExecution execution) {
      ((ExecutionEntity) execution).getProcessInstance().getExecutions();
      holdTheFirst();
    }
  }

  @ParameterizedTest(name = "held {0}")
  @ValueSource(strings = {"as it starts", "at the end"})
  void theLoserOfTwoConcurrentCompletionsGets409AndTheTaskIsCompletedOnce(String heldWhere) throws Exception {
    PASSES.set(0);
    firstInside = new CountDownLatch(1);
    secondDone = new CountDownLatch(1);
    UserTaskBuilder work = Bpmn.createExecutableProcess("race-test")
        .camundaHistoryTimeToLive(1)
        .startEvent()
        .userTask("work").camundaAssignee("quantri");
    BpmnModelInstance model = heldWhere.equals("as it starts")
        ? work.camundaTaskListenerClass(TaskListener.EVENTNAME_COMPLETE, HoldAtTheTask.class.getName()).endEvent().done()
        : work.endEvent().camundaExecutionListenerClass(ExecutionListener.EVENTNAME_START, HoldAtTheEnd.class.getName()).done();
    Deployment deployment = repository.createDeployment().addModelInstance("race-test.bpmn", model).deploy();
    try {
      String instance = runtime.startProcessInstanceByKey("race-test").getId();
      String task = tasks.createTaskQuery().processInstanceId(instance).singleResult().getId();

      CompletableFuture<HttpResponse<String>> first = CompletableFuture.supplyAsync(() -> {
        try {
          return as("quantri").send("POST", "/engine-rest/task/" + task + "/complete", "{}", null);
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      });
      assertThat(firstInside.await(30, TimeUnit.SECONDS)).as("the first completion is under way").isTrue();
      HttpResponse<String> second = as("quantri").send("POST", "/engine-rest/task/" + task + "/complete", "{}", null);
      secondDone.countDown();

      assertThat(second.statusCode()).as(second.body()).isEqualTo(204);
      assertProblem(first.get(30, TimeUnit.SECONDS), 409, "urn:problem:grievance:conflict",
          "(someone else changed this in the meantime; reload and try again)");
      assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance).count()).isZero();
      assertThat(history.createHistoricTaskInstanceQuery().taskId(task).finished().count()).isOne();
    } finally {
      secondDone.countDown();
      repository.deleteDeployment(deployment.getId(), true);
    }
  }

  private void assertProblem(HttpResponse<String> response, int status, String type, String english) throws Exception {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    JsonNode problem = json.readTree(response.body());
    assertThat(problem.get("status").asInt()).isEqualTo(status);
    assertThat(problem.get("type").asText()).isEqualTo(type);
    assertThat(problem.get("detail").asText()).contains(english);
  }
}
