package vn.police.grievance.tasklist;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.camunda.bpm.engine.task.TaskQuery;

/**
 * One filter of the Tasklist's left column: its name and description as officers read them, its
 * place in the column, and the task query it runs. The query keeps its {@code ${currentUser()}}
 * style expressions: the engine evaluates them for whoever opens the filter.
 *
 * @param query narrows a fresh task query; the ordering by due date is added for every filter
 */
record TasklistFilter(
    String name, String description, int priority, String color, UnaryOperator<TaskQuery> query) {

  /**
   * What each task card shows besides the task name: the item's title and the step's due date as
   * dd/MM/yyyy. Both are task-local variables the task listener sets when the task is created.
   */
  static final List<Map<String, String>> CARD_VARIABLES =
      List.of(
          Map.of("name", "ctxTitle", "label", "Tiêu đề"),
          Map.of("name", "ctxDue", "label", "Hạn xử lý"));

  /** The properties the 7.24 Tasklist reads from a filter. */
  Map<String, Object> properties() {
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("description", description);
    properties.put("priority", priority);
    properties.put("color", color);
    // the list reloads by itself, so a task handed on by a colleague appears without a reload
    properties.put("refresh", true);
    properties.put("variables", CARD_VARIABLES);
    properties.put("showUndefinedVariable", false);
    return properties;
  }
}
