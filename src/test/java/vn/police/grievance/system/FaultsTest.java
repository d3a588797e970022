package vn.police.grievance.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import java.sql.SQLTransientConnectionException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.TransactionSystemException;

/** Which failures are an outage of the database, which a lost race, and which neither. */
class FaultsTest {

  @Test
  void aBrokenConnectionThatAlsoFailsTheRollbackIsStillAnOutage() {
    // what Spring throws when the work failed on a broken connection and the rollback failed too
    org.springframework.transaction.TransactionSystemException rollback =
        new org.springframework.transaction.TransactionSystemException("Could not roll back JDBC transaction",
            new IllegalStateException("rollback on a closed connection"));
    rollback.initApplicationException(new RuntimeException("An exception occurred in the persistence layer",
        new java.sql.SQLException("An I/O error occurred while sending to the backend.", "08006")));
    assertThat(Faults.databaseUnavailable(rollback)).isTrue();
    assertThat(Faults.databaseUnavailable(new org.springframework.transaction.TransactionSystemException("x"))).isFalse();
  }

  @Test
  void theDatabaseOutOfReachIsAnOutageWhateverWrapsIt() {
    assertThat(Faults.databaseUnavailable(new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection"))).isTrue();
    assertThat(Faults.databaseUnavailable(new QueryTimeoutException("statement timeout"))).isTrue();
    assertThat(Faults.databaseUnavailable(new ProcessEngineException("ENGINE-03004",
        new SQLTransientConnectionException("HikariPool-1 - Connection is not available, request timed out after 3000ms")))).isTrue();
    for (String state : new String[] {"08001", "08006", "08003", "57P01", "57P03"}) {
      assertThat(Faults.databaseUnavailable(new TransactionSystemException("Could not commit JDBC transaction",
          new SQLException("I/O error", state)))).as(state).isTrue();
    }
  }

  @Test
  void aLostRaceIsAConflictNotAnOutage() {
    CannotAcquireLockException deadlock = new CannotAcquireLockException("deadlock", new SQLException("deadlock detected", "40P01"));
    assertThat(Faults.lostRace(deadlock)).isTrue();
    assertThat(Faults.databaseUnavailable(deadlock)).isFalse();
    assertThat(Faults.lostRace(new ProcessEngineException("x", new OptimisticLockingException("ENGINE-03005")))).isTrue();
    assertThat(Faults.lostRace(new SQLTransactionRollbackException("could not serialize access", "40001"))).isTrue();
    assertThat(Faults.databaseUnavailable(new SQLTransactionRollbackException("could not serialize access", "40001"))).isFalse();
  }

  @Test
  void otherFailuresAreNeither() {
    for (Throwable e : new Throwable[] {
        new DataIntegrityViolationException("duplicate key", new SQLException("duplicate key", "23505")),
        new ProcessEngineException("ENGINE-09005 Could not parse BPMN process."),
        new IllegalStateException("boom"),
        new SQLException("no state")}) {
      assertThat(Faults.databaseUnavailable(e)).as(e.toString()).isFalse();
      assertThat(Faults.lostRace(e)).as(e.toString()).isFalse();
    }
  }

  @Test
  void aCauseChainThatLoopsEnds() {
    RuntimeException a = new RuntimeException("a");
    RuntimeException b = new RuntimeException("b", a);
    a.initCause(b);
    assertThat(Faults.databaseUnavailable(a)).isFalse();
    assertThat(Faults.rootMessage(a)).isEqualTo("RuntimeException: b");
  }
}
