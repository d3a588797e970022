package vn.police.grievance.process.schema;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationInitializer;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;
import vn.police.grievance.system.StartupLock;

/**
 * The engine's tables (ACT_*) are created and upgraded by Flyway, from the SQL scripts Camunda
 * ships in the engine jar, before the engine is built; the engine never changes its own schema
 * ({@code camunda.bpm.database.schema-update: false}). Flyway keeps what it did in a history table
 * of its own ({@value #HISTORY_TABLE}), beside the application's ({@code app_schema_history}).
 *
 * <p>Only one node migrates at a time ({@link StartupLock}): nodes started together on an empty
 * database wait for the first one, then find the schema there. When the engine created its tables
 * itself, before this existed, the schema is taken over as it is (a baseline at version 1, the
 * creation). The migrations run with the application's migration credentials
 * ({@code spring.flyway.user}, when set).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class EngineSchema extends AbstractProcessEnginePlugin {

  private static final Logger LOG = LoggerFactory.getLogger(EngineSchema.class);

  public static final String HISTORY_TABLE = "engine_schema_history";

  static final String STARTED = "Engine schema history started";
  static final String ADOPTED = "Engine schema created by the engine itself";

  private final DataSource dataSource;
  private final StartupLock lock;

  EngineSchema(
      DataSource dataSource,
      ObjectProvider<Flyway> applicationFlyway,
      ObjectProvider<FlywayMigrationInitializer> applicationMigrations,
      StartupLock lock) {
    // The application's migrations first: Flyway starts its history only on an empty schema.
    applicationMigrations.ifAvailable(migrated -> {});
    Flyway application = applicationFlyway.getIfAvailable();
    this.dataSource = application == null ? dataSource : application.getConfiguration().getDataSource();
    this.lock = lock;
  }

  /** Before the engine looks at its tables. */
  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    migrate();
  }

  public MigrateResult migrate() {
    return lock.call("the engine schema", () -> {
      MigrateResult result = migrate(dataSource);
      // the application's indexes on the engine's tables, which a new database has only now
      EngineTableIndexes.apply(dataSource);
      return result;
    });
  }

  static MigrateResult migrate(DataSource dataSource) {
    FluentConfiguration configuration = configuration(dataSource);
    Flyway flyway = configuration.load();
    if (flyway.info().applied().length == 0 && engineTablesPresent(dataSource)) {
      LOG.info("The engine's tables exist without {}: taking them over as they are", HISTORY_TABLE);
      Flyway.configure(EngineSchema.class.getClassLoader())
          .configuration(configuration)
          .baselineVersion("1")
          .baselineDescription(ADOPTED)
          .load()
          .baseline();
    }
    MigrateResult result = flyway.migrate();
    if (result.migrationsExecuted > 0) {
      LOG.info("Engine schema migrated to version {}", result.targetSchemaVersion);
    }
    return result;
  }

  static FluentConfiguration configuration(DataSource dataSource) {
    return Flyway.configure(EngineSchema.class.getClassLoader())
        .dataSource(dataSource)
        .table(HISTORY_TABLE)
        .locations(new String[0]) // nothing to scan: the migrations are the classes below
        .javaMigrations(new V1__Create_engine_schema())
        // the application's tables are there already, on a new database too
        .baselineOnMigrate(true)
        .baselineVersion("0")
        .baselineDescription(STARTED);
  }

  /** ACT_GE_PROPERTY is the engine's first table and holds its version. */
  static boolean engineTablesPresent(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection()) {
      DatabaseMetaData metadata = connection.getMetaData();
      for (String name : List.of("ACT_GE_PROPERTY", "act_ge_property")) {
        try (ResultSet tables = metadata.getTables(connection.getCatalog(), connection.getSchema(), name, new String[] {"TABLE"})) {
          if (tables.next()) {
            return true;
          }
        }
      }
      return false;
    } catch (SQLException e) {
      throw new DataAccessResourceFailureException("Cannot read the database's tables", e);
    }
  }
}
