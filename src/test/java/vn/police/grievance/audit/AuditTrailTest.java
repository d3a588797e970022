package vn.police.grievance.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.police.grievance.support.ProcessTestSupport.*;

import java.time.OffsetDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import vn.police.grievance.item.GrievanceItem;
import vn.police.grievance.support.ProcessDriver;

/**
 * For every route of the process, the item's file lists every step and every decision in the order
 * they happened, with the person (or group, or the system) who did it. Engine time is set by the
 * test: each person acts a little later than the step before, as in real life; what one
 * transaction writes shares its timestamp and keeps the order in which it happened.
 *
 * <p>Each line is shown as "what who [step]".
 */
@SpringBootTest
@ActiveProfiles("test")
class AuditTrailTest {

  static final String REG = "42/2021/NĐ-CP";
  /** Monday 2 March 2026, 08:00 in Vietnam. */
  static final OffsetDateTime MONDAY = OffsetDateTime.parse("2026-03-02T08:00:00+07:00");

  @Autowired ProcessDriver driver;
  @Autowired AuditService audit;
  @Autowired TaskService tasks;
  @Autowired RuntimeService runtime;
  @Autowired HistoryService history;
  @Autowired IdentityService identity;
  @Autowired org.camunda.bpm.engine.ManagementService management;

  @BeforeEach
  void startOnMonday() {
    at(MONDAY);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  static void at(OffsetDateTime time) {
    ClockUtil.setCurrentTime(Date.from(time.toInstant()));
  }

  /** The next person acts this many minutes later. */
  static void later(long minutes) {
    ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + minutes * 60_000));
  }

  private void work(GrievanceItem item, String task, String user, Map<String, Object> values) {
    later(30);
    driver.complete(item, task, user, values);
  }

  private void deliver(GrievanceItem item) {
    later(1);
    driver.runAsyncJobs(item);
  }

  static String line(TimelineEntry e) {
    return e.kind() + " " + e.actor() + (e.stepId() == null ? "" : " " + e.stepId());
  }

  private List<String> lines(ItemFile file) {
    return file.entries().stream().map(AuditTrailTest::line).toList();
  }

  private static List<String> submitted() {
    return List.of(
        "SUBMITTED xa.longhoa",
        "STATUS_CHANGED xa.longhoa",
        "PROCESS_STARTED xa.longhoa grievance-handling",
        "DECISION_EVALUATED system department-routing",
        "TASK_CREATED reception userTask_triage");
  }

  private static List<String> step(String user, String task, String... decisions) {
    List<String> lines = new java.util.ArrayList<>(List.of("TASK_CLAIMED " + user + " " + task, "TASK_COMPLETED " + user + " " + task));
    for (String d : decisions) {
      lines.add(d + " " + user);
    }
    return lines;
  }

  @SafeVarargs
  private static List<String> concat(List<String>... parts) {
    return java.util.Arrays.stream(parts).flatMap(List::stream).toList();
  }

  private static List<String> delivered(String unitGroup) {
    return List.of("STATUS_CHANGED system", "ANSWER_DELIVERED system", "TASK_CREATED " + unitGroup + " userTask_confirmAnswer");
  }

  private TimelineEntry only(ItemFile file, String kind) {
    List<TimelineEntry> found = file.entries().stream().filter(e -> e.kind().equals(kind)).toList();
    assertThat(found).as(kind).hasSize(1);
    return found.get(0);
  }

  @Test
  void immediateAnswerReturnedOnceByTheLeadershipThenSignedDeliveredAndConfirmed() {
    GrievanceItem item = driver.submit("FACILITIES");
    // triage is due on Wednesday 08:00; the reception office decides on Friday
    at(OffsetDateTime.parse("2026-03-06T09:00:00+07:00"));
    driver.complete(item, "userTask_triage", "tiepnhan", answerNow(REG));
    work(item, "userTask_draftImmediateAnswer", "tiepnhan", immediateAnswer("Bản 1 theo Nghị định 42/2021/NĐ-CP.", REG));
    work(item, "userTask_leadershipSignOff", "lanhdao", returnForRevision("Nêu rõ nguồn kinh phí"));
    work(item, "userTask_draftImmediateAnswer", "tiepnhan", immediateAnswer("Bản 2: kinh phí từ ngân sách tỉnh.", REG));
    work(item, "userTask_leadershipSignOff", "lanhdao", approve());
    deliver(item);
    work(item, "userTask_confirmAnswer", "xa.longhoa", satisfied());

    ItemFile file = audit.file(item.reference());
    assertThat(lines(file)).as(String.join("\n", lines(file))).containsExactlyElementsOf(concat(
        submitted(),
        step("tiepnhan", "userTask_triage", "TRIAGE_DECIDED", "STATUS_CHANGED"),
        List.of("TASK_CREATED reception userTask_draftImmediateAnswer"),
        step("tiepnhan", "userTask_draftImmediateAnswer", "ANSWER_DRAFTED", "STATUS_CHANGED"),
        List.of("TASK_CREATED leadership userTask_leadershipSignOff"),
        step("lanhdao", "userTask_leadershipSignOff", "RETURNED_FOR_REVISION", "STATUS_CHANGED"),
        List.of("TASK_CREATED reception userTask_draftImmediateAnswer"),
        step("tiepnhan", "userTask_draftImmediateAnswer", "ANSWER_DRAFTED", "STATUS_CHANGED"),
        List.of("TASK_CREATED leadership userTask_leadershipSignOff"),
        step("lanhdao", "userTask_leadershipSignOff", "SIGNED_OFF", "DOCUMENT_ISSUED"),
        delivered("cax-long-hoa"),
        step("xa.longhoa", "userTask_confirmAnswer", "UNIT_SATISFIED", "STATUS_CHANGED", "CLOSED"),
        List.of("PROCESS_ENDED system grievance-handling")));

    // the times are kept and in order; the triage came two working days late, the rest on time
    assertThat(file.entries()).extracting(TimelineEntry::at).isSorted();
    TimelineEntry triage = file.entries().stream()
        .filter(e -> e.kind().equals("TASK_COMPLETED") && e.stepId().equals("userTask_triage")).findFirst().orElseThrow();
    assertThat(triage.at()).isEqualTo(OffsetDateTime.parse("2026-03-06T09:00:00+07:00"));
    assertThat(triage.due()).isEqualTo(OffsetDateTime.parse("2026-03-04T08:00:00+07:00"));
    assertThat(triage.workingDaysLate()).isEqualTo(2);
    assertThat(triage.timing()).isEqualTo("Trễ hạn 2 ngày làm việc");
    assertThat(triage.step()).isEqualTo("Phân loại, đề xuất hướng xử lý");
    assertThat(triage.actorName()).isEqualTo("Cán bộ Tiếp nhận");
    assertThat(file.entries()).filteredOn(e -> e.kind().equals("TASK_COMPLETED") && !e.stepId().equals("userTask_triage"))
        .allSatisfy(e -> assertThat(e.timing()).isEqualTo("Đúng hạn"));

    // decisions carry what was decided and why
    assertThat(only(file, "TRIAGE_DECIDED").detail()).isEqualTo("Trả lời ngay. Căn cứ: " + REG);
    assertThat(only(file, "RETURNED_FOR_REVISION").reason()).isEqualTo("Nêu rõ nguồn kinh phí");
    assertThat(only(file, "SIGNED_OFF").detail()).contains("Bản 2: kinh phí từ ngân sách tỉnh.").contains("Căn cứ: " + REG);
    assertThat(only(file, "SUBMITTED").detail()).contains("Công an xã Long Hòa");
    assertThat(file.entries()).filteredOn(e -> e.source() == TimelineEntry.Source.JOURNAL)
        .allSatisfy(e -> {
          assertThat(e.position()).isNotNull();
          assertThat(e.hash()).hasSize(64);
        });

    // the file's summary: final answer and who signed it, the legal basis
    assertThat(file.running()).isFalse();
    assertThat(file.status().key()).isEqualTo("CLOSED");
    assertThat(file.finalAnswer().body()).isEqualTo("Bản 2: kinh phí từ ngân sách tỉnh.");
    assertThat(file.finalAnswer().signedBy()).isEqualTo("lanhdao");
    assertThat(file.finalAnswer().signedByName()).isEqualTo("Lãnh đạo Công an tỉnh");
    assertThat(file.finalAnswer().regulations()).extracting(ItemFile.RegulationRef::code).containsExactly(REG);
    assertThat(file.regulationsCited()).extracting(ItemFile.RegulationRef::code).containsExactly(REG);
    assertThat(file.regulationsCited().get(0).title()).contains("Công an xã, thị trấn chính quy");
  }

  @Test
  void departmentChosenAgainstTheSuggestionConsultsAnotherAndIsReturnedByItsHead() {
    GrievanceItem item = driver.submit("FACILITIES");
    work(item, "userTask_triage", "tiepnhan", Map.of("triageDecision", "SEND_TO_DEPARTMENT", "departmentId", "dept-phap-che",
        "overrideReason", "Cần xác định căn cứ pháp lý về đất xây dựng trụ sở"));
    work(item, "userTask_draftStudy", "cv.phapche", Map.of("studyText", "Cần ý kiến về biên chế", "proposedAnswer", "Dự thảo 1",
        "studyOutcome", "ANSWER", "consultDepartmentIds", "dept-to-chuc-can-bo"));
    work(item, "userTask_consult", "cv.tochuc", Map.of("consultationOpinion", "Không phát sinh biên chế"));
    work(item, "userTask_draftStudy", "cv.phapche", study("ANSWER"));
    work(item, "userTask_headReview", "tp.phapche", headReturns("Bổ sung dự toán kinh phí"));
    work(item, "userTask_draftStudy", "cv.phapche", study("ANSWER"));
    work(item, "userTask_headReview", "tp.phapche", headApproves());
    work(item, "userTask_leadershipSignOff", "lanhdao", approve());
    deliver(item);
    work(item, "userTask_confirmAnswer", "xa.longhoa", satisfied());

    ItemFile file = audit.file(item.reference());
    assertThat(lines(file)).as(String.join("\n", lines(file))).containsExactlyElementsOf(concat(
        submitted(),
        step("tiepnhan", "userTask_triage", "TRIAGE_DECIDED"),
        List.of("DEPARTMENT_OVERRIDDEN tiepnhan TRIAGE", "STATUS_CHANGED tiepnhan",
            "PROCESS_STARTED tiepnhan department-study", "TASK_CREATED dept-phap-che userTask_draftStudy"),
        step("cv.phapche", "userTask_draftStudy", "STUDY_DRAFTED", "ANSWER_DRAFTED"),
        List.of("TASK_CREATED dept-to-chuc-can-bo userTask_consult"),
        step("cv.tochuc", "userTask_consult", "CONSULTATION_ANSWERED"),
        List.of("TASK_CREATED dept-phap-che userTask_draftStudy"),
        step("cv.phapche", "userTask_draftStudy", "STUDY_DRAFTED", "ANSWER_DRAFTED"),
        List.of("TASK_CREATED dept-phap-che-head userTask_headReview"),
        step("tp.phapche", "userTask_headReview", "HEAD_RETURNED"),
        List.of("TASK_CREATED dept-phap-che userTask_draftStudy"),
        step("cv.phapche", "userTask_draftStudy", "STUDY_DRAFTED", "ANSWER_DRAFTED"),
        List.of("TASK_CREATED dept-phap-che-head userTask_headReview"),
        step("tp.phapche", "userTask_headReview", "HEAD_APPROVED", "STATUS_CHANGED"),
        List.of("PROCESS_ENDED system department-study", "TASK_CREATED leadership userTask_leadershipSignOff"),
        step("lanhdao", "userTask_leadershipSignOff", "SIGNED_OFF", "DOCUMENT_ISSUED"),
        delivered("cax-long-hoa"),
        step("xa.longhoa", "userTask_confirmAnswer", "UNIT_SATISFIED", "STATUS_CHANGED", "CLOSED"),
        List.of("PROCESS_ENDED system grievance-handling")));

    assertThat(only(file, "DECISION_EVALUATED").detail()).isEqualTo("Phòng gợi ý: Phòng Hậu cần (dữ liệu mẫu)");
    TimelineEntry override = only(file, "DEPARTMENT_OVERRIDDEN");
    assertThat(override.detail()).isEqualTo("Bảng quyết định gợi ý: Phòng Hậu cần (dữ liệu mẫu); chọn: Phòng Pháp chế (dữ liệu mẫu)");
    assertThat(override.reason()).isEqualTo("Cần xác định căn cứ pháp lý về đất xây dựng trụ sở");
    assertThat(only(file, "HEAD_RETURNED").reason()).isEqualTo("Bổ sung dự toán kinh phí");
    assertThat(only(file, "CONSULTATION_ANSWERED").detail()).isEqualTo("Phòng Tổ chức cán bộ (dữ liệu mẫu): Không phát sinh biên chế");
    assertThat(file.entries()).filteredOn(e -> e.kind().equals("STUDY_DRAFTED")).first()
        .satisfies(e -> assertThat(e.detail()).endsWith("Xin ý kiến: Phòng Tổ chức cán bộ (dữ liệu mẫu)"));
    assertThat(file.departmentsConsulted()).extracting(l -> l.key()).containsExactly("dept-to-chuc-can-bo");
    assertThat(file.department().key()).isEqualTo("dept-phap-che");
    assertThat(file.finalAnswer().signedBy()).isEqualTo("lanhdao");
    assertThat(file.finalAnswer().kind().key()).isEqualTo("DEPARTMENT");
  }

  @Test
  void higherAuthorityRemindedAndEscalatedThenRepliesWhileSignOffIsOverdue() {
    GrievanceItem item = driver.submit("EQUIPMENT");
    work(item, "userTask_triage", "tiepnhan", sendToDepartment("dept-hau-can"));
    Map<String, Object> proposal = new HashMap<>(study("HIGHER_AUTHORITY"));
    proposal.put("higherAuthority", "MINISTRY_OF_PUBLIC_SECURITY");
    work(item, "userTask_draftStudy", "cv.haucan", proposal);
    work(item, "userTask_headReview", "tp.haucan", headApproves());
    work(item, "userTask_proposalSignOff", "lanhdao", approveProposal());
    later(30);
    driver.fireTimer(item, "boundaryEvent_authorityReplyDue");
    later(30);
    driver.fireTimer(item, "boundaryEvent_authorityReplyOverdue");
    work(item, "userTask_recordAuthorityReply", "cv.haucan", Map.of(
        "authorityReply", "Bộ Công an phân bổ 02 xe tuần tra trong quý I/2027.", "authorityReplyDate", "2026-12-15",
        "proposedAnswer", "Công an tỉnh sẽ cấp 02 xe tuần tra trong quý I/2027."));
    // the leadership has not signed off ten days later (sign-off is due in 3 working days)
    later(10 * 24 * 60);

    ItemFile file = audit.file(item.reference());
    assertThat(lines(file)).as(String.join("\n", lines(file))).containsExactlyElementsOf(concat(
        submitted(),
        step("tiepnhan", "userTask_triage", "TRIAGE_DECIDED", "STATUS_CHANGED"),
        List.of("PROCESS_STARTED tiepnhan department-study", "TASK_CREATED dept-hau-can userTask_draftStudy"),
        step("cv.haucan", "userTask_draftStudy", "STUDY_DRAFTED"),
        List.of("TASK_CREATED dept-hau-can-head userTask_headReview"),
        step("tp.haucan", "userTask_headReview", "HEAD_APPROVED", "STATUS_CHANGED"),
        List.of("TASK_CREATED leadership userTask_proposalSignOff"),
        step("lanhdao", "userTask_proposalSignOff", "PROPOSAL_APPROVED", "DOCUMENT_ISSUED", "STATUS_CHANGED"),
        List.of("TASK_CREATED dept-hau-can userTask_recordAuthorityReply",
            "REMINDER_SENT system AUTHORITY_REPLY",
            "ESCALATED system AUTHORITY_REPLY"),
        step("cv.haucan", "userTask_recordAuthorityReply", "AUTHORITY_REPLY_RECORDED", "ANSWER_DRAFTED", "STATUS_CHANGED"),
        List.of("PROCESS_ENDED system department-study", "TASK_CREATED leadership userTask_leadershipSignOff")));

    assertThat(only(file, "STUDY_DRAFTED").detail()).startsWith("Đề xuất xin ý kiến cấp có thẩm quyền\nBộ Công an: ");
    // the reply is recorded against the number of the proposal it answers
    assertThat(only(file, "AUTHORITY_REPLY_RECORDED").detail())
        .matches("Bộ Công an \\(trả lời văn bản số \\d{2,}/CAT-PHC\\): Bộ Công an phân bổ 02 xe tuần tra trong quý I/2027\\.");
    assertThat(only(file, "DOCUMENT_ISSUED").detail()).startsWith("Công văn đề xuất cấp có thẩm quyền số ").contains("Nơi nhận: Bộ Công an");
    assertThat(only(file, "REMINDER_SENT").detail()).isEqualTo("Nhắc nhóm: Phòng Hậu cần (dữ liệu mẫu)");
    assertThat(only(file, "ESCALATED").step()).isEqualTo("Chờ ý kiến cấp có thẩm quyền");
    // the open step shows it is overdue; the item is still running, in the engine's instance view
    TimelineEntry signOff = file.entries().get(file.entries().size() - 1);
    assertThat(signOff.timing()).startsWith("Đã quá hạn").endsWith("ngày làm việc, chưa hoàn thành");
    assertThat(signOff.workingDaysLate()).isPositive();
    assertThat(file.running()).isTrue();
    assertThat(file.runningProcessInstanceIds()).containsExactly(item.processInstanceId());
    assertThat(file.finalAnswer()).isNull();
  }

  @Test
  void notAdmissibleDuplicateReturnedToTriageThenSignedDeliveredAndConfirmed() {
    GrievanceItem original = driver.submit("EQUIPMENT");
    GrievanceItem item = driver.submit("EQUIPMENT");
    Map<String, Object> decision = Map.of("triageDecision", "NOT_ADMISSIBLE", "inadmissibleGround", "DUPLICATE",
        "duplicateOf", original.reference(), "triageReason", "Cùng nội dung xin cấp xe tuần tra");
    work(item, "userTask_triage", "tiepnhan", decision);
    work(item, "userTask_leadershipSignOff", "lanhdao", returnForRevision("Ghi rõ kiến nghị trùng"));
    work(item, "userTask_triage", "tiepnhan", decision);
    work(item, "userTask_leadershipSignOff", "lanhdao", approve());
    deliver(item);
    work(item, "userTask_confirmAnswer", "xa.longhoa", satisfied());

    ItemFile file = audit.file(item.reference());
    assertThat(lines(file)).as(String.join("\n", lines(file))).containsExactlyElementsOf(concat(
        submitted(),
        step("tiepnhan", "userTask_triage", "TRIAGE_DECIDED", "ANSWER_DRAFTED", "STATUS_CHANGED"),
        List.of("TASK_CREATED leadership userTask_leadershipSignOff"),
        step("lanhdao", "userTask_leadershipSignOff", "RETURNED_FOR_REVISION", "STATUS_CHANGED"),
        List.of("TASK_CREATED reception userTask_triage"),
        step("tiepnhan", "userTask_triage", "TRIAGE_DECIDED", "ANSWER_DRAFTED", "STATUS_CHANGED"),
        List.of("TASK_CREATED leadership userTask_leadershipSignOff"),
        step("lanhdao", "userTask_leadershipSignOff", "SIGNED_OFF", "DOCUMENT_ISSUED"),
        delivered("cax-long-hoa"),
        step("xa.longhoa", "userTask_confirmAnswer", "UNIT_SATISFIED", "STATUS_CHANGED", "CLOSED"),
        List.of("PROCESS_ENDED system grievance-handling")));

    assertThat(file.entries()).filteredOn(e -> e.kind().equals("TRIAGE_DECIDED")).first().satisfies(e -> {
      assertThat(e.detail()).isEqualTo("Không thụ lý: Trùng với kiến nghị đã tiếp nhận " + original.reference());
      assertThat(e.reason()).isEqualTo("Cùng nội dung xin cấp xe tuần tra");
    });
    assertThat(file.finalAnswer().kind().key()).isEqualTo("NOT_ADMISSIBLE");
    assertThat(file.finalAnswer().body()).contains(original.reference());
  }

  @Test
  void unitNotSatisfiedReopensAndTheItemIsAnsweredAgainByADepartment() {
    GrievanceItem item = driver.submit("ALLOWANCES");
    work(item, "userTask_triage", "tiepnhan", answerNow("30/2023/QH15"));
    work(item, "userTask_draftImmediateAnswer", "tiepnhan", immediateAnswer("Mức phụ cấp theo Luật 30/2023/QH15.", "30/2023/QH15"));
    work(item, "userTask_leadershipSignOff", "lanhdao", approve());
    deliver(item);
    work(item, "userTask_confirmAnswer", "xa.longhoa", notSatisfied("Chưa nêu mức phụ cấp cụ thể"));
    work(item, "userTask_triage", "tiepnhan", sendToDepartment("dept-to-chuc-can-bo"));
    work(item, "userTask_draftStudy", "cv.tochuc", study("ANSWER"));
    work(item, "userTask_headReview", "tp.tochuc", headApproves());
    work(item, "userTask_leadershipSignOff", "lanhdao", approve());
    deliver(item);
    work(item, "userTask_confirmAnswer", "xa.longhoa", satisfied());

    ItemFile file = audit.file(item.reference());
    assertThat(lines(file)).as(String.join("\n", lines(file))).containsExactlyElementsOf(concat(
        submitted(),
        step("tiepnhan", "userTask_triage", "TRIAGE_DECIDED", "STATUS_CHANGED"),
        List.of("TASK_CREATED reception userTask_draftImmediateAnswer"),
        step("tiepnhan", "userTask_draftImmediateAnswer", "ANSWER_DRAFTED", "STATUS_CHANGED"),
        List.of("TASK_CREATED leadership userTask_leadershipSignOff"),
        step("lanhdao", "userTask_leadershipSignOff", "SIGNED_OFF", "DOCUMENT_ISSUED"),
        delivered("cax-long-hoa"),
        step("xa.longhoa", "userTask_confirmAnswer", "UNIT_NOT_SATISFIED", "STATUS_CHANGED", "REOPENED"),
        List.of("TASK_CREATED reception userTask_triage"),
        step("tiepnhan", "userTask_triage", "TRIAGE_DECIDED", "STATUS_CHANGED"),
        List.of("PROCESS_STARTED tiepnhan department-study", "TASK_CREATED dept-to-chuc-can-bo userTask_draftStudy"),
        step("cv.tochuc", "userTask_draftStudy", "STUDY_DRAFTED", "ANSWER_DRAFTED"),
        List.of("TASK_CREATED dept-to-chuc-can-bo-head userTask_headReview"),
        step("tp.tochuc", "userTask_headReview", "HEAD_APPROVED", "STATUS_CHANGED"),
        List.of("PROCESS_ENDED system department-study", "TASK_CREATED leadership userTask_leadershipSignOff"),
        step("lanhdao", "userTask_leadershipSignOff", "SIGNED_OFF", "DOCUMENT_ISSUED"),
        delivered("cax-long-hoa"),
        step("xa.longhoa", "userTask_confirmAnswer", "UNIT_SATISFIED", "STATUS_CHANGED", "CLOSED"),
        List.of("PROCESS_ENDED system grievance-handling")));

    assertThat(only(file, "UNIT_NOT_SATISFIED").reason()).isEqualTo("Chưa nêu mức phụ cấp cụ thể");
    assertThat(file.reopenCount()).isEqualTo(1);
    assertThat(file.finalAnswer().kind().key()).isEqualTo("DEPARTMENT");
  }

  @Test
  void silentUnitIsClosedByTheSystemWhenTheWindowEndsAfterTriageWasRemindedAndEscalated() {
    GrievanceItem item = driver.submit("PUBLIC_ORDER");
    later(30);
    driver.fireTimer(item, "boundaryEvent_triageDue");
    later(30);
    driver.fireTimer(item, "boundaryEvent_triageOverdue");
    work(item, "userTask_triage", "tiepnhan", answerNow("30/2023/QH15"));
    work(item, "userTask_draftImmediateAnswer", "tiepnhan", immediateAnswer("Tăng cường tuần tra chợ.", "30/2023/QH15"));
    work(item, "userTask_leadershipSignOff", "lanhdao", approve());
    deliver(item);
    later(60);
    driver.fireTimer(item, "boundaryEvent_responseWindowEnded");

    ItemFile file = audit.file(item.reference());
    assertThat(lines(file)).as(String.join("\n", lines(file))).containsExactlyElementsOf(concat(
        submitted(),
        List.of("REMINDER_SENT system TRIAGE", "ESCALATED system TRIAGE"),
        step("tiepnhan", "userTask_triage", "TRIAGE_DECIDED", "STATUS_CHANGED"),
        List.of("TASK_CREATED reception userTask_draftImmediateAnswer"),
        step("tiepnhan", "userTask_draftImmediateAnswer", "ANSWER_DRAFTED", "STATUS_CHANGED"),
        List.of("TASK_CREATED leadership userTask_leadershipSignOff"),
        step("lanhdao", "userTask_leadershipSignOff", "SIGNED_OFF", "DOCUMENT_ISSUED"),
        delivered("cax-long-hoa"),
        List.of("TASK_CANCELLED system userTask_confirmAnswer",
            "STATUS_CHANGED system",
            "CLOSED_WITHOUT_REPLY system",
            "PROCESS_ENDED system grievance-handling")));
    assertThat(only(file, "ESCALATED").detail()).startsWith("Đơn vị chịu trách nhiệm: Bộ phận tiếp nhận");
    assertThat(only(file, "TASK_CANCELLED").detail()).contains("lý do:");
  }

  @Test
  void delegationAndAnAdministratorsOperationAreInTheFileWithTheirAnnotation() {
    GrievanceItem item = driver.submit("REPORTING");
    Task triage = driver.task(item, "userTask_triage");
    later(10);
    as("tiepnhan", "reception", () -> {
      tasks.claim(triage.getId(), "tiepnhan");
      tasks.delegateTask(triage.getId(), "cv.thammuu");
    });
    later(10);
    as("cv.thammuu", "dept-tham-muu", () -> tasks.resolveTask(triage.getId()));
    later(10);
    as("quantri", "camunda-admin", () -> runtime.setVariable(item.processInstanceId(), "ghiChu", "Kiểm tra dữ liệu"));
    String operation = history.createUserOperationLogQuery().processInstanceId(item.processInstanceId())
        .operationType("SetVariable").singleResult().getOperationId();
    history.setAnnotationForOperationLogById(operation, "Theo yêu cầu của Thanh tra ngày 02/03");
    later(10);
    as("tiepnhan", "reception", () -> tasks.complete(triage.getId(), new HashMap<>(answerNow("MAU-01/2026/CAT"))));

    ItemFile file = audit.file(item.reference());
    assertThat(lines(file)).as(String.join("\n", lines(file))).containsExactlyElementsOf(concat(
        submitted(),
        List.of("TASK_CLAIMED tiepnhan userTask_triage",
            "TASK_DELEGATED tiepnhan userTask_triage",
            "TASK_RESOLVED cv.thammuu userTask_triage",
            "OPERATION_SetVariable quantri"),
        List.of("TASK_COMPLETED tiepnhan userTask_triage", "TRIAGE_DECIDED tiepnhan", "STATUS_CHANGED tiepnhan",
            "TASK_CREATED reception userTask_draftImmediateAnswer")));
    assertThat(only(file, "TASK_DELEGATED").detail()).isEqualTo("Ủy quyền cho: Cán bộ Phòng Tham mưu");
    assertThat(only(file, "TASK_RESOLVED").detail()).isEqualTo("Trả lại cho: Cán bộ Tiếp nhận");
    TimelineEntry admin = only(file, "OPERATION_SetVariable");
    assertThat(admin.label()).isEqualTo("Đặt dữ liệu quy trình");
    assertThat(admin.reason()).isEqualTo("Theo yêu cầu của Thanh tra ngày 02/03");
    assertThat(admin.actorName()).isEqualTo("Quản trị Hệ thống");
  }

  @Test
  void aJobAnAdministratorExecutesByHandReadsInVietnamese() {
    GrievanceItem item = driver.submit("FACILITIES");
    driver.complete(item, "userTask_triage", "tiepnhan", answerNow(REG));
    work(item, "userTask_draftImmediateAnswer", "tiepnhan", immediateAnswer("Trả lời theo quy định.", REG));
    work(item, "userTask_leadershipSignOff", "lanhdao", approve());
    later(10);
    List<org.camunda.bpm.engine.runtime.Job> delivery =
        management.createJobQuery().processInstanceId(item.processInstanceId()).messages().list();
    assertThat(delivery).hasSize(1);
    as("quantri", "camunda-admin", () -> management.executeJob(delivery.get(0).getId()));

    TimelineEntry executed = only(audit.file(item.reference()), "OPERATION_Execute");
    assertThat(executed.label()).isEqualTo("Thực hiện lại công việc nền");
    assertThat(executed.detail()).isEqualTo("Công việc nền");
    assertThat(executed.actorName()).isEqualTo("Quản trị Hệ thống");
  }

  private void as(String user, String group, Runnable action) {
    identity.setAuthentication(user, List.of(group));
    try {
      action.run();
    } finally {
      identity.clearAuthentication();
    }
  }
}
