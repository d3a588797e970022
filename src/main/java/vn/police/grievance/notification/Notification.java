package vn.police.grievance.notification;

import java.time.OffsetDateTime;

public record Notification(
    Long id, String recipientGroup, Long itemId, String kind, String message, OffsetDateTime createdAt) {}
