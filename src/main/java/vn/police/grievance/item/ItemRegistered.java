package vn.police.grievance.item;

/**
 * A new item was saved (from any channel). Published inside the registering transaction; listeners
 * that count or notify should act after it commits.
 */
public record ItemRegistered(long itemId, Category category, String channel) {}
