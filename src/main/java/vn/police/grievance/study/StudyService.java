package vn.police.grievance.study;

import static vn.police.grievance.process.ProcessVariables.*;

import vn.police.grievance.system.Enums;
import vn.police.grievance.item.JournalEvent;
import vn.police.grievance.item.StudyOutcome;
import vn.police.grievance.item.HigherAuthority;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.police.grievance.item.AnswerKind;
import vn.police.grievance.answer.AnswerRepository;
import vn.police.grievance.answer.AnswerService;
import vn.police.grievance.answer.AnswerState;
import vn.police.grievance.item.ItemService;
import vn.police.grievance.organisation.OrganisationService;
import vn.police.grievance.regulation.Regulation;
import vn.police.grievance.system.Checks;
import vn.police.grievance.system.InvalidInputException;
import vn.police.grievance.system.Text;

/** A functional department's study: draft, consultations, the head's review, a higher authority's reply. */
@Service
public class StudyService {

  static final int TEXT_MAX = 4000;
  static final int REASON_MAX = 2000;

  private final StudyRepository studies;
  private final AnswerService answerService;
  private final AnswerRepository answers;
  private final ItemService items;
  private final OrganisationService organisation;

  StudyService(
      StudyRepository studies,
      AnswerService answerService,
      AnswerRepository answers,
      ItemService items,
      OrganisationService organisation) {
    this.studies = studies;
    this.answerService = answerService;
    this.answers = answers;
    this.items = items;
    this.organisation = organisation;
  }

  /**
   * Records the officer's draft. Returns the departments to consult (none when the officer asked
   * for no consultation).
   */
  @Transactional
  public StudyResult recordStudy(long itemId, String departmentId, StudyInput input, String actor) {
    StudyOutcome outcome = Enums.parse(StudyOutcome.class, input.outcome());
    HigherAuthority authority = Enums.parse(HigherAuthority.class, input.higherAuthority());
    List<String> consult = input.consultDepartmentIds().stream().filter(d -> !d.equals(departmentId)).toList();
    Checks checks =
        Checks.start()
            .required(STUDY_TEXT, input.studyText(), TEXT_MAX)
            .required(PROPOSED_ANSWER, input.proposedAnswer(), TEXT_MAX)
            .check(outcome != null, STUDY_OUTCOME, "Chọn kết quả nghiên cứu (choose an outcome)")
            .check(
                outcome != StudyOutcome.HIGHER_AUTHORITY || authority != null,
                HIGHER_AUTHORITY,
                "Chọn cấp có thẩm quyền (choose the higher authority)");
    for (String d : consult) {
      checks.check(organisation.isDepartment(d), CONSULT_DEPARTMENT_IDS, "Phòng chức năng không tồn tại (unknown department): " + d);
    }
    checks.throwIfAny();
    List<Regulation> basis = answerService.citableRegulations(REGULATION_CODES, input.regulationCodes(), false);
    studies.insert(
        itemId,
        departmentId,
        Text.clean(input.studyText()),
        Text.clean(input.proposedAnswer()),
        outcome,
        outcome == StudyOutcome.HIGHER_AUTHORITY ? authority : null,
        actor,
        items.now());
    items.record(
        itemId,
        actor,
        new JournalEvent.StudyDrafted(
            outcome, outcome == StudyOutcome.HIGHER_AUTHORITY ? authority : null, Text.clean(input.studyText()), consult));
    if (outcome == StudyOutcome.ANSWER) {
      answerService.draft(itemId, AnswerKind.DEPARTMENT, PROPOSED_ANSWER, input.proposedAnswer(), basis, actor);
    }
    return new StudyResult(outcome, consult);
  }

  @Transactional
  public void recordConsultation(long itemId, String departmentId, String opinion, String actor) {
    Checks.start().required(CONSULTATION_OPINION, opinion, TEXT_MAX).throwIfAny();
    studies.insertConsultation(itemId, departmentId, Text.clean(opinion), actor, items.now());
    items.record(itemId, actor, new JournalEvent.ConsultationAnswered(departmentId, Text.clean(opinion)));
  }

  /** The head approves the study, or returns it to the officer with a reason. */
  @Transactional
  public boolean headReview(long itemId, String decision, String reason, String actor) {
    boolean approve = Checks.review(decision, HEAD_DECISION, reason, HEAD_RETURN_REASON, REASON_MAX);
    if (approve) {
      items.record(itemId, actor, new JournalEvent.HeadApproved(Text.clean(reason)));
    } else {
      answers.currentDraft(itemId).ifPresent(a -> answers.decide(a.id(), AnswerState.RETURNED, actor, items.now()));
      items.record(itemId, actor, new JournalEvent.HeadReturned(Text.clean(reason)));
    }
    return approve;
  }

  /** The higher authority's reply, and the answer the department proposes on that basis. */
  @Transactional
  public void recordAuthorityReply(
      long itemId, String reply, String repliedOn, String proposedAnswer, List<String> regulationCodes, String actor) {
    LocalDate date = parseDate(repliedOn);
    Checks.start()
        .required(AUTHORITY_REPLY, reply, TEXT_MAX)
        .check(date != null, AUTHORITY_REPLY_DATE, "Nhập ngày trả lời hợp lệ (a valid reply date is required)")
        .required(PROPOSED_ANSWER, proposedAnswer, TEXT_MAX)
        .throwIfAny();
    List<Regulation> basis = answerService.citableRegulations(REGULATION_CODES, regulationCodes, false);
    long studyId =
        studies.latestId(itemId).orElseThrow(() -> new InvalidInputException("study", "Chưa có kết quả nghiên cứu (no study)"));
    studies.recordReply(studyId, Text.clean(reply), date);
    items.record(
        itemId,
        actor,
        new JournalEvent.AuthorityReplyRecorded(
            studies.latestHigherAuthority(itemId).map(HigherAuthority::valueOf).orElse(null),
            Text.clean(reply),
            studies.proposalNumber(studyId).orElse(null)));
    answerService.draft(itemId, AnswerKind.DEPARTMENT, PROPOSED_ANSWER, proposedAnswer, basis, actor);
  }

  private static LocalDate parseDate(String s) {
    if (s == null || s.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(s.trim().length() > 10 ? s.trim().substring(0, 10) : s.trim());
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  public record StudyResult(StudyOutcome outcome, List<String> consultDepartmentIds) {}
}
