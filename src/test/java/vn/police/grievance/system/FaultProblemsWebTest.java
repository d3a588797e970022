package vn.police.grievance.system;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.stream.Stream;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.http.MediaType;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Our API's answer when the engine or the database fails through no fault of the request: a lost
 * race is 409, the database out of reach 503 with Retry-After, both as problem details; any other
 * failure stays a server error. A controller of the test's own stands for every controller.
 */
@WebMvcTest(controllers = FaultProblemsWebTest.Failing.class)
@AutoConfigureMockMvc(addFilters = false)
@Import(FaultProblemsWebTest.Failing.class)
class FaultProblemsWebTest {

  /** Fails with whatever the test puts here, as a service below a controller would. */
  @RestController
  static class Failing {
    static volatile RuntimeException failure;

    @GetMapping("/api/failing")
    String fail() {
      throw failure;
    }
  }

  @Autowired MockMvc mvc;

  static final SQLTransientConnectionException POOL_TIMEOUT =
      new SQLTransientConnectionException("HikariPool-1 - Connection is not available, request timed out after 3000ms");

  static Stream<RuntimeException> lostRaces() {
    return Stream.of(
        new OptimisticLockingException("ENGINE-03005 Execution of 'UPDATE TaskEntity[42]' failed."),
        new TaskAlreadyClaimedException("42", "cv.haucan"),
        new OptimisticLockingFailureException("row was updated by another transaction"),
        new ProcessEngineException("ENGINE-03083", new SQLException("deadlock detected", "40P01")));
  }

  static Stream<RuntimeException> outages() {
    return Stream.of(
        new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection", POOL_TIMEOUT),
        new DataAccessResourceFailureException("I/O error"),
        new QueryTimeoutException("canceling statement due to statement timeout"),
        new CannotCreateTransactionException("Could not open JDBC Connection for transaction", POOL_TIMEOUT),
        new ProcessEngineException("ENGINE-03004 Exception while executing Database Operation",
            new SQLException("An I/O error occurred while sending to the backend.", "08006")),
        new TransactionSystemException("Could not commit JDBC transaction", new SQLException("This connection has been closed.", "08003")));
  }

  @ParameterizedTest
  @MethodSource("lostRaces")
  void aLostRaceIs409(RuntimeException failure) throws Exception {
    Failing.failure = failure;
    mvc.perform(get("/api/failing"))
        .andExpect(status().isConflict())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.type").value("urn:problem:grievance:conflict"))
        .andExpect(jsonPath("$.detail").value(failure instanceof TaskAlreadyClaimedException
            ? Faults.CLAIMED_DETAIL : Faults.CHANGED_DETAIL));
  }

  @ParameterizedTest
  @MethodSource("outages")
  void theDatabaseOutOfReachIs503WithRetryAfter(RuntimeException failure) throws Exception {
    Failing.failure = failure;
    mvc.perform(get("/api/failing"))
        .andExpect(status().isServiceUnavailable())
        .andExpect(header().string("Retry-After", "30"))
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.type").value("urn:problem:grievance:database-unavailable"))
        .andExpect(jsonPath("$.detail").value(Faults.UNAVAILABLE_DETAIL));
  }

  @Test
  void ourOwnProblemsWrappedByTheEngineKeepTheirAnswer() throws Exception {
    Failing.failure = new ProcessEngineException("ENGINE-xxx", new NotFoundException("KN-2026-000001"));
    mvc.perform(get("/api/failing")).andExpect(status().isNotFound());
    Failing.failure = new ProcessEngineException("ENGINE-xxx", new ConflictException("Đã có (already there)"));
    mvc.perform(get("/api/failing")).andExpect(status().isConflict()).andExpect(jsonPath("$.detail").value("Đã có (already there)"));
  }

  @Test
  void anyOtherEngineFailureStaysAServerError() {
    ProcessEngineException bug = new ProcessEngineException("ENGINE-09005 Could not parse BPMN process.");
    Failing.failure = bug;
    assertThatThrownBy(() -> mvc.perform(get("/api/failing"))).hasRootCause(bug);
  }
}
