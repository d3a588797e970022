package vn.police.grievance.delivery;

import static vn.police.grievance.process.ProcessVariables.*;

import vn.police.grievance.item.JournalEvent;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.police.grievance.answer.Answer;
import vn.police.grievance.item.AnswerKind;
import vn.police.grievance.answer.AnswerRepository;
import vn.police.grievance.item.GrievanceItem;
import vn.police.grievance.item.ItemService;
import vn.police.grievance.item.ItemStatus;
import vn.police.grievance.notification.Notifications;
import vn.police.grievance.system.Checks;
import vn.police.grievance.system.Text;

/** Delivers the signed answer to the unit, takes its response, reopens or closes the item. */
@Service
public class DeliveryService {

  static final int REASON_MAX = 2000;

  private final AnswerRepository answers;
  private final ItemService items;
  private final Notifications notifications;

  DeliveryService(
      AnswerRepository answers, ItemService items, Notifications notifications) {
    this.answers = answers;
    this.items = items;
    this.notifications = notifications;
  }

  @Transactional
  public void deliver(long itemId, String actor) {
    GrievanceItem item = items.get(itemId);
    Answer answer =
        answers
            .latestApproved(itemId)
            .orElseThrow(() -> new IllegalStateException("Item " + item.reference() + " has no approved answer"));
    answers.markDelivered(answer.id(), items.now());
    items.answerDelivered(itemId, answer.body());
    boolean inadmissible = answer.kind() == AnswerKind.NOT_ADMISSIBLE;
    items.moveTo(itemId, inadmissible ? ItemStatus.NOT_ADMISSIBLE : ItemStatus.ANSWERED, actor);
    items.record(itemId, actor, new JournalEvent.AnswerDelivered(answer.kind(), answer.id()));
    notifications.send(
        item.unitId(),
        itemId,
        "ANSWER",
        (inadmissible ? "Kết quả xử lý kiến nghị " : "Đã có trả lời kiến nghị ") + item.reference() + ": " + item.title());
  }

  /** Returns true when the unit is satisfied. */
  @Transactional
  public boolean recordResponse(long itemId, Boolean satisfied, String reason, String actor) {
    Checks.start()
        .check(satisfied != null, UNIT_SATISFIED, "Chọn đồng ý hoặc chưa đồng ý (choose satisfied or not)")
        .check(
            satisfied == null || satisfied || !Text.isBlank(reason),
            NOT_SATISFIED_REASON,
            "Nêu lý do chưa đồng ý (a reason is required)")
        .maxLength(NOT_SATISFIED_REASON, reason, REASON_MAX)
        .throwIfAny();
    if (satisfied) {
      items.record(itemId, actor, new JournalEvent.UnitSatisfied());
    } else {
      items.record(itemId, actor, new JournalEvent.UnitNotSatisfied(Text.clean(reason)));
    }
    return satisfied;
  }

  @Transactional
  public void reopen(long itemId, String actor) {
    items.reopen(itemId, actor);
    items.record(itemId, actor, new JournalEvent.Reopened());
  }

  @Transactional
  public void close(long itemId, String actor, boolean withoutReply) {
    items.moveTo(itemId, ItemStatus.CLOSED, actor);
    items.record(itemId, actor, withoutReply ? new JournalEvent.ClosedWithoutReply() : new JournalEvent.Closed());
  }
}
