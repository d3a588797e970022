package vn.police.grievance.item;

import java.time.OffsetDateTime;

public record ItemEvent(
    Long id,
    long itemId,
    OffsetDateTime occurredAt,
    String actor,
    EventType type,
    String step,
    String detail,
    String reason) {}
