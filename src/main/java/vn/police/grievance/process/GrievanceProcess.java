package vn.police.grievance.process;

import static vn.police.grievance.process.ProcessVariables.*;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;
import vn.police.grievance.item.GrievanceItem;
import vn.police.grievance.system.CurrentUser;

/**
 * The one place where application code drives the grievance process. Every call runs with the
 * caller's identity set on the engine, so the engine's authorization checks and its user
 * operation log see who acted.
 */
@Component
public class GrievanceProcess {

  private final RuntimeService runtime;
  private final org.camunda.bpm.engine.TaskService tasks;
  private final org.camunda.bpm.engine.HistoryService history;
  private final IdentityService identity;

  public GrievanceProcess(
      RuntimeService runtime,
      org.camunda.bpm.engine.TaskService tasks,
      org.camunda.bpm.engine.HistoryService history,
      IdentityService identity) {
    this.runtime = runtime;
    this.tasks = tasks;
    this.history = history;
    this.identity = identity;
  }

  /** Starts handling of an item already saved; returns the process instance id. */
  public String start(GrievanceItem item, CurrentUser user) {
    return start(item, user, Map.of());
  }

  /**
   * Starts handling of an item raised at a listening conference: it waits there until the
   * conference decides on it.
   */
  public String startAtConference(GrievanceItem item, long conferenceId, CurrentUser user) {
    return start(item, user, Map.of(CONFERENCE_ID, conferenceId));
  }

  private String start(GrievanceItem item, CurrentUser user, Map<String, Object> more) {
    Map<String, Object> variables = new java.util.HashMap<>(more);
    variables.put(GRIEVANCE_ID, item.id());
    variables.put(REFERENCE, item.reference());
    variables.put(UNIT_ID, item.unitId());
    variables.put(CATEGORY, item.category().name());
    return as(user, () -> runtime.startProcessInstanceByKey(GRIEVANCE_PROCESS, item.reference(), variables).getId());
  }

  /** An open step of an item, as an officer works on it: its activity id and its name. */
  public record OpenStep(String taskId, String key, String name) {}

  /**
   * The open step {@code taskId} of the item, if {@code userId} holds it (has claimed it): what an
   * officer attaches while working on a step belongs to that step. Read as the application, since
   * the question is exactly whether the person holds the task.
   */
  public java.util.Optional<OpenStep> stepHeldBy(String taskId, long itemId, String userId) {
    var caller = identity.getCurrentAuthentication();
    identity.clearAuthentication();
    try {
      org.camunda.bpm.engine.task.Task task = tasks.createTaskQuery().taskId(taskId).taskAssignee(userId).singleResult();
      if (task == null || !Long.valueOf(itemId).equals(asLong(tasks.getVariable(taskId, GRIEVANCE_ID)))) {
        return java.util.Optional.empty();
      }
      String name = task.getName() == null ? task.getTaskDefinitionKey() : task.getName();
      // the task list's name is "step · reference · unit · category": the step is its first part
      int cut = name.indexOf(" · ");
      return java.util.Optional.of(new OpenStep(task.getId(), task.getTaskDefinitionKey(), cut > 0 ? name.substring(0, cut) : name));
    } finally {
      if (caller != null) {
        identity.setAuthentication(caller);
      }
    }
  }

  /** The item an open task works on, if it is one of an item's steps. Read as the application. */
  public java.util.Optional<Long> itemOfTask(String taskId) {
    var caller = identity.getCurrentAuthentication();
    identity.clearAuthentication();
    try {
      if (tasks.createTaskQuery().taskId(taskId).count() == 0) {
        return java.util.Optional.empty();
      }
      return java.util.Optional.ofNullable(asLong(tasks.getVariable(taskId, GRIEVANCE_ID)));
    } finally {
      if (caller != null) {
        identity.setAuthentication(caller);
      }
    }
  }

  private static Long asLong(Object value) {
    return value instanceof Number n ? Long.valueOf(n.longValue()) : null;
  }

  /**
   * The earliest due date of the open steps of each item, by reference (an item's department study
   * runs in a process of its own under the same business key). Read as the application: the caller
   * decided which items the person may see.
   */
  public Map<String, java.util.Date> dueOfOpenSteps(java.util.Collection<String> references) {
    Map<String, java.util.Date> due = new java.util.HashMap<>();
    if (references.isEmpty()) {
      return due;
    }
    var caller = identity.getCurrentAuthentication();
    identity.clearAuthentication();
    try {
      String[] keys = references.toArray(String[]::new);
      Map<String, String> keyOfInstance = new java.util.HashMap<>();
      history.createHistoricProcessInstanceQuery().processInstanceBusinessKeyIn(keys).unfinished().list()
          .forEach(instance -> keyOfInstance.put(instance.getId(), instance.getBusinessKey()));
      for (org.camunda.bpm.engine.task.Task task : tasks.createTaskQuery().processInstanceBusinessKeyIn(keys).list()) {
        String key = keyOfInstance.get(task.getProcessInstanceId());
        if (key != null && task.getDueDate() != null) {
          due.merge(key, task.getDueDate(), (a, b) -> a.before(b) ? a : b);
        }
      }
    } finally {
      if (caller != null) {
        identity.setAuthentication(caller);
      }
    }
    return due;
  }

  private <T> T as(CurrentUser user, Supplier<T> call) {
    identity.setAuthentication(user.userId(), List.copyOf(user.groups()));
    try {
      return call.get();
    } finally {
      identity.clearAuthentication();
    }
  }
}
