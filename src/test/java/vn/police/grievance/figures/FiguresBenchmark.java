package vn.police.grievance.figures;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.police.grievance.support.PostgresAvailable;

/**
 * A harness, not a test: fills a PostgreSQL database of its own with generated items (one province
 * over ten years, ~30,000 items, then a national installation, ~1,000,000) straight into the tables
 * the figures read, and prints how long the dashboard takes (p50/p95 over repeated loads, the
 * province-wide one and a department head's) and how long one monthly report takes (figures, XLSX,
 * PDF and archive). Never asserts a time. Run with {@code ./mvnw test -Pbenchmark
 * -Dtest=FiguresBenchmark}; sizes with {@code -Dbench.sizes=30000,1000000}.
 *
 * <p>The generated rows are shaped like real ones (routes, categories, departments, about 100
 * communes per province, answers after some working days, a few reopened, four steps per item, the
 * recent ones still open) but skip the journal and the engine: the figures never read those.
 */
@Tag("benchmark")
@PostgresAvailable
@SpringBootTest
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FiguresBenchmark {

  static final String DATABASE = "figures_bench_" + Long.toString(System.nanoTime(), 36);
  static final int LOADS = Integer.getInteger("bench.loads", 30);

  @DynamicPropertySource
  static void ownDatabase(DynamicPropertyRegistry registry) {
    FiguresKnownSetPostgresTest.server().sql("CREATE DATABASE " + DATABASE).update();
    registry.add("spring.datasource.url", () -> FiguresKnownSetPostgresTest.urlOf(DATABASE));
    registry.add("spring.datasource.username", vn.police.grievance.support.PostgresCondition::user);
    registry.add("spring.datasource.password", vn.police.grievance.support.PostgresCondition::password);
    registry.add("spring.datasource.hikari.maximum-pool-size", () -> "4");
  }

  @Autowired JdbcClient jdbc;
  @Autowired FiguresService figures;
  @Autowired ReportService reports;
  @Autowired ObjectMapper json;

  @AfterAll
  void dropDatabase() {
    FiguresKnownSetPostgresTest.server().sql("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)").update();
  }

  @Test
  void dashboardAndMonthlyReportAtProvinceAndNationalSize() throws Exception {
    List<Integer> sizes = new ArrayList<>();
    for (String s : System.getProperty("bench.sizes", "30000,1000000").split(",")) {
      sizes.add(Integer.parseInt(s.trim()));
    }
    int generated = 0;
    StringBuilder report = new StringBuilder("\n=== Figures benchmark (PostgreSQL, " + Runtime.getRuntime().availableProcessors()
        + " cores) ===\n");
    for (int size : sizes) {
      long t0 = System.nanoTime();
      units(Math.max(100, size / 300));
      generate(generated, size, Math.max(100, size / 300));
      generated = size;
      // as autovacuum would after a bulk load: statistics, and the visibility map index-only scans need
      jdbc.sql("VACUUM ANALYZE").update();
      report.append(String.format("%,d items, %,d steps (generated in %.0f s)%n", size,
          jdbc.sql("SELECT COUNT(*) FROM figure_step").query(Long.class).single(), (System.nanoTime() - t0) / 1e9));
      LocalDate today = figures.today();
      LocalDate from = figures.defaultFrom();
      FiguresScope all = FiguresScope.all();
      FiguresScope head = FiguresScope.of(Set.of(), Set.of("dept-hau-can"), "Phòng Hậu cần");
      report.append("  dashboard, province-wide, 3 months: ").append(time(() -> figures.dashboard(from, today, all))).append('\n');
      report.append("  dashboard, province-wide, 1 year:   ")
          .append(time(() -> figures.dashboard(today.minusYears(1).plusDays(1), today, all))).append('\n');
      report.append("  dashboard, a department head:       ").append(time(() -> figures.dashboard(from, today, head))).append('\n');
      report.append("  drill-down, open items, first page: ")
          .append(time(() -> figures.drill(Drill.of(Drill.Set.OPEN), all, 0, 50))).append('\n');
      LocalDate month = today.withDayOfMonth(1).minusMonths(1);
      long r0 = System.nanoTime();
      ReportService.Generated monthly = reports.onDemand(month, month.withDayOfMonth(month.lengthOfMonth()), "benchmark");
      report.append(String.format("  monthly report %s: %.2f s (XLSX %,d bytes, PDF %,d bytes)%n", month.toString().substring(0, 7),
          (System.nanoTime() - r0) / 1e9, monthly.xlsx().length, monthly.pdf().length));
    }
    System.out.println(report);
  }

  /** p50 and p95 of repeated loads, each serialised to JSON as the API sends it, after a warm-up. */
  private String time(Supplier<Object> load) throws Exception {
    for (int i = 0; i < 3; i++) {
      json.writeValueAsBytes(load.get());
    }
    List<Long> nanos = new ArrayList<>();
    for (int i = 0; i < LOADS; i++) {
      long t0 = System.nanoTime();
      json.writeValueAsBytes(load.get());
      nanos.add(System.nanoTime() - t0);
    }
    Collections.sort(nanos);
    return String.format("p50 %.0f ms, p95 %.0f ms", nanos.get(nanos.size() / 2) / 1e6,
        nanos.get((int) Math.ceil(nanos.size() * 0.95) - 1) / 1e6);
  }

  private void units(int communes) {
    jdbc.sql("INSERT INTO org_unit (id, kind, name_vi, name_en, parent_id, active, demo)"
            + " SELECT 'bench-cax-' || lpad(i::text, 4, '0'), 'COMMUNE', 'Công an xã ' || i || ' (dữ liệu sinh)',"
            + " 'Commune ' || i, 'province', TRUE, TRUE FROM generate_series(0, ?) i ON CONFLICT (id) DO NOTHING")
        .param(communes - 1)
        .update();
  }

  /** Items from (exclusive count) to (inclusive count), received over the ten years up to now. */
  private void generate(int from, int to, int communes) {
    jdbc.sql("SELECT setseed(0.42)").query().singleValue();
    jdbc.sql("DROP TABLE IF EXISTS bench_src").update();
    jdbc.sql("CREATE UNLOGGED TABLE bench_src AS"
            + " SELECT i AS n, 10000000 + i AS id, now() - random() * interval '3650 days' AS received_at,"
            + " random() AS r2, random() AS r3, random() AS r4 FROM generate_series(?, ?) i")
        .params(from + 1, to)
        .update();
    jdbc.sql("ALTER TABLE bench_src ADD COLUMN unit_id VARCHAR(64), ADD COLUMN category VARCHAR(20),"
        + " ADD COLUMN route VARCHAR(30), ADD COLUMN department_id VARCHAR(64), ADD COLUMN answer_days INT,"
        + " ADD COLUMN answered_at TIMESTAMPTZ, ADD COLUMN closed_at TIMESTAMPTZ, ADD COLUMN status VARCHAR(30)").update();
    jdbc.sql("UPDATE bench_src SET unit_id = 'bench-cax-' || lpad((n % ?)::text, 4, '0'),"
            + " category = (ARRAY['REPORTING','FACILITIES','EQUIPMENT','STAFFING','ALLOWANCES','PUBLIC_ORDER','PROFESSIONAL','OTHER'])[1 + n % 8],"
            + " route = CASE WHEN r2 < 0.6 THEN 'ANSWER_NOW' WHEN r2 < 0.95 THEN 'SEND_TO_DEPARTMENT' ELSE 'NOT_ADMISSIBLE' END")
        .param(communes)
        .update();
    jdbc.sql("UPDATE bench_src SET"
        + " department_id = CASE WHEN route = 'SEND_TO_DEPARTMENT' THEN (ARRAY['dept-tham-muu','dept-to-chuc-can-bo',"
        + "'dept-hau-can','dept-qlhc','dept-phap-che','dept-hinh-su'])[1 + n % 6] END,"
        + " answer_days = CASE route WHEN 'ANSWER_NOW' THEN 2 + (r3 * 8)::int WHEN 'SEND_TO_DEPARTMENT' THEN 8 + (r3 * 30)::int"
        + " ELSE 1 + (r3 * 4)::int END").update();
    jdbc.sql("UPDATE bench_src SET answered_at = received_at + answer_days * interval '34 hours'").update();
    jdbc.sql("UPDATE bench_src SET answered_at = NULL WHERE answered_at > now()").update();
    jdbc.sql("UPDATE bench_src SET closed_at = answered_at + (3 + r4 * 10) * interval '1 day'").update();
    jdbc.sql("UPDATE bench_src SET closed_at = NULL WHERE closed_at > now()").update();
    jdbc.sql("UPDATE bench_src SET status = CASE WHEN closed_at IS NOT NULL THEN 'CLOSED'"
        + " WHEN answered_at IS NOT NULL THEN 'ANSWERED' WHEN route = 'SEND_TO_DEPARTMENT' THEN 'AT_DEPARTMENT'"
        + " WHEN r4 < 0.5 THEN 'IN_TRIAGE' ELSE 'AWAITING_SIGN_OFF' END").update();

    jdbc.sql("INSERT INTO grievance_item (id, reference, unit_id, category, title, content, status, route, department_id,"
        + " submitted_by, submitted_at, updated_at, closed_at, reopen_count)"
        + " SELECT id, 'BN-' || lpad(n::text, 9, '0'), unit_id, category, 'Kiến nghị sinh tự động ' || n,"
        + " 'Dữ liệu sinh cho đo hiệu năng', status, route, department_id, 'benchmark', received_at,"
        + " COALESCE(closed_at, answered_at, received_at), closed_at, CASE WHEN r4 < 0.05 THEN 1 ELSE 0 END FROM bench_src").update();
    jdbc.sql("INSERT INTO figure_item (item_id, unit_id, category, status, route, department_id, received_at, received_on,"
        + " answered_at, answered_on, answer_working_days, closed_at, closed_on, reopen_count, updated_at)"
        + " SELECT id, unit_id, category, status, route, department_id, received_at,"
        + " (received_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date, answered_at,"
        + " (answered_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date, CASE WHEN answered_at IS NOT NULL THEN answer_days END,"
        + " closed_at, (closed_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date, CASE WHEN r4 < 0.05 THEN 1 ELSE 0 END,"
        + " COALESCE(closed_at, answered_at, received_at) FROM bench_src").update();
    // four steps an item: triage, the answer or the study, the sign-off, the unit's response
    jdbc.sql("INSERT INTO figure_step (task_id, item_id, step, responsible, entered_at, due_at, due_on, follow_up_at, outcome,"
        + " completed_at, completed_on, completed_by, on_time, working_days, late_working_days)"
        + " SELECT 'bench-' || id || '-' || k, id, step, responsible, entered, entered + interval '3 days',"
        + " ((entered + interval '3 days') AT TIME ZONE 'Asia/Ho_Chi_Minh')::date, entered + interval '2 days',"
        + " CASE WHEN done > now() THEN 'OPEN' ELSE 'COMPLETED' END, CASE WHEN done <= now() THEN done END,"
        + " CASE WHEN done <= now() THEN (done AT TIME ZONE 'Asia/Ho_Chi_Minh')::date END,"
        + " CASE WHEN done <= now() THEN 'benchmark' END, CASE WHEN done <= now() THEN done <= entered + interval '3 days' END,"
        + " CASE WHEN done <= now() THEN 2 END, CASE WHEN done <= now() AND done > entered + interval '3 days' THEN 1"
        + " WHEN done <= now() THEN 0 END"
        + " FROM (SELECT s.id, k, received_at + (k - 1) * answer_days * interval '9 hours' AS entered,"
        + "   received_at + (k - 1) * answer_days * interval '9 hours' + (0.5 + ((s.n * 7 + k) % 10) / 2.5) * interval '1 day' AS done,"
        + "   CASE k WHEN 1 THEN 'TRIAGE' WHEN 2 THEN CASE WHEN route = 'SEND_TO_DEPARTMENT' THEN 'DEPARTMENT_STUDY'"
        + "   ELSE 'IMMEDIATE_ANSWER' END WHEN 3 THEN 'SIGN_OFF' ELSE 'UNIT_RESPONSE' END AS step,"
        + "   CASE k WHEN 1 THEN 'reception' WHEN 2 THEN COALESCE(department_id, 'reception') WHEN 3 THEN 'leadership'"
        + "   ELSE unit_id END AS responsible"
        + "   FROM bench_src s CROSS JOIN generate_series(1, 4) k) steps WHERE entered <= now()").update();
    // a listening conference every 1,000 items, where 20 of them were raised
    jdbc.sql("INSERT INTO conference (reference, title, starts_at, organiser_level, organiser_name, chair_id, chair_title,"
            + " secretary_id, format, status, planned_by, planned_at, updated_at) SELECT 'BHN-' || lpad(c::text, 7, '0'),"
            + " 'Hội nghị sinh tự động ' || c, now() - (c % 3650) * interval '1 day', 'PROVINCIAL_POLICE', 'Công an tỉnh',"
            + " 'lanhdao', 'Giám đốc', 'tiepnhan', 'ONLINE', 'CLOSED', 'benchmark', now(), now()"
            + " FROM generate_series(? / 1000 + 1, ? / 1000) c")
        .params(from, to)
        .update();
    jdbc.sql("INSERT INTO conference_item (item_id, conference_id, position, in_advance, outcome)"
            + " SELECT 10000000 + c.n * 1000 - j, conf.id, j, FALSE,"
            + " CASE j % 3 WHEN 0 THEN 'ANSWERED' WHEN 1 THEN 'ASSIGNED' ELSE 'PENDING' END"
            + " FROM generate_series(? / 1000 + 1, ? / 1000) c(n) JOIN conference conf ON conf.reference = 'BHN-' || lpad(c.n::text, 7, '0')"
            + " CROSS JOIN generate_series(0, 19) j")
        .params(from, to)
        .update();
    jdbc.sql("DROP TABLE bench_src").update();
  }
}
