package vn.police.grievance.operations;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Whether PostgreSQL keeps the planner's statistics of the officers' queues current (ADR 0006).
 * The task queries stay fast only while the planner knows how many tasks, identity links and
 * grants there are: on tables it believes empty it nested-loops even at 1,000 open tasks. The
 * server's autovacuum daemon re-analyzes a table once enough of it changed; this checks that it
 * may (server settings {@code autovacuum} and {@code track_counts}, no per-table
 * {@code autovacuum_enabled = false}), warns at start-up when it may not, and shows the state and
 * each table's last analysis to operators at {@code /actuator/info} ({@code plannerStatistics}).
 * Nothing is checked on other databases (H2 on a laptop).
 */
@Component
class PlannerStatistics implements ApplicationRunner, InfoContributor {

  private static final Logger LOG = LoggerFactory.getLogger(PlannerStatistics.class);

  /** The tables the task list and count read, whose sizes decide the plan. */
  static final List<String> QUEUE_TABLES =
      List.of("act_ru_task", "act_ru_identitylink", "act_ru_authorization", "act_re_procdef", "act_ru_variable");

  private final DataSource dataSource;
  private final JdbcTemplate jdbc;

  PlannerStatistics(DataSource dataSource) {
    this.dataSource = dataSource;
    this.jdbc = new JdbcTemplate(dataSource);
  }

  /** What was found; {@code problems} is empty when statistics are kept current. */
  record Report(boolean postgres, Map<String, String> settings, Map<String, Map<String, Object>> tables, List<String> problems) {}

  @Override
  public void run(ApplicationArguments args) {
    try {
      Report report = check();
      if (!report.postgres()) {
        return;
      }
      if (report.problems().isEmpty()) {
        LOG.info("PostgreSQL keeps the planner's statistics current (autovacuum on) for {}", QUEUE_TABLES);
      } else {
        LOG.warn("PostgreSQL does not keep the planner's statistics current: {}. Officers' task lists slow down as tasks"
            + " accumulate; switch autovacuum on (README, \"Keeping the planner's statistics current\") or run ANALYZE"
            + " on these tables regularly", String.join("; ", report.problems()));
      }
    } catch (RuntimeException e) {
      // a check that cannot run must not stop the application: say so and carry on
      LOG.warn("Could not check whether PostgreSQL keeps the planner's statistics current", e);
    }
  }

  @Override
  public void contribute(Info.Builder builder) {
    try {
      Report report = check();
      if (report.postgres()) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("current", report.problems().isEmpty());
        details.put("settings", report.settings());
        details.put("tables", report.tables());
        details.put("problems", report.problems());
        builder.withDetail("plannerStatistics", details);
      }
    } catch (RuntimeException e) {
      builder.withDetail("plannerStatistics", Map.of("error", String.valueOf(e.getMessage())));
    }
  }

  Report check() {
    if (!isPostgres()) {
      return new Report(false, Map.of(), Map.of(), List.of());
    }
    List<String> problems = new ArrayList<>();
    Map<String, String> settings = new LinkedHashMap<>();
    for (String setting : List.of("autovacuum", "track_counts")) {
      String value = jdbc.queryForObject("SELECT setting FROM pg_settings WHERE name = ?", String.class, setting);
      settings.put(setting, value);
      if (!"on".equals(value)) {
        problems.add(setting + " is " + value);
      }
    }
    Map<String, Map<String, Object>> tables = new LinkedHashMap<>();
    jdbc.query(
        "SELECT c.relname, c.reloptions::text AS options, s.n_live_tup, s.n_mod_since_analyze,"
            + " greatest(s.last_analyze, s.last_autoanalyze) AS analyzed"
            + " FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
            + " LEFT JOIN pg_stat_user_tables s ON s.relid = c.oid"
            + " WHERE n.nspname = current_schema() AND c.relkind = 'r' AND c.relname = ANY (?)",
        rs -> {
          String table = rs.getString("relname");
          String options = rs.getString("options");
          boolean enabled = options == null || !options.replace(" ", "").contains("autovacuum_enabled=false");
          Timestamp analyzed = rs.getTimestamp("analyzed");
          Map<String, Object> state = new LinkedHashMap<>();
          state.put("autovacuum", enabled);
          state.put("rows", rs.getLong("n_live_tup"));
          state.put("changedSinceAnalyze", rs.getLong("n_mod_since_analyze"));
          state.put("lastAnalyzed", analyzed == null ? "never" : analyzed.toInstant().toString());
          tables.put(table, state);
          if (!enabled) {
            problems.add(table + " has autovacuum_enabled = false");
          }
        },
        (Object) QUEUE_TABLES.toArray(String[]::new));
    return new Report(true, settings, tables, problems);
  }

  private boolean isPostgres() {
    try (Connection connection = dataSource.getConnection()) {
      return "PostgreSQL".equalsIgnoreCase(connection.getMetaData().getDatabaseProductName());
    } catch (SQLException e) {
      throw new IllegalStateException("cannot reach the database", e);
    }
  }
}
