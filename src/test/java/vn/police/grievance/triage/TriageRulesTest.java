package vn.police.grievance.triage;

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
import vn.police.grievance.answer.AnswerRepository;
import vn.police.grievance.answer.AnswerService;
import vn.police.grievance.item.AnswerKind;
import vn.police.grievance.item.Category;
import vn.police.grievance.item.GrievanceItem;
import vn.police.grievance.item.InadmissibleGround;
import vn.police.grievance.item.ItemRepository;
import vn.police.grievance.item.ItemService;
import vn.police.grievance.item.ItemStatus;
import vn.police.grievance.item.JournalEvent;
import vn.police.grievance.item.Route;
import vn.police.grievance.organisation.OrganisationService;
import vn.police.grievance.regulation.Regulation;
import vn.police.grievance.regulation.RegulationRepository;
import vn.police.grievance.regulation.RegulationStatus;
import vn.police.grievance.system.InvalidInputException;
import vn.police.grievance.system.InvalidInputException.FieldProblem;

/**
 * The reception office's triage rules, without Spring, engine or database: the repositories are
 * mocks, the answer service is the real one over them (it holds the citation rules triage relies
 * on).
 */
class TriageRulesTest {

  static final long ITEM_ID = 7L;
  static final String REFERENCE = "KN-2025-000007";
  static final String OFFICER = "tiep-nhan-01";
  static final OffsetDateTime NOW = OffsetDateTime.of(2025, 3, 10, 9, 0, 0, 0, ZoneOffset.ofHours(7));

  final ItemService items = mock(ItemService.class);
  final ItemRepository itemRepository = mock(ItemRepository.class);
  final OrganisationService organisation = mock(OrganisationService.class);
  final RegulationRepository regulations = mock(RegulationRepository.class);
  final AnswerRepository answerRepository = mock(AnswerRepository.class);
  final TriageService triage =
      new TriageService(
          items, itemRepository, organisation, new AnswerService(answerRepository, regulations, items));

  @BeforeEach
  void anItemInTriage() {
    when(items.get(ITEM_ID)).thenReturn(item(ITEM_ID, REFERENCE));
    when(items.now()).thenReturn(NOW);
    when(organisation.isDepartment("dept-hau-can")).thenReturn(true);
    when(organisation.isDepartment("dept-phap-che")).thenReturn(true);
  }

  @Nested
  class TheDecision {

    @Test
    void aMissingDecisionIsRefused() {
      assertThat(problems(() -> decide(input(null))))
          .containsExactly(new FieldProblem("triageDecision", "Chọn một hướng xử lý (choose a decision)"));
      assertNothingWritten();
    }

    @Test
    void anUnknownDecisionIsRefused() {
      assertThat(problems(() -> decide(input("ESCALATE"))))
          .containsExactly(new FieldProblem("triageDecision", "Chọn một hướng xử lý (choose a decision)"));
      assertNothingWritten();
    }

    @Test
    void aMissingDecisionAndAnOverlongReasonAreReportedTogether() {
      TriageInput input = new TriageInput(null, List.of(), null, null, null, null, null, "x".repeat(2001));
      assertThat(problems(() -> decide(input)))
          .containsExactly(
              new FieldProblem("triageDecision", "Chọn một hướng xử lý (choose a decision)"),
              new FieldProblem("triageReason", "Tối đa 2000 ký tự, đã nhập 2001 (at most 2000 characters)"));
    }

    @Test
    void theReasonIsMeasuredAsItIsStored() {
      regulationsInCatalogue(regulation(1L, "42/2021/NĐ-CP", RegulationStatus.IN_FORCE));
      String reason = "\u200B\u00A0" + "x".repeat(2000) + " \u3000";
      TriageInput input =
          new TriageInput("ANSWER_NOW", List.of("42/2021/NĐ-CP"), null, null, null, null, null, reason);

      assertThat(decide(input).route()).isEqualTo(Route.ANSWER_NOW);
    }

    @Test
    void theDecisionIsReadWithoutSurroundingSpaces() {
      regulationsInCatalogue(regulation(1L, "42/2021/NĐ-CP", RegulationStatus.IN_FORCE));
      TriageInput input =
          new TriageInput(" ANSWER_NOW ", List.of("42/2021/NĐ-CP"), null, null, null, null, null, null);

      assertThat(decide(input).route()).isEqualTo(Route.ANSWER_NOW);
    }
  }

  @Nested
  class AnswerNow {

    @Test
    void anAnswerNowWithoutACitableRegulationIsRefusedNamingTheField() {
      assertThat(problems(() -> decide(answerNow(List.of()))))
          .containsExactly(
              new FieldProblem("regulationCodes", "Phải trích dẫn ít nhất một văn bản (cite at least one regulation)"));
      assertNothingWritten();
    }

    @Test
    void aRegulationOutsideTheCatalogueCannotBeCited() {
      regulationsInCatalogue(regulation(1L, "42/2021/NĐ-CP", RegulationStatus.IN_FORCE));

      assertThat(problems(() -> decide(answerNow(List.of("42/2021/NĐ-CP", "99/2099/TT-BCA")))))
          .containsExactly(
              new FieldProblem(
                  "regulationCodes", "Văn bản không có trong danh mục (unknown regulation): 99/2099/TT-BCA"));
      assertNothingWritten();
    }

    @Test
    void aRepealedRegulationCannotBeCited() {
      regulationsInCatalogue(regulation(3L, "33/2015/TT-BCA", RegulationStatus.REPEALED));

      assertThat(problems(() -> decide(answerNow(List.of("33/2015/TT-BCA")))))
          .containsExactly(
              new FieldProblem("regulationCodes", "Văn bản đã hết hiệu lực (repealed): 33/2015/TT-BCA"));
      assertNothingWritten();
    }

    @Test
    void everyUncitableCodeIsReportedAtOnce() {
      regulationsInCatalogue(regulation(3L, "33/2015/TT-BCA", RegulationStatus.REPEALED));

      assertThat(problems(() -> decide(answerNow(List.of("33/2015/TT-BCA", "99/2099/TT-BCA")))))
          .extracting(FieldProblem::message)
          .containsExactly(
              "Văn bản đã hết hiệu lực (repealed): 33/2015/TT-BCA",
              "Văn bản không có trong danh mục (unknown regulation): 99/2099/TT-BCA");
    }

    @Test
    void anAmendedRegulationCanStillBeCited() {
      regulationsInCatalogue(regulation(2L, "18/2024/TT-BCA", RegulationStatus.AMENDED));

      assertThat(decide(answerNow(List.of("18/2024/TT-BCA"))))
          .isEqualTo(new TriageService.TriageOutcome(Route.ANSWER_NOW, null));
    }

    @Test
    void anAnswerNowRoutesTheItemAndRecordsTheCitedRegulations() {
      regulationsInCatalogue(
          regulation(1L, "42/2021/NĐ-CP", RegulationStatus.IN_FORCE),
          regulation(2L, "18/2024/TT-BCA", RegulationStatus.AMENDED));
      TriageInput input =
          new TriageInput(
              "ANSWER_NOW", List.of("42/2021/NĐ-CP", "18/2024/TT-BCA"), null, null, null, null, null,
              "\u200B Đã có quy định \u00A0");

      TriageService.TriageOutcome outcome = decide(input);

      assertThat(outcome).isEqualTo(new TriageService.TriageOutcome(Route.ANSWER_NOW, null));
      verify(items).route(ITEM_ID, Route.ANSWER_NOW, null);
      assertThat(journal())
          .containsExactly(
              new JournalEvent.TriageDecided(
                  Route.ANSWER_NOW, List.of("42/2021/NĐ-CP", "18/2024/TT-BCA"), null, null, null, "Đã có quy định"));
    }

    @Test
    void anAnswerNowDraftsNoAnswerYet() {
      regulationsInCatalogue(regulation(1L, "42/2021/NĐ-CP", RegulationStatus.IN_FORCE));

      decide(answerNow(List.of("42/2021/NĐ-CP")));

      verify(answerRepository, never()).insertDraft(anyLong(), any(), any(), any(), any(), any());
    }
  }

  @Nested
  class SendToDepartment {

    @Test
    void aSendToDepartmentWithoutADepartmentIsRefused() {
      assertThat(problems(() -> decide(toDepartment(null, "dept-hau-can", null))))
          .containsExactly(new FieldProblem("departmentId", "Chọn phòng chức năng (choose a department)"));
      assertThat(problems(() -> decide(toDepartment(" ", null, null))))
          .containsExactly(new FieldProblem("departmentId", "Chọn phòng chức năng (choose a department)"));
      assertNothingWritten();
    }

    @Test
    void anUnknownDepartmentIsRefused() {
      assertThat(problems(() -> decide(toDepartment("dept-khong-co", "dept-khong-co", null))))
          .containsExactly(
              new FieldProblem("departmentId", "Phòng chức năng không tồn tại (unknown department): dept-khong-co"));
      assertNothingWritten();
    }

    @Test
    void aDepartmentOtherThanTheSuggestedOneNeedsAReason() {
      String message =
          "Nêu lý do khi chọn phòng khác với đề xuất (a reason is required to override the suggested department)";
      assertThat(problems(() -> decide(toDepartment("dept-phap-che", "dept-hau-can", null))))
          .containsExactly(new FieldProblem("overrideReason", message));
      assertThat(problems(() -> decide(toDepartment("dept-phap-che", "dept-hau-can", "\u200B\u3000"))))
          .containsExactly(new FieldProblem("overrideReason", message));
      assertNothingWritten();
    }

    @Test
    void anOverrideReasonLongerThan2000CharactersIsRefused() {
      assertThat(problems(() -> decide(toDepartment("dept-phap-che", "dept-hau-can", "x".repeat(2001)))))
          .containsExactly(
              new FieldProblem("overrideReason", "Tối đa 2000 ký tự, đã nhập 2001 (at most 2000 characters)"));
    }

    @Test
    void theSuggestedDepartmentNeedsNoReason() {
      TriageService.TriageOutcome outcome = decide(toDepartment("dept-hau-can", "dept-hau-can", null));

      assertThat(outcome).isEqualTo(new TriageService.TriageOutcome(Route.SEND_TO_DEPARTMENT, "dept-hau-can"));
      verify(items).route(ITEM_ID, Route.SEND_TO_DEPARTMENT, "dept-hau-can");
      assertThat(journal())
          .containsExactly(
              new JournalEvent.TriageDecided(Route.SEND_TO_DEPARTMENT, List.of(), "dept-hau-can", null, null, null));
    }

    @Test
    void withoutASuggestionAnyDepartmentNeedsNoReasonAndNothingIsOverridden() {
      TriageService.TriageOutcome outcome = decide(toDepartment(" dept-phap-che ", null, null));

      assertThat(outcome).isEqualTo(new TriageService.TriageOutcome(Route.SEND_TO_DEPARTMENT, "dept-phap-che"));
      assertThat(journal())
          .containsExactly(
              new JournalEvent.TriageDecided(Route.SEND_TO_DEPARTMENT, List.of(), "dept-phap-che", null, null, null));
    }

    @Test
    void anOverrideIsRecordedWithItsReasonAfterTheDecision() {
      TriageInput input =
          new TriageInput(
              "SEND_TO_DEPARTMENT", List.of(), "dept-phap-che", "dept-hau-can",
              " Cần căn cứ pháp lý về đất đai\u200B", null, null, "Vượt thẩm quyền tiếp nhận");

      TriageService.TriageOutcome outcome = decide(input);

      assertThat(outcome).isEqualTo(new TriageService.TriageOutcome(Route.SEND_TO_DEPARTMENT, "dept-phap-che"));
      verify(items).route(ITEM_ID, Route.SEND_TO_DEPARTMENT, "dept-phap-che");
      assertThat(journal())
          .containsExactly(
              new JournalEvent.TriageDecided(
                  Route.SEND_TO_DEPARTMENT, List.of(), "dept-phap-che", null, null, "Vượt thẩm quyền tiếp nhận"),
              new JournalEvent.DepartmentOverridden("dept-hau-can", "dept-phap-che", "Cần căn cứ pháp lý về đất đai"));
    }

    @Test
    void citedRegulationsAreNotCheckedNorRecordedWhenSending() {
      TriageInput input =
          new TriageInput(
              "SEND_TO_DEPARTMENT", List.of("99/2099/TT-BCA"), "dept-hau-can", "dept-hau-can", null, null, null, null);

      decide(input);

      verify(regulations, never()).findByCodes(any());
      assertThat(journal())
          .containsExactly(
              new JournalEvent.TriageDecided(Route.SEND_TO_DEPARTMENT, List.of(), "dept-hau-can", null, null, null));
    }
  }

  @Nested
  class NotAdmissible {

    @Test
    void aNotAdmissibleDecisionNeedsAGroundAndAReason() {
      assertThat(problems(() -> decide(notAdmissible(null, null, null))))
          .containsExactly(
              new FieldProblem("inadmissibleGround", "Chọn căn cứ không thụ lý (choose a ground)"),
              new FieldProblem("triageReason", "Bắt buộc nhập (required)"));
      assertThat(problems(() -> decide(notAdmissible("SPAM", null, "Nội dung không rõ"))))
          .containsExactly(new FieldProblem("inadmissibleGround", "Chọn căn cứ không thụ lý (choose a ground)"));
      assertThat(problems(() -> decide(notAdmissible("OUT_OF_SCOPE", null, "\u200B\u00A0"))))
          .containsExactly(new FieldProblem("triageReason", "Bắt buộc nhập (required)"));
      assertNothingWritten();
    }

    @Test
    void anInadmissibleDuplicateMustNameAReference() {
      assertThat(problems(() -> decide(notAdmissible("DUPLICATE", " ", "Cùng nội dung"))))
          .containsExactly(
              new FieldProblem("duplicateOf", "Nhập số tham chiếu kiến nghị bị trùng (reference required)"));
      assertNothingWritten();
    }

    @Test
    void anInadmissibleDuplicateMustNameAnExistingReference() {
      when(itemRepository.findByReference("KN-2025-000999")).thenReturn(Optional.empty());

      assertThat(problems(() -> decide(notAdmissible("DUPLICATE", "KN-2025-000999", "Cùng nội dung"))))
          .containsExactly(new FieldProblem("duplicateOf", "Không tìm thấy kiến nghị (unknown reference): KN-2025-000999"));
      assertNothingWritten();
    }

    @Test
    void anItemCannotDuplicateItself() {
      when(itemRepository.findByReference(REFERENCE)).thenReturn(Optional.of(item(ITEM_ID, REFERENCE)));

      assertThat(problems(() -> decide(notAdmissible("DUPLICATE", REFERENCE, "Cùng nội dung"))))
          .containsExactly(
              new FieldProblem("duplicateOf", "Không thể trùng với chính kiến nghị này (cannot duplicate itself)"));
      assertNothingWritten();
    }

    @Test
    void aDuplicateIsRoutedRecordedAndItsDecisionDraftedAsTheAnswer() {
      when(itemRepository.findByReference("KN-2025-000003")).thenReturn(Optional.of(item(3L, "KN-2025-000003")));
      when(answerRepository.insertDraft(anyLong(), any(), anyString(), any(), anyString(), any())).thenReturn(41L);
      String body =
          "Kiến nghị KN-2025-000007 không được thụ lý: Trùng với kiến nghị đã tiếp nhận KN-2025-000003."
              + " Lý do: Cùng nội dung xin cấp xe tuần tra";

      TriageService.TriageOutcome outcome =
          decide(notAdmissible("DUPLICATE", " KN-2025-000003 ", "Cùng nội dung xin cấp xe tuần tra\u200B"));

      assertThat(outcome).isEqualTo(new TriageService.TriageOutcome(Route.NOT_ADMISSIBLE, null));
      verify(items).route(ITEM_ID, Route.NOT_ADMISSIBLE, null);
      verify(answerRepository).supersedeOpenDrafts(ITEM_ID);
      verify(answerRepository).insertDraft(ITEM_ID, AnswerKind.NOT_ADMISSIBLE, body, List.of(), OFFICER, NOW);
      assertThat(journal())
          .containsExactly(
              new JournalEvent.TriageDecided(
                  Route.NOT_ADMISSIBLE, List.of(), null, InadmissibleGround.DUPLICATE, "KN-2025-000003",
                  "Cùng nội dung xin cấp xe tuần tra"),
              new JournalEvent.AnswerDrafted(AnswerKind.NOT_ADMISSIBLE, 41L, body, List.of()));
    }

    @Test
    void anItemOutOfScopeNeedsNoReferenceAndItsAnswerNamesTheGround() {
      when(answerRepository.insertDraft(anyLong(), any(), anyString(), any(), anyString(), any())).thenReturn(42L);
      String body =
          "Kiến nghị KN-2025-000007 không được thụ lý: Không thuộc phạm vi tiếp nhận."
              + " Lý do: Việc dân sự giữa các cá nhân";

      decide(notAdmissible("OUT_OF_SCOPE", null, "Việc dân sự giữa các cá nhân"));

      verify(itemRepository, never()).findByReference(any());
      verify(items).route(ITEM_ID, Route.NOT_ADMISSIBLE, null);
      assertThat(journal())
          .containsExactly(
              new JournalEvent.TriageDecided(
                  Route.NOT_ADMISSIBLE, List.of(), null, InadmissibleGround.OUT_OF_SCOPE, null,
                  "Việc dân sự giữa các cá nhân"),
              new JournalEvent.AnswerDrafted(AnswerKind.NOT_ADMISSIBLE, 42L, body, List.of()));
    }
  }

  @Nested
  class OneClickDuplicate {

    @Test
    void pickingALikelyDuplicateAloneMarksTheItemADuplicateWithAReasonNamingIt() {
      when(itemRepository.findByReference("KN-2025-000003")).thenReturn(Optional.of(item(3L, "KN-2025-000003")));
      when(answerRepository.insertDraft(anyLong(), any(), anyString(), any(), anyString(), any())).thenReturn(43L);
      String reason = "Nội dung trùng với kiến nghị KN-2025-000003 đã tiếp nhận; đơn vị theo dõi kết quả giải quyết tại kiến nghị đó.";

      TriageService.TriageOutcome outcome = decide(picked("KN-2025-000003", null, null));

      assertThat(outcome).isEqualTo(new TriageService.TriageOutcome(Route.NOT_ADMISSIBLE, null));
      verify(items).route(ITEM_ID, Route.NOT_ADMISSIBLE, null);
      assertThat(journal()).first().isEqualTo(new JournalEvent.TriageDecided(
          Route.NOT_ADMISSIBLE, List.of(), null, InadmissibleGround.DUPLICATE, "KN-2025-000003", reason));
    }

    @Test
    void theOfficersOwnReasonIsKept() {
      when(itemRepository.findByReference("KN-2025-000003")).thenReturn(Optional.of(item(3L, "KN-2025-000003")));
      when(answerRepository.insertDraft(anyLong(), any(), anyString(), any(), anyString(), any())).thenReturn(44L);

      decide(picked("KN-2025-000003", null, "Cùng xin cấp xe tuần tra"));

      assertThat(journal()).first().isEqualTo(new JournalEvent.TriageDecided(
          Route.NOT_ADMISSIBLE, List.of(), null, InadmissibleGround.DUPLICATE, "KN-2025-000003", "Cùng xin cấp xe tuần tra"));
    }

    @Test
    void notADuplicateLeavesTheOrdinaryDecisionToDecide() {
      when(answerRepository.insertDraft(anyLong(), any(), anyString(), any(), anyString(), any())).thenReturn(45L);

      decide(new TriageInput("NOT_ADMISSIBLE", List.of(), null, null, null, "OUT_OF_SCOPE", null, "Việc dân sự",
          TriageInput.NOT_DUPLICATE));

      verify(itemRepository, never()).findByReference(any());
      assertThat(journal()).first().isEqualTo(new JournalEvent.TriageDecided(
          Route.NOT_ADMISSIBLE, List.of(), null, InadmissibleGround.OUT_OF_SCOPE, null, "Việc dân sự"));
    }

    @Test
    void thePickWinsOverWhatAnEarlierRoundLeftInTheHiddenFields() {
      when(itemRepository.findByReference("KN-2025-000003")).thenReturn(Optional.of(item(3L, "KN-2025-000003")));
      when(answerRepository.insertDraft(anyLong(), any(), anyString(), any(), anyString(), any())).thenReturn(46L);

      decide(new TriageInput("NOT_ADMISSIBLE", List.of(), null, null, null, "OUT_OF_SCOPE", "KN-2025-000009", null,
          "KN-2025-000003"));

      assertThat(journal()).first().isInstanceOfSatisfying(JournalEvent.TriageDecided.class, d -> {
        assertThat(d.ground()).isEqualTo(InadmissibleGround.DUPLICATE);
        assertThat(d.duplicateOf()).isEqualTo("KN-2025-000003");
      });
    }

    @Test
    void aPickedReferenceMustStillExistAndNotBeTheItemItself() {
      assertThat(problems(() -> decide(picked("KN-2025-000999", null, null))))
          .extracting(FieldProblem::field).containsExactly("duplicateOf");
      assertThat(problems(() -> decide(picked(REFERENCE, null, null))))
          .extracting(FieldProblem::field).contains("duplicateOf");
      assertNothingWritten();
    }

    TriageInput picked(String reference, String decision, String reason) {
      return new TriageInput(decision, List.of(), null, null, null, null, null, reason, reference);
    }
  }

  // --- helpers ---

  TriageService.TriageOutcome decide(TriageInput input) {
    return triage.decide(ITEM_ID, input, OFFICER);
  }

  static TriageInput input(String decision) {
    return new TriageInput(decision, List.of(), null, null, null, null, null, null);
  }

  static TriageInput answerNow(List<String> codes) {
    return new TriageInput("ANSWER_NOW", codes, null, null, null, null, null, null);
  }

  static TriageInput toDepartment(String department, String suggested, String overrideReason) {
    return new TriageInput("SEND_TO_DEPARTMENT", List.of(), department, suggested, overrideReason, null, null, null);
  }

  static TriageInput notAdmissible(String ground, String duplicateOf, String reason) {
    return new TriageInput("NOT_ADMISSIBLE", List.of(), null, null, null, ground, duplicateOf, reason);
  }

  void regulationsInCatalogue(Regulation... found) {
    when(regulations.findByCodes(any())).thenReturn(List.of(found));
  }

  static Regulation regulation(long id, String code, RegulationStatus status) {
    return new Regulation(id, code, "Văn bản " + code, "Bộ Công an", LocalDate.of(2021, 1, 1), status, null, List.of(), null, false);
  }

  static GrievanceItem item(long id, String reference) {
    return new GrievanceItem(
        id, reference, "cax-long-hoa", Category.EQUIPMENT, "Xin cấp xe tuần tra", "Xe tuần tra đã hỏng", null, null,
        ItemStatus.IN_TRIAGE, null, null, "cax-long-hoa-01", NOW, NOW, null, "pi-" + id, 0);
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
    verify(items, never()).route(anyLong(), any(), any());
    verify(items, never()).record(anyLong(), any(), any());
    verify(answerRepository, never()).insertDraft(anyLong(), any(), any(), any(), any(), any());
  }
}
