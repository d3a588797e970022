package vn.police.grievance.item;

/**
 * An item's status changed, published inside the transaction that changed it: listeners that must
 * stay consistent with the item (a conference following its items) act in the same transaction.
 */
public record ItemMoved(long itemId, ItemStatus status) {}
