package vn.police.grievance.tasklist;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.police.grievance.support.ProcessTestSupport.*;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import vn.police.grievance.item.AnswerKind;
import vn.police.grievance.answer.AnswerRepository;
import vn.police.grievance.item.EventType;
import vn.police.grievance.item.GrievanceItem;
import vn.police.grievance.support.ProcessDriver;

/**
 * What the commune unit reads in its own task: the item, its own words, the delivered answer, and
 * nothing of the province's internal deliberation; the province's staff, working the same item,
 * keep the whole of it.
 */
@SpringBootTest
@ActiveProfiles("test")
class TaskContextAudienceTest {

  static final String REG = "42/2021/NĐ-CP";
  static final String RETURN_WORD = "trả lại";

  @Autowired ProcessDriver driver;
  @Autowired TaskService tasks;
  @Autowired TaskContext context;
  @Autowired AnswerRepository answers;

  @Test
  void theUnitsConfirmationShowsNeitherTheLeadershipsReturnNorItsReason() {
    String returnReason = "Chưa nêu nguồn kinh phí năm 2027 – mã nội bộ LD-7319";
    String firstDraft = "Bản nháp thứ nhất chưa được duyệt";
    String approved = "Trụ sở được bố trí từ ngân sách địa phương theo Nghị định 42/2021/NĐ-CP.";
    GrievanceItem item = driver.submit("FACILITIES");
    driver.complete(item, "userTask_triage", "tiepnhan", answerNow(REG));
    driver.complete(item, "userTask_draftImmediateAnswer", "tiepnhan", immediateAnswer(firstDraft, REG));
    driver.complete(item, "userTask_leadershipSignOff", "lanhdao", returnForRevision(returnReason));
    driver.complete(item, "userTask_draftImmediateAnswer", "tiepnhan", immediateAnswer(approved, REG));

    // the leadership, signing the redraft, reads its own return and why
    Map<String, String> signOff = ctxOf(driver.task(item, "userTask_leadershipSignOff"));
    assertThat(signOff.get("ctxHistory"))
        .contains(EventType.RETURNED_FOR_REVISION.labelVi())
        .contains(returnReason);
    assertThat(signOff.get("ctxDraftAnswer")).contains(approved);

    driver.complete(item, "userTask_leadershipSignOff", "lanhdao", approve());
    driver.runAsyncJobs(item);

    Map<String, String> unit = ctxOf(driver.task(item, "userTask_confirmAnswer"));
    assertThat(unit).containsKeys("ctxHistory", "ctxAnswer");
    assertThat(unit).allSatisfy((name, value) -> assertThat(value.toLowerCase(Locale.ROOT))
        .as(name)
        .doesNotContain(returnReason.toLowerCase(Locale.ROOT))
        .doesNotContain(RETURN_WORD)
        .doesNotContain(firstDraft.toLowerCase(Locale.ROOT)));
    assertThat(unit.get("ctxAnswer")).contains(approved);
    // the unit's form shows no draft, so its context does not even compute one
    assertThat(unit).doesNotContainKey("ctxDraftAnswer");
    assertThat(unit.get("ctxHistory"))
        .contains(EventType.SUBMITTED.labelVi(), EventType.ANSWER_DELIVERED.labelVi())
        .doesNotContain(
            EventType.TRIAGE_DECIDED.labelVi(), EventType.ANSWER_DRAFTED.labelVi(), EventType.SIGNED_OFF.labelVi());
  }

  @Test
  void afterAReopenTheUnitsSecondConfirmationShowsItsOwnReasonButNoDraftNorInternalReasons() {
    String unitReason = "Chưa nêu thời điểm khởi công trụ sở xã";
    String triageReason = "Nội bộ: cần Pháp chế xác định quyền sử dụng đất";
    String overrideReason = "Nội bộ: Hậu cần không có thẩm quyền về đất đai";
    String studyText = "Nội bộ: hồ sơ đất chưa hoàn chỉnh, rủi ro khiếu nại";
    String opinion = "Nội bộ: Hậu cần chưa bố trí được vốn năm 2026";
    String headReturn = "Nội bộ: bổ sung số liệu diện tích trước khi trình";
    String planted = "Dự thảo đang soạn, chưa trình lãnh đạo";
    String secondAnswer = "Khởi công trụ sở Công an xã Long Hòa trong quý II năm 2027.";
    List<String> internal = List.of(triageReason, overrideReason, studyText, opinion, headReturn, planted);

    GrievanceItem item = driver.submit("FACILITIES");
    driver.complete(item, "userTask_triage", "tiepnhan", answerNow(REG));
    driver.complete(item, "userTask_draftImmediateAnswer", "tiepnhan", immediateAnswer("Trụ sở được bố trí từ ngân sách.", REG));
    driver.complete(item, "userTask_leadershipSignOff", "lanhdao", approve());
    driver.runAsyncJobs(item);
    driver.complete(item, "userTask_confirmAnswer", "xa.longhoa", notSatisfied(unitReason));

    driver.complete(item, "userTask_triage", "tiepnhan",
        Map.of("triageDecision", "SEND_TO_DEPARTMENT", "departmentId", "dept-phap-che",
            "overrideReason", overrideReason, "triageReason", triageReason));
    driver.complete(item, "userTask_draftStudy", "cv.phapche",
        Map.of("studyText", studyText, "proposedAnswer", secondAnswer, "studyOutcome", "ANSWER",
            "consultDepartmentIds", "dept-hau-can"));
    driver.complete(item, "userTask_consult", "cv.haucan", Map.of("consultationOpinion", opinion));
    driver.complete(item, "userTask_draftStudy", "cv.phapche",
        Map.of("studyText", studyText, "proposedAnswer", secondAnswer, "studyOutcome", "ANSWER"));
    driver.complete(item, "userTask_headReview", "tp.phapche", headReturns(headReturn));
    driver.complete(item, "userTask_draftStudy", "cv.phapche",
        Map.of("studyText", studyText, "proposedAnswer", secondAnswer, "studyOutcome", "ANSWER"));
    driver.complete(item, "userTask_headReview", "tp.phapche", headApproves());

    // the leadership reads every internal reason of the round
    String signOffHistory = ctxOf(driver.task(item, "userTask_leadershipSignOff")).get("ctxHistory");
    assertThat(signOffHistory).contains(internal.subList(0, 5));
    driver.complete(item, "userTask_leadershipSignOff", "lanhdao", approve());
    // No step leaves a draft open when an answer goes out; one is planted here so that this test
    // fails if the unit's task ever shows the current draft again.
    answers.insertDraft(item.id(), AnswerKind.DEPARTMENT, planted, List.of(), "cv.phapche", OffsetDateTime.now());
    driver.runAsyncJobs(item);

    List<Task> open = driver.openTasks(item, "userTask_confirmAnswer");
    assertThat(open).hasSize(1);
    Map<String, String> unit = ctxOf(open.get(0));
    assertThat(unit).allSatisfy((name, value) -> {
      assertThat(value).as(name).doesNotContain(internal);
      assertThat(value.toLowerCase(Locale.ROOT)).as(name).doesNotContain(RETURN_WORD);
    });
    // the unit's form shows no draft, so its context does not even compute one
    assertThat(unit).doesNotContainKey("ctxDraftAnswer");
    assertThat(unit.get("ctxAnswer")).contains(secondAnswer);
    assertThat(unit.get("ctxHistory"))
        .contains(unitReason)
        .contains(EventType.UNIT_NOT_SATISFIED.labelVi(), EventType.REOPENED.labelVi(), EventType.ANSWER_DELIVERED.labelVi())
        .doesNotContain(
            EventType.TRIAGE_DECIDED.labelVi(), EventType.DEPARTMENT_OVERRIDDEN.labelVi(),
            EventType.STUDY_DRAFTED.labelVi(), EventType.CONSULTATION_ANSWERED.labelVi(),
            EventType.HEAD_APPROVED.labelVi(), EventType.SIGNED_OFF.labelVi());
  }

  /** The task's context variables, as text. */
  private Map<String, String> ctxOf(Task task) {
    Map<String, String> ctx = new TreeMap<>();
    context.of(task.getId()).forEach((name, value) -> ctx.put(name, String.valueOf(value)));
    return ctx;
  }
}
