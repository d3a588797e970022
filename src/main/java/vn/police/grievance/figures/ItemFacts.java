package vn.police.grievance.figures;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.police.grievance.item.GrievanceItem;
import vn.police.grievance.item.ItemJournaled;
import vn.police.grievance.item.ItemRepository;
import vn.police.grievance.item.JournalEvent;

/**
 * Keeps an item's figures row in step with its journal: every journal line (received, triaged,
 * answered, reopened, closed …) rewrites the row from the item as it now stands, in the same
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
    GrievanceItem item = items.findById(journaled.itemId()).orElseThrow();
    record(item, journaled.event(), journaled.at());
  }

  /** One journal line of the item, as it stands after that line. */
  void record(GrievanceItem item, JournalEvent event, java.time.OffsetDateTime at) {
    facts.saveItem(item, days.dayOf(item.submittedAt()), days.dayOf(item.closedAt()), at);
    if (event instanceof JournalEvent.AnswerDelivered) {
      facts.firstAnswer(item.id(), at, days.dayOf(at), days.between(item.submittedAt(), at));
    }
  }
}
