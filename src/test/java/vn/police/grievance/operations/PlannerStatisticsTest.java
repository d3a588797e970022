package vn.police.grievance.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import vn.police.grievance.support.PostgresAvailable;
import vn.police.grievance.support.PostgresCondition;

/**
 * The start-up check of the planner's statistics, on a PostgreSQL database of its own whose queue
 * tables are switched in and out of autovacuum, and on H2, where there is nothing to check.
 */
@PostgresAvailable
@ExtendWith(OutputCaptureExtension.class)
class PlannerStatisticsTest {

  final JdbcClient server = JdbcClient.create(
      new DriverManagerDataSource(PostgresCondition.url(), PostgresCondition.user(), PostgresCondition.password()));
  final String database = "planner_stats_" + Long.toString(System.nanoTime(), 36).toLowerCase(Locale.ROOT);

  @AfterEach
  void drop() {
    server.sql("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)").update();
  }

  @Test
  void namesAQueueTableWithAutovacuumSwitchedOffAndWarnsAtStartup(CapturedOutput output) {
    DataSource dataSource = queueTables();
    JdbcClient db = JdbcClient.create(dataSource);
    db.sql("ALTER TABLE act_ru_authorization SET (autovacuum_enabled = false)").update();
    PlannerStatistics statistics = new PlannerStatistics(dataSource);

    PlannerStatistics.Report report = statistics.check();
    statistics.run(null);

    assertThat(report.postgres()).isTrue();
    assertThat(report.tables()).containsOnlyKeys(PlannerStatistics.QUEUE_TABLES);
    assertThat(report.tables().get("act_ru_authorization")).containsEntry("autovacuum", false);
    assertThat(report.tables().get("act_ru_task")).containsEntry("autovacuum", true).containsEntry("lastAnalyzed", "never");
    assertThat(report.problems()).contains("act_ru_authorization has autovacuum_enabled = false");
    assertThat(output).contains("does not keep the planner's statistics current").contains("act_ru_authorization");
  }

  @Test
  @SuppressWarnings("unchecked")
  void reportsTheServersSettingsAndEachTablesLastAnalysisToOperators() {
    DataSource dataSource = queueTables();
    JdbcClient db = JdbcClient.create(dataSource);
    db.sql("INSERT INTO act_ru_task VALUES ('a'), ('b')").update();
    db.sql("ANALYZE act_ru_task").update();
    String autovacuum = db.sql("SHOW autovacuum").query(String.class).single();

    Info.Builder info = new Info.Builder();
    new PlannerStatistics(dataSource).contribute(info);

    Map<String, Object> details = (Map<String, Object>) info.build().getDetails().get("plannerStatistics");
    List<String> problems = (List<String>) details.get("problems");
    assertThat(details).containsEntry("current", problems.isEmpty());
    assertThat((Map<String, String>) details.get("settings")).containsEntry("autovacuum", autovacuum);
    // the server's own setting decides: a server with autovacuum off (as on some build machines) is reported so
    assertThat(problems.contains("autovacuum is off")).isEqualTo("off".equals(autovacuum));
    Map<String, Map<String, Object>> tables = (Map<String, Map<String, Object>>) details.get("tables");
    assertThat(tables.get("act_ru_task").get("lastAnalyzed")).isNotEqualTo("never");
    assertThat(tables.get("act_ru_task")).containsEntry("rows", 2L);
    assertThat(problems).noneMatch(p -> p.contains("autovacuum_enabled"));
  }

  @Test
  void checksNothingOnH2() {
    DataSource h2 = new DriverManagerDataSource("jdbc:h2:mem:" + database + ";DB_CLOSE_DELAY=0", "sa", "");
    Info.Builder info = new Info.Builder();

    PlannerStatistics statistics = new PlannerStatistics(h2);
    statistics.contribute(info);

    assertThat(statistics.check().postgres()).isFalse();
    assertThat(info.build().getDetails()).doesNotContainKey("plannerStatistics");
  }

  /** A database of its own with tables of the queue tables' names: the check reads only the catalog. */
  private DataSource queueTables() {
    server.sql("CREATE DATABASE " + database).update();
    String url = PostgresCondition.url();
    DataSource dataSource = new DriverManagerDataSource(url.substring(0, url.lastIndexOf('/') + 1) + database,
        PostgresCondition.user(), PostgresCondition.password());
    for (String table : PlannerStatistics.QUEUE_TABLES) {
      JdbcClient.create(dataSource).sql("CREATE TABLE " + table + " (id_ varchar(64))").update();
    }
    return dataSource;
  }
}
