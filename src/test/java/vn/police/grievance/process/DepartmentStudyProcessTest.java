package vn.police.grievance.process;

import vn.police.grievance.item.JournalEvent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static vn.police.grievance.support.ProcessTestSupport.*;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestExecutionListeners;
import vn.police.grievance.answer.AnswerRepository;
import vn.police.grievance.item.EventType;
import vn.police.grievance.item.GrievanceItem;
import vn.police.grievance.item.ItemStatus;
import vn.police.grievance.notification.Notifications;
import vn.police.grievance.support.ProcessDriver;
import vn.police.grievance.system.InvalidInputException;

/** The functional department's part: study, consultation, the head's review, a higher authority. */
@SpringBootTest
@ActiveProfiles("test")
@Import({ProcessEngineCoverageConfiguration.class, DepartmentStudyProcessTest.Coverage.class})
@TestExecutionListeners(
    value = ProcessEngineCoverageTestExecutionListener.class,
    mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
class DepartmentStudyProcessTest {

  @TestConfiguration
  static class Coverage {
    @Bean
    ProcessEngineCoverageProperties coverageProperties() {
      return ProcessEngineCoverageProperties.Companion.builder()
          .assertClassCoverageAtLeast(0.9)
          .excludeProcessDefinitionKeys("grievance-handling")
          .build();
    }
  }

  @Autowired vn.police.grievance.tasklist.TaskContext taskContext;
  @Autowired ProcessEngine engine;
  @Autowired ProcessDriver driver;
  @Autowired AnswerRepository answers;
  @Autowired Notifications notifications;
  @Autowired JdbcClient jdbc;
  @Autowired vn.police.grievance.document.DocumentRegister register;

  @BeforeEach
  void init() {
    BpmnAwareTests.init(engine);
  }

  /** An item sent by triage to the logistics department. */
  private GrievanceItem atLogistics() {
    GrievanceItem item = driver.submit("EQUIPMENT");
    driver.complete(item, "userTask_triage", "tiepnhan", sendToDepartment("dept-hau-can"));
    return item;
  }

  private ProcessInstance studyInstance(GrievanceItem item) {
    return engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey("department-study").processInstanceBusinessKey(item.reference()).active().singleResult();
  }

  @Test
  void consultsOtherDepartmentsInParallelThenTheOfficerRedraftsForTheHead() {
    GrievanceItem item = atLogistics();
    ProcessInstance study = studyInstance(item);
    driver.complete(item, "userTask_draftStudy", "cv.haucan",
        Map.of("studyText", "Cần ý kiến về biên chế lái xe và căn cứ pháp lý", "proposedAnswer", "Dự thảo",
            "studyOutcome", "ANSWER", "consultDepartmentIds", "dept-to-chuc-can-bo,dept-phap-che"));

    List<Task> consultations = driver.openTasks(item, "userTask_consult");
    assertThat(consultations).hasSize(2);
    assertThat(consultations).extracting(t -> engine.getTaskService().getIdentityLinksForTask(t.getId()).get(0).getGroupId())
        .containsExactlyInAnyOrder("dept-to-chuc-can-bo", "dept-phap-che");
    for (Task t : consultations) {
      String group = engine.getTaskService().getIdentityLinksForTask(t.getId()).get(0).getGroupId();
      driver.complete(t, group.equals("dept-phap-che") ? "cv.phapche" : "cv.tochuc",
          Map.of("consultationOpinion", "Ý kiến của " + group));
    }
    assertThat(study).isWaitingAt("userTask_draftStudy");
    var opinions = jdbc.sql("SELECT department_id, opinion FROM item_consultation WHERE item_id = ? ORDER BY department_id")
        .param(item.id()).query((rs, i) -> rs.getString(1) + "|" + rs.getString(2)).list();
    assertThat(opinions).containsExactly(
        "dept-phap-che|Ý kiến của dept-phap-che", "dept-to-chuc-can-bo|Ý kiến của dept-to-chuc-can-bo");

    driver.complete(item, "userTask_draftStudy", "cv.haucan", study("ANSWER"));
    assertThat(study).isWaitingAt("userTask_headReview");
    driver.complete(item, "userTask_headReview", "tp.haucan", headApproves());
    assertThat(study).isEnded().hasPassed("endEvent_answerProposed");
    assertThat(driver.eventTypes(item)).containsSubsequence(
        EventType.STUDY_DRAFTED, EventType.CONSULTATION_ANSWERED, EventType.CONSULTATION_ANSWERED,
        EventType.STUDY_DRAFTED, EventType.ANSWER_DRAFTED, EventType.HEAD_APPROVED);
  }

  @Test
  void headReturnsTheStudyToTheOfficerWithAReason() {
    GrievanceItem item = atLogistics();
    ProcessInstance study = studyInstance(item);
    driver.complete(item, "userTask_draftStudy", "cv.haucan", study("ANSWER"));
    assertThatThrownBy(() -> driver.complete(driver.task(item, "userTask_headReview"), "tp.haucan", Map.of("headDecision", "RETURN")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("headReturnReason");

    driver.complete(item, "userTask_headReview", "tp.haucan", headReturns("Bổ sung dự toán kinh phí"));
    assertThat(study).isWaitingAt("userTask_draftStudy");
    assertThat(answers.allOf(item.id())).extracting(a -> a.state().name()).containsExactly("RETURNED");
    assertThat(driver.events(item)).filteredOn(e -> e.type() == EventType.HEAD_RETURNED)
        .singleElement().satisfies(e -> {
          assertThat(e.reason()).isEqualTo("Bổ sung dự toán kinh phí");
          assertThat(e.actor()).isEqualTo("tp.haucan");
        });
    // the officer sees the reason in the task's history
    Object history = taskContext.of(driver.task(item, "userTask_draftStudy").getId()).get("ctxHistory");
    assertThat(history.toString()).contains("Bổ sung dự toán kinh phí");

    driver.complete(item, "userTask_draftStudy", "cv.haucan", study("ANSWER"));
    driver.complete(item, "userTask_headReview", "tp.haucan", headApproves());
    assertThat(study).isEnded();
    assertThat(driver.status(item)).isEqualTo(ItemStatus.AWAITING_SIGN_OFF);
  }

  @Test
  void proposesToAHigherAuthorityAndRecordsItsReplyBeforeSignOff() {
    GrievanceItem item = atLogistics();
    ProcessInstance study = studyInstance(item);
    assertThatThrownBy(() -> driver.complete(driver.task(item, "userTask_draftStudy"), "cv.haucan", study("HIGHER_AUTHORITY")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("higherAuthority");
    Map<String, Object> proposal = new java.util.HashMap<>(study("HIGHER_AUTHORITY"));
    proposal.put("higherAuthority", "MINISTRY_OF_PUBLIC_SECURITY");
    driver.complete(item, "userTask_draftStudy", "cv.haucan", proposal);
    driver.complete(item, "userTask_headReview", "tp.haucan", headApproves());

    // nothing leaves on the head's approval alone: the leadership signs the proposal off first
    assertThat(study).isWaitingAt("userTask_proposalSignOff");
    assertThat(driver.status(item)).isEqualTo(ItemStatus.AWAITING_SIGN_OFF);
    assertThat(issuedProposals(item)).isEmpty();
    // the leader reads whom it goes to (the form reads its own fields only)
    assertThat(taskContext.of(driver.task(item, "userTask_proposalSignOff").getId()).get("ctxAddressee"))
        .isEqualTo("Bộ Công an");
    driver.complete(item, "userTask_proposalSignOff", "lanhdao", approveProposal());

    assertThat(study).isWaitingAt("userTask_recordAuthorityReply").hasPassed("serviceTask_issueProposal");
    assertThat(taskContext.of(driver.task(item, "userTask_recordAuthorityReply").getId()).get("ctxAddressee"))
        .isEqualTo("Bộ Công an");
    assertThat(driver.status(item)).isEqualTo(ItemStatus.AWAITING_HIGHER_AUTHORITY);
    assertThat(answers.currentDraft(item.id())).isEmpty();
    // registered under the next number of the province's letters, dated, signed by the approving leader
    var issued = issuedProposals(item);
    assertThat(issued).singleElement().satisfies(d -> {
      assertThat(d.kind()).isEqualTo("CV-CAT");
      assertThat(d.symbol()).isEqualTo("CAT-PHC");
      assertThat(d.addressee()).isEqualTo("Bộ Công an");
      assertThat(d.signerId()).isEqualTo("lanhdao");
      assertThat(d.issuedAt()).isNotNull();
      assertThat(d.demoCertificate()).isTrue();
    });
    String number = issued.get(0).numberAndSymbol();
    assertThat(driver.events(item)).filteredOn(e -> e.type() == EventType.DOCUMENT_ISSUED).singleElement()
        .satisfies(e -> assertThat(((JournalEvent.DocumentIssued) e.event()).numberAndSymbol()).isEqualTo(number));

    driver.complete(item, "userTask_recordAuthorityReply", "cv.haucan",
        Map.of("authorityReply", "Bộ Công an phân bổ 02 xe tuần tra trong quý I/2027.", "authorityReplyDate", "2026-12-15",
            "proposedAnswer", "Công an tỉnh sẽ cấp 02 xe tuần tra trong quý I/2027."));
    assertThat(study).isEnded().hasPassed("endEvent_authorityReplied");
    // the reply is recorded against the proposal's number
    assertThat(driver.events(item)).filteredOn(e -> e.type() == EventType.AUTHORITY_REPLY_RECORDED).singleElement()
        .satisfies(e -> assertThat(((JournalEvent.AuthorityReplyRecorded) e.event()).inReplyTo()).isEqualTo(number));
    assertThat(driver.status(item)).isEqualTo(ItemStatus.AWAITING_SIGN_OFF);
    assertThat(answers.currentDraft(item.id()).orElseThrow().body()).contains("02 xe tuần tra");
    var reply = jdbc.sql("SELECT authority_reply, authority_reply_on FROM item_study WHERE item_id = ?")
        .param(item.id()).query((rs, i) -> rs.getString(1) + "|" + rs.getString(2)).single();
    assertThat(reply).isEqualTo("Bộ Công an phân bổ 02 xe tuần tra trong quý I/2027.|2026-12-15");
  }

  @Test
  void theLeadershipReturnsTheProposalToTheDepartmentAgainAndAgainUntilItApproves() {
    GrievanceItem item = atLogistics();
    ProcessInstance study = studyInstance(item);
    Map<String, Object> proposal = new java.util.HashMap<>(study("HIGHER_AUTHORITY"));
    proposal.put("higherAuthority", "PROVINCIAL_PEOPLES_COMMITTEE");
    driver.complete(item, "userTask_draftStudy", "cv.haucan", proposal);
    driver.complete(item, "userTask_headReview", "tp.haucan", headApproves());

    // a return needs a reason; a decision is needed at all
    assertThatThrownBy(() -> driver.complete(driver.task(item, "userTask_proposalSignOff"), "lanhdao", Map.of("proposalDecision", "RETURN")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("proposalReturnReason");
    assertThatThrownBy(() -> driver.complete(driver.task(item, "userTask_proposalSignOff"), "lanhdao", Map.of("proposalDecision", "SEND")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("proposalDecision");

    for (String reason : List.of("Bổ sung số liệu trụ sở", "Nêu rõ kinh phí đề nghị")) {
      driver.complete(item, "userTask_proposalSignOff", "lanhdao", returnProposal(reason));
      assertThat(study).isWaitingAt("userTask_draftStudy");
      assertThat(driver.status(item)).isEqualTo(ItemStatus.AT_DEPARTMENT);
      Object history = taskContext.of(driver.task(item, "userTask_draftStudy").getId()).get("ctxHistory");
      assertThat(history.toString()).contains(reason);
      driver.complete(item, "userTask_draftStudy", "cv.haucan", proposal);
      driver.complete(item, "userTask_headReview", "tp.haucan", headApproves());
      assertThat(study).isWaitingAt("userTask_proposalSignOff");
      // the new round opens with an empty choice, not the previous return
      Task signOff = driver.task(item, "userTask_proposalSignOff");
      assertThat(engine.getTaskService().getVariable(signOff.getId(), "proposalDecision")).isNull();
      assertThat(issuedProposals(item)).isEmpty();
    }
    driver.complete(item, "userTask_proposalSignOff", "lanhdao", approveProposal());

    assertThat(study).isWaitingAt("userTask_recordAuthorityReply");
    assertThat(issuedProposals(item)).singleElement().satisfies(d -> assertThat(d.addressee()).isEqualTo("Ủy ban nhân dân tỉnh Tây Ninh"));
    assertThat(driver.events(item)).filteredOn(e -> e.type() == EventType.PROPOSAL_RETURNED)
        .extracting(e -> e.reason() + "|" + e.actor())
        .containsExactly("Bổ sung số liệu trụ sở|lanhdao", "Nêu rõ kinh phí đề nghị|lanhdao");
    assertThat(driver.eventTypes(item)).containsSubsequence(
        EventType.PROPOSAL_RETURNED, EventType.PROPOSAL_RETURNED, EventType.PROPOSAL_APPROVED, EventType.DOCUMENT_ISSUED);
  }

  private List<vn.police.grievance.document.DocumentRegister.Issued> issuedProposals(GrievanceItem item) {
    return register.search(new vn.police.grievance.document.DocumentRegister.Query(null, null, "PROPOSAL", null, item.id()), 10);
  }

  @Test
  void remindsAndEscalatesEveryOverdueDepartmentStep() {
    GrievanceItem item = atLogistics();
    driver.fireTimer(item, "boundaryEvent_draftStudyDue");
    driver.fireTimer(item, "boundaryEvent_draftStudyOverdue");
    driver.complete(item, "userTask_draftStudy", "cv.haucan",
        Map.of("studyText", "Nghiên cứu", "proposedAnswer", "Dự thảo", "studyOutcome", "HIGHER_AUTHORITY",
            "higherAuthority", "PROVINCIAL_PEOPLES_COMMITTEE", "consultDepartmentIds", "dept-phap-che"));
    driver.fireTimer(item, "boundaryEvent_consultationDue");
    driver.fireTimer(item, "boundaryEvent_consultationOverdue");
    driver.complete(item, "userTask_consult", "cv.phapche", Map.of("consultationOpinion", "Đồng ý"));
    driver.complete(item, "userTask_draftStudy", "cv.haucan",
        Map.of("studyText", "Nghiên cứu", "proposedAnswer", "Đề xuất UBND tỉnh", "studyOutcome", "HIGHER_AUTHORITY",
            "higherAuthority", "PROVINCIAL_PEOPLES_COMMITTEE"));
    driver.fireTimer(item, "boundaryEvent_headReviewDue");
    driver.fireTimer(item, "boundaryEvent_headReviewOverdue");
    driver.complete(item, "userTask_headReview", "tp.haucan", headApproves());
    driver.fireTimer(item, "boundaryEvent_proposalSignOffDue");
    driver.fireTimer(item, "boundaryEvent_proposalSignOffOverdue");
    driver.complete(item, "userTask_proposalSignOff", "lanhdao", approveProposal());
    driver.fireTimer(item, "boundaryEvent_authorityReplyDue");
    driver.fireTimer(item, "boundaryEvent_authorityReplyOverdue");

    assertThat(driver.events(item).stream().filter(e -> e.type() == EventType.ESCALATED).map(e -> (JournalEvent.Escalated) e.event()).map(e -> e.step().name() + ":" + e.responsibleGroup()))
        .containsExactly("DEPARTMENT_STUDY:dept-hau-can", "CONSULTATION:dept-phap-che",
            "HEAD_REVIEW:dept-hau-can-head", "SIGN_OFF:leadership", "AUTHORITY_REPLY:dept-hau-can");
    assertThat(notifications.forGroups(List.of("dept-phap-che"), 200))
        .anySatisfy(n -> assertThat(n.message()).contains(item.reference()).contains("Cho ý kiến phối hợp"));
    assertThat(studyInstance(item)).isWaitingAt("userTask_recordAuthorityReply");
  }
}
