package vn.police.grievance.audit;

import java.time.OffsetDateTime;

/**
 * One line of an item's file: when, who, what (a Vietnamese label), the detail and the reason.
 *
 * @param source where the line comes from: the application's journal or the engine's history
 * @param kind a stable code: an {@link vn.police.grievance.item.EventType} name for journal lines,
 *     otherwise TASK_CREATED, TASK_COMPLETED, TASK_CANCELLED, TASK_CLAIMED, TASK_UNCLAIMED,
 *     TASK_ASSIGNED, TASK_DELEGATED, TASK_RESOLVED, OPERATION_&lt;engine operation&gt;, PROCESS_STARTED,
 *     PROCESS_ENDED, DECISION_EVALUATED, INCIDENT_CREATED, INCIDENT_RESOLVED
 * @param actor user id, or group id for a step offered to a group, or "system"
 * @param actorName the person's or unit's name
 * @param step the step (user task or process) the line belongs to, in Vietnamese
 * @param stepId the same step's id: the task definition key (userTask_triage), the process
 *     definition key, or the deadline step (TRIAGE) of a reminder
 * @param due the step's due date, on lines of steps that have one
 * @param timing "Đúng hạn", "Trễ hạn N ngày làm việc", or the same for an open step
 * @param workingDaysLate working days after the due date (0 when on time), when known
 * @param position the journal row's position in the hash chain
 * @param hash the journal row's hash
 */
public record TimelineEntry(
    OffsetDateTime at,
    Source source,
    String kind,
    String label,
    String actor,
    String actorName,
    String step,
    String stepId,
    String detail,
    String reason,
    OffsetDateTime due,
    String timing,
    Integer workingDaysLate,
    String processInstanceId,
    Long position,
    String hash) {

  public enum Source {
    /** The application's own journal (decisions, reasons, reminders), hash-chained. */
    JOURNAL,
    /** A user task of the engine: offered, completed or cancelled. */
    TASK,
    /** An operation a user performed through the engine (claim, delegate, ...): its operation log. */
    OPERATION,
    /** A process instance started or ended. */
    PROCESS,
    /** A decision table evaluated. */
    DECISION,
    /** A technical failure of a step. */
    INCIDENT
  }
}
