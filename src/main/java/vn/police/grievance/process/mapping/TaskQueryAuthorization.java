package vn.police.grievance.process.mapping;

import org.camunda.bpm.engine.impl.db.AuthorizationCheck;

/**
 * How the task query checks authorizations (ADR 0006). Camunda 7.24 joins the authorization rows
 * of the user and their groups into the task rows on {@code RESOURCE_ID_ IN (RES.ID_, D.KEY_, '*')}
 * and keeps the tasks that found one. PostgreSQL can neither hash nor merge such a join, so it
 * nested-loops every visible task against every grant of the user's groups, and the engine grants
 * each task to its candidate group: the work grows with the square of the open tasks (73 s for
 * Tasklist's count at 20,000). {@link #EXISTS} asks the same question per task with an
 * {@code EXISTS} sub-query that finds the task's grant through the index on {@code RESOURCE_ID_},
 * the rewrite Operaton merged (operaton/operaton#3152).
 *
 * <p>The patched copies of the engine's {@code Task.xml} and {@code VariableInstance.xml} ask
 * {@link #appliesTo} on every task query and every variable query (Tasklist reads a page's card
 * variables through the latter, which joined the caller's grants the same way).
 * The choice is read at run time, not baked into the mapping, so that the benchmark measures both
 * on the same data in one run; the application sets it once at start-up.
 */
public enum TaskQueryAuthorization {
  /** The engine's own join. */
  JOIN,
  /** One {@code EXISTS} sub-query per task: the same grants, found through the index. */
  EXISTS;

  private static volatile TaskQueryAuthorization current = EXISTS;

  public static TaskQueryAuthorization current() {
    return current;
  }

  public static void use(TaskQueryAuthorization strategy) {
    current = strategy;
  }

  /**
   * Whether this query's check is the {@code EXISTS} one. Only the check the engine would join
   * (authorizations on, a user, revokes not checked, plain grants without composite checks) is
   * rewritten; every other case keeps the engine's own SQL, revoke sub-queries included.
   */
  public static boolean appliesTo(AuthorizationCheck check) {
    return current == EXISTS
        && check != null
        // the getter is what the mapping reads as authCheck.shouldPerformAuthorizatioCheck
        && check.getShouldPerformAuthorizatioCheck()
        && check.getAuthUserId() != null
        && !check.isRevokeAuthorizationCheckEnabled()
        && (check.getPermissionChecks().getCompositeChecks() == null
            || check.getPermissionChecks().getCompositeChecks().isEmpty());
  }
}
