package vn.police.grievance.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.InOrder;
import vn.police.grievance.answer.Answer;
import vn.police.grievance.answer.AnswerRepository;
import vn.police.grievance.answer.AnswerState;
import vn.police.grievance.item.AnswerKind;
import vn.police.grievance.item.Category;
import vn.police.grievance.item.GrievanceItem;
import vn.police.grievance.item.ItemService;
import vn.police.grievance.item.ItemStatus;
import vn.police.grievance.item.JournalEvent;
import vn.police.grievance.item.Route;
import vn.police.grievance.notification.Notifications;
import vn.police.grievance.system.InvalidInputException;
import vn.police.grievance.system.InvalidInputException.FieldProblem;

/**
 * Delivery rules without Spring, engine or database: the signed answer reaches the unit, the unit
 * confirms or says why not, the item reopens or closes.
 */
class DeliveryRulesTest {

  static final long ITEM_ID = 7L;
  static final String REFERENCE = "KN-2025-000007";
  static final String UNIT = "cax-long-hoa";
  static final String ACTOR = "cax-long-hoa-01";
  static final OffsetDateTime NOW = OffsetDateTime.of(2025, 3, 17, 10, 0, 0, 0, ZoneOffset.ofHours(7));

  final AnswerRepository answers = mock(AnswerRepository.class);
  final ItemService items = mock(ItemService.class);
  final Notifications notifications = mock(Notifications.class);
  final DeliveryService delivery = new DeliveryService(answers, items, notifications);

  @BeforeEach
  void anItemAwaitingDelivery() {
    when(items.now()).thenReturn(NOW);
    when(items.get(ITEM_ID))
        .thenReturn(
            new GrievanceItem(
                ITEM_ID, REFERENCE, UNIT, Category.EQUIPMENT, "Xin cấp xe tuần tra", "Xe tuần tra đã hỏng", null, null,
                ItemStatus.AWAITING_SIGN_OFF, Route.SEND_TO_DEPARTMENT, "dept-hau-can", ACTOR, NOW, NOW, null, "pi-7", 0));
  }

  @Nested
  class Deliver {

    @Test
    void anApprovedAnswerIsDeliveredTheItemAnsweredAndTheUnitNotified() {
      when(answers.latestApproved(ITEM_ID)).thenReturn(Optional.of(approved(41L, AnswerKind.DEPARTMENT)));

      delivery.deliver(ITEM_ID, ACTOR);

      verify(answers).markDelivered(41L, NOW);
      verify(items).moveTo(ITEM_ID, ItemStatus.ANSWERED, ACTOR);
      assertThat(journal()).containsExactly(new JournalEvent.AnswerDelivered(AnswerKind.DEPARTMENT, 41L));
      verify(notifications)
          .send(UNIT, ITEM_ID, "ANSWER", "Đã có trả lời kiến nghị KN-2025-000007: Xin cấp xe tuần tra");
    }

    @Test
    void anImmediateAnswerLeavesTheItemAnswered() {
      when(answers.latestApproved(ITEM_ID)).thenReturn(Optional.of(approved(40L, AnswerKind.IMMEDIATE)));

      delivery.deliver(ITEM_ID, ACTOR);

      verify(items).moveTo(ITEM_ID, ItemStatus.ANSWERED, ACTOR);
      assertThat(journal()).containsExactly(new JournalEvent.AnswerDelivered(AnswerKind.IMMEDIATE, 40L));
    }

    @Test
    void aDecisionNotToTakeUpTheItemLeavesItNotAdmissibleAndIsAnnouncedAsAResult() {
      when(answers.latestApproved(ITEM_ID)).thenReturn(Optional.of(approved(43L, AnswerKind.NOT_ADMISSIBLE)));

      delivery.deliver(ITEM_ID, ACTOR);

      verify(answers).markDelivered(43L, NOW);
      verify(items).moveTo(ITEM_ID, ItemStatus.NOT_ADMISSIBLE, ACTOR);
      assertThat(journal()).containsExactly(new JournalEvent.AnswerDelivered(AnswerKind.NOT_ADMISSIBLE, 43L));
      verify(notifications)
          .send(UNIT, ITEM_ID, "ANSWER", "Kết quả xử lý kiến nghị KN-2025-000007: Xin cấp xe tuần tra");
    }

    @Test
    void nothingIsDeliveredWithoutAnApprovedAnswer() {
      when(answers.latestApproved(ITEM_ID)).thenReturn(Optional.empty());

      assertThatThrownBy(() -> delivery.deliver(ITEM_ID, ACTOR))
          .isInstanceOf(IllegalStateException.class)
          .hasMessage("Item KN-2025-000007 has no approved answer");
      verify(answers, never()).markDelivered(anyLong(), any());
      verify(items, never()).moveTo(anyLong(), any(), any());
      verify(items, never()).record(anyLong(), any(), any());
      verifyNoInteractions(notifications);
    }
  }

  @Nested
  class UnitResponse {

    @Test
    void theUnitMustSayWhetherItIsSatisfied() {
      assertThat(problems(() -> delivery.recordResponse(ITEM_ID, null, "Chưa rõ", ACTOR)))
          .containsExactly(
              new FieldProblem("unitSatisfied", "Chọn đồng ý hoặc chưa đồng ý (choose satisfied or not)"));
      verify(items, never()).record(anyLong(), any(), any());
    }

    @Test
    void theUnitNotSatisfiedMustSayWhy() {
      for (String reason : new String[] {null, "", " \u200B\u00A0"}) {
        assertThat(problems(() -> delivery.recordResponse(ITEM_ID, false, reason, ACTOR)))
            .containsExactly(new FieldProblem("notSatisfiedReason", "Nêu lý do chưa đồng ý (a reason is required)"));
      }
      verify(items, never()).record(anyLong(), any(), any());
    }

    @Test
    void aReasonLongerThan2000CharactersIsRefused() {
      assertThat(problems(() -> delivery.recordResponse(ITEM_ID, false, "x".repeat(2001), ACTOR)))
          .containsExactly(
              new FieldProblem("notSatisfiedReason", "Tối đa 2000 ký tự, đã nhập 2001 (at most 2000 characters)"));
    }

    @Test
    void aSatisfiedUnitNeedsNoReason() {
      assertThat(delivery.recordResponse(ITEM_ID, true, null, ACTOR)).isTrue();

      assertThat(journal()).containsExactly(new JournalEvent.UnitSatisfied());
    }

    @Test
    void theReasonOfAUnitNotSatisfiedIsRecorded() {
      assertThat(delivery.recordResponse(ITEM_ID, false, " Chưa nêu thời hạn cấp xe\u200B", ACTOR)).isFalse();

      assertThat(journal()).containsExactly(new JournalEvent.UnitNotSatisfied("Chưa nêu thời hạn cấp xe"));
    }

    @Test
    void aResponseMovesNoStatus() {
      delivery.recordResponse(ITEM_ID, false, "Chưa nêu thời hạn", ACTOR);

      verify(items, never()).moveTo(anyLong(), any(), any());
      verify(items, never()).reopen(anyLong(), any());
    }
  }

  @Nested
  class ReopenAndClose {

    @Test
    void aReopenedItemCountsAnotherRoundAndIsJournalled() {
      delivery.reopen(ITEM_ID, ACTOR);

      InOrder order = inOrder(items);
      order.verify(items).reopen(ITEM_ID, ACTOR);
      order.verify(items).record(ITEM_ID, ACTOR, new JournalEvent.Reopened());
    }

    @Test
    void anItemConfirmedByTheUnitIsClosed() {
      delivery.close(ITEM_ID, ACTOR, false);

      verify(items).moveTo(ITEM_ID, ItemStatus.CLOSED, ACTOR);
      assertThat(journal()).containsExactly(new JournalEvent.Closed());
    }

    @Test
    void anItemTheUnitNeverAnsweredIsClosedWithoutReply() {
      delivery.close(ITEM_ID, ACTOR, true);

      verify(items).moveTo(ITEM_ID, ItemStatus.CLOSED, ACTOR);
      assertThat(journal()).containsExactly(new JournalEvent.ClosedWithoutReply());
    }
  }

  // --- helpers ---

  static Answer approved(long id, AnswerKind kind) {
    return new Answer(id, ITEM_ID, kind, "Trả lời", AnswerState.APPROVED, "hau-can-01", NOW, "lanh-dao-01", NOW, null,
        List.of());
  }

  static List<FieldProblem> problems(ThrowingCallable call) {
    InvalidInputException[] thrown = new InvalidInputException[1];
    assertThatThrownBy(call).isInstanceOfSatisfying(InvalidInputException.class, e -> thrown[0] = e);
    return thrown[0].problems();
  }

  List<JournalEvent> journal() {
    ArgumentCaptor<JournalEvent> events = ArgumentCaptor.forClass(JournalEvent.class);
    verify(items, atLeastOnce()).record(eq(ITEM_ID), eq(ACTOR), events.capture());
    return events.getAllValues();
  }
}
