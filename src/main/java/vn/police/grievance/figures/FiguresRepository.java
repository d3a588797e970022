package vn.police.grievance.figures;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Counts over the figures' read model. Every query only counts and groups (local dates and working
 * days were computed when the rows were written); histograms and daily counts are shaped into
 * percentiles, weeks and months by {@link FiguresService}. The same SQL runs on H2 and PostgreSQL.
 */
@Repository
class FiguresRepository {

  private final JdbcClient jdbc;

  FiguresRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  record Count(String key, long count) {}

  record StepCount(String step, String responsible, long overdue, long dueSoon) {}

  record StepRate(String step, long done, long onTime) {}

  record DayCount(LocalDate day, long count) {}

  record ConferenceRow(long id, String reference, String title, OffsetDateTime startsAt, long items, long answered,
      long assigned, long open, long overdue) {}

  /**
   * Steps joined to their item only when the scope needs the item's unit or department: the
   * province-wide figures read the steps alone.
   */
  private static String steps(FiguresScope scope) {
    return scope.everything() ? "figure_step s" : "figure_step s JOIN figure_item i ON i.item_id = s.item_id";
  }

  /** The scope as a condition on figure_item aliased {@code i}. */
  private static String scope(FiguresScope scope, Map<String, Object> params) {
    if (scope.everything()) {
      return "";
    }
    params.put("scopeUnits", scope.unitIds().isEmpty() ? List.of("-") : List.copyOf(scope.unitIds()));
    params.put("scopeDepartments", scope.departmentIds().isEmpty() ? List.of("-") : List.copyOf(scope.departmentIds()));
    return " AND (i.unit_id IN (:scopeUnits) OR i.department_id IN (:scopeDepartments))";
  }

  /** Open items grouped by one of their columns (status, category, unit_id, department_id). */
  List<Count> openBy(String column, FiguresScope scope) {
    Map<String, Object> p = new HashMap<>();
    String sql = "SELECT i." + column + " AS k, COUNT(*) AS n FROM figure_item i WHERE i.closed_at IS NULL"
        + scope(scope, p) + " GROUP BY i." + column;
    return jdbc.sql(sql).params(p).query((rs, n) -> new Count(rs.getString("k"), rs.getLong("n"))).list();
  }

  List<StepCount> openSteps(OffsetDateTime now, FiguresScope scope) {
    Map<String, Object> p = new HashMap<>();
    p.put("now", now);
    String sql = "SELECT s.step, s.responsible,"
        + " SUM(CASE WHEN s.due_at < :now THEN 1 ELSE 0 END) AS overdue,"
        + " SUM(CASE WHEN s.due_at >= :now AND s.follow_up_at <= :now THEN 1 ELSE 0 END) AS due_soon"
        + " FROM " + steps(scope)
        + " WHERE s.outcome = 'OPEN' AND (s.due_at < :now OR s.follow_up_at <= :now)" + scope(scope, p)
        + " GROUP BY s.step, s.responsible";
    return jdbc.sql(sql).params(p)
        .query((rs, n) -> new StepCount(rs.getString("step"), rs.getString("responsible"), rs.getLong("overdue"),
            rs.getLong("due_soon")))
        .list();
  }

  List<StepRate> stepsDone(LocalDate from, LocalDate to, FiguresScope scope) {
    Map<String, Object> p = period(from, to);
    String sql = "SELECT s.step, COUNT(*) AS done, SUM(CASE WHEN s.on_time THEN 1 ELSE 0 END) AS on_time"
        + " FROM " + steps(scope)
        + " WHERE s.outcome = 'COMPLETED' AND s.completed_on BETWEEN :from AND :to" + scope(scope, p)
        + " GROUP BY s.step";
    return jdbc.sql(sql).params(p)
        .query((rs, n) -> new StepRate(rs.getString("step"), rs.getLong("done"), rs.getLong("on_time")))
        .list();
  }

  /** Items first answered in the period, by route, category, department and working days; with how many reopened. */
  record Answered(String route, String category, String department, int days, long count, long reopened) {}

  List<Answered> answered(LocalDate from, LocalDate to, FiguresScope scope) {
    Map<String, Object> p = period(from, to);
    String sql = "SELECT i.route, i.category, i.department_id, i.answer_working_days AS d, COUNT(*) AS n,"
        + " SUM(CASE WHEN i.reopen_count > 0 THEN 1 ELSE 0 END) AS reopened FROM figure_item i"
        + " WHERE i.answered_on BETWEEN :from AND :to" + scope(scope, p)
        + " GROUP BY i.route, i.category, i.department_id, i.answer_working_days";
    return jdbc.sql(sql).params(p)
        .query((rs, n) -> new Answered(rs.getString("route"), rs.getString("category"), rs.getString("department_id"),
            rs.getInt("d"), rs.getLong("n"), rs.getLong("reopened")))
        .list();
  }

  /** Items per local day of one of their dates (received_on, answered_on, closed_on). */
  List<DayCount> itemsPerDay(String column, LocalDate from, LocalDate to, FiguresScope scope) {
    Map<String, Object> p = period(from, to);
    String sql = "SELECT i." + column + " AS d, COUNT(*) AS n FROM figure_item i WHERE i." + column
        + " BETWEEN :from AND :to" + scope(scope, p) + " GROUP BY i." + column;
    return jdbc.sql(sql).params(p)
        .query((rs, n) -> new DayCount(rs.getObject("d", LocalDate.class), rs.getLong("n")))
        .list();
  }

  /** Late steps per due day: done after their due moment, or not done and past it now. */
  List<DayCount> lateStepsPerDay(LocalDate from, LocalDate to, OffsetDateTime now, FiguresScope scope) {
    Map<String, Object> p = period(from, to);
    p.put("now", now);
    String sql = "SELECT s.due_on AS d, COUNT(*) AS n FROM " + steps(scope) + " WHERE s.due_on BETWEEN :from AND :to AND " + LATE + scope(scope, p) + " GROUP BY s.due_on";
    return jdbc.sql(sql).params(p)
        .query((rs, n) -> new DayCount(rs.getObject("d", LocalDate.class), rs.getLong("n")))
        .list();
  }

  static final String LATE =
      "((s.outcome = 'COMPLETED' AND s.on_time = FALSE) OR (s.outcome = 'OPEN' AND s.due_at < :now))";

  static final String OPEN_OVERDUE_EXISTS =
      "EXISTS (SELECT 1 FROM figure_step o WHERE o.item_id = i.item_id AND o.outcome = 'OPEN' AND o.due_at < :now)";

  List<ConferenceRow> conferences(OffsetDateTime fromAt, OffsetDateTime toAt, OffsetDateTime now, FiguresScope scope) {
    Map<String, Object> p = new HashMap<>();
    p.put("fromAt", fromAt);
    p.put("toAt", toAt);
    p.put("now", now);
    String sql = "SELECT c.id, c.reference, c.title, c.starts_at, COUNT(*) AS items,"
        + " SUM(CASE WHEN ci.outcome = 'ANSWERED' THEN 1 ELSE 0 END) AS answered,"
        + " SUM(CASE WHEN ci.outcome = 'ASSIGNED' THEN 1 ELSE 0 END) AS assigned,"
        + " SUM(CASE WHEN i.closed_at IS NULL THEN 1 ELSE 0 END) AS still_open,"
        + " SUM(CASE WHEN i.closed_at IS NULL AND " + OPEN_OVERDUE_EXISTS + " THEN 1 ELSE 0 END) AS overdue"
        + " FROM conference c JOIN conference_item ci ON ci.conference_id = c.id"
        + " JOIN figure_item i ON i.item_id = ci.item_id"
        + " WHERE c.starts_at >= :fromAt AND c.starts_at < :toAt" + scope(scope, p)
        + " GROUP BY c.id, c.reference, c.title, c.starts_at ORDER BY c.starts_at DESC, c.id DESC";
    return jdbc.sql(sql).params(p)
        .query((rs, n) -> new ConferenceRow(rs.getLong("id"), rs.getString("reference"), rs.getString("title"),
            rs.getObject("starts_at", OffsetDateTime.class), rs.getLong("items"), rs.getLong("answered"),
            rs.getLong("assigned"), rs.getLong("still_open"), rs.getLong("overdue")))
        .list();
  }

  // --- The items behind a figure ----------------------------------------------------------------

  /** One item, or one step of an item, behind a figure. */
  record Row(
      long itemId, String reference, String title, String unitId, String category, String status, String route,
      String departmentId, OffsetDateTime receivedAt, OffsetDateTime answeredAt, Integer answerWorkingDays,
      OffsetDateTime closedAt, int reopenCount, String step, String responsible, OffsetDateTime dueAt,
      OffsetDateTime completedAt, String completedBy, Integer lateWorkingDays) {}

  long count(Drill drill, OffsetDateTime now, FiguresScope scope) {
    Map<String, Object> p = new HashMap<>();
    String where = where(drill, now, scope, p);
    return jdbc.sql("SELECT COUNT(*) " + from(drill) + where).params(p).query(Long.class).single();
  }

  List<Row> list(Drill drill, OffsetDateTime now, FiguresScope scope, int offset, int limit) {
    Map<String, Object> p = new HashMap<>();
    String where = where(drill, now, scope, p);
    p.put("limit", limit);
    p.put("offset", offset);
    String stepColumns = drill.set().steps
        ? "s.step, s.responsible, s.due_at, s.completed_at, s.completed_by, s.late_working_days"
        : "NULL AS step, NULL AS responsible, NULL AS due_at, NULL AS completed_at, NULL AS completed_by,"
            + " NULL AS late_working_days";
    String order = drill.set().steps ? " ORDER BY s.due_at, s.task_id" : " ORDER BY i.received_at DESC, i.item_id DESC";
    String sql = "SELECT i.item_id, g.reference, g.title, i.unit_id, i.category, i.status, i.route, i.department_id,"
        + " i.received_at, i.answered_at, i.answer_working_days, i.closed_at, i.reopen_count, " + stepColumns
        + " " + from(drill) + " JOIN grievance_item g ON g.id = i.item_id" + where + order
        + " LIMIT :limit OFFSET :offset";
    return jdbc.sql(sql).params(p)
        .query((rs, n) -> new Row(rs.getLong("item_id"), rs.getString("reference"), rs.getString("title"),
            rs.getString("unit_id"), rs.getString("category"), rs.getString("status"), rs.getString("route"),
            rs.getString("department_id"), rs.getObject("received_at", OffsetDateTime.class),
            rs.getObject("answered_at", OffsetDateTime.class), (Integer) rs.getObject("answer_working_days"),
            rs.getObject("closed_at", OffsetDateTime.class), rs.getInt("reopen_count"), rs.getString("step"),
            rs.getString("responsible"), rs.getObject("due_at", OffsetDateTime.class),
            rs.getObject("completed_at", OffsetDateTime.class), rs.getString("completed_by"),
            (Integer) rs.getObject("late_working_days")))
        .list();
  }

  private static String from(Drill drill) {
    if (drill.set().steps) {
      return "FROM figure_step s JOIN figure_item i ON i.item_id = s.item_id";
    }
    if (drill.set() == Drill.Set.CONFERENCE) {
      return "FROM conference_item ci JOIN figure_item i ON i.item_id = ci.item_id";
    }
    return "FROM figure_item i";
  }

  private static String where(Drill d, OffsetDateTime now, FiguresScope scope, Map<String, Object> p) {
    StringBuilder w = new StringBuilder(" WHERE 1 = 1");
    p.put("now", now);
    p.put("from", d.from());
    p.put("to", d.to());
    switch (d.set()) {
      case OPEN -> w.append(" AND i.closed_at IS NULL");
      case RECEIVED -> w.append(" AND i.received_on BETWEEN :from AND :to");
      case ANSWERED -> w.append(" AND i.answered_on BETWEEN :from AND :to");
      case CLOSED -> w.append(" AND i.closed_on BETWEEN :from AND :to");
      case REOPENED -> w.append(" AND i.answered_on BETWEEN :from AND :to AND i.reopen_count > 0");
      case OVERDUE -> w.append(" AND s.outcome = 'OPEN' AND s.due_at < :now");
      case DUE_SOON -> w.append(" AND s.outcome = 'OPEN' AND s.due_at >= :now AND s.follow_up_at <= :now");
      case LATE -> w.append(" AND s.due_on BETWEEN :from AND :to AND ").append(LATE);
      case DONE -> w.append(" AND s.outcome = 'COMPLETED' AND s.completed_on BETWEEN :from AND :to");
      case CONFERENCE -> {
        w.append(" AND ci.conference_id = :conference");
        p.put("conference", d.conference());
        if (d.outcome() != null) {
          switch (d.outcome()) {
            case "ANSWERED", "ASSIGNED" -> {
              w.append(" AND ci.outcome = :outcome");
              p.put("outcome", d.outcome());
            }
            case "OPEN" -> w.append(" AND i.closed_at IS NULL");
            case "OVERDUE" -> w.append(" AND i.closed_at IS NULL AND ").append(OPEN_OVERDUE_EXISTS);
            default -> throw new IllegalArgumentException("outcome " + d.outcome());
          }
        }
      }
    }
    equal(w, p, "i.status", "status", d.status());
    equal(w, p, "i.category", "category", d.category());
    equal(w, p, "i.unit_id", "unit", d.unit());
    equal(w, p, "i.route", "route", d.route());
    equal(w, p, d.set().steps ? "s.responsible" : "i.department_id", "department", d.department());
    if (d.set().steps) {
      equal(w, p, "s.step", "step", d.step());
      if (d.onTime() != null) {
        w.append(d.onTime() ? " AND s.on_time = TRUE" : " AND s.on_time = FALSE");
      }
    }
    w.append(scope(scope, p));
    return w.toString();
  }

  /** column = value; the value "none" stands for no value at all (an item sent to no department). */
  private static void equal(StringBuilder w, Map<String, Object> p, String column, String name, String value) {
    if (value == null) {
      return;
    }
    if (Drill.NONE.equals(value)) {
      w.append(" AND ").append(column).append(" IS NULL");
    } else {
      w.append(" AND ").append(column).append(" = :").append(name);
      p.put(name, value);
    }
  }

  private static Map<String, Object> period(LocalDate from, LocalDate to) {
    Map<String, Object> p = new HashMap<>();
    p.put("from", from);
    p.put("to", to);
    return p;
  }
}
