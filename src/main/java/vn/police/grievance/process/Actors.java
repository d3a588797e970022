package vn.police.grievance.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** Who is acting inside the engine right now: the signed-in user, or the system for timers. */
public final class Actors {

  public static final String SYSTEM = "system";

  private Actors() {}

  public static String current(DelegateExecution execution) {
    return of(execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication());
  }

  public static String current(DelegateTask task) {
    return of(task.getProcessEngineServices().getIdentityService().getCurrentAuthentication());
  }

  private static String of(Authentication authentication) {
    return authentication == null || authentication.getUserId() == null
        ? SYSTEM
        : authentication.getUserId();
  }

}
