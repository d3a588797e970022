package vn.police.grievance.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import java.sql.SQLException;
import java.util.List;
import java.sql.SQLTransientConnectionException;
import org.apache.ibatis.exceptions.PersistenceException;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.rest.exception.InvalidRequestException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.CannotCreateTransactionException;
import vn.police.grievance.system.InvalidInputException;
import vn.police.grievance.system.InvalidInputException.FieldProblem;

/**
 * Each failure the engine and its REST resources throw for a race loser, a vanished task or a
 * database outage, as it reaches Jersey, and what it is answered with; everything else is left to
 * the engine's own mappers.
 */
class EngineFaultProblemsTest {

  final ObjectMapper json = new ObjectMapper();
  final EngineFaultProblems.OfEngine ofEngine = new EngineFaultProblems.OfEngine();
  final EngineFaultProblems.OfRest ofRest = new EngineFaultProblems.OfRest();
  final EngineFaultProblems.OfAnything ofAnything = new EngineFaultProblems.OfAnything();

  static final OptimisticLockingException ENGINE_03005 = new OptimisticLockingException(
      "ENGINE-03005 Execution of 'DELETE TaskEntity[42]' failed. Entity was updated by another transaction concurrently.");
  static final NullValueException NO_SUCH_TASK = new NullValueException("Cannot find task with id 42: task is null");
  static final SQLException REFUSED = new SQLException("Connection to 127.0.0.1:5432 refused.", "08001");

  @Test
  void aStepsRefusalIs400InPlainVietnameseAsThrownOrWrapped() throws Exception {
    InvalidInputException refusal = new InvalidInputException(List.of(
        new FieldProblem("overrideReason", "Nêu lý do khi chọn phòng khác với đề xuất (a reason is required to override the suggested department)"),
        new FieldProblem("departmentId", "Phòng chức năng không tồn tại (unknown department): dept-x")));
    assertThat(ofAnything.isMappable(refusal)).isTrue();
    JsonNode problem = problem(ofAnything.toResponse(refusal), 400);
    assertThat(problem.get("type").asText()).isEqualTo("urn:problem:grievance:validation");
    assertThat(problem.get("message").asText())
        .isEqualTo("Nêu lý do khi chọn phòng khác với đề xuất. Phòng chức năng không tồn tại: dept-x.");
    assertThat(problem.get("errors").findValuesAsText("field")).containsExactly("overrideReason", "departmentId");

    RestException wrapped = new RestException(Status.INTERNAL_SERVER_ERROR, new ProcessEngineException("delegate failed", refusal), "Cannot submit task form 42");
    assertThat(ofRest.isMappable(wrapped)).isTrue();
    assertThat(problem(ofRest.toResponse(wrapped), 400).get("message").asText()).startsWith("Nêu lý do");
  }

  @Test
  void claimingATaskSomeoneElseHasIs409() throws Exception {
    TaskAlreadyClaimedException e = new TaskAlreadyClaimedException("42", "tiepnhan");
    assertThat(ofEngine.isMappable(e)).isTrue();
    JsonNode problem = problem(ofEngine.toResponse(e), 409);
    assertThat(problem.get("type").asText()).isEqualTo("urn:problem:grievance:conflict");
    assertThat(problem.get("detail").asText()).isEqualTo("Việc đã được người khác nhận (the task has already been claimed by someone else)");
  }

  @Test
  void aConcurrentChangeIs409AsThrownOrWrappedByTheCompleteResource() throws Exception {
    assertThat(ofEngine.isMappable(ENGINE_03005)).isTrue();
    problem(ofEngine.toResponse(ENGINE_03005), 409);
    RestException wrapped = new RestException(Status.INTERNAL_SERVER_ERROR, ENGINE_03005, "Cannot complete task 42: " + ENGINE_03005.getMessage());
    assertThat(ofRest.isMappable(wrapped)).isTrue();
    JsonNode problem = problem(ofRest.toResponse(wrapped), 409);
    assertThat(problem.get("detail").asText()).contains("(someone else changed this in the meantime; reload and try again)");
    assertThat(problem.get("message").asText()).isEqualTo(problem.get("detail").asText());
  }

  @Test
  void anInstanceEndedByTheWinnerWhileTheLoserWasAtItIs409() throws Exception {
    NullValueException ended = new NullValueException("Cannot restore state of process instance 7: list of executions is empty");
    RestException wrapped = new RestException(Status.INTERNAL_SERVER_ERROR, ended, "Cannot complete task 42: " + ended.getMessage());
    assertThat(ofRest.isMappable(wrapped)).isTrue();
    assertThat(problem(ofRest.toResponse(wrapped), 409).get("type").asText()).isEqualTo("urn:problem:grievance:conflict");
  }

  @Test
  void aTaskThatIsGoneIs404AsThrownOrWrapped() throws Exception {
    assertThat(ofEngine.isMappable(NO_SUCH_TASK)).isTrue();
    assertThat(problem(ofEngine.toResponse(NO_SUCH_TASK), 404).get("type").asText()).isEqualTo("urn:problem:grievance:task-gone");
    InvalidRequestException wrapped = new InvalidRequestException(Status.INTERNAL_SERVER_ERROR, NO_SUCH_TASK, "Cannot submit task form 42");
    assertThat(ofRest.isMappable(wrapped)).isTrue();
    problem(ofRest.toResponse(wrapped), 404);
  }

  @Test
  void theDatabaseOutOfReachIs503WithRetryAfterWhateverWrapsIt() throws Exception {
    ProcessEngineException engine = new ProcessEngineException("ENGINE-03083 Exception while executing Batch Database Operations",
        new PersistenceException("### Error updating database.", REFUSED));
    CannotCreateTransactionException spring = new CannotCreateTransactionException("Could not open JDBC Connection for transaction",
        new SQLTransientConnectionException("HikariPool-1 - Connection is not available, request timed out after 3000ms"));
    RestException rest = new RestException(Status.INTERNAL_SERVER_ERROR, engine, "Cannot complete task 42");

    assertThat(ofEngine.isMappable(engine)).isTrue();
    assertThat(ofAnything.isMappable(spring)).isTrue();
    assertThat(ofRest.isMappable(rest)).isTrue();
    for (Response response : new Response[] {ofEngine.toResponse(engine), ofAnything.toResponse(spring), ofRest.toResponse(rest)}) {
      JsonNode problem = problem(response, 503);
      assertThat(problem.get("type").asText()).isEqualTo("urn:problem:grievance:database-unavailable");
      assertThat(response.getHeaderString("Retry-After")).isEqualTo("30");
    }
  }

  @Test
  void everythingElseIsLeftToTheEngine() {
    assertThat(ofEngine.isMappable(new ProcessEngineException("ENGINE-09005 Could not parse BPMN process."))).isFalse();
    assertThat(ofEngine.isMappable(new AuthorizationException("tiepnhan", "UPDATE", "Task", "42"))).isFalse();
    assertThat(ofEngine.isMappable(new NullValueException("taskId is null"))).isFalse();
    assertThat(ofEngine.isMappable(new ProcessEngineException("x", new SQLException("duplicate key", "23505")))).isFalse();
    assertThat(ofRest.isMappable(new InvalidRequestException(Status.BAD_REQUEST, "Cannot complete task 42: no such variable type"))).isFalse();
    assertThat(ofAnything.isMappable(new IllegalStateException("boom"))).isFalse();
  }

  private JsonNode problem(Response response, int status) throws Exception {
    assertThat(response.getStatus()).isEqualTo(status);
    assertThat(response.getMediaType().toString()).isEqualTo("application/problem+json");
    JsonNode problem = json.readTree((String) response.getEntity());
    assertThat(problem.get("status").asInt()).isEqualTo(status);
    return problem;
  }
}
