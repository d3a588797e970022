package vn.police.grievance.figures;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The items (or steps) behind one figure, as the query of {@code GET /api/figures/items}: every
 * figure of the dashboard carries its own, so the list it opens is counted by the same rule.
 *
 * @param set which rule: OPEN items; items RECEIVED, ANSWERED, CLOSED or REOPENED in the period;
 *     steps OVERDUE or DUE_SOON now, LATE (due in the period and done late or still undone), DONE
 *     in the period; items of a CONFERENCE
 */
record Drill(
    Set set,
    LocalDate from,
    LocalDate to,
    String status,
    String category,
    String unit,
    String department,
    String route,
    String step,
    Boolean onTime,
    Long conference,
    String outcome) {

  enum Set {
    OPEN(false), RECEIVED(false), ANSWERED(false), CLOSED(false), REOPENED(false), CONFERENCE(false),
    OVERDUE(true), DUE_SOON(true), LATE(true), DONE(true);

    final boolean steps;

    Set(boolean steps) {
      this.steps = steps;
    }
  }

  /** The value that stands for "no department" (an item not sent to any). */
  static final String NONE = "none";

  static Drill of(Set set) {
    return new Drill(set, null, null, null, null, null, null, null, null, null, null, null);
  }

  static Drill of(Set set, LocalDate from, LocalDate to) {
    return new Drill(set, from, to, null, null, null, null, null, null, null, null, null);
  }

  Drill status(String v) {
    return new Drill(set, from, to, v, category, unit, department, route, step, onTime, conference, outcome);
  }

  Drill category(String v) {
    return new Drill(set, from, to, status, v, unit, department, route, step, onTime, conference, outcome);
  }

  Drill unit(String v) {
    return new Drill(set, from, to, status, category, v, department, route, step, onTime, conference, outcome);
  }

  Drill department(String v) {
    return new Drill(set, from, to, status, category, unit, v == null ? NONE : v, route, step, onTime, conference, outcome);
  }

  Drill route(String v) {
    return new Drill(set, from, to, status, category, unit, department, v == null ? NONE : v, step, onTime, conference, outcome);
  }

  Drill step(String v) {
    return new Drill(set, from, to, status, category, unit, department, route, v, onTime, conference, outcome);
  }

  Drill onTime(Boolean v) {
    return new Drill(set, from, to, status, category, unit, department, route, step, v, conference, outcome);
  }

  Drill conference(long id, String v) {
    return new Drill(set, from, to, status, category, unit, department, route, step, onTime, id, v);
  }

  /** As the query string of the drill-down API. */
  String query() {
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("set", set.name());
    params.put("from", from);
    params.put("to", to);
    params.put("status", status);
    params.put("category", category);
    params.put("unit", unit);
    params.put("department", department);
    params.put("route", route);
    params.put("step", step);
    params.put("onTime", onTime);
    params.put("conference", conference);
    params.put("outcome", outcome);
    StringJoiner q = new StringJoiner("&");
    params.forEach((k, v) -> {
      if (v != null) {
        q.add(k + "=" + URLEncoder.encode(v.toString(), StandardCharsets.UTF_8));
      }
    });
    return q.toString();
  }
}
