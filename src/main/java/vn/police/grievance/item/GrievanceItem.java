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
    int reopenCount) {

  /** As it stands after a change of status at that moment (closing it when the status is CLOSED). */
  GrievanceItem withStatus(ItemStatus newStatus, OffsetDateTime at) {
    return new GrievanceItem(id, reference, unitId, category, title, content, proposal, contact, newStatus, route,
        departmentId, submittedBy, submittedAt, at, newStatus == ItemStatus.CLOSED ? at : closedAt, processInstanceId,
        reopenCount);
  }

  /** As it stands after triage sent it on a route, to a department or none. */
  GrievanceItem withRoute(Route newRoute, String newDepartmentId, OffsetDateTime at) {
    return new GrievanceItem(id, reference, unitId, category, title, content, proposal, contact, status, newRoute,
        newDepartmentId, submittedBy, submittedAt, at, closedAt, processInstanceId, reopenCount);
  }

  /** As it stands once bound to the process instance that works on it. */
  GrievanceItem boundTo(String instanceId) {
    return new GrievanceItem(id, reference, unitId, category, title, content, proposal, contact, status, route,
        departmentId, submittedBy, submittedAt, updatedAt, closedAt, instanceId, reopenCount);
  }

  /** As it stands after the unit reopened it. */
  GrievanceItem reopened(OffsetDateTime at) {
    return new GrievanceItem(id, reference, unitId, category, title, content, proposal, contact, status, route,
        departmentId, submittedBy, submittedAt, at, closedAt, processInstanceId, reopenCount + 1);
  }
}
