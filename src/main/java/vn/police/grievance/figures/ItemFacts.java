package vn.police.grievance.figures;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.police.grievance.item.GrievanceItem;
import vn.police.grievance.item.ItemJournaled;
import vn.police.grievance.item.ItemRepository;
import vn.police.grievance.item.JournalEvent;
import vn.police.grievance.system.AfterTransaction;

/**
 * Keeps an item's figures row in step with its journal: the journal lines of a transaction
 * (received, triaged, answered, reopened, closed …) rewrite the row from the item as it stands
 * when the transaction is about to commit, once per item however many lines it wrote, in the same
 * transaction; the first delivered answer fixes the time to answer, in working days from receipt.
 */
@Component
class ItemFacts {

  private final ItemRepository items;
  private final FactsRepository facts;
  private final WorkingDays days;

  ItemFacts(ItemRepository items, FactsRepository facts, WorkingDays days) {
    this.items = items;
    this.facts = facts;
    this.days = days;
  }

  @EventListener
  void on(ItemJournaled journaled) {
    Pending pending = AfterTransaction.ofThisTransaction(this, Pending::new, this::write);
    if (pending == null) {
      record(items.findById(journaled.itemId()).orElseThrow(), journaled.event(), journaled.at());
      return;
    }
    pending.add(journaled);
  }

  /** One journal line of the item, as it stands after that line. */
  void record(GrievanceItem item, JournalEvent event, java.time.OffsetDateTime at) {
    facts.saveItem(item, days.dayOf(item.submittedAt()), days.dayOf(item.closedAt()), at);
    if (event instanceof JournalEvent.AnswerDelivered) {
      facts.firstAnswer(item.id(), at, days.dayOf(at), days.between(item.submittedAt(), at));
    }
  }

  /** The rows of the items a transaction journaled, as they stand when it is about to commit. */
  private void write(Pending pending) {
    pending.last.forEach((itemId, at) -> {
      GrievanceItem item = items.findById(itemId).orElseThrow();
      facts.saveItem(item, days.dayOf(item.submittedAt()), days.dayOf(item.closedAt()), at);
      OffsetDateTime answer = pending.answered.get(itemId);
      if (answer != null) {
        facts.firstAnswer(itemId, answer, days.dayOf(answer), days.between(item.submittedAt(), answer));
      }
    });
  }

  /**
   * The items a transaction journaled: a route's step writes several lines (the decision, the
   * status, the next step), and the row needs only the last state.
   */
  private static final class Pending {
    /** Per item, the time of its last line and the first delivered answer's time, in journal order. */
    private final Map<Long, OffsetDateTime> last = new LinkedHashMap<>();
    private final Map<Long, OffsetDateTime> answered = new LinkedHashMap<>();

    void add(ItemJournaled journaled) {
      last.put(journaled.itemId(), journaled.at());
      if (journaled.event() instanceof JournalEvent.AnswerDelivered) {
        answered.putIfAbsent(journaled.itemId(), journaled.at());
      }
    }
  }
}
