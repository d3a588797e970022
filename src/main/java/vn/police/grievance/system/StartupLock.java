package vn.police.grievance.system;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;

/**
 * What every node does once when it starts (creating and upgrading the schema, writing groups,
 * grants, filters and demo data) is done by one node at a time: on PostgreSQL under an advisory
 * lock the whole database shares, so nodes started together wait for each other instead of racing
 * (a second node finds everything done and changes nothing). The lock is a transaction lock on a
 * connection of its own, released when that transaction ends, so a node that dies holding it
 * releases it too.
 *
 * <p>What runs under the lock must commit its own transactions before it returns: the next node
 * reads what the first one wrote. On other databases (the embedded H2 database, which one node
 * opens at a time) the work simply runs. Re-entrant within one thread.
 */
@Component
public class StartupLock {

  private static final Logger LOG = LoggerFactory.getLogger(StartupLock.class);

  /** The advisory lock's key: "grievanc" in ASCII; Flyway's own locks use other keys. */
  static final long KEY = 0x6772_6965_7661_6e63L;

  private static final ThreadLocal<Boolean> HELD = new ThreadLocal<>();

  private final DataSource dataSource;
  private volatile Boolean postgres;

  public StartupLock(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  public void run(String what, Runnable work) {
    call(what, () -> {
      work.run();
      return null;
    });
  }

  public <T> T call(String what, Supplier<T> work) {
    if (Boolean.TRUE.equals(HELD.get()) || !isPostgres()) {
      return work.get();
    }
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try {
        try (Statement statement = connection.createStatement()) {
          if (!tryLock(statement)) {
            LOG.info("Waiting for another node to finish {}", what);
            statement.execute("SELECT pg_advisory_xact_lock(" + KEY + ")");
          }
        }
        HELD.set(true);
        try {
          return work.get();
        } finally {
          HELD.remove();
        }
      } finally {
        connection.rollback(); // ends the lock's transaction, and so the lock
      }
    } catch (SQLException e) {
      throw new DataAccessResourceFailureException("Start-up lock for " + what + " failed", e);
    }
  }

  private boolean isPostgres() {
    if (postgres == null) {
      try (Connection connection = dataSource.getConnection()) {
        postgres = "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
      } catch (SQLException e) {
        throw new DataAccessResourceFailureException("Cannot reach the database", e);
      }
    }
    return postgres;
  }

  private static boolean tryLock(Statement statement) throws SQLException {
    try (ResultSet result = statement.executeQuery("SELECT pg_try_advisory_xact_lock(" + KEY + ")")) {
      return result.next() && result.getBoolean(1);
    }
  }
}
