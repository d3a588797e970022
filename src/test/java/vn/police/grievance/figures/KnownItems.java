package vn.police.grievance.figures;

import static vn.police.grievance.support.ProcessTestSupport.*;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.police.grievance.intake.IntakeService;
import vn.police.grievance.intake.SubmitItemRequest;
import vn.police.grievance.item.GrievanceItem;
import vn.police.grievance.support.ProcessDriver;
import vn.police.grievance.system.CurrentUser;

/**
 * A known set of items driven through the real processes on known days (Vietnam time), February
 * and March 2027 (no public holiday on a weekday between 15 February and 5 April 2027). Default
 * deadlines: triage 2 working days, immediate answer 5, study 15, head review 3, sign-off 3, unit
 * response 10; a step's follow-up date is one working day before its due date.
 *
 * <pre>
 *  A FACILITIES Long Hòa  01/03 09:00 received · triage 02/03 10:00 answer now · answer 04/03 10:00
 *                         · signed off and delivered 05/03 10:00 (4 working days) · satisfied 08/03: closed
 *  B EQUIPMENT  Long Hòa  01/03 09:00 received · triage 04/03 09:00 (due 03/03: LATE by 1) to Hậu cần
 *                         · study 11/03 · head 12/03 · signed off, delivered 15/03 (10 working days)
 *                         · not satisfied 16/03: reopened, triage again due 18/03 09:00 (OVERDUE now)
 *  C FACILITIES Cần Đước  02/03 09:00 received · triage 02/03 11:00 to Hậu cần · study due 23/03 11:00,
 *                         follow-up 22/03 11:00 (DUE SOON now)
 *  D STAFFING   Long Hòa  10/03 09:00 received · triage 10/03 15:00 not admissible · sign-off due
 *                         15/03 15:00, done 16/03 09:00 (LATE by 1) · delivered 16/03 (4 working days)
 *  E REPORTING  Phước Lâm 19/03 09:00 received · triage due 23/03 09:00, follow-up 22/03 09:00 (DUE SOON)
 *  F OTHER      Long Hòa  22/02 09:00 received · triage 23/02 answer now · answer due 02/03, done
 *                         03/03 09:00 (LATE by 1) · sign-off due 08/03 09:00 (OVERDUE now)
 *  conference HN-2027-001 on 01/03 08:00: A answered on the spot, C assigned, B pending
 * </pre>
 *
 * The figures are read at {@link #NOW}, Monday 22/03/2027 12:00.
 */
final class KnownItems {

  static final String REG = "42/2021/NĐ-CP";
  static final ZoneOffset VN = ZoneOffset.ofHours(7);
  static final LocalDateTime NOW = LocalDateTime.of(2027, 3, 22, 12, 0);

  static final CurrentUser CAN_DUOC = new CurrentUser("tt.canduoc", Set.of("catt-can-duoc"));
  static final CurrentUser PHUOC_LAM = new CurrentUser("xa.phuoclam", Set.of("cax-phuoc-lam"));

  GrievanceItem a;
  GrievanceItem b;
  GrievanceItem c;
  GrievanceItem d;
  GrievanceItem e;
  GrievanceItem f;
  long conferenceId;

  private final ProcessDriver driver;
  private final IntakeService intake;
  private final JdbcClient jdbc;

  KnownItems(ProcessDriver driver, IntakeService intake, JdbcClient jdbc) {
    this.driver = driver;
    this.intake = intake;
    this.jdbc = jdbc;
  }

  static void at(String localDateTime) {
    ClockUtil.setCurrentTime(Date.from(LocalDateTime.parse(localDateTime).toInstant(VN)));
  }

  static void atNow() {
    ClockUtil.setCurrentTime(Date.from(NOW.toInstant(VN)));
  }

  private GrievanceItem submit(CurrentUser unit, String category, String title) {
    return intake.submit(new SubmitItemRequest(null, category, title, title + " (dữ liệu kiểm thử)", null, null),
        UUID.randomUUID().toString(), unit).item();
  }

  void drive() {
    at("2027-02-22T09:00");
    f = submit(ProcessDriver.LONG_HOA, "OTHER", "F – xin hướng dẫn chung");
    at("2027-02-23T09:00");
    driver.complete(f, "userTask_triage", "tiepnhan", answerNow(REG));

    at("2027-03-01T09:00");
    a = submit(ProcessDriver.LONG_HOA, "FACILITIES", "A – sửa chữa trụ sở");
    b = submit(ProcessDriver.LONG_HOA, "EQUIPMENT", "B – cấp xe tuần tra");
    at("2027-03-02T09:00");
    c = submit(CAN_DUOC, "FACILITIES", "C – xây dựng trụ sở");
    at("2027-03-02T10:00");
    driver.complete(a, "userTask_triage", "tiepnhan", answerNow(REG));
    at("2027-03-02T11:00");
    driver.complete(c, "userTask_triage", "tiepnhan", sendToDepartment("dept-hau-can"));
    at("2027-03-03T09:00");
    driver.complete(f, "userTask_draftImmediateAnswer", "tiepnhan", immediateAnswer("Thực hiện theo Nghị định 42.", REG));
    at("2027-03-04T09:00");
    driver.complete(b, "userTask_triage", "tiepnhan", sendToDepartment("dept-hau-can"));
    at("2027-03-04T10:00");
    driver.complete(a, "userTask_draftImmediateAnswer", "tiepnhan", immediateAnswer("Bố trí kinh phí sửa chữa.", REG));
    at("2027-03-05T10:00");
    driver.complete(a, "userTask_leadershipSignOff", "lanhdao", approve());
    driver.runAsyncJobs(a);
    at("2027-03-08T10:00");
    driver.complete(a, "userTask_confirmAnswer", "xa.longhoa", satisfied());

    at("2027-03-10T09:00");
    d = submit(ProcessDriver.LONG_HOA, "STAFFING", "D – bổ sung biên chế");
    at("2027-03-10T15:00");
    driver.complete(d, "userTask_triage", "tiepnhan", Map.of("triageDecision", "NOT_ADMISSIBLE",
        "inadmissibleGround", "OUT_OF_SCOPE", "triageReason", "Thuộc thẩm quyền Bộ Công an"));
    at("2027-03-11T09:00");
    driver.complete(b, "userTask_draftStudy", "cv.haucan", study("ANSWER"));
    at("2027-03-12T09:00");
    driver.complete(b, "userTask_headReview", "tp.haucan", headApproves());
    at("2027-03-15T09:00");
    driver.complete(b, "userTask_leadershipSignOff", "lanhdao", approve());
    driver.runAsyncJobs(b);
    at("2027-03-16T09:00");
    driver.complete(d, "userTask_leadershipSignOff", "lanhdao", approve());
    driver.runAsyncJobs(d);
    driver.complete(b, "userTask_confirmAnswer", "xa.longhoa", notSatisfied("Chưa nêu thời gian cấp xe"));
    at("2027-03-19T09:00");
    e = submit(PHUOC_LAM, "REPORTING", "E – giảm báo cáo chuyên đề");

    conferenceId = conference();
    atNow();
  }

  /** The conference is recorded as its own feature would record it (its tables, V8). */
  private long conference() {
    java.time.OffsetDateTime starts = LocalDateTime.parse("2027-03-01T08:00").atOffset(VN);
    jdbc.sql("INSERT INTO conference (reference, title, starts_at, organiser_level, organiser_name, chair_id, chair_title,"
            + " secretary_id, format, status, planned_by, planned_at, updated_at) VALUES ('HN-2027-001',"
            + " 'Hội nghị lắng nghe ý kiến Công an cấp xã quý I/2027', ?, 'PROVINCIAL_POLICE', 'Công an tỉnh', 'lanhdao',"
            + " 'Giám đốc', 'tiepnhan', 'ONLINE', 'CLOSED', 'tiepnhan', ?, ?)")
        .params(starts, starts, starts)
        .update();
    long id = jdbc.sql("SELECT id FROM conference WHERE reference = 'HN-2027-001'").query(Long.class).single();
    item(id, a, 1, "ANSWERED", null);
    item(id, c, 2, "ASSIGNED", "dept-hau-can");
    item(id, b, 3, "PENDING", null);
    return id;
  }

  private void item(long conference, GrievanceItem item, int position, String outcome, String department) {
    jdbc.sql("INSERT INTO conference_item (item_id, conference_id, position, in_advance, outcome, department_id)"
            + " VALUES (?,?,?,FALSE,?,?)")
        .params(item.id(), conference, position, outcome, department)
        .update();
  }
}
