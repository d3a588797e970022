package vn.police.grievance.tasklist;

import java.util.Map;
import java.util.Set;

/**
 * The read-only context a task's form shows (the item, the decisions so far, the step's choices),
 * computed when it is read rather than stored in the task. The front door adds it to what the
 * engine answers for a task's variables, and checks a data-driven choice against it.
 */
public interface TaskContextReader {

  /** A context value as the engine REST API writes a variable: its type ("String" or "Json") and its text. */
  record Shown(String type, String value) {}

  /**
   * The values of these names that the task's context holds; names it does not compute are left
   * out. Called only for a task the caller may read; empty for a task that does not exist.
   */
  Map<String, Shown> read(String taskId, Set<String> names);
}
