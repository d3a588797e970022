package vn.police.grievance.process.schema;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngine;
import org.flywaydb.core.api.MigrationVersion;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.EncodedResource;
import org.springframework.jdbc.datasource.init.ScriptUtils;

/**
 * Camunda's own SQL scripts, read from the engine jar (org/camunda/bpm/engine/db/…) and run on the
 * connection a Flyway migration is given.
 */
final class EngineScripts {

  /**
   * What the engine creates on an empty database when history, its identity tables, CMMN and DMN
   * are in use (all are, here), in its order: DbSqlSession#dbSchemaCreate.
   */
  static final List<String> COMPONENTS =
      List.of("engine", "history", "identity", "case.engine", "case.history", "decision.engine", "decision.history");

  private EngineScripts() {}

  /** Camunda's name for the database the connection is to, as its scripts are named. */
  static String databaseType(Connection connection) throws SQLException {
    String product = connection.getMetaData().getDatabaseProductName();
    return switch (product) {
      case "H2" -> "h2";
      case "PostgreSQL" -> "postgres";
      default -> throw new IllegalStateException(
          "The engine schema is migrated on H2 and PostgreSQL only, not on " + product);
    };
  }

  /** Creates every table, index and row of the engine schema. */
  static void create(Connection connection) throws SQLException {
    String database = databaseType(connection);
    for (String component : COMPONENTS) {
      run(connection, "org/camunda/bpm/engine/db/create/activiti." + database + ".create." + component + ".sql");
    }
  }

  /**
   * Upgrades the schema from one minor version to the next ({@code "7.24"}, {@code "7.25"}) with
   * Camunda's upgrade script, unless the schema is already at {@code to} or later: a database
   * created by {@link V1__Create_engine_schema} after the upgrade of the engine jar is created at
   * the new version. Returns whether it ran.
   */
  static boolean upgrade(Connection connection, String from, String to) throws SQLException {
    Optional<MigrationVersion> current = schemaVersion(connection);
    if (current.isPresent() && current.get().compareTo(MigrationVersion.fromVersion(to)) >= 0) {
      return false;
    }
    run(connection, "org/camunda/bpm/engine/db/upgrade/" + databaseType(connection) + "_engine_" + from + "_to_" + to + ".sql");
    return true;
  }

  /** The newest version the engine's schema log records (each create and upgrade script adds one). */
  static Optional<MigrationVersion> schemaVersion(Connection connection) throws SQLException {
    List<MigrationVersion> versions = new ArrayList<>();
    try (Statement statement = connection.createStatement();
        var rows = statement.executeQuery("SELECT VERSION_ FROM ACT_GE_SCHEMA_LOG")) {
      while (rows.next()) {
        String version = rows.getString(1);
        if (version != null && version.matches("[0-9.]+")) {
          versions.add(MigrationVersion.fromVersion(version));
        }
      }
    }
    return versions.stream().max(Comparator.naturalOrder());
  }

  private static void run(Connection connection, String script) {
    ClassPathResource resource = new ClassPathResource(script, ProcessEngine.class.getClassLoader());
    if (!resource.exists()) {
      throw new IllegalStateException("The engine jar has no " + script);
    }
    ScriptUtils.executeSqlScript(connection, new EncodedResource(resource, StandardCharsets.UTF_8));
  }
}
