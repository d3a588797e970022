package vn.police.grievance.notification;

/** Published when a notice is added to a group's list (in the transaction that added it). */
public record NoticeSent(long notificationId, String recipientGroup, Long itemId, String kind, String message) {}
