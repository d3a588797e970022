package vn.police.grievance.item;

import java.time.OffsetDateTime;
import java.util.Collection;

/**
 * Search criteria for items. {@code unitIds == null} means no restriction by unit; an empty
 * collection means the caller may see no unit at all.
 */
public record ItemCriteria(
    Collection<String> unitIds,
    ItemStatus status,
    Category category,
    String departmentId,
    OffsetDateTime submittedFrom,
    OffsetDateTime submittedBefore,
    String text) {}
