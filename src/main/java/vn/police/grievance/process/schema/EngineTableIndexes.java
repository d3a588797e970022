package vn.police.grievance.process.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.dao.DataAccessResourceFailureException;

/**
 * The application's own indexes on the engine's tables (PostgreSQL only, ADR 0006): the officers'
 * Tasklist queues read the engine's tasks and candidate groups in orders the engine does not index.
 * They are the application's migrations {@code V20_1} and {@code V20_2}; those run before the
 * engine schema, so on a new database they find no engine table and do nothing. This runs the same
 * scripts again once the engine schema is there: they create what is missing and change nothing
 * where the indexes exist ({@code IF NOT EXISTS}), so it runs on every start.
 *
 * <p>Not part of {@link EngineSchema#migrate(DataSource)}, which creates exactly the engine's own
 * schema.
 */
final class EngineTableIndexes {

  static final List<String> SCRIPTS = List.of(
      "db/vendor/postgresql/V20_1__engine_candidate_group_index.sql",
      "db/vendor/postgresql/V20_2__engine_task_queue_indexes.sql");

  private EngineTableIndexes() {}

  static void apply(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection()) {
      if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
        return;
      }
      for (String script : SCRIPTS) {
        try (Statement statement = connection.createStatement()) {
          // one DO block per script: sent as it is, the driver keeps its $$ quoting intact
          statement.execute(read(script));
        }
      }
      if (!connection.getAutoCommit()) {
        connection.commit();
      }
    } catch (SQLException e) {
      throw new DataAccessResourceFailureException("Cannot create the application's indexes on the engine's tables", e);
    }
  }

  private static String read(String script) {
    try (InputStream in = EngineTableIndexes.class.getClassLoader().getResourceAsStream(script)) {
      if (in == null) {
        throw new IllegalStateException(script + " is missing");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
