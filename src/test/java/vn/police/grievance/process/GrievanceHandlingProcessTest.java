package vn.police.grievance.process;

import vn.police.grievance.item.Step;
import vn.police.grievance.item.JournalEvent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static vn.police.grievance.support.ProcessTestSupport.*;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
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
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestExecutionListeners;
import vn.police.grievance.item.AnswerKind;
import vn.police.grievance.answer.AnswerRepository;
import vn.police.grievance.item.EventType;
import vn.police.grievance.item.GrievanceItem;
import vn.police.grievance.item.ItemStatus;
import vn.police.grievance.notification.Notifications;
import vn.police.grievance.support.ProcessDriver;
import vn.police.grievance.system.InvalidInputException;

/**
 * Every route of the grievance process, driven as the people of the demo organisation would
 * drive it, asserting the status the unit reads and what was recorded at each step.
 */
@SpringBootTest
@ActiveProfiles("test")
@Import({ProcessEngineCoverageConfiguration.class, GrievanceHandlingProcessTest.Coverage.class})
@TestExecutionListeners(
    value = ProcessEngineCoverageTestExecutionListener.class,
    mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
class GrievanceHandlingProcessTest {

  @TestConfiguration
  static class Coverage {
    /** The gate: the tests of this class walk at least 90% of this diagram. */
    @Bean
    ProcessEngineCoverageProperties coverageProperties() {
      return ProcessEngineCoverageProperties.Companion.builder()
          .assertClassCoverageAtLeast(0.9)
          .excludeProcessDefinitionKeys("department-study")
          .build();
    }
  }

  static final String REG = "42/2021/NĐ-CP";

  @Autowired vn.police.grievance.tasklist.TaskContext taskContext;
  @Autowired ProcessEngine engine;
  @Autowired ProcessDriver driver;
  @Autowired AnswerRepository answers;
  @Autowired Notifications notifications;
  @Autowired FormService forms;
  @Autowired IdentityService identity;
  @Autowired RepositoryService repository;

  @BeforeEach
  void init() {
    BpmnAwareTests.init(engine);
  }

  @Test
  void answersImmediatelyWhenARegulationCoversTheMatter() {
    GrievanceItem item = driver.submit("FACILITIES");
    ProcessInstance instance = driver.instanceOf(item);
    assertThat(instance).isWaitingAt("userTask_triage");
    assertThat(driver.status(item)).isEqualTo(ItemStatus.IN_TRIAGE);
    assertThat(instance).variables().containsEntry("suggestedDepartmentId", "dept-hau-can");

    driver.complete(item, "userTask_triage", "tiepnhan", answerNow(REG));
    assertThat(instance).isWaitingAt("userTask_draftImmediateAnswer");
    assertThat(driver.status(item)).isEqualTo(ItemStatus.ANSWERING);
    // the drafter reads what the cited regulation says, from the catalogue
    assertThat(String.valueOf(taskContext.of(driver.task(item, "userTask_draftImmediateAnswer").getId()).get("ctxRegulationSummaries")))
        .contains(REG, "Bố trí lực lượng, trụ sở");

    driver.complete(item, "userTask_draftImmediateAnswer", "tiepnhan",
        immediateAnswer("Theo Nghị định 42/2021/NĐ-CP, trụ sở được bố trí từ ngân sách địa phương.", REG));
    assertThat(instance).isWaitingAt("userTask_leadershipSignOff");
    assertThat(driver.status(item)).isEqualTo(ItemStatus.AWAITING_SIGN_OFF);

    driver.complete(item, "userTask_leadershipSignOff", "lanhdao", approve());
    driver.runAsyncJobs(item);
    assertThat(instance).isWaitingAt("userTask_confirmAnswer");
    assertThat(driver.status(item)).isEqualTo(ItemStatus.ANSWERED);
    var delivered = answers.latestApproved(item.id()).orElseThrow();
    assertThat(delivered.kind()).isEqualTo(AnswerKind.IMMEDIATE);
    assertThat(delivered.decidedBy()).isEqualTo("lanhdao");
    assertThat(delivered.deliveredAt()).isNotNull();
    assertThat(delivered.regulations()).extracting(r -> r.code()).containsExactly(REG);
    assertThat(notifications.forGroups(List.of("cax-long-hoa"), 50))
        .anySatisfy(n -> assertThat(n.message()).contains(item.reference()));
    Task confirm = driver.task(item, "userTask_confirmAnswer");
    assertThat(engine.getTaskService().getIdentityLinksForTask(confirm.getId()))
        .anySatisfy(link -> assertThat(link.getGroupId()).isEqualTo("cax-long-hoa"));

    driver.complete(item, "userTask_confirmAnswer", "xa.longhoa", satisfied());
    assertThat(instance).isEnded();
    assertThat(instance).hasPassedInOrder(
        "userTask_triage", "userTask_draftImmediateAnswer", "userTask_leadershipSignOff",
        "serviceTask_deliverAnswer", "userTask_confirmAnswer", "serviceTask_closeItem", "endEvent_closed");
    assertThat(instance).hasNotPassed("callActivity_departmentStudy");
    assertThat(driver.status(item)).isEqualTo(ItemStatus.CLOSED);
    assertThat(driver.reload(item).closedAt()).isNotNull();
    assertThat(driver.eventTypes(item)).containsExactly(
        EventType.SUBMITTED, EventType.TRIAGE_DECIDED, EventType.ANSWER_DRAFTED, EventType.SIGNED_OFF,
        EventType.DOCUMENT_ISSUED, EventType.ANSWER_DELIVERED, EventType.UNIT_SATISFIED, EventType.CLOSED);
  }

  @Test
  void sendsToTheSuggestedDepartmentAndDeliversItsSignedProposal() {
    GrievanceItem item = driver.submit("FACILITIES");
    ProcessInstance instance = driver.instanceOf(item);
    driver.complete(item, "userTask_triage", "tiepnhan", sendToDepartment("dept-hau-can"));
    assertThat(instance).isWaitingAt("callActivity_departmentStudy");
    assertThat(driver.status(item)).isEqualTo(ItemStatus.AT_DEPARTMENT);
    assertThat(driver.reload(item).departmentId()).isEqualTo("dept-hau-can");
    Task draft = driver.task(item, "userTask_draftStudy");
    assertThat(engine.getTaskService().getIdentityLinksForTask(draft.getId()))
        .anySatisfy(link -> assertThat(link.getGroupId()).isEqualTo("dept-hau-can"));

    driver.complete(draft, "cv.haucan", study("ANSWER"));
    Task review = driver.task(item, "userTask_headReview");
    assertThat(engine.getTaskService().getIdentityLinksForTask(review.getId()))
        .anySatisfy(link -> assertThat(link.getGroupId()).isEqualTo("dept-hau-can-head"));
    driver.complete(review, "tp.haucan", headApproves());

    assertThat(instance).isWaitingAt("userTask_leadershipSignOff");
    assertThat(driver.status(item)).isEqualTo(ItemStatus.AWAITING_SIGN_OFF);
    driver.complete(item, "userTask_leadershipSignOff", "lanhdao", approve());
    driver.runAsyncJobs(item);
    assertThat(answers.latestApproved(item.id()).orElseThrow().kind()).isEqualTo(AnswerKind.DEPARTMENT);
    driver.complete(item, "userTask_confirmAnswer", "xa.longhoa", satisfied());
    assertThat(instance).isEnded();
    assertThat(driver.status(item)).isEqualTo(ItemStatus.CLOSED);
  }

  @Test
  void overridingTheSuggestedDepartmentNeedsAReasonWhichIsRecorded() {
    GrievanceItem item = driver.submit("FACILITIES");
    Task triage = driver.task(item, "userTask_triage");

    assertThatThrownBy(() -> driver.complete(triage, "tiepnhan", sendToDepartment("dept-phap-che")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("overrideReason");
    // nothing of the refused decision was kept
    assertThat(driver.task(item, "userTask_triage")).isNotNull();
    assertThat(driver.eventTypes(item)).containsExactly(EventType.SUBMITTED);
    assertThat(driver.reload(item).route()).isNull();

    driver.complete(driver.task(item, "userTask_triage"), "tiepnhan",
        Map.of("triageDecision", "SEND_TO_DEPARTMENT", "departmentId", "dept-phap-che",
            "overrideReason", "Cần xác định căn cứ pháp lý về đất xây dựng trụ sở"));
    assertThat(driver.reload(item).departmentId()).isEqualTo("dept-phap-che");
    assertThat(driver.events(item))
        .anySatisfy(e -> {
          assertThat(e.type()).isEqualTo(EventType.DEPARTMENT_OVERRIDDEN);
          assertThat(e.event()).isEqualTo(new JournalEvent.DepartmentOverridden(
              "dept-hau-can", "dept-phap-che", "Cần xác định căn cứ pháp lý về đất xây dựng trụ sở"));
          assertThat(e.reason()).contains("căn cứ pháp lý");
          assertThat(e.actor()).isEqualTo("tiepnhan");
        });
    assertThat(driver.task(item, "userTask_draftStudy")).isNotNull();
  }

  @Test
  void answeringNowWithoutCitingARegulationIsRefused() {
    GrievanceItem item = driver.submit("REPORTING");
    Task triage = driver.task(item, "userTask_triage");
    assertThatThrownBy(() -> driver.complete(triage, "tiepnhan", Map.of("triageDecision", "ANSWER_NOW")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("regulationCodes");
    assertThatThrownBy(() -> driver.complete(driver.task(item, "userTask_triage"), "tiepnhan", answerNow("KHONG-CO/2020")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("KHONG-CO/2020");
    assertThat(driver.status(item)).isEqualTo(ItemStatus.IN_TRIAGE);
  }

  @Test
  void leadershipReturnsTheImmediateAnswerTwiceBeforeApproving() {
    GrievanceItem item = driver.submit("REPORTING");
    ProcessInstance instance = driver.instanceOf(item);
    driver.complete(item, "userTask_triage", "tiepnhan", answerNow("MAU-01/2026/CAT"));
    driver.complete(item, "userTask_draftImmediateAnswer", "tiepnhan", immediateAnswer("Bản 1", "MAU-01/2026/CAT"));

    driver.complete(item, "userTask_leadershipSignOff", "lanhdao", returnForRevision("Nêu rõ danh mục báo cáo tuần"));
    assertThat(instance).isWaitingAt("userTask_draftImmediateAnswer");
    assertThat(driver.status(item)).isEqualTo(ItemStatus.ANSWERING);
    driver.complete(item, "userTask_draftImmediateAnswer", "tiepnhan", immediateAnswer("Bản 2", "MAU-01/2026/CAT"));

    driver.complete(item, "userTask_leadershipSignOff", "lanhdao", returnForRevision("Bổ sung thời hạn áp dụng"));
    driver.complete(item, "userTask_draftImmediateAnswer", "tiepnhan", immediateAnswer("Bản 3", "MAU-01/2026/CAT"));
    driver.complete(item, "userTask_leadershipSignOff", "lanhdao", approve());
    driver.runAsyncJobs(item);

    assertThat(answers.latestApproved(item.id()).orElseThrow().body()).isEqualTo("Bản 3");
    assertThat(answers.allOf(item.id())).extracting(a -> a.state().name())
        .containsExactly("RETURNED", "RETURNED", "APPROVED");
    assertThat(driver.events(item).stream().filter(e -> e.type() == EventType.RETURNED_FOR_REVISION).map(e -> e.reason()))
        .containsExactly("Nêu rõ danh mục báo cáo tuần", "Bổ sung thời hạn áp dụng");
    assertThat(instance).isWaitingAt("userTask_confirmAnswer");
  }

  @Test
  void leadershipReturnSendsTheDepartmentProposalBackToTheDepartment() {
    GrievanceItem item = driver.submit("STAFFING");
    ProcessInstance instance = driver.instanceOf(item);
    driver.complete(item, "userTask_triage", "tiepnhan", sendToDepartment("dept-to-chuc-can-bo"));
    driver.complete(item, "userTask_draftStudy", "cv.tochuc", study("ANSWER"));
    driver.complete(item, "userTask_headReview", "tp.tochuc", headApproves());
    driver.complete(item, "userTask_leadershipSignOff", "lanhdao", returnForRevision("Đề xuất cụ thể số biên chế"));

    assertThat(instance).isWaitingAt("callActivity_departmentStudy");
    assertThat(driver.status(item)).isEqualTo(ItemStatus.AT_DEPARTMENT);
    assertThat(driver.task(item, "userTask_draftStudy").getName()).contains(item.reference());
    driver.complete(item, "userTask_draftStudy", "cv.tochuc", study("ANSWER"));
    driver.complete(item, "userTask_headReview", "tp.tochuc", headApproves());
    driver.complete(item, "userTask_leadershipSignOff", "lanhdao", approve());
    driver.runAsyncJobs(item);
    assertThat(instance).isWaitingAt("userTask_confirmAnswer");
  }

  @Test
  void notAdmissibleDuplicateIsSignedOffDeliveredAndClosed() {
    GrievanceItem original = driver.submit("EQUIPMENT");
    GrievanceItem item = driver.submit("EQUIPMENT");
    ProcessInstance instance = driver.instanceOf(item);
    Map<String, Object> decision =
        Map.of("triageDecision", "NOT_ADMISSIBLE", "inadmissibleGround", "DUPLICATE",
            "duplicateOf", original.reference(), "triageReason", "Cùng nội dung xin cấp xe tuần tra");

    driver.complete(item, "userTask_triage", "tiepnhan", decision);
    assertThat(instance).isWaitingAt("userTask_leadershipSignOff");
    assertThat(instance).hasNotPassed("userTask_draftImmediateAnswer", "callActivity_departmentStudy");

    // returned once: back to triage, where the reception office decides again
    driver.complete(item, "userTask_leadershipSignOff", "lanhdao", returnForRevision("Ghi rõ kiến nghị trùng"));
    assertThat(instance).isWaitingAt("userTask_triage");
    driver.complete(item, "userTask_triage", "tiepnhan", decision);
    driver.complete(item, "userTask_leadershipSignOff", "lanhdao", approve());
    driver.runAsyncJobs(item);

    assertThat(driver.status(item)).isEqualTo(ItemStatus.NOT_ADMISSIBLE);
    var answer = answers.latestApproved(item.id()).orElseThrow();
    assertThat(answer.kind()).isEqualTo(AnswerKind.NOT_ADMISSIBLE);
    assertThat(answer.body()).contains(original.reference()).contains("Cùng nội dung");
    driver.complete(item, "userTask_confirmAnswer", "xa.longhoa", satisfied());
    assertThat(driver.status(item)).isEqualTo(ItemStatus.CLOSED);
  }

  @Test
  void notAdmissibleNeedsAGroundAndAReason() {
    GrievanceItem item = driver.submit("OTHER");
    assertThatThrownBy(() -> driver.complete(driver.task(item, "userTask_triage"), "tiepnhan",
            Map.of("triageDecision", "NOT_ADMISSIBLE", "inadmissibleGround", "DUPLICATE", "duplicateOf", item.reference())))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("triageReason")
        .hasMessageContaining("duplicateOf");
    assertThat(answers.allOf(item.id())).isEmpty();
  }

  @Test
  void unitNotSatisfiedReopensTheItemAtTriageAndItIsAnsweredAgain() {
    GrievanceItem item = driver.submit("ALLOWANCES");
    ProcessInstance instance = driver.instanceOf(item);
    driver.complete(item, "userTask_triage", "tiepnhan", answerNow("30/2023/QH15"));
    driver.complete(item, "userTask_draftImmediateAnswer", "tiepnhan", immediateAnswer("Mức phụ cấp theo Luật 30/2023/QH15.", "30/2023/QH15"));
    driver.complete(item, "userTask_leadershipSignOff", "lanhdao", approve());
    driver.runAsyncJobs(item);

    assertThatThrownBy(() -> driver.complete(driver.task(item, "userTask_confirmAnswer"), "xa.longhoa", Map.of("unitSatisfied", false)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("notSatisfiedReason");
    driver.complete(item, "userTask_confirmAnswer", "xa.longhoa", notSatisfied("Chưa nêu mức phụ cấp cụ thể"));
    assertThat(instance).isWaitingAt("userTask_triage");
    assertThat(driver.status(item)).isEqualTo(ItemStatus.REOPENED);
    assertThat(driver.reload(item).reopenCount()).isEqualTo(1);

    driver.complete(item, "userTask_triage", "tiepnhan", sendToDepartment("dept-to-chuc-can-bo"));
    assertThat(driver.status(item)).isEqualTo(ItemStatus.AT_DEPARTMENT);
    driver.complete(item, "userTask_draftStudy", "cv.tochuc", study("ANSWER"));
    driver.complete(item, "userTask_headReview", "tp.tochuc", headApproves());
    driver.complete(item, "userTask_leadershipSignOff", "lanhdao", approve());
    driver.runAsyncJobs(item);
    assertThat(driver.status(item)).isEqualTo(ItemStatus.ANSWERED);
    driver.complete(item, "userTask_confirmAnswer", "xa.longhoa", satisfied());
    assertThat(instance).isEnded();
    assertThat(driver.eventTypes(item)).containsSubsequence(
        EventType.UNIT_NOT_SATISFIED, EventType.REOPENED, EventType.TRIAGE_DECIDED, EventType.STUDY_DRAFTED,
        EventType.SIGNED_OFF, EventType.ANSWER_DELIVERED, EventType.UNIT_SATISFIED, EventType.CLOSED);
  }

  @Test
  void silentUnitIsClosedWhenTheSatisfactionWindowEnds() {
    GrievanceItem item = driver.submit("PUBLIC_ORDER");
    ProcessInstance instance = driver.instanceOf(item);
    driver.complete(item, "userTask_triage", "tiepnhan", answerNow("30/2023/QH15"));
    driver.complete(item, "userTask_draftImmediateAnswer", "tiepnhan", immediateAnswer("Tăng cường tuần tra chợ.", "30/2023/QH15"));
    driver.complete(item, "userTask_leadershipSignOff", "lanhdao", approve());
    driver.runAsyncJobs(item);

    driver.fireTimer(item, "boundaryEvent_responseWindowEnded");
    assertThat(instance).isEnded();
    assertThat(instance).hasPassed("serviceTask_closeWithoutReply", "endEvent_closedWithoutReply");
    assertThat(driver.status(item)).isEqualTo(ItemStatus.CLOSED);
    assertThat(driver.eventTypes(item)).endsWith(EventType.CLOSED_WITHOUT_REPLY);
  }

  @Test
  void remindsReceptionWhenTriageIsDueAndEscalatesToLeadershipWhenOverdue() {
    GrievanceItem item = driver.submit("EQUIPMENT");
    ProcessInstance instance = driver.instanceOf(item);
    Task triage = driver.task(item, "userTask_triage");
    assertThat(triage.getDueDate()).isAfter(triage.getCreateTime());
    assertThat(triage.getFollowUpDate()).isBeforeOrEqualTo(triage.getDueDate());

    driver.fireTimer(item, "boundaryEvent_triageDue");
    assertThat(notifications.forGroups(List.of("reception"), 200))
        .anySatisfy(n -> assertThat(n.message()).contains(item.reference()).startsWith("Đến hạn"));
    driver.fireTimer(item, "boundaryEvent_triageOverdue");
    assertThat(notifications.forGroups(List.of("leadership"), 200))
        .anySatisfy(n -> assertThat(n.message()).contains(item.reference()).startsWith("Quá hạn"));

    // the step itself is still open: reminders never take the work away
    assertThat(instance).isWaitingAt("userTask_triage");
    assertThat(driver.events(item))
        .filteredOn(e -> e.type() == EventType.ESCALATED)
        .singleElement()
        .satisfies(e -> assertThat(((JournalEvent.Escalated) e.event()).step()).isEqualTo(Step.TRIAGE));
    assertThat(driver.eventTypes(item)).containsSubsequence(EventType.REMINDER_SENT, EventType.ESCALATED);
  }

  @Test
  void remindsAndEscalatesOverdueImmediateAnswersAndSignOffs() {
    GrievanceItem item = driver.submit("REPORTING");
    driver.complete(item, "userTask_triage", "tiepnhan", answerNow("MAU-01/2026/CAT"));
    driver.fireTimer(item, "boundaryEvent_immediateAnswerDue");
    driver.fireTimer(item, "boundaryEvent_immediateAnswerOverdue");
    driver.complete(item, "userTask_draftImmediateAnswer", "tiepnhan", immediateAnswer("Trả lời", "MAU-01/2026/CAT"));
    driver.fireTimer(item, "boundaryEvent_signOffDue");
    driver.fireTimer(item, "boundaryEvent_signOffOverdue");

    assertThat(driver.events(item).stream().filter(e -> e.type() == EventType.ESCALATED).map(e -> ((JournalEvent.Escalated) e.event()).step()))
        .containsExactly(Step.IMMEDIATE_ANSWER, Step.SIGN_OFF);
    assertThat(driver.instanceOf(item)).isWaitingAt("userTask_leadershipSignOff");
  }

  @Test
  void anItemStartedFromTheTasklistStartFormIsRegisteredWithItsReference() {
    String definitionId =
        repository.createProcessDefinitionQuery().processDefinitionKey("grievance-handling").latestVersion().singleResult().getId();
    identity.setAuthentication("tiepnhan", List.of("reception"));
    ProcessInstance instance;
    try {
      instance = forms.submitStartForm(definitionId, Map.of(
          "unitId", "cax-phuoc-lam", "category", "EQUIPMENT", "title", "Thiếu xe tuần tra",
          "content", "Chỉ có 01 xe máy cho 12 cán bộ.", "proposal", "Cấp thêm 02 xe máy"));
    } finally {
      identity.clearAuthentication();
    }
    assertThat(instance.getBusinessKey()).matches("KN-\\d{4}-\\d{6}");
    assertThat(instance).isWaitingAt("userTask_triage");
    assertThat(instance).variables().containsEntry("unitId", "cax-phuoc-lam").doesNotContainKey("content");
    Task triage = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();
    assertThat(triage.getName()).contains(instance.getBusinessKey());
    assertThat(taskContext.of(triage.getId()).get("ctxContent")).isEqualTo("Chỉ có 01 xe máy cho 12 cán bộ.");
  }

  @Test
  void aStartFormWithMissingFieldsStartsNothing() {
    String definitionId =
        repository.createProcessDefinitionQuery().processDefinitionKey("grievance-handling").latestVersion().singleResult().getId();
    long before = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("grievance-handling").count();
    identity.setAuthentication("xa.longhoa", List.of("cax-long-hoa"));
    try {
      assertThatThrownBy(() -> forms.submitStartForm(definitionId, Map.of("category", "EQUIPMENT")))
          .isInstanceOf(InvalidInputException.class)
          .hasMessageContaining("title")
          .hasMessageContaining("content");
    } finally {
      identity.clearAuthentication();
    }
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("grievance-handling").count())
        .isEqualTo(before);
  }
}
