package vn.police.grievance.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import vn.police.grievance.answer.Answer;
import vn.police.grievance.answer.AnswerRepository;
import vn.police.grievance.answer.AnswerService;
import vn.police.grievance.answer.AnswerState;
import vn.police.grievance.item.AnswerKind;
import vn.police.grievance.item.HigherAuthority;
import vn.police.grievance.item.ItemService;
import vn.police.grievance.item.JournalEvent;
import vn.police.grievance.item.StudyOutcome;
import vn.police.grievance.organisation.OrganisationService;
import vn.police.grievance.regulation.Regulation;
import vn.police.grievance.regulation.RegulationRepository;
import vn.police.grievance.regulation.RegulationStatus;
import vn.police.grievance.system.InvalidInputException;
import vn.police.grievance.system.InvalidInputException.FieldProblem;

/**
 * A department's study rules, without Spring, engine or database: study and proposal, consultation,
 * the head's review and a higher authority's reply. Repositories are mocks; the answer service is
 * the real one over them.
 */
class StudyRulesTest {

  static final long ITEM_ID = 7L;
  static final String DEPARTMENT = "dept-hau-can";
  static final String OFFICER = "hau-can-01";
  static final OffsetDateTime NOW = OffsetDateTime.of(2025, 3, 12, 14, 30, 0, 0, ZoneOffset.ofHours(7));
  static final String REQUIRED = "Bắt buộc nhập (required)";

  final StudyRepository studies = mock(StudyRepository.class);
  final AnswerRepository answers = mock(AnswerRepository.class);
  final RegulationRepository regulations = mock(RegulationRepository.class);
  final ItemService items = mock(ItemService.class);
  final OrganisationService organisation = mock(OrganisationService.class);
  final StudyService service =
      new StudyService(studies, new AnswerService(answers, regulations, items), answers, items, organisation);

  @BeforeEach
  void aDepartmentAtWork() {
    when(items.now()).thenReturn(NOW);
    when(organisation.isDepartment("dept-hau-can")).thenReturn(true);
    when(organisation.isDepartment("dept-phap-che")).thenReturn(true);
    when(organisation.isDepartment("dept-tham-muu")).thenReturn(true);
    when(answers.insertDraft(anyLong(), any(), anyString(), any(), anyString(), any())).thenReturn(41L);
  }

  @Nested
  class TheStudy {

    @Test
    void aStudyNeedsItsTextAProposedAnswerAndAnOutcome() {
      StudyInput input = new StudyInput(" ", "\u200B", null, null, List.of(), List.of());

      assertThat(problems(() -> recordStudy(input)))
          .containsExactly(
              new FieldProblem("studyText", REQUIRED),
              new FieldProblem("proposedAnswer", REQUIRED),
              new FieldProblem("studyOutcome", "Chọn kết quả nghiên cứu (choose an outcome)"));
      assertNothingWritten();
    }

    @Test
    void anUnknownOutcomeIsRefused() {
      assertThat(problems(() -> recordStudy(study("REJECT", null, List.of(), List.of()))))
          .containsExactly(new FieldProblem("studyOutcome", "Chọn kết quả nghiên cứu (choose an outcome)"));
    }

    @Test
    void aStudyTextLongerThan4000CharactersIsRefused() {
      StudyInput input = new StudyInput("x".repeat(4001), "y".repeat(4001), "ANSWER", null, List.of(), List.of());

      assertThat(problems(() -> recordStudy(input)))
          .containsExactly(
              new FieldProblem("studyText", "Tối đa 4000 ký tự, đã nhập 4001 (at most 4000 characters)"),
              new FieldProblem("proposedAnswer", "Tối đa 4000 ký tự, đã nhập 4001 (at most 4000 characters)"));
    }

    @Test
    void aStudyForAHigherAuthorityMustNameIt() {
      FieldProblem expected = new FieldProblem("higherAuthority", "Chọn cấp có thẩm quyền (choose the higher authority)");
      assertThat(problems(() -> recordStudy(study("HIGHER_AUTHORITY", null, List.of(), List.of()))))
          .containsExactly(expected);
      assertThat(problems(() -> recordStudy(study("HIGHER_AUTHORITY", "GOVERNMENT", List.of(), List.of()))))
          .containsExactly(expected);
      assertNothingWritten();
    }

    @Test
    void anUnknownDepartmentCannotBeConsulted() {
      assertThat(problems(() -> recordStudy(study("ANSWER", null, List.of("dept-phap-che", "dept-x", "dept-y"), List.of()))))
          .containsExactly(
              new FieldProblem("consultDepartmentIds", "Phòng chức năng không tồn tại (unknown department): dept-x"),
              new FieldProblem("consultDepartmentIds", "Phòng chức năng không tồn tại (unknown department): dept-y"));
      assertNothingWritten();
    }

    @Test
    void aRepealedRegulationCannotBeCitedInAProposal() {
      when(regulations.findByCodes(any())).thenReturn(List.of(regulation(3L, "33/2015/TT-BCA", RegulationStatus.REPEALED)));

      assertThat(problems(() -> recordStudy(study("ANSWER", null, List.of(), List.of("33/2015/TT-BCA")))))
          .containsExactly(new FieldProblem("regulationCodes", "Văn bản đã hết hiệu lực (repealed): 33/2015/TT-BCA"));
      assertNothingWritten();
    }

    @Test
    void aProposalMayCiteNoRegulation() {
      StudyService.StudyResult result = recordStudy(study("ANSWER", null, List.of(), List.of()));

      assertThat(result).isEqualTo(new StudyService.StudyResult(StudyOutcome.ANSWER, List.of()));
    }

    @Test
    void theStudyingDepartmentIsNotConsultedItself() {
      StudyService.StudyResult result =
          recordStudy(study("ANSWER", null, List.of("dept-phap-che", DEPARTMENT, "dept-tham-muu"), List.of()));

      assertThat(result.consultDepartmentIds()).containsExactly("dept-phap-che", "dept-tham-muu");
      verify(organisation, never()).isDepartment(DEPARTMENT);
      assertThat(journal().get(0))
          .isEqualTo(
              new JournalEvent.StudyDrafted(
                  StudyOutcome.ANSWER, null, "Đã nghiên cứu hồ sơ", List.of("dept-phap-che", "dept-tham-muu")));
    }

    @Test
    void anAnswerProposalIsSavedAndDraftedAsTheDepartmentsAnswer() {
      Regulation basis = regulation(1L, "42/2021/NĐ-CP", RegulationStatus.IN_FORCE);
      when(regulations.findByCodes(List.of("42/2021/NĐ-CP"))).thenReturn(List.of(basis));
      StudyInput input =
          new StudyInput(
              "\u00A0Đã nghiên cứu hồ sơ ", " Đề nghị cấp xe tuần tra\u200B", "ANSWER", null,
              List.of("dept-phap-che"), List.of("42/2021/NĐ-CP"));

      StudyService.StudyResult result = recordStudy(input);

      assertThat(result).isEqualTo(new StudyService.StudyResult(StudyOutcome.ANSWER, List.of("dept-phap-che")));
      verify(studies)
          .insert(ITEM_ID, DEPARTMENT, "Đã nghiên cứu hồ sơ", "Đề nghị cấp xe tuần tra", StudyOutcome.ANSWER, null, OFFICER, NOW);
      verify(answers).supersedeOpenDrafts(ITEM_ID);
      verify(answers).insertDraft(ITEM_ID, AnswerKind.DEPARTMENT, "Đề nghị cấp xe tuần tra", List.of(1L), OFFICER, NOW);
      assertThat(journal())
          .containsExactly(
              new JournalEvent.StudyDrafted(StudyOutcome.ANSWER, null, "Đã nghiên cứu hồ sơ", List.of("dept-phap-che")),
              new JournalEvent.AnswerDrafted(AnswerKind.DEPARTMENT, 41L, "Đề nghị cấp xe tuần tra", List.of("42/2021/NĐ-CP")));
    }

    @Test
    void anAuthorityNamedForAnAnswerIsNotKept() {
      recordStudy(study("ANSWER", "MINISTRY_OF_PUBLIC_SECURITY", List.of(), List.of()));

      verify(studies).insert(eq(ITEM_ID), eq(DEPARTMENT), any(), any(), eq(StudyOutcome.ANSWER), eq(null), eq(OFFICER), eq(NOW));
      assertThat(journal().get(0))
          .isEqualTo(new JournalEvent.StudyDrafted(StudyOutcome.ANSWER, null, "Đã nghiên cứu hồ sơ", List.of()));
    }

    @Test
    void aProposalToAHigherAuthorityIsSavedWithItAndDraftsNoAnswerYet() {
      StudyService.StudyResult result =
          recordStudy(study("HIGHER_AUTHORITY", " PROVINCIAL_PEOPLES_COMMITTEE ", List.of(), List.of()));

      assertThat(result).isEqualTo(new StudyService.StudyResult(StudyOutcome.HIGHER_AUTHORITY, List.of()));
      verify(studies)
          .insert(
              ITEM_ID, DEPARTMENT, "Đã nghiên cứu hồ sơ", "Đề nghị cấp xe tuần tra", StudyOutcome.HIGHER_AUTHORITY,
              HigherAuthority.PROVINCIAL_PEOPLES_COMMITTEE, OFFICER, NOW);
      verify(answers, never()).insertDraft(anyLong(), any(), any(), any(), any(), any());
      assertThat(journal())
          .containsExactly(
              new JournalEvent.StudyDrafted(
                  StudyOutcome.HIGHER_AUTHORITY, HigherAuthority.PROVINCIAL_PEOPLES_COMMITTEE, "Đã nghiên cứu hồ sơ",
                  List.of()));
    }
  }

  @Nested
  class Consultation {

    @Test
    void aConsultationNeedsAnOpinion() {
      assertThat(problems(() -> service.recordConsultation(ITEM_ID, "dept-phap-che", "\u200B ", OFFICER)))
          .containsExactly(new FieldProblem("consultationOpinion", REQUIRED));
      assertThat(problems(() -> service.recordConsultation(ITEM_ID, "dept-phap-che", "x".repeat(4001), OFFICER)))
          .containsExactly(
              new FieldProblem("consultationOpinion", "Tối đa 4000 ký tự, đã nhập 4001 (at most 4000 characters)"));
      verify(studies, never()).insertConsultation(anyLong(), any(), any(), any(), any());
      verify(items, never()).record(anyLong(), any(), any());
    }

    @Test
    void anOpinionIsSavedForItsDepartment() {
      service.recordConsultation(ITEM_ID, "dept-phap-che", " Đồng ý với đề xuất\u3000", OFFICER);

      verify(studies).insertConsultation(ITEM_ID, "dept-phap-che", "Đồng ý với đề xuất", OFFICER, NOW);
      assertThat(journal()).containsExactly(new JournalEvent.ConsultationAnswered("dept-phap-che", "Đồng ý với đề xuất"));
    }
  }

  @Nested
  class HeadReview {

    @Test
    void theHeadMustApproveOrReturn() {
      assertThat(problems(() -> service.headReview(ITEM_ID, "MAYBE", "Xem lại", OFFICER)))
          .containsExactly(new FieldProblem("headDecision", "Chọn duyệt hoặc trả lại (approve or return)"));
      verify(items, never()).record(anyLong(), any(), any());
    }

    @Test
    void aReturnWithoutAReasonIsRefused() {
      assertThat(problems(() -> service.headReview(ITEM_ID, "RETURN", "\u200B", OFFICER)))
          .containsExactly(new FieldProblem("headReturnReason", "Nêu lý do trả lại (a reason is required)"));
      verify(answers, never()).decide(anyLong(), any(), any(), any());
      verify(items, never()).record(anyLong(), any(), any());
    }

    @Test
    void anApprovalNeedsNoReasonAndLeavesTheDraftAsItIs() {
      assertThat(service.headReview(ITEM_ID, "APPROVE", null, OFFICER)).isTrue();

      verify(answers, never()).decide(anyLong(), any(), any(), any());
      assertThat(journal()).containsExactly(new JournalEvent.HeadApproved(null));
    }

    @Test
    void anApprovalKeepsTheHeadsRemark() {
      service.headReview(ITEM_ID, "APPROVE", " Đồng ý\u200B", OFFICER);

      assertThat(journal()).containsExactly(new JournalEvent.HeadApproved("Đồng ý"));
    }

    @Test
    void aReturnSendsTheDraftBackWithItsReason() {
      when(answers.currentDraft(ITEM_ID)).thenReturn(Optional.of(draft(41L)));

      assertThat(service.headReview(ITEM_ID, "RETURN", " Bổ sung căn cứ pháp lý ", OFFICER)).isFalse();

      verify(answers).decide(41L, AnswerState.RETURNED, OFFICER, NOW);
      assertThat(journal()).containsExactly(new JournalEvent.HeadReturned("Bổ sung căn cứ pháp lý"));
    }

    @Test
    void aReturnOfAProposalToAHigherAuthorityHasNoDraftToReturn() {
      when(answers.currentDraft(ITEM_ID)).thenReturn(Optional.empty());

      assertThat(service.headReview(ITEM_ID, "RETURN", "Sai cấp có thẩm quyền", OFFICER)).isFalse();

      verify(answers, never()).decide(anyLong(), any(), any(), any());
      assertThat(journal()).containsExactly(new JournalEvent.HeadReturned("Sai cấp có thẩm quyền"));
    }
  }

  @Nested
  class AuthorityReply {

    @Test
    void aReplyNeedsItsTextItsDateAndTheProposedAnswer() {
      assertThat(problems(() -> service.recordAuthorityReply(ITEM_ID, " ", null, "\u200B", List.of(), OFFICER)))
          .containsExactly(
              new FieldProblem("authorityReply", REQUIRED),
              new FieldProblem("authorityReplyDate", "Nhập ngày trả lời hợp lệ (a valid reply date is required)"),
              new FieldProblem("proposedAnswer", REQUIRED));
      assertReplyNotWritten();
    }

    @Test
    void aReplyDateMustBeARealIsoDate() {
      for (String date : List.of("12/03/2025", "2025-02-30", "hôm qua")) {
        assertThat(problems(() -> reply(date, List.of())))
            .as(date)
            .containsExactly(
                new FieldProblem("authorityReplyDate", "Nhập ngày trả lời hợp lệ (a valid reply date is required)"));
      }
      assertReplyNotWritten();
    }

    @Test
    void aReplyDateWithATimeIsReadAsItsDay() {
      when(studies.latestId(ITEM_ID)).thenReturn(Optional.of(5L));

      reply("2025-03-11T00:00:00.000+0700", List.of());

      verify(studies).recordReply(5L, "Đồng ý cấp xe", LocalDate.of(2025, 3, 11));
    }

    @Test
    void aReplyWithoutAStudyIsRefused() {
      when(studies.latestId(ITEM_ID)).thenReturn(Optional.empty());

      assertThat(problems(() -> reply("2025-03-11", List.of())))
          .containsExactly(new FieldProblem("study", "Chưa có kết quả nghiên cứu (no study)"));
      assertReplyNotWritten();
    }

    @Test
    void aRepealedRegulationCannotBeCitedInTheAnswerFromTheReply() {
      when(studies.latestId(ITEM_ID)).thenReturn(Optional.of(5L));
      when(regulations.findByCodes(any())).thenReturn(List.of(regulation(3L, "33/2015/TT-BCA", RegulationStatus.REPEALED)));

      assertThat(problems(() -> reply("2025-03-11", List.of("33/2015/TT-BCA"))))
          .containsExactly(new FieldProblem("regulationCodes", "Văn bản đã hết hiệu lực (repealed): 33/2015/TT-BCA"));
      assertReplyNotWritten();
    }

    @Test
    void theReplyIsSavedOnTheLatestStudyAndTheAnswerDraftedFromIt() {
      when(studies.latestId(ITEM_ID)).thenReturn(Optional.of(5L));
      when(studies.latestHigherAuthority(ITEM_ID)).thenReturn(Optional.of("PROVINCIAL_PEOPLES_COMMITTEE"));
      when(regulations.findByCodes(List.of("42/2021/NĐ-CP")))
          .thenReturn(List.of(regulation(1L, "42/2021/NĐ-CP", RegulationStatus.IN_FORCE)));

      service.recordAuthorityReply(
          ITEM_ID, " Đồng ý cấp xe\u200B", "2025-03-11", "Trả lời theo ý kiến UBND tỉnh ", List.of("42/2021/NĐ-CP"), OFFICER);

      verify(studies).recordReply(5L, "Đồng ý cấp xe", LocalDate.of(2025, 3, 11));
      verify(answers).insertDraft(ITEM_ID, AnswerKind.DEPARTMENT, "Trả lời theo ý kiến UBND tỉnh", List.of(1L), OFFICER, NOW);
      assertThat(journal())
          .containsExactly(
              new JournalEvent.AuthorityReplyRecorded(HigherAuthority.PROVINCIAL_PEOPLES_COMMITTEE, "Đồng ý cấp xe"),
              new JournalEvent.AnswerDrafted(
                  AnswerKind.DEPARTMENT, 41L, "Trả lời theo ý kiến UBND tỉnh", List.of("42/2021/NĐ-CP")));
    }

    void reply(String date, List<String> codes) {
      service.recordAuthorityReply(ITEM_ID, "Đồng ý cấp xe", date, "Trả lời theo ý kiến UBND tỉnh", codes, OFFICER);
    }

    void assertReplyNotWritten() {
      verify(studies, never()).recordReply(anyLong(), any(), any());
      verify(items, never()).record(anyLong(), any(), any());
      verify(answers, never()).insertDraft(anyLong(), any(), any(), any(), any(), any());
    }
  }

  // --- helpers ---

  StudyService.StudyResult recordStudy(StudyInput input) {
    return service.recordStudy(ITEM_ID, DEPARTMENT, input, OFFICER);
  }

  static StudyInput study(String outcome, String authority, List<String> consult, List<String> codes) {
    return new StudyInput("Đã nghiên cứu hồ sơ", "Đề nghị cấp xe tuần tra", outcome, authority, consult, codes);
  }

  static Regulation regulation(long id, String code, RegulationStatus status) {
    return new Regulation(id, code, "Văn bản " + code, "Bộ Công an", LocalDate.of(2021, 1, 1), status, null, List.of(), null, false);
  }

  static Answer draft(long id) {
    return new Answer(id, ITEM_ID, AnswerKind.DEPARTMENT, "Đề nghị cấp xe tuần tra", AnswerState.DRAFT, OFFICER, NOW,
        null, null, null, List.of());
  }

  static List<FieldProblem> problems(ThrowingCallable call) {
    InvalidInputException[] thrown = new InvalidInputException[1];
    assertThatThrownBy(call).isInstanceOfSatisfying(InvalidInputException.class, e -> thrown[0] = e);
    return thrown[0].problems();
  }

  List<JournalEvent> journal() {
    ArgumentCaptor<JournalEvent> events = ArgumentCaptor.forClass(JournalEvent.class);
    verify(items, atLeastOnce()).record(eq(ITEM_ID), eq(OFFICER), events.capture());
    return events.getAllValues();
  }

  void assertNothingWritten() {
    verify(studies, never()).insert(anyLong(), any(), any(), any(), any(), any(), any(), any());
    verify(items, never()).record(anyLong(), any(), any());
    verify(answers, never()).insertDraft(anyLong(), any(), any(), any(), any(), any());
  }
}
