package vn.police.grievance.item;

import java.time.OffsetDateTime;

/** One difficulty or proposal raised by a commune unit; its reference is the process business key. */
public record GrievanceItem(
    Long id,
    String reference,
    String unitId,
    Category category,
    String title,
    String content,
    String proposal,
    String contact,
    ItemStatus status,
    Route route,
    String departmentId,
    String submittedBy,
    OffsetDateTime submittedAt,
    OffsetDateTime updatedAt,
    OffsetDateTime closedAt,
    String processInstanceId,
    int reopenCount) {}
