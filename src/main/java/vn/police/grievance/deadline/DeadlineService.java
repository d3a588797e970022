package vn.police.grievance.deadline;

import vn.police.grievance.item.JournalEvent;
import vn.police.grievance.item.Step;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.police.grievance.item.GrievanceItem;
import vn.police.grievance.item.ItemService;
import vn.police.grievance.notification.Notifications;
import vn.police.grievance.system.Groups;

/** Reminders when a step falls due, escalations to the leadership when it is overdue. */
@Service
public class DeadlineService {

  private final ItemService items;
  private final Notifications notifications;

  public DeadlineService(ItemService items, Notifications notifications) {
    this.items = items;
    this.notifications = notifications;
  }

  @Transactional
  public void remind(long itemId, Step step, String recipientGroup) {
    GrievanceItem item = items.get(itemId);
    notifications.send(
        recipientGroup,
        itemId,
        "REMINDER",
        "Đến hạn xử lý bước \"" + step.labelVi() + "\" của kiến nghị " + item.reference());
    items.record(itemId, "system", new JournalEvent.ReminderSent(step, recipientGroup));
  }

  @Transactional
  public void escalate(long itemId, Step step, String responsibleGroup) {
    GrievanceItem item = items.get(itemId);
    notifications.send(
        Groups.LEADERSHIP,
        itemId,
        "ESCALATION",
        "Quá hạn bước \"" + step.labelVi() + "\" của kiến nghị " + item.reference() + " (đơn vị chịu trách nhiệm: " + responsibleGroup + ")");
    items.record(itemId, "system", new JournalEvent.Escalated(step, responsibleGroup));
  }
}
