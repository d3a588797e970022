package vn.police.grievance.tasklist;

import java.util.Set;

/**
 * Who works a user task, and so what its context may show ({@link TaskContext}). Decided
 * by the task's definition key: a task's candidate group may be an expression, but who it is for
 * is fixed by the diagram.
 */
public enum TaskAudience {
  /** Reception, departments, leadership: they read the whole deliberation on the item. */
  PROVINCE_STAFF,
  /**
   * The commune unit that submitted the item: it reads what the app API shows it, its own words and
   * the delivered answer, never the province's internal reasons or drafts.
   */
  UNIT;

  /**
   * The tasks a unit works. A new unit-facing task is added here; the diagram rules fail the build
   * when a task offered to {@code ${unitId}} is missing, as it would show the unit everything.
   */
  static final Set<String> UNIT_TASKS = Set.of("userTask_confirmAnswer");

  public static TaskAudience of(String taskDefinitionKey) {
    return UNIT_TASKS.contains(taskDefinitionKey) ? UNIT : PROVINCE_STAFF;
  }
}
