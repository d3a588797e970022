package vn.police.grievance.system;

import java.net.URI;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransactionRollbackException;
import java.sql.SQLTransientException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;

/**
 * Tells the two failures that are nobody's mistake from the rest, wherever they surface (our API,
 * the engine's REST APIs, the login): the database out of reach for a while (answered 503 with
 * Retry-After) and a race another request won (answered 409). Both are read from the whole cause
 * chain, since the engine, Spring and the pool wrap them in their own exceptions.
 */
public final class Faults {

  /** Long enough for a restart or a fail-over to be under way; clients should not hammer meanwhile. */
  public static final int RETRY_AFTER_SECONDS = 30;

  public static final URI UNAVAILABLE = URI.create("urn:problem:grievance:database-unavailable");
  public static final String UNAVAILABLE_TITLE = "Service unavailable";
  public static final String UNAVAILABLE_DETAIL =
      "Cơ sở dữ liệu tạm thời không truy cập được, vui lòng thử lại sau ít phút"
          + " (the database is temporarily unreachable; please try again in a moment)";

  public static final URI CONFLICT = URI.create("urn:problem:grievance:conflict");
  public static final String CONFLICT_TITLE = "Conflict";
  public static final String CHANGED_DETAIL =
      "Dữ liệu vừa được người khác thay đổi, vui lòng tải lại và thử lại"
          + " (someone else changed this in the meantime; reload and try again)";
  public static final String CLAIMED_DETAIL =
      "Việc đã được người khác nhận (the task has already been claimed by someone else)";

  /** SQLState class 08: connection exception (refused, broken, closed, failed at login). */
  private static final String CONNECTION_EXCEPTION_CLASS = "08";

  /** admin_shutdown, crash_shutdown, cannot_connect_now: the server is going down or starting up. */
  private static final Set<String> SERVER_GOING_AWAY = Set.of("57P01", "57P02", "57P03");

  /** serialization_failure, deadlock_detected: the database chose this transaction to lose. */
  private static final Set<String> LOST_TO_ANOTHER_TRANSACTION = Set.of("40001", "40P01");

  private static final int MAX_DEPTH = 32;

  private Faults() {}

  /**
   * The database could not be reached or dropped the connection: no connection from the pool in
   * time, refused or broken connections, the server shutting down or starting. Not a conflict.
   */
  public static boolean databaseUnavailable(Throwable failure) {
    for (Throwable t : chain(failure)) {
      if (t instanceof ConcurrencyFailureException) {
        continue; // transient too, but a lost race, not an outage
      }
      if (t instanceof DataAccessResourceFailureException || t instanceof TransientDataAccessException) {
        return true; // includes CannotGetJdbcConnectionException, QueryTimeoutException
      }
      if (t instanceof SQLTransientException && !(t instanceof SQLTransactionRollbackException)) {
        return true; // includes the pool's SQLTransientConnectionException ("request timed out after …ms")
      }
      if (t instanceof SQLNonTransientConnectionException) {
        return true;
      }
      if (t instanceof SQLException sql && sql.getSQLState() != null) {
        String state = sql.getSQLState();
        if (state.startsWith(CONNECTION_EXCEPTION_CLASS) || SERVER_GOING_AWAY.contains(state)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Another request changed the same rows first: the engine's optimistic locking (ENGINE-03005),
   * a task claimed by someone else, Spring's concurrency failures, or the database picking this
   * transaction as the loser of a deadlock or serialization conflict.
   */
  public static boolean lostRace(Throwable failure) {
    for (Throwable t : chain(failure)) {
      if (t instanceof OptimisticLockingException
          || t instanceof TaskAlreadyClaimedException
          || t instanceof ConcurrencyFailureException
          || t instanceof SQLTransactionRollbackException) {
        return true;
      }
      if (t instanceof SQLException sql && sql.getSQLState() != null && LOST_TO_ANOTHER_TRANSACTION.contains(sql.getSQLState())) {
        return true;
      }
    }
    return false;
  }

  /** The Vietnamese (English) detail for a lost race: who took the task, or that the data changed. */
  public static String conflictDetail(Throwable failure) {
    for (Throwable t : chain(failure)) {
      if (t instanceof TaskAlreadyClaimedException) {
        return CLAIMED_DETAIL;
      }
    }
    return CHANGED_DETAIL;
  }

  /** The innermost cause's message, for a one-line log entry. */
  public static String rootMessage(Throwable failure) {
    List<Throwable> chain = chain(failure);
    Throwable root = chain.get(chain.size() - 1);
    return root.getClass().getSimpleName() + ": " + root.getMessage();
  }

  /**
   * The failure and its causes; where a rollback failed after the work had failed (a broken
   * connection fails both), Spring throws the rollback's failure and keeps the work's beside it:
   * both are followed.
   */
  private static List<Throwable> chain(Throwable failure) {
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    List<Throwable> chain = new ArrayList<>();
    List<Throwable> starts = new ArrayList<>(List.of(failure));
    for (int i = 0; i < starts.size() && chain.size() < MAX_DEPTH; i++) {
      for (Throwable t = starts.get(i); t != null && chain.size() < MAX_DEPTH && seen.add(t); t = t.getCause()) {
        chain.add(t);
        if (t instanceof org.springframework.transaction.TransactionSystemException rollback
            && rollback.getApplicationException() != null) {
          starts.add(rollback.getApplicationException());
        }
      }
    }
    return chain;
  }
}
