package vn.police.grievance.item;

import java.time.Clock;
import java.time.OffsetDateTime;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.police.grievance.system.NotFoundException;

/** Moves an item's status and writes what happened into its journal. */
@Service
public class ItemService {

  private final ItemRepository items;
  private final ItemJournal journal;
  private final Clock clock;
  private final ApplicationEventPublisher events;

  public ItemService(ItemRepository items, ItemJournal journal, Clock clock, ApplicationEventPublisher events) {
    this.items = items;
    this.journal = journal;
    this.clock = clock;
    this.events = events;
  }

  public GrievanceItem get(long itemId) {
    return items.findById(itemId).orElseThrow(() -> new NotFoundException("Item " + itemId + " not found"));
  }

  /**
   * The unit reads "reopened" until triage decides again, so entering triage does not overwrite a
   * reopened item's status.
   */
  @Transactional
  public void moveTo(long itemId, ItemStatus target, String actor) {
    GrievanceItem item = get(itemId);
    if (target == ItemStatus.IN_TRIAGE && item.status() == ItemStatus.REOPENED) {
      return;
    }
    if (item.status() == target) {
      return;
    }
    OffsetDateTime now = now();
    items.updateStatus(itemId, target, now);
    items.recordStatusChange(itemId, target, now, actor);
    append(itemId, now, actor, new JournalEvent.StatusChanged(target));
    events.publishEvent(new ItemMoved(itemId, target));
  }

  /**
   * Saves a new item, received now: its row, its first status and the journal's first line.
   * Returns its id.
   */
  @Transactional
  public long register(ItemRepository.NewItem item, String channel) {
    long id = items.insert(item);
    items.recordStatusChange(id, ItemStatus.RECEIVED, item.submittedAt(), item.submittedBy());
    append(id, item.submittedAt(), item.submittedBy(), new JournalEvent.Submitted(item.unitId(), channel));
    events.publishEvent(new ItemRegistered(id, item.category(), channel));
    return id;
  }

  /**
   * Binds the item to the process instance that works on it, once; an item bound to another
   * instance stays with it. Returns whether the item is now bound to this instance.
   */
  public boolean bindProcess(long itemId, String processInstanceId) {
    return items.attachProcess(itemId, processInstanceId);
  }

  /** The route triage chose, and the department when there is one. */
  @Transactional
  public void route(long itemId, Route route, String departmentId) {
    items.updateRoute(itemId, route, departmentId, now());
  }

  /** The unit was not satisfied: the item counts one more round and reads "reopened". */
  @Transactional
  public void reopen(long itemId, String actor) {
    items.incrementReopenCount(itemId, now());
    moveTo(itemId, ItemStatus.REOPENED, actor);
  }

  /** A delivered answer: its words find the item from now on. */
  @Transactional
  public void answerDelivered(long itemId, String answer) {
    items.addSearchText(itemId, answer);
  }

  /** Writes what happened, as its typed event, into the item's journal. */
  @Transactional
  public void record(long itemId, String actor, JournalEvent event) {
    append(itemId, now(), actor, event);
  }

  /** Every journal line goes through here, so that the read models hear of every one. */
  private void append(long itemId, OffsetDateTime at, String actor, JournalEvent event) {
    journal.append(itemId, at, actor, event);
    events.publishEvent(new ItemJournaled(itemId, at, actor, event));
  }

  public OffsetDateTime now() {
    return OffsetDateTime.now(clock);
  }
}
