package vn.police.grievance.process;

import static vn.police.grievance.process.ProcessVariables.*;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import vn.police.grievance.system.CurrentUser;

/**
 * The one place where application code drives a listening conference's process and tells the
 * items raised there what the conference decided.
 *
 * <p>Starting a conference and completing its steps run as the person acting, so the engine's
 * authorizations and history see them. Telling an item's process the outcome runs as the
 * application: the conference's rules (who may confirm, who may assign) were checked by the
 * conference itself and are journalled with the person's name, and a chair or secretary holds no
 * engine permission on the items' processes — nor should they, as the engine's write routes would
 * then be theirs too. Inside a running engine command (a step of the conference's own process) the
 * same holds through the command's own switch.
 */
@Component
public class ConferenceProcess {

  private final RuntimeService runtime;
  private final TaskService tasks;
  private final IdentityService identity;

  public ConferenceProcess(RuntimeService runtime, TaskService tasks, IdentityService identity) {
    this.runtime = runtime;
    this.tasks = tasks;
    this.identity = identity;
  }

  /** Starts the conference's process; returns its instance id. */
  public String start(
      long conferenceId, String reference, String chairId, String secretaryId, java.time.LocalDate sessionDay, CurrentUser user) {
    return as(
        user,
        () ->
            runtime
                .startProcessInstanceByKey(
                    CONFERENCE_PROCESS,
                    reference,
                    Map.of(
                        CONFERENCE_ID, conferenceId,
                        CHAIR_ID, chairId,
                        SECRETARY_ID, secretaryId,
                        SESSION_DAY, sessionDay.toString()))
                .getId());
  }

  /** Sends an item waiting at its conference on: ANSWERED, ASSIGNED (with department and deadline) or TRIAGE. */
  public void sendItemOn(String itemInstanceId, String outcome, Map<String, Object> variables) {
    Map<String, Object> all = new HashMap<>(variables);
    all.put(CONFERENCE_OUTCOME, outcome);
    try {
      asApplication(
          () -> {
            runtime
                .createMessageCorrelation(CONFERENCE_OUTCOME_MESSAGE)
                .processInstanceId(itemInstanceId)
                .setVariables(all)
                .correlateWithResult();
            return null;
          });
    } catch (org.camunda.bpm.engine.MismatchingMessageCorrelationException notWaiting) {
      // another request sent the item on first: the conflict is the caller's to retry, not a fault
      throw new vn.police.grievance.system.ConflictException(
          "Ý kiến đã được chuyển xử lý, không còn chờ kết luận của hội nghị (the item was already sent on)");
    }
  }

  /** Tells a conference in follow-up that its last item closed; nothing when it is not waiting for that. */
  public void lastItemClosed(String conferenceInstanceId) {
    asApplication(
        () -> {
          boolean waiting =
              runtime
                      .createEventSubscriptionQuery()
                      .processInstanceId(conferenceInstanceId)
                      .eventName(CONFERENCE_ITEMS_CLOSED_MESSAGE)
                      .count()
                  > 0;
          if (waiting) {
            runtime
                .createMessageCorrelation(CONFERENCE_ITEMS_CLOSED_MESSAGE)
                .processInstanceId(conferenceInstanceId)
                .correlateWithResult();
          }
          return null;
        });
  }

  /**
   * Completes the conference's open step {@code taskKey} with {@code variables}, as the person
   * acting; false when that step is not open.
   */
  public boolean completeStep(String conferenceInstanceId, String taskKey, Map<String, Object> variables, CurrentUser user) {
    return as(user, () -> completeOpen(conferenceInstanceId, taskKey, variables));
  }

  /** Completes the conference's open step as the application (the chair's confirmations were all given one by one). */
  public boolean completeStepAsApplication(String conferenceInstanceId, String taskKey, Map<String, Object> variables) {
    return asApplication(() -> completeOpen(conferenceInstanceId, taskKey, variables));
  }

  private boolean completeOpen(String conferenceInstanceId, String taskKey, Map<String, Object> variables) {
    List<Task> open = tasks.createTaskQuery().processInstanceId(conferenceInstanceId).taskDefinitionKey(taskKey).list();
    if (open.isEmpty()) {
      return false;
    }
    tasks.complete(open.get(0).getId(), variables);
    return true;
  }

  /** The key of the conference's open user step, or null. */
  public String openStep(String conferenceInstanceId) {
    return asApplication(
        () -> {
          Task task = tasks.createTaskQuery().processInstanceId(conferenceInstanceId).active().listPage(0, 1).stream()
              .findFirst().orElse(null);
          return task == null ? null : task.getTaskDefinitionKey();
        });
  }

  private <T> T as(CurrentUser user, Callable<T> call) {
    identity.setAuthentication(user.userId(), List.copyOf(user.groups()));
    try {
      return call.call();
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    } finally {
      identity.clearAuthentication();
    }
  }

  private <T> T asApplication(Callable<T> call) {
    CommandContext running = Context.getCommandContext();
    if (running != null) {
      // a step of a process is running: the nested calls join its command, whose checks we lift
      return running.runWithoutAuthorization(call);
    }
    var caller = identity.getCurrentAuthentication();
    identity.clearAuthentication();
    try {
      return call.call();
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    } finally {
      if (caller != null) {
        identity.setAuthentication(caller);
      }
    }
  }
}
