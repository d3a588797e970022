package vn.police.grievance.signoff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import vn.police.grievance.answer.Answer;
import vn.police.grievance.answer.AnswerRepository;
import vn.police.grievance.answer.AnswerService;
import vn.police.grievance.answer.AnswerState;
import vn.police.grievance.item.AnswerKind;
import vn.police.grievance.item.ItemService;
import vn.police.grievance.item.JournalEvent;
import vn.police.grievance.regulation.RegulationRepository;
import vn.police.grievance.system.InvalidInputException;
import vn.police.grievance.system.InvalidInputException.FieldProblem;

/**
 * The leadership's sign-off rules, without Spring, engine or database: the answer repository is a
 * mock, the answer service the real one over it.
 */
class SignOffRulesTest {

  static final long ITEM_ID = 7L;
  static final String LEADER = "lanh-dao-01";
  static final OffsetDateTime NOW = OffsetDateTime.of(2025, 3, 14, 8, 15, 0, 0, ZoneOffset.ofHours(7));

  final AnswerRepository answers = mock(AnswerRepository.class);
  final ItemService items = mock(ItemService.class);
  final SignOffService signOff =
      new SignOffService(
          new AnswerService(answers, mock(RegulationRepository.class), items), answers, items,
          mock(vn.police.grievance.letter.OutgoingLetters.class));

  @BeforeEach
  void aDraftAwaitsSignOff() {
    when(items.now()).thenReturn(NOW);
    when(answers.currentDraft(ITEM_ID)).thenReturn(Optional.of(draft(41L, AnswerKind.DEPARTMENT)));
  }

  @Test
  void theLeadershipMustApproveOrReturn() {
    assertThat(problems(() -> signOff.decide(ITEM_ID, "SIGN", "Đồng ý", LEADER)))
        .containsExactly(new FieldProblem("signOffDecision", "Chọn duyệt hoặc trả lại (approve or return)"));
    assertNothingWritten();
  }

  @Test
  void aReturnWithoutAReasonIsRefused() {
    assertThat(problems(() -> signOff.decide(ITEM_ID, "RETURN", " \u200B", LEADER)))
        .containsExactly(new FieldProblem("signOffReturnReason", "Nêu lý do trả lại (a reason is required)"));
    assertNothingWritten();
  }

  @Test
  void aReturnReasonLongerThan2000CharactersIsRefused() {
    assertThat(problems(() -> signOff.decide(ITEM_ID, "RETURN", "x".repeat(2001), LEADER)))
        .containsExactly(
            new FieldProblem("signOffReturnReason", "Tối đa 2000 ký tự, đã nhập 2001 (at most 2000 characters)"));
    assertNothingWritten();
  }

  @Test
  void thereIsNothingToSignWithoutADraft() {
    when(answers.currentDraft(ITEM_ID)).thenReturn(Optional.empty());

    assertThat(problems(() -> signOff.decide(ITEM_ID, "APPROVE", null, LEADER)))
        .containsExactly(new FieldProblem("answer", "Chưa có dự thảo trả lời (no draft answer)"));
    assertNothingWritten();
  }

  @Test
  void anApprovalSignsTheCurrentDraft() {
    assertThat(signOff.decide(ITEM_ID, "APPROVE", null, LEADER)).isTrue();

    verify(answers).decide(41L, AnswerState.APPROVED, LEADER, NOW);
    assertThat(journal()).containsExactly(new JournalEvent.SignedOff(AnswerKind.DEPARTMENT, 41L));
  }

  @Test
  void aReturnSendsTheDraftBackForRevisionWithItsReason() {
    assertThat(signOff.decide(ITEM_ID, "RETURN", "\u00A0Nêu rõ thời hạn cấp xe ", LEADER)).isFalse();

    verify(answers).decide(41L, AnswerState.RETURNED, LEADER, NOW);
    assertThat(journal())
        .containsExactly(
            new JournalEvent.ReturnedForRevision(AnswerKind.DEPARTMENT, 41L, "Nêu rõ thời hạn cấp xe"));
  }

  @Test
  void aDecisionNotToTakeUpTheItemIsSignedLikeAnyAnswer() {
    when(answers.currentDraft(ITEM_ID)).thenReturn(Optional.of(draft(43L, AnswerKind.NOT_ADMISSIBLE)));

    signOff.decide(ITEM_ID, "APPROVE", null, LEADER);

    verify(answers).decide(43L, AnswerState.APPROVED, LEADER, NOW);
    assertThat(journal()).containsExactly(new JournalEvent.SignedOff(AnswerKind.NOT_ADMISSIBLE, 43L));
  }

  // --- helpers ---

  static Answer draft(long id, AnswerKind kind) {
    return new Answer(id, ITEM_ID, kind, "Đề nghị cấp xe tuần tra", AnswerState.DRAFT, "hau-can-01", NOW, null, null,
        null, List.of());
  }

  static List<FieldProblem> problems(ThrowingCallable call) {
    InvalidInputException[] thrown = new InvalidInputException[1];
    assertThatThrownBy(call).isInstanceOfSatisfying(InvalidInputException.class, e -> thrown[0] = e);
    return thrown[0].problems();
  }

  List<JournalEvent> journal() {
    ArgumentCaptor<JournalEvent> events = ArgumentCaptor.forClass(JournalEvent.class);
    verify(items, atLeastOnce()).record(eq(ITEM_ID), eq(LEADER), events.capture());
    return events.getAllValues();
  }

  void assertNothingWritten() {
    verify(answers, never()).decide(anyLong(), any(), any(), any());
    verify(items, never()).record(anyLong(), any(), any());
  }
}
