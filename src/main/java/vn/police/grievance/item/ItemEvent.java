package vn.police.grievance.item;

import java.time.OffsetDateTime;

/**
 * One row of an item's journal: when, who, and the typed event; with the row's position in the
 * audit chain and its hash once sealed.
 */
public record ItemEvent(
    Long id, long itemId, OffsetDateTime occurredAt, String actor, JournalEvent event, Long position, String hash) {

  public EventType type() {
    return event.type();
  }

  public String reason() {
    return event.reason();
  }
}
