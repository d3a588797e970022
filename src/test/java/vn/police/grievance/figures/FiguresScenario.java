package vn.police.grievance.figures;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import vn.police.grievance.intake.IntakeService;
import vn.police.grievance.support.ProcessDriver;

/**
 * Every figure of the dashboard on a known set of items ({@link KnownItems}) driven through the
 * real processes on known days, read over HTTP as each reader would, at a fixed clock. Each
 * figure's drill-down is counted too: it must list exactly as many items or steps as the figure
 * says. Run on H2 ({@link FiguresKnownSetTest}) and on PostgreSQL ({@link FiguresKnownSetPostgresTest}),
 * each on a database of its own, so the set is all there is.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class FiguresScenario {

  static final String PASSWORD = "Demo@2026!";
  static final String MARCH = "from=2027-03-01&to=2027-03-31";

  @Autowired TestRestTemplate http;
  @Autowired ObjectMapper json;
  @Autowired ProcessDriver driver;
  @Autowired IntakeService intake;
  @Autowired JdbcClient jdbc;
  @Autowired ReportService reports;
  @Autowired FiguresBackfill backfill;

  KnownItems known;

  @BeforeAll
  void driveTheKnownItems() {
    known = new KnownItems(driver, intake, jdbc);
    known.drive();
  }

  @BeforeEach
  void clockAtNow() {
    KnownItems.atNow();
  }

  @AfterEach
  @AfterAll
  void resetClock() {
    ClockUtil.reset();
  }

  JsonNode get(String user, String path, HttpStatus expected) throws Exception {
    KnownItems.atNow();
    ResponseEntity<String> response = http.withBasicAuth(user, PASSWORD).getForEntity(path, String.class);
    assertThat(response.getStatusCode()).as("GET %s as %s: %s", path, user, response.getBody()).isEqualTo(expected);
    return json.readTree(response.getBody());
  }

  JsonNode dashboard(String user, String period) throws Exception {
    return get(user, "/api/figures/dashboard?" + period, HttpStatus.OK);
  }

  static Map<String, Long> counts(JsonNode figures) {
    Map<String, Long> map = new LinkedHashMap<>();
    figures.forEach(f -> map.put(f.get("key").asText(), f.get("count").asLong()));
    return map;
  }

  static JsonNode byKey(JsonNode list, String field, String value) {
    for (JsonNode n : list) {
      if (value.equals(n.path(field).asText())) {
        return n;
      }
    }
    throw new AssertionError("no " + field + "=" + value + " in " + list);
  }

  @Test
  void openItemsByStatusCategoryUnitAndDepartment() throws Exception {
    JsonNode open = dashboard("lanhdao", MARCH).get("open");
    assertThat(open.at("/total/count").asLong()).isEqualTo(5);
    assertThat(counts(open.get("byStatus"))).containsOnly(
        Map.entry("REOPENED", 1L), Map.entry("AT_DEPARTMENT", 1L), Map.entry("NOT_ADMISSIBLE", 1L),
        Map.entry("IN_TRIAGE", 1L), Map.entry("AWAITING_SIGN_OFF", 1L));
    assertThat(counts(open.get("byCategory"))).containsOnly(
        Map.entry("EQUIPMENT", 1L), Map.entry("FACILITIES", 1L), Map.entry("STAFFING", 1L), Map.entry("REPORTING", 1L),
        Map.entry("OTHER", 1L));
    assertThat(counts(open.get("byUnit"))).containsOnly(
        Map.entry("cax-long-hoa", 3L), Map.entry("catt-can-duoc", 1L), Map.entry("cax-phuoc-lam", 1L));
    assertThat(counts(open.get("byDepartment"))).containsOnly(Map.entry("dept-hau-can", 2L), Map.entry("none", 3L));
    assertThat(byKey(open.get("byStatus"), "key", "REOPENED").get("label").asText()).isEqualTo("Mở lại");
  }

  @Test
  void overdueAndDueSoonStepsByStepAndResponsibleGroup() throws Exception {
    JsonNode steps = dashboard("lanhdao", MARCH).get("steps");
    Map<String, String> loads = new LinkedHashMap<>();
    steps.forEach(s -> loads.put(s.get("step").asText() + "@" + s.get("responsible").asText(),
        s.at("/overdue/count").asLong() + "/" + s.at("/dueSoon/count").asLong()));
    assertThat(loads).containsOnly(
        Map.entry("TRIAGE@reception", "1/1"),
        Map.entry("DEPARTMENT_STUDY@dept-hau-can", "0/1"),
        Map.entry("SIGN_OFF@leadership", "1/0"));
    // the overdue triage is B's second round, after the unit reopened it
    JsonNode overdue = get("lanhdao", "/api/figures/items?" + byKey(steps, "step", "TRIAGE").at("/overdue/drill").asText(),
        HttpStatus.OK);
    assertThat(overdue.at("/content/0/reference").asText()).isEqualTo(known.b.reference());
    assertThat(overdue.at("/content/0/dueAt").asText()).isEqualTo("2027-03-18T09:00:00+07:00");
  }

  @Test
  void onTimeRatePerStepOfTheStepsDoneInThePeriod() throws Exception {
    JsonNode onTime = dashboard("lanhdao", MARCH).get("onTime");
    Map<String, String> rates = new LinkedHashMap<>();
    onTime.forEach(r -> rates.put(r.get("step").asText(),
        r.at("/done/count").asLong() + "/" + r.at("/late/count").asLong() + "/" + r.get("rate").asDouble()));
    assertThat(rates).containsExactly(
        Map.entry("TRIAGE", "4/1/75.0"),
        Map.entry("IMMEDIATE_ANSWER", "2/1/50.0"),
        Map.entry("DEPARTMENT_STUDY", "1/0/100.0"),
        Map.entry("HEAD_REVIEW", "1/0/100.0"),
        Map.entry("SIGN_OFF", "3/1/66.7"),
        Map.entry("UNIT_RESPONSE", "2/0/100.0"));
    JsonNode lateSignOff = get("lanhdao",
        "/api/figures/items?" + byKey(onTime, "step", "SIGN_OFF").at("/late/drill").asText(), HttpStatus.OK);
    assertThat(lateSignOff.at("/content/0/reference").asText()).isEqualTo(known.d.reference());
    assertThat(lateSignOff.at("/content/0/lateWorkingDays").asInt()).isEqualTo(1);
    assertThat(lateSignOff.at("/content/0/completedBy").asText()).isEqualTo("lanhdao");
  }

  @Test
  void timeToAnswerInWorkingDaysByRouteCategoryAndDepartment() throws Exception {
    JsonNode t = dashboard("lanhdao", MARCH).get("timeToAnswer");
    assertThat(stat(t.get("overall"))).isEqualTo("3:4:10");
    assertThat(stat(byKey(t.get("byRoute"), "key", "ANSWER_NOW"))).isEqualTo("1:4:4");
    assertThat(stat(byKey(t.get("byRoute"), "key", "SEND_TO_DEPARTMENT"))).isEqualTo("1:10:10");
    assertThat(stat(byKey(t.get("byRoute"), "key", "NOT_ADMISSIBLE"))).isEqualTo("1:4:4");
    assertThat(stat(byKey(t.get("byCategory"), "key", "FACILITIES"))).isEqualTo("1:4:4");
    assertThat(stat(byKey(t.get("byCategory"), "key", "EQUIPMENT"))).isEqualTo("1:10:10");
    assertThat(stat(byKey(t.get("byCategory"), "key", "STAFFING"))).isEqualTo("1:4:4");
    assertThat(stat(byKey(t.get("byDepartment"), "key", "dept-hau-can"))).isEqualTo("1:10:10");
    assertThat(stat(byKey(t.get("byDepartment"), "key", "none"))).isEqualTo("2:4:4");
    assertThat(t.get("byRoute")).hasSize(3);
  }

  private static String stat(JsonNode s) {
    return s.get("count").asLong() + ":" + s.get("median").asInt() + ":" + s.get("p90").asInt();
  }

  @Test
  void reopenRateAndThePeriodsTotals() throws Exception {
    JsonNode d = dashboard("lanhdao", MARCH);
    assertThat(d.at("/reopen/answered/count").asLong()).isEqualTo(3);
    assertThat(d.at("/reopen/reopened/count").asLong()).isEqualTo(1);
    assertThat(d.at("/reopen/rate").asDouble()).isEqualTo(33.3);
    assertThat(d.at("/totals/received/count").asLong()).isEqualTo(5);
    assertThat(d.at("/totals/answered/count").asLong()).isEqualTo(3);
    assertThat(d.at("/totals/closed/count").asLong()).isEqualTo(1);
    assertThat(d.at("/totals/late/count").asLong()).isEqualTo(5);
  }

  @Test
  void trendPerWeekAndPerMonth() throws Exception {
    JsonNode trend = dashboard("lanhdao", MARCH).get("trend");
    List<String> weeks = new ArrayList<>();
    trend.get("weeks").forEach(w -> weeks.add(w.get("from").asText() + " " + bucket(w)));
    assertThat(weeks).containsExactly(
        "2027-03-01 3/1/0/2", "2027-03-08 1/0/1/1", "2027-03-15 1/2/0/2", "2027-03-22 0/0/0/0", "2027-03-29 0/0/0/0");
    assertThat(trend.get("weeks").get(4).get("to").asText()).isEqualTo("2027-03-31");
    assertThat(trend.get("months")).hasSize(1);
    assertThat(bucket(trend.get("months").get(0))).isEqualTo("5/3/1/5");
    assertThat(trend.get("months").get(0).get("label").asText()).isEqualTo("Tháng 03/2027");

    // another period: February is F alone, received; the weeks are cut at the period's edges
    JsonNode longer = dashboard("lanhdao", "from=2027-02-17&to=2027-03-31").get("trend");
    assertThat(longer.get("months")).hasSize(2);
    assertThat(bucket(longer.get("months").get(0))).isEqualTo("1/0/0/0");
    assertThat(longer.get("weeks").get(0).get("from").asText()).isEqualTo("2027-02-17");
    assertThat(longer.get("weeks").get(0).get("to").asText()).isEqualTo("2027-02-21");
  }

  private static String bucket(JsonNode b) {
    return b.at("/received/count").asLong() + "/" + b.at("/answered/count").asLong() + "/" + b.at("/closed/count").asLong()
        + "/" + b.at("/late/count").asLong();
  }

  @Test
  void listeningConferenceAnsweredOnTheSpotAssignedStillOpenOverdue() throws Exception {
    JsonNode conferences = dashboard("lanhdao", MARCH).get("conferences");
    assertThat(conferences).hasSize(1);
    JsonNode c = conferences.get(0);
    assertThat(c.get("reference").asText()).isEqualTo("HN-2027-001");
    assertThat(c.at("/items/count").asLong()).isEqualTo(3);
    assertThat(c.at("/answeredOnSpot/count").asLong()).isEqualTo(1);
    assertThat(c.at("/assigned/count").asLong()).isEqualTo(1);
    assertThat(c.at("/stillOpen/count").asLong()).isEqualTo(2);
    assertThat(c.at("/overdue/count").asLong()).isEqualTo(1);
    assertThat(dashboard("lanhdao", "from=2027-03-02&to=2027-03-31").get("conferences")).isEmpty();
  }

  @Test
  void everyFigureDrillsDownToAsManyRowsAsItCounts() throws Exception {
    for (String period : List.of(MARCH, "from=2027-02-17&to=2027-03-31")) {
      List<JsonNode> figures = new ArrayList<>();
      collect(dashboard("lanhdao", period), figures);
      assertThat(figures).hasSizeGreaterThan(60);
      for (JsonNode figure : figures) {
        JsonNode rows = get("lanhdao", "/api/figures/items?size=500&" + figure.get("drill").asText(), HttpStatus.OK);
        assertThat(rows.get("totalElements").asLong()).as("drill-down of %s", figure).isEqualTo(figure.get("count").asLong());
        assertThat(rows.get("content")).as("rows of %s", figure).hasSize((int) figure.get("count").asLong());
      }
    }
  }

  private static void collect(JsonNode node, List<JsonNode> figures) {
    if (node.isObject() && node.has("drill") && node.has("count")) {
      figures.add(node);
    }
    node.forEach(child -> collect(child, figures));
  }

  @Test
  void aDepartmentHeadSeesTheirDepartmentAndADistrictItsCommunes() throws Exception {
    JsonNode head = dashboard("tp.haucan", MARCH);
    assertThat(head.at("/open/total/count").asLong()).as("B and C").isEqualTo(2);
    assertThat(head.at("/totals/received/count").asLong()).isEqualTo(2);
    assertThat(head.at("/timeToAnswer/overall/count").asLong()).as("B").isEqualTo(1);
    assertThat(head.at("/scope").asText()).contains("Phòng Hậu cần");

    JsonNode district = dashboard("huyen.canduoc", MARCH);
    assertThat(counts(district.at("/open/byUnit"))).as("B, D, F of Long Hòa; C of Cần Đước")
        .containsOnly(Map.entry("cax-long-hoa", 3L), Map.entry("catt-can-duoc", 1L));
    assertThat(district.at("/totals/received/count").asLong()).as("A, B, C, D").isEqualTo(4);
    JsonNode outside = get("huyen.canduoc", "/api/figures/items?set=RECEIVED&" + MARCH + "&unit=cax-phuoc-lam",
        HttpStatus.OK);
    assertThat(outside.get("totalElements").asLong()).isZero();

    assertThat(dashboard("thanhtra", MARCH).at("/open/total/count").asLong()).isEqualTo(5);
    get("xa.longhoa", "/api/figures/dashboard?" + MARCH, HttpStatus.FORBIDDEN);
    get("tiepnhan", "/api/figures/dashboard?" + MARCH, HttpStatus.FORBIDDEN);
    get("cv.haucan", "/api/figures/items?set=OPEN", HttpStatus.FORBIDDEN);
  }

  @Test
  void stepFactsAgreeWithTheItemsFiles() {
    // every completed step of the read model is a task the engine's history completed, by the same person
    List<Map<String, Object>> steps = jdbc.sql(
            "SELECT s.task_id, s.completed_by, s.completed_at FROM figure_step s WHERE s.outcome = 'COMPLETED'")
        .query().listOfRows();
    assertThat(steps).as("done: A 4, B 5, C 1, D 2, F 2").hasSize(14);
    for (Map<String, Object> step : steps) {
      String assignee = jdbc.sql("SELECT ASSIGNEE_ FROM ACT_HI_TASKINST WHERE ID_ = ?")
          .param(step.get("task_id")).query(String.class).single();
      assertThat(assignee).isEqualTo(step.get("completed_by"));
    }
    // and every item's first answer is the delivery its journal records
    for (var item : List.of(known.a, known.b, known.d)) {
      Object delivered = jdbc.sql("SELECT MIN(occurred_at) FROM item_event WHERE item_id = ? AND type = 'ANSWER_DELIVERED'")
          .param(item.id()).query().singleValue();
      Object answered = jdbc.sql("SELECT answered_at FROM figure_item WHERE item_id = ?").param(item.id()).query().singleValue();
      assertThat(String.valueOf(answered)).isEqualTo(String.valueOf(delivered));
    }
  }

  @Test
  void aMonthlyReportOnDemandSaysWhatTheDashboardSaysAndIsArchived() throws Exception {
    JsonNode dashboard = dashboard("lanhdao", MARCH);
    ResponseEntity<byte[]> xlsx = http.withBasicAuth("lanhdao", PASSWORD)
        .getForEntity("/api/figures/reports/new.xlsx?" + MARCH, byte[].class);
    assertThat(xlsx.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(xlsx.getHeaders().getContentDisposition().getFilename()).isEqualTo("bao-cao-2027-03-01-den-2027-03-31.xlsx");
    ReportReading.checkWorkbook(xlsx.getBody(), dashboard);

    ResponseEntity<byte[]> pdf = http.withBasicAuth("lanhdao", PASSWORD)
        .getForEntity("/api/figures/reports/new.pdf?" + MARCH, byte[].class);
    String text = ReportReading.pdfText(pdf.getBody());
    assertThat(text)
        .contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").contains("Độc lập - Tự do - Hạnh phúc")
        .contains("BÁO CÁO").contains("Báo cáo từ ngày 01/03/2027 đến ngày 31/03/2027")
        .contains("đã tiếp nhận 5 kiến nghị; trả lời 3 kiến nghị; kết thúc 1 kiến nghị")
        .contains("Có 5 bước xử lý trễ hạn").contains("còn 5 kiến nghị đang xử lý, 2 bước quá hạn và 2 bước sắp đến hạn")
        .contains("trung vị 4 ngày làm việc, phân vị 90 là 10 ngày làm việc (3 kiến nghị)")
        .contains("Tỷ lệ mở lại: 1/3 kiến nghị (33,3%)")
        .contains("Lãnh đạo duyệt trả lời 3 1 66,7%")
        .contains(known.b.reference()).contains(known.f.reference())
        .contains("HN-2027-001").contains("Nơi nhận:").contains("ngày 22 tháng 3 năm 2027");

    // both are in the archive, with who and when; inspectors download them but generate none
    JsonNode archive = get("thanhtra", "/api/figures/reports", HttpStatus.OK);
    assertThat(archive.get("mayGenerate").asBoolean()).isFalse();
    JsonNode latest = byKey(archive.get("reports"), "kind", "ON_DEMAND");
    assertThat(latest.get("generatedBy").asText()).isEqualTo("lanhdao");
    assertThat(latest.get("generatedAt").asText()).isEqualTo("2027-03-22T12:00:00+07:00");
    ResponseEntity<byte[]> archived = http.withBasicAuth("thanhtra", PASSWORD)
        .getForEntity("/api/figures/reports/" + latest.get("id").asLong() + ".pdf", byte[].class);
    assertThat(archived.getBody()).isEqualTo(pdf.getBody());
    assertThat(get("lanhdao", "/api/figures/reports", HttpStatus.OK).get("mayGenerate").asBoolean()).isTrue();
    get("thanhtra", "/api/figures/reports/new.xlsx?" + MARCH, HttpStatus.FORBIDDEN);
    get("tp.haucan", "/api/figures/reports", HttpStatus.FORBIDDEN);
  }

  @Test
  void theScheduleArchivesLastMonthAndLastWeekOnceEach() throws Exception {
    KnownItems.at("2027-04-01T07:00");
    reports.monthly();
    reports.monthly();
    KnownItems.at("2027-03-22T07:00");
    reports.weekly();
    List<Map<String, Object>> scheduled = jdbc.sql(
            "SELECT kind, period_from, period_to, generated_by, xlsx FROM figure_report WHERE scheduled_key IS NOT NULL"
                + " ORDER BY kind")
        .query().listOfRows();
    assertThat(scheduled).hasSize(2);
    assertThat(scheduled.get(0).get("kind")).isEqualTo("MONTHLY");
    assertThat(String.valueOf(scheduled.get(0).get("period_from"))).isEqualTo("2027-03-01");
    assertThat(String.valueOf(scheduled.get(0).get("period_to"))).isEqualTo("2027-03-31");
    assertThat(scheduled.get(0).get("generated_by")).isEqualTo("system");
    assertThat(scheduled.get(1).get("kind")).isEqualTo("WEEKLY");
    assertThat(String.valueOf(scheduled.get(1).get("period_from"))).isEqualTo("2027-03-15");
    assertThat(String.valueOf(scheduled.get(1).get("period_to"))).isEqualTo("2027-03-21");
    // the scheduled monthly report counts March as the dashboard does (as of its own time, 1 April)
    try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
        new java.io.ByteArrayInputStream((byte[]) scheduled.get(0).get("xlsx")))) {
      assertThat(ReportReading.summary(workbook, "Kiến nghị tiếp nhận")).isEqualTo(5);
      assertThat(ReportReading.summary(workbook, "Kiến nghị đã trả lời")).isEqualTo(3);
    }
  }

  @Test
  void itemsRecordedBeforeTheReadModelAreFilledInFromTheirJournalAndTheEnginesHistory() {
    String items = "SELECT item_id, unit_id, category, status, route, department_id, received_at, received_on, answered_at,"
        + " answered_on, answer_working_days, closed_at, closed_on, reopen_count FROM figure_item WHERE item_id IN (?, ?)"
        + " ORDER BY item_id";
    String steps = "SELECT * FROM figure_step WHERE item_id IN (?, ?) ORDER BY task_id";
    var itemsBefore = jdbc.sql(items).params(known.a.id(), known.b.id()).query().listOfRows();
    var stepsBefore = jdbc.sql(steps).params(known.a.id(), known.b.id()).query().listOfRows();
    assertThat(stepsBefore).hasSize(10);

    jdbc.sql("DELETE FROM figure_step WHERE item_id IN (?, ?)").params(known.a.id(), known.b.id()).update();
    jdbc.sql("DELETE FROM figure_item WHERE item_id IN (?, ?)").params(known.a.id(), known.b.id()).update();
    backfill.fill();

    assertThat(jdbc.sql(items).params(known.a.id(), known.b.id()).query().listOfRows()).isEqualTo(itemsBefore);
    assertThat(jdbc.sql(steps).params(known.a.id(), known.b.id()).query().listOfRows()).isEqualTo(stepsBefore);
  }

  @Test
  void anItemWithoutAJournalIsFilledInFromItsRowAndTheFillEnds() {
    // as items written before the journal was kept, or whose journal the retention pruned
    jdbc.sql("INSERT INTO grievance_item (reference, unit_id, category, title, content, status, submitted_by, submitted_at,"
            + " updated_at, closed_at) VALUES ('KN-2020-000001', 'cax-phuoc-lam', 'OTHER', 'Kiến nghị cũ', 'Nội dung',"
            + " 'CLOSED', 'xa.phuoclam', ?, ?, ?)")
        .params(java.time.OffsetDateTime.parse("2020-01-06T09:00+07:00"), java.time.OffsetDateTime.parse("2020-01-20T09:00+07:00"),
            java.time.OffsetDateTime.parse("2020-01-20T09:00+07:00"))
        .update();
    backfill.fill();
    Map<String, Object> row = jdbc.sql("SELECT f.status, f.received_on, f.closed_on, f.answered_at FROM figure_item f"
        + " JOIN grievance_item g ON g.id = f.item_id WHERE g.reference = 'KN-2020-000001'").query().singleRow();
    assertThat(String.valueOf(row.get("status"))).isEqualTo("CLOSED");
    assertThat(String.valueOf(row.get("received_on"))).isEqualTo("2020-01-06");
    assertThat(String.valueOf(row.get("closed_on"))).isEqualTo("2020-01-20");
    assertThat(row.get("answered_at")).isNull();
  }

  @Test
  void refusesAPeriodThatEndsBeforeItStartsAndAnUnknownSet() throws Exception {
    JsonNode problem = get("lanhdao", "/api/figures/dashboard?from=2027-03-31&to=2027-03-01", HttpStatus.BAD_REQUEST);
    assertThat(problem.toString()).contains("to");
    get("lanhdao", "/api/figures/items?set=EVERYTHING", HttpStatus.BAD_REQUEST);
    get("lanhdao", "/api/figures/items?set=RECEIVED", HttpStatus.BAD_REQUEST);
  }
}
