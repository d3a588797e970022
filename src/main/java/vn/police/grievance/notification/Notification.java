package vn.police.grievance.notification;

import java.time.OffsetDateTime;

/** A notice to a group; {@code read} says whether the person reading the list has read it. */
public record Notification(
    Long id, String recipientGroup, Long itemId, String kind, String message, OffsetDateTime createdAt, boolean read) {}
