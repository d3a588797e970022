package vn.police.grievance.conference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static vn.police.grievance.support.ProcessTestSupport.*;

import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageTestExecutionListener;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestExecutionListeners;
import vn.police.grievance.answer.AnswerRepository;
import vn.police.grievance.intake.SubmitItemRequest;
import vn.police.grievance.item.AnswerKind;
import vn.police.grievance.item.EventType;
import vn.police.grievance.item.GrievanceItem;
import vn.police.grievance.item.ItemEvent;
import vn.police.grievance.item.ItemStatus;
import vn.police.grievance.item.JournalEvent;
import vn.police.grievance.support.ProcessDriver;
import vn.police.grievance.system.ConflictException;
import vn.police.grievance.system.CurrentUser;
import vn.police.grievance.system.InvalidInputException;

/**
 * The listening conference from planning to closing, and the routes of the items raised there:
 * answered on the spot (delivered only once the chair confirms), assigned (the department's study,
 * no triage, the chair's deadline), left to triage.
 */
@SpringBootTest
@ActiveProfiles("test")
@Import({ProcessEngineCoverageConfiguration.class, ListeningConferenceProcessTest.Coverage.class})
@TestExecutionListeners(
    value = ProcessEngineCoverageTestExecutionListener.class,
    mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
class ListeningConferenceProcessTest {

  @TestConfiguration
  static class Coverage {
    @Bean
    ProcessEngineCoverageProperties coverageProperties() {
      return ProcessEngineCoverageProperties.Companion.builder()
          .assertClassCoverageAtLeast(0.5)
          .excludeProcessDefinitionKeys("department-study")
          .build();
    }
  }

  static final CurrentUser SECRETARY = new CurrentUser("tiepnhan", Set.of("reception"));
  static final CurrentUser CHAIR = new CurrentUser("lanhdao", Set.of("leadership"));
  static final CurrentUser LONG_HOA = ProcessDriver.LONG_HOA;
  static final CurrentUser PHUOC_LAM = new CurrentUser("xa.phuoclam", Set.of("cax-phuoc-lam"));
  static final String REG = "42/2021/NĐ-CP";
  static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  @Autowired ProcessEngine engine;
  @Autowired ProcessDriver driver;
  @Autowired ConferenceService conferences;
  @Autowired ConclusionNotices notices;
  @Autowired ConferenceBoard board;
  @Autowired AnswerRepository answers;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;

  @BeforeEach
  void init() {
    BpmnAwareTests.init(engine);
  }

  @Test
  void aConferenceAnswersAssignsAndLeavesToTriageThenConcludesAndClosesWithItsLastItem() throws IOException {
    Conference conference = plan();
    ProcessInstance process = instance(conference);
    assertThat(process).isWaitingAt("userTask_prepareConference");
    assertThat(tasks.createTaskQuery().processInstanceId(process.getId()).singleResult().getAssignee()).isEqualTo("tiepnhan");

    // a unit sends one in advance
    RaisedItem advance = conferences.raise(conference.id(), item(null, "FACILITIES", "Trụ sở xuống cấp"), LONG_HOA);
    assertThat(advance.inAdvance()).isTrue();
    assertThat(advance.position()).isEqualTo(1);
    assertThat(driver.status(item(advance))).isEqualTo(ItemStatus.AT_CONFERENCE);

    conferences.openSession(conference.id(), SECRETARY);
    assertThat(conferences.get(conference.id()).status()).isEqualTo(ConferenceStatus.IN_SESSION);
    assertThat(process).isWaitingAt("userTask_holdSession");

    RaisedItem staffing = conferences.raise(conference.id(), item("cax-long-hoa", "STAFFING", "Thiếu biên chế"), SECRETARY);
    RaisedItem reports = conferences.raise(conference.id(), item("cax-phuoc-lam", "REPORTING", "Quá nhiều báo cáo"), SECRETARY);
    RaisedItem equipment = conferences.raise(conference.id(), item("cax-phuoc-lam", "EQUIPMENT", "Thiếu xe tuần tra"), SECRETARY);
    assertThat(List.of(staffing.position(), reports.position(), equipment.position())).containsExactly(2, 3, 4);
    assertThat(staffing.inAdvance()).isFalse();

    // on-the-spot answers and an assignment, as the chair gives them
    conferences.recordAnswer(conference.id(), advance.itemId(),
        new ConferenceService.SpotAnswer("Năm 2027 bố trí kinh phí sửa chữa trụ sở.", List.of(REG), null), SECRETARY);
    conferences.recordAnswer(conference.id(), equipment.itemId(),
        new ConferenceService.SpotAnswer("Tháng tới cấp bổ sung 01 xe tuần tra.", List.of(), "Phó Giám đốc Nguyễn Văn B"),
        SECRETARY);
    LocalDate deadline = LocalDate.now(VIETNAM).plusDays(20);
    conferences.recordAssignment(conference.id(), staffing.itemId(),
        new ConferenceService.Assignment("dept-to-chuc-can-bo", deadline, "Rà soát, đề xuất bổ sung biên chế trong quý."), SECRETARY);

    // nothing reaches the unit before the chair confirms
    assertThat(answers.latestApproved(equipment.itemId())).isEmpty();
    assertThat(driver.status(item(equipment))).isEqualTo(ItemStatus.AT_CONFERENCE);

    // the chair confirms one during the session: it goes to the unit at once
    conferences.confirm(conference.id(), equipment.itemId(), CHAIR);
    driver.runAsyncJobs(item(equipment));
    assertThat(driver.status(item(equipment))).isEqualTo(ItemStatus.ANSWERED);
    var delivered = answers.latestApproved(equipment.itemId()).orElseThrow();
    assertThat(delivered.kind()).isEqualTo(AnswerKind.CONFERENCE);
    assertThat(delivered.draftedBy()).isEqualTo("tiepnhan");
    assertThat(delivered.decidedBy()).isEqualTo("lanhdao");
    assertThat(instance(item(equipment))).hasPassed("catchEvent_conferenceOutcome", "gateway_joinDelivery").isWaitingAt("userTask_confirmAnswer");
    assertThat(instance(item(equipment))).hasNotPassed("userTask_triage", "userTask_leadershipSignOff");

    conferences.endSession(conference.id(), SECRETARY);
    assertThat(conferences.get(conference.id()).status()).isEqualTo(ConferenceStatus.CONCLUDING);
    // assigned: straight to the department, with the chair's deadline, no triage
    GrievanceItem assigned = item(staffing);
    assertThat(driver.status(assigned)).isEqualTo(ItemStatus.AT_DEPARTMENT);
    Task study = driver.task(assigned, "userTask_draftStudy");
    assertThat(study.getDueDate().toInstant().atZone(VIETNAM).toLocalDate()).isEqualTo(deadline);
    assertThat(instance(assigned)).hasNotPassed("userTask_triage");
    // undecided: triage as usual
    assertThat(instance(item(reports))).isWaitingAt("userTask_triage");
    // answered, not yet confirmed: still waiting for the chair
    assertThat(driver.status(item(advance))).isEqualTo(ItemStatus.AT_CONFERENCE);
    assertThat(process).isWaitingAt("userTask_confirmAnswers");
    assertThat(tasks.createTaskQuery().processInstanceId(process.getId()).singleResult().getAssignee()).isEqualTo("lanhdao");

    // confirming the last one by one ends the chair's step
    conferences.confirm(conference.id(), advance.itemId(), CHAIR);
    assertThat(process).isWaitingAt("userTask_draftNotice");

    // the notice: drafted, returned with a reason, drafted again, approved, issued
    conferences.submitConclusions(conference.id(), "Các phòng chức năng khẩn trương thực hiện.", SECRETARY);
    assertThat(process).isWaitingAt("userTask_approveNotice");
    assertThatThrownBy(() -> conferences.decideNotice(conference.id(), "RETURN", "", CHAIR))
        .isInstanceOf(InvalidInputException.class);
    conferences.decideNotice(conference.id(), "RETURN", "Bổ sung thời hạn báo cáo kết quả.", CHAIR);
    assertThat(process).isWaitingAt("userTask_draftNotice");
    conferences.submitConclusions(conference.id(),
        "Các phòng chức năng khẩn trương thực hiện.\nBáo cáo kết quả trước ngày 30 hằng tháng.", SECRETARY);
    conferences.decideNotice(conference.id(), "APPROVE", null, CHAIR);
    assertThat(conferences.get(conference.id()).status()).isEqualTo(ConferenceStatus.FOLLOW_UP);
    var issued = notices.issued(conference.id()).orElseThrow();
    assertThat(issued.numberAndSymbol()).matches("\\d+/TB-CAT");
    String text = pdfText(notices.file(conference.id(), true, CHAIR).content());
    assertThat(text).contains("THÔNG BÁO", "Số: " + issued.numberAndSymbol(), "Thiếu biên chế", "Phòng Tổ chức cán bộ",
        "Tháng tới cấp bổ sung 01 xe tuần tra", "Báo cáo kết quả trước ngày 30 hằng tháng", "Nơi nhận");
    for (RaisedItem r : List.of(advance, staffing, reports, equipment)) {
      assertThat(driver.events(item(r))).map(ItemEvent::event)
          .anySatisfy(e -> assertThat(e).isEqualTo(new JournalEvent.ConclusionNoticeIssued(
              conference.reference(), issued.numberAndSymbol(), issued.pdfSha256(), issued.docxSha256())));
    }
    assertThat(driver.eventTypes(item(equipment))).containsSubsequence(
        EventType.SUBMITTED, EventType.RAISED_AT_CONFERENCE, EventType.ANSWER_DRAFTED, EventType.ANSWERED_AT_CONFERENCE,
        EventType.CONFERENCE_ANSWER_CONFIRMED, EventType.ANSWER_DELIVERED);
    assertThat(process).isWaitingAt("catchEvent_lastItemClosed");

    ConferenceBoard.Board followUp = board.of(conference.id(), CHAIR);
    assertThat(followUp.counts()).isEqualTo(new ConferenceBoard.Counts(4, 2, 1, 1, 4, 0, 0));

    // every item closes: the conference closes with the last
    driver.runAsyncJobs(item(advance));
    driver.complete(item(advance), "userTask_confirmAnswer", "xa.longhoa", satisfied());
    driver.complete(item(equipment), "userTask_confirmAnswer", "xa.phuoclam", satisfied());
    driver.complete(item(reports), "userTask_triage", "tiepnhan", answerNow(REG));
    driver.complete(item(reports), "userTask_draftImmediateAnswer", "tiepnhan", immediateAnswer("Thực hiện theo chế độ báo cáo mới.", REG));
    driver.complete(item(reports), "userTask_leadershipSignOff", "lanhdao", approve());
    driver.runAsyncJobs(item(reports));
    driver.complete(item(reports), "userTask_confirmAnswer", "xa.phuoclam", satisfied());
    assertThat(process).isWaitingAt("catchEvent_lastItemClosed");
    driver.complete(assigned, "userTask_draftStudy", "cv.tochuc", study("ANSWER"));
    driver.complete(assigned, "userTask_headReview", "tp.tochuc", headApproves());
    driver.complete(assigned, "userTask_leadershipSignOff", "lanhdao", approve());
    driver.runAsyncJobs(assigned);
    driver.complete(assigned, "userTask_confirmAnswer", "xa.longhoa", satisfied());

    assertThat(process).isEnded();
    assertThat(process).hasPassed("catchEvent_lastItemClosed", "serviceTask_closeConference");
    assertThat(conferences.get(conference.id()).status()).isEqualTo(ConferenceStatus.CLOSED);
    assertThat(board.of(conference.id(), CHAIR).counts().closed()).isEqualTo(4);
  }

  @Test
  void withNothingLeftToConfirmTheNoticeIsDraftedAtOnceAndAConferenceWhoseItemsClosedEndsOnIssue() {
    Conference conference = plan();
    conferences.openSession(conference.id(), SECRETARY);
    RaisedItem raised = conferences.raise(conference.id(), item("cax-long-hoa", "OTHER", "Đề nghị tập huấn"), SECRETARY);
    conferences.recordAnswer(conference.id(), raised.itemId(),
        new ConferenceService.SpotAnswer("Quý tới tổ chức tập huấn.", List.of(), null), SECRETARY);
    assertThat(conferences.confirmAll(conference.id(), CHAIR)).isEqualTo(1);
    driver.runAsyncJobs(item(raised));
    driver.complete(item(raised), "userTask_confirmAnswer", "xa.longhoa", satisfied());
    assertThat(driver.status(item(raised))).isEqualTo(ItemStatus.CLOSED);

    conferences.endSession(conference.id(), SECRETARY);
    ProcessInstance process = instance(conference);
    assertThat(process).isWaitingAt("userTask_draftNotice").hasNotPassed("userTask_confirmAnswers");
    conferences.submitConclusions(conference.id(), "Kết luận.", SECRETARY);
    conferences.decideNotice(conference.id(), "APPROVE", null, CHAIR);
    assertThat(process).isEnded().hasNotPassed("catchEvent_lastItemClosed");
    assertThat(conferences.get(conference.id()).status()).isEqualTo(ConferenceStatus.CLOSED);
  }

  @Test
  void theChairConfirmsTheRemainingAnswersFromTasklistOrDeclinesOneWhichThenGoesToTriage() {
    Conference conference = plan();
    conferences.openSession(conference.id(), SECRETARY);
    RaisedItem kept = conferences.raise(conference.id(), item("cax-long-hoa", "OTHER", "Xin hướng dẫn nghiệp vụ"), SECRETARY);
    RaisedItem declined = conferences.raise(conference.id(), item("cax-phuoc-lam", "OTHER", "Xin phụ cấp"), SECRETARY);
    for (RaisedItem r : List.of(kept, declined)) {
      conferences.recordAnswer(conference.id(), r.itemId(), new ConferenceService.SpotAnswer("Trả lời tại chỗ.", List.of(), null), SECRETARY);
    }
    conferences.endSession(conference.id(), SECRETARY);
    conferences.decline(conference.id(), declined.itemId(), "Cần phòng chức năng nghiên cứu thêm.", CHAIR);
    assertThat(instance(item(declined))).isWaitingAt("userTask_triage");
    assertThat(driver.eventTypes(item(declined))).contains(EventType.CONFERENCE_ANSWER_DECLINED);

    ProcessInstance process = instance(conference);
    Task confirm = tasks.createTaskQuery().processInstanceId(process.getId()).singleResult();
    assertThat(confirm.getTaskDefinitionKey()).isEqualTo("userTask_confirmAnswers");
    // the step cannot end while answers wait, unless it confirms them all
    assertThatThrownBy(() -> complete(confirm, "lanhdao", java.util.Map.of("confirmAll", false)))
        .isInstanceOf(InvalidInputException.class);
    complete(confirm, "lanhdao", java.util.Map.of("confirmAll", true));
    assertThat(answers.latestApproved(kept.itemId()).orElseThrow().decidedBy()).isEqualTo("lanhdao");
    assertThat(process).isWaitingAt("userTask_draftNotice");
  }

  @Test
  void onlyTheSecretaryRecordsOnlyTheChairConfirmsAndNothingChangesOnceSentOn() {
    Conference conference = plan();
    assertThatThrownBy(() -> conferences.raise(conference.id(), item("cax-long-hoa", "OTHER", "x"), CHAIR))
        .isInstanceOf(AccessDeniedException.class);
    conferences.openSession(conference.id(), SECRETARY);
    // a unit sends nothing once the session is open: it speaks there
    assertThatThrownBy(() -> conferences.raise(conference.id(), item(null, "OTHER", "x"), LONG_HOA))
        .isInstanceOf(ConflictException.class);
    RaisedItem raised = conferences.raise(conference.id(), item("cax-long-hoa", "OTHER", "Đề nghị"), SECRETARY);
    assertThatThrownBy(() -> conferences.recordAnswer(conference.id(), raised.itemId(),
        new ConferenceService.SpotAnswer("x", List.of(), null), CHAIR)).isInstanceOf(AccessDeniedException.class);
    conferences.recordAnswer(conference.id(), raised.itemId(), new ConferenceService.SpotAnswer("Trả lời.", List.of(), null), SECRETARY);
    assertThatThrownBy(() -> conferences.confirm(conference.id(), raised.itemId(), SECRETARY))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> conferences.recordAssignment(conference.id(), raised.itemId(),
        new ConferenceService.Assignment("cax-long-hoa", LocalDate.now(VIETNAM), null), SECRETARY))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> conferences.recordAssignment(conference.id(), raised.itemId(),
        new ConferenceService.Assignment("dept-hau-can", LocalDate.now(VIETNAM).minusDays(1), null), SECRETARY))
        .isInstanceOf(InvalidInputException.class);
    conferences.confirm(conference.id(), raised.itemId(), CHAIR);
    // a second confirmation (another tab) finds nothing waiting
    assertThatThrownBy(() -> conferences.confirm(conference.id(), raised.itemId(), CHAIR))
        .isInstanceOf(ConflictException.class);
    assertThatThrownBy(() -> conferences.clearDecision(conference.id(), raised.itemId(), SECRETARY))
        .isInstanceOf(ConflictException.class);
    // a unit not invited does not see the conference at all
    assertThatThrownBy(() -> conferences.file(conference.id(), new CurrentUser("x", Set.of("cax-khac"))))
        .isInstanceOf(vn.police.grievance.system.NotFoundException.class);
    // an invited unit sees only its own items
    assertThat(conferences.file(conference.id(), PHUOC_LAM).items()).isEmpty();
    assertThat(conferences.file(conference.id(), LONG_HOA).items()).hasSize(1);
  }

  @Test
  void whoConfirmsIsNotWhoRecorded() {
    var identity = engine.getIdentityService();
    if (identity.createUserQuery().userId("hai.vai").count() == 0) {
      var user = identity.newUser("hai.vai");
      user.setFirstName("Cán bộ");
      user.setLastName("Hai vai");
      user.setPassword("Demo@2026!");
      identity.saveUser(user);
      identity.createMembership("hai.vai", "leadership");
      identity.createMembership("hai.vai", "reception");
    }
    assertThatThrownBy(() -> conferences.plan(
        new ConferenceService.Plan("Hội nghị", OffsetDateTime.now(VIETNAM).plusHours(1), "PROVINCIAL_POLICE", null,
            "hai.vai", "Phó Giám đốc", "hai.vai", "IN_PERSON", null, List.of(), List.of("cax-long-hoa")),
        SECRETARY))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("secretaryId");
  }

  private void complete(Task task, String userId, java.util.Map<String, Object> variables) {
    engine.getIdentityService().setAuthentication(userId, List.of("leadership"));
    try {
      tasks.complete(task.getId(), variables);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  private Conference plan() {
    return conferences.plan(
        new ConferenceService.Plan(
            "Hội nghị lắng nghe ý kiến Công an xã, phường năm 2026",
            OffsetDateTime.now(VIETNAM).plusHours(1),
            "PROVINCIAL_POLICE",
            null,
            "lanhdao",
            "Phó Giám đốc",
            "tiepnhan",
            "ONLINE",
            "Hội trường Công an tỉnh",
            List.of("Công an xã Long Hòa", "Công an xã Phước Lâm"),
            List.of("cax-long-hoa", "cax-phuoc-lam")),
        SECRETARY);
  }

  private static SubmitItemRequest item(String unitId, String category, String title) {
    return new SubmitItemRequest(unitId, category, title, title + ": nội dung chi tiết.", "Đề nghị xem xét", null);
  }

  private GrievanceItem item(RaisedItem raised) {
    return driver.byReference(raised.reference());
  }

  private ProcessInstance instance(Conference conference) {
    return runtime.createProcessInstanceQuery().processInstanceId(conferences.get(conference.id()).processInstanceId()).singleResult();
  }

  private ProcessInstance instance(GrievanceItem item) {
    return driver.instanceOf(item);
  }

  private static String pdfText(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      // lines wrap wherever the layout breaks them: compare words, not lines
      return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }
  }
}
