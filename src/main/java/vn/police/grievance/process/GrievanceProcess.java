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
  private final IdentityService identity;

  public GrievanceProcess(RuntimeService runtime, IdentityService identity) {
    this.runtime = runtime;
    this.identity = identity;
  }

  /** Starts handling of an item already saved; returns the process instance id. */
  public String start(GrievanceItem item, CurrentUser user) {
    return as(
        user,
        () ->
            runtime
                .startProcessInstanceByKey(
                    GRIEVANCE_PROCESS,
                    item.reference(),
                    Map.of(
                        GRIEVANCE_ID, item.id(),
                        REFERENCE, item.reference(),
                        UNIT_ID, item.unitId(),
                        CATEGORY, item.category().name()))
                .getId());
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
