package vn.police.grievance.item;

import java.time.OffsetDateTime;

/** Search criteria for items, always within the caller's scope. */
public record ItemCriteria(
    ItemScope scope,
    String unitId,
    ItemStatus status,
    Category category,
    String departmentId,
    OffsetDateTime submittedFrom,
    OffsetDateTime submittedBefore,
    String text) {}
