package vn.police.grievance.process.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The application's indexes on the engine's tables (V20_1, V20_2, ADR 0006) are there once the
 * application has started on PostgreSQL, whether its migrations found the engine's tables (an
 * existing database) or not (a new one, where EngineTableIndexes creates them after the engine
 * schema); running them again changes nothing. PostgreSQL only (GRIEVANCE_TEST_DB_URL).
 */
@SpringBootTest
@ActiveProfiles("test")
class EngineTableIndexesTest {

  static final List<String> INDEXES = List.of("ix_engine_identitylink_candidate_group", "ix_engine_task_due_created");

  @Autowired JdbcTemplate jdbc;
  @Autowired DataSource dataSource;

  @Test
  void theQueueIndexesExistAndAreCreatedAgainWhereMissing() {
    String url = System.getenv("GRIEVANCE_TEST_DB_URL");
    Assumptions.assumeTrue(url != null && url.startsWith("jdbc:postgresql:"), "the indexes are PostgreSQL's only");

    assertThat(definitions()).containsExactly(
        "CREATE INDEX ix_engine_identitylink_candidate_group ON public.act_ru_identitylink USING btree (group_id_, type_, task_id_)",
        "CREATE INDEX ix_engine_task_due_created ON public.act_ru_task USING btree (due_date_, create_time_ DESC)");
    assertThat(jdbc.queryForList("SELECT \"version\" FROM app_schema_history WHERE \"version\" IN ('20.1', '20.2') AND \"success\""
        + " ORDER BY \"installed_rank\"", String.class)).containsExactly("20.1", "20.2");

    List<String> before = definitions();
    EngineTableIndexes.apply(dataSource);
    assertThat(definitions()).as("a second run").isEqualTo(before);

    // as on a new database, where the application's migrations ran before the engine's tables existed
    jdbc.execute("DROP INDEX ix_engine_identitylink_candidate_group");
    jdbc.execute("DROP INDEX ix_engine_task_due_created");
    EngineTableIndexes.apply(dataSource);
    assertThat(definitions()).isEqualTo(before);
  }

  private List<String> definitions() {
    return jdbc.queryForList("SELECT indexdef FROM pg_indexes WHERE indexname IN (?, ?) ORDER BY indexname", String.class,
        INDEXES.toArray());
  }
}
