package vn.police.grievance.audit;

import java.time.OffsetDateTime;
import vn.police.grievance.item.Category;
import vn.police.grievance.item.ItemStatus;

/**
 * What auditors search items by; every criterion is optional.
 *
 * @param text part of the reference or of the title
 * @param state running (not closed yet) or finished
 * @param submittedFrom submitted at or after
 * @param submittedBefore submitted before
 */
public record AuditQuery(
    String text,
    String unitId,
    Category category,
    String departmentId,
    ItemStatus status,
    State state,
    OffsetDateTime submittedFrom,
    OffsetDateTime submittedBefore) {

  public enum State {
    RUNNING,
    FINISHED
  }
}
