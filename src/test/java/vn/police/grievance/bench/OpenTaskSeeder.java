package vn.police.grievance.bench;

import java.util.List;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Fills PostgreSQL with open tasks fast, by copying the rows the engine wrote for a real task: the
 * task, its identity links (candidate group, assignee), the authorizations the engine's default
 * authorization provider granted on it, and its task-local variables (the card's title and due
 * date). Each copy is the template with new ids, a creation time a second earlier per copy and a
 * due date spread over a month, so the rows are exactly what the engine writes for such a task and
 * the queries meet what they meet in production. The copies share the template's execution and
 * process instance, which the measured requests read only for the 15 tasks of a page. History
 * rows are not copied: Tasklist's list and count do not read them.
 */
final class OpenTaskSeeder {

  private final JdbcTemplate jdbc;

  OpenTaskSeeder(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Adds copies {@code from}..{@code to} (inclusive) of the template task, ids {@code bench-<n>}. */
  void copy(String templateTaskId, long from, long to) {
    String task = "'bench-' || g";
    insertCopies("ACT_RU_TASK", "t", "ID_ = ?", templateTaskId, from, to, List.of(
        new Column("ID_", task),
        new Column("CREATE_TIME_", "t.CREATE_TIME_ - g * interval '1 second'"),
        new Column("LAST_UPDATED_", "t.LAST_UPDATED_ - g * interval '1 second'"),
        new Column("DUE_DATE_", "t.DUE_DATE_ + (g % 30) * interval '1 day'")));
    insertCopies("ACT_RU_IDENTITYLINK", "t", "TASK_ID_ = ?", templateTaskId, from, to, List.of(
        new Column("ID_", "'bench-' || g || '-' || t.ID_"),
        new Column("TASK_ID_", task)));
    // resource type 7 = TASK: the grants the engine wrote for this task alone
    insertCopies("ACT_RU_AUTHORIZATION", "t", "RESOURCE_TYPE_ = 7 AND RESOURCE_ID_ = ?", templateTaskId, from, to, List.of(
        new Column("ID_", "'bench-' || g || '-' || t.ID_"),
        new Column("RESOURCE_ID_", task)));
    // a task-local variable's scope is its task
    insertCopies("ACT_RU_VARIABLE", "t", "TASK_ID_ = ?", templateTaskId, from, to, List.of(
        new Column("ID_", "'bench-' || g || '-' || t.ID_"),
        new Column("TASK_ID_", task),
        new Column("VAR_SCOPE_", task)));
  }

  /**
   * What autovacuum would do after such a load: analyze, without which the planner sees empty
   * tables, and (since PostgreSQL 13 also after inserts) vacuum, which marks the pages all-visible
   * so that the candidate groups are read from their index alone (V20_1).
   */
  void analyze() {
    for (String table : List.of("ACT_RU_TASK", "ACT_RU_IDENTITYLINK", "ACT_RU_AUTHORIZATION", "ACT_RU_VARIABLE")) {
      jdbc.execute("VACUUM (ANALYZE) " + table);
    }
  }

  /** The first copy number not taken yet: a database seeded by an earlier run is filled up, not refilled. */
  long nextCopy() {
    return jdbc.queryForObject(
        "SELECT coalesce(max(CAST(substring(ID_ FROM 7) AS bigint)), 0) + 1 FROM ACT_RU_TASK WHERE ID_ LIKE 'bench-%'", Long.class);
  }

  long openTasks() {
    return jdbc.queryForObject("SELECT count(*) FROM ACT_RU_TASK", Long.class);
  }

  record Column(String name, String expression) {}

  private void insertCopies(String table, String alias, String where, String templateTaskId, long from, long to,
      List<Column> replaced) {
    List<String> columns = jdbc.queryForList(
        "SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = ?"
            + " ORDER BY ordinal_position",
        String.class, table.toLowerCase());
    String select = columns.stream()
        .map(c -> replaced.stream().filter(r -> r.name().equalsIgnoreCase(c)).map(Column::expression).findFirst()
            .orElse(alias + "." + c))
        .collect(Collectors.joining(", "));
    jdbc.update("INSERT INTO " + table + " (" + String.join(", ", columns) + ") SELECT " + select + " FROM " + table + " "
        + alias + ", generate_series(?::bigint, ?::bigint) g WHERE " + alias + "." + where, from, to, templateTaskId);
  }
}
