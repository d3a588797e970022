package vn.police.grievance.item;

import java.time.OffsetDateTime;

/**
 * An event was written into an item's journal. Published synchronously inside the writing
 * transaction, after the item's row has changed, so that read models kept beside the item (the
 * leadership's figures) change in the same transaction or not at all.
 */
public record ItemJournaled(long itemId, OffsetDateTime at, String actor, JournalEvent event) {}
