package vn.police.grievance.process.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SortedSet;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import vn.police.grievance.support.PostgresAvailable;
import vn.police.grievance.support.PostgresCondition;

/**
 * The engine schema Flyway creates from Camunda's scripts is the one the engine creates itself
 * (tables, columns, keys, indexes, the rows the engine expects), an engine starts on it without
 * touching its schema, a schema the engine created is taken over as it is, and a second run
 * changes nothing. On H2 always; on PostgreSQL too when a server is reachable.
 */
class EngineSchemaTest {

  static final String PASSWORD_FREE = "";

  /** A database of its own per test, dropped afterwards. */
  interface Databases {
    DataSource create(String name);

    void dropAll();
  }

  static final class H2Databases implements Databases {
    @Override
    public DataSource create(String name) {
      return new DriverManagerDataSource("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", "sa", PASSWORD_FREE);
    }

    @Override
    public void dropAll() {
      // in-memory databases are dropped with SHUTDOWN by the test that made them
    }
  }

  static final class PostgresDatabases implements Databases {
    final JdbcClient server = JdbcClient.create(
        new DriverManagerDataSource(PostgresCondition.url(), PostgresCondition.user(), PostgresCondition.password()));
    final List<String> made = new ArrayList<>();

    @Override
    public DataSource create(String name) {
      String database = "engine_schema_" + name.toLowerCase(Locale.ROOT);
      server.sql("CREATE DATABASE " + database).update();
      made.add(database);
      String url = PostgresCondition.url();
      return new DriverManagerDataSource(url.substring(0, url.lastIndexOf('/') + 1) + database,
          PostgresCondition.user(), PostgresCondition.password());
    }

    @Override
    public void dropAll() {
      made.forEach(database -> server.sql("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)").update());
    }
  }

  abstract static class OnADatabase {
    final String suffix = Long.toString(System.nanoTime(), 36);
    final List<ProcessEngine> engines = new ArrayList<>();
    final List<DataSource> h2 = new ArrayList<>();
    Databases databases;

    abstract Databases databases();

    @BeforeEach
    void databases_() {
      databases = databases();
    }

    @AfterEach
    void closeEnginesAndDropDatabases() {
      engines.forEach(ProcessEngine::close);
      for (DataSource dataSource : h2) {
        JdbcClient.create(dataSource).sql("SHUTDOWN").update();
      }
      databases.dropAll();
    }

    DataSource database(String name) {
      DataSource dataSource = databases.create(name + suffix);
      if (databases instanceof H2Databases) {
        h2.add(dataSource);
      }
      return dataSource;
    }

    /** An engine of its own name (never "default", which the application's tests use). */
    ProcessEngine engine(DataSource dataSource, String schemaUpdate) {
      ProcessEngine engine = ProcessEngineConfiguration.createStandaloneProcessEngineConfiguration()
          .setProcessEngineName("engine-schema-test-" + suffix + "-" + engines.size())
          .setDataSource(dataSource)
          .setDatabaseSchemaUpdate(schemaUpdate)
          .setHistory(ProcessEngineConfiguration.HISTORY_FULL)
          .setJobExecutorActivate(false)
          .buildProcessEngine();
      engines.add(engine);
      return engine;
    }

    @Test
    void flywayCreatesTheSchemaTheEngineCreatesAndTheEngineStartsOnIt() throws SQLException {
      DataSource byEngine = database("by_engine");
      engine(byEngine, ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
      DataSource byFlyway = database("by_flyway");

      MigrateResult result = EngineSchema.migrate(byFlyway);

      assertThat(result.migrationsExecuted).isEqualTo(1);
      assertThat(shape(byFlyway)).isNotEmpty().isEqualTo(shape(byEngine));
      assertThat(schemaLog(byFlyway)).isEqualTo(schemaLog(byEngine));
      // the engine checks the schema instead of creating it, and adds what it writes when it starts
      engine(byFlyway, ProcessEngineConfiguration.DB_SCHEMA_UPDATE_FALSE);
      assertThat(properties(byFlyway)).isEqualTo(properties(byEngine)).contains("schema.version=fox", "deployment.lock=0");
    }

    @Test
    void aSchemaTheEngineCreatedIsTakenOverAsItIs() throws SQLException {
      DataSource dataSource = database("taken_over");
      engine(dataSource, ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
      SortedSet<String> before = shape(dataSource);

      MigrateResult result = EngineSchema.migrate(dataSource);

      assertThat(result.migrationsExecuted).isZero();
      assertThat(history(dataSource)).containsExactly("1 BASELINE " + EngineSchema.ADOPTED);
      assertThat(shape(dataSource)).isEqualTo(before);
      assertThat(schemaLog(dataSource)).hasSize(1);
    }

    @Test
    void aSecondRunChangesNothing() throws SQLException {
      DataSource dataSource = database("twice");
      EngineSchema.migrate(dataSource);
      SortedSet<String> once = shape(dataSource);

      assertThat(EngineSchema.migrate(dataSource).migrationsExecuted).isZero();
      assertThat(shape(dataSource)).isEqualTo(once);
      assertThat(history(dataSource)).containsExactly("1 JDBC Create engine schema");
    }

    @Test
    void anUpgradeScriptRunsOnlyOnAnOlderSchema() throws SQLException {
      DataSource dataSource = database("upgrade");
      EngineSchema.migrate(dataSource);
      try (Connection connection = dataSource.getConnection()) {
        assertThat(EngineScripts.upgrade(connection, "7.23", "7.24")).as("already at 7.24").isFalse();

        JdbcClient.create(dataSource).sql("UPDATE ACT_GE_SCHEMA_LOG SET VERSION_ = '7.23.0'").update();
        assertThat(EngineScripts.upgrade(connection, "7.23", "7.24")).isTrue();
        assertThat(EngineScripts.schemaVersion(connection)).contains(MigrationVersion.fromVersion("7.24.0"));
      }
    }

    /** Tables, columns, keys and indexes of the engine, as the driver describes them. */
    static SortedSet<String> shape(DataSource dataSource) throws SQLException {
      SortedSet<String> shape = new TreeSet<>();
      try (Connection connection = dataSource.getConnection()) {
        DatabaseMetaData metadata = connection.getMetaData();
        String catalog = connection.getCatalog();
        String schema = connection.getSchema();
        List<String> tables = new ArrayList<>();
        try (ResultSet rows = metadata.getTables(catalog, schema, "%", new String[] {"TABLE"})) {
          while (rows.next()) {
            if (rows.getString("TABLE_NAME").toUpperCase(Locale.ROOT).startsWith("ACT_")) {
              tables.add(rows.getString("TABLE_NAME"));
            }
          }
        }
        for (String table : tables) {
          String t = table.toUpperCase(Locale.ROOT);
          try (ResultSet rows = metadata.getColumns(catalog, schema, table, "%")) {
            while (rows.next()) {
              shape.add(up("column " + t + "." + rows.getString("COLUMN_NAME") + " " + rows.getString("TYPE_NAME")
                  + "(" + rows.getInt("COLUMN_SIZE") + ") nullable=" + rows.getString("IS_NULLABLE")
                  + " default=" + rows.getString("COLUMN_DEF")));
            }
          }
          try (ResultSet rows = metadata.getPrimaryKeys(catalog, schema, table)) {
            while (rows.next()) {
              shape.add(up("primary key " + t + "." + rows.getString("COLUMN_NAME")));
            }
          }
          try (ResultSet rows = metadata.getImportedKeys(catalog, schema, table)) {
            while (rows.next()) {
              shape.add(up("foreign key " + rows.getString("FK_NAME") + " " + t + "." + rows.getString("FKCOLUMN_NAME")
                  + " -> " + rows.getString("PKTABLE_NAME") + "." + rows.getString("PKCOLUMN_NAME")));
            }
          }
          try (ResultSet rows = metadata.getIndexInfo(catalog, schema, table, false, false)) {
            while (rows.next()) {
              if (rows.getString("INDEX_NAME") != null) {
                shape.add(up("index " + rows.getString("INDEX_NAME") + " " + t + " unique=" + !rows.getBoolean("NON_UNIQUE")
                    + " " + rows.getShort("ORDINAL_POSITION") + ":" + rows.getString("COLUMN_NAME")));
              }
            }
          }
        }
      }
      return shape;
    }

    /** Upper case, and without the numbers H2 appends to the names it gives keys' indexes. */
    static String up(String text) {
      return text.toUpperCase(Locale.ROOT).replaceAll("\\b(PRIMARY_KEY|CONSTRAINT_INDEX)_[0-9A-F]+\\b", "$1");
    }

    static List<String> properties(DataSource dataSource) {
      return JdbcClient.create(dataSource)
          .sql("SELECT NAME_ FROM ACT_GE_PROPERTY WHERE NAME_ <> 'camunda.installation.id' ORDER BY NAME_").query(String.class).list()
          .stream()
          .map(name -> name + "=" + JdbcClient.create(dataSource).sql("SELECT VALUE_ FROM ACT_GE_PROPERTY WHERE NAME_ = ?")
              .param(name).query(String.class).single())
          .toList();
    }

    static List<String> schemaLog(DataSource dataSource) {
      return JdbcClient.create(dataSource).sql("SELECT ID_ || ' ' || VERSION_ FROM ACT_GE_SCHEMA_LOG ORDER BY ID_")
          .query(String.class).list();
    }

    static List<String> history(DataSource dataSource) {
      return JdbcClient.create(dataSource)
          .sql("SELECT \"version\" || ' ' || \"type\" || ' ' || \"description\" FROM \"" + EngineSchema.HISTORY_TABLE
              + "\" WHERE \"success\" AND \"version\" IS NOT NULL ORDER BY \"installed_rank\"")
          .query(String.class).list();
    }
  }

  @Nested
  class OnH2 extends OnADatabase {
    @Override
    Databases databases() {
      return new H2Databases();
    }
  }

  @Nested
  @PostgresAvailable
  class OnPostgres extends OnADatabase {
    @Override
    Databases databases() {
      return new PostgresDatabases();
    }
  }
}
