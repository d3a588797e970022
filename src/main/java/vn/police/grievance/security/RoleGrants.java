package vn.police.grievance.security;

import static org.camunda.bpm.engine.authorization.Permissions.ACCESS;
import static org.camunda.bpm.engine.authorization.Permissions.ALL;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Permissions.READ_HISTORY;
import static org.camunda.bpm.engine.authorization.Permissions.READ_INSTANCE;
import static org.camunda.bpm.engine.authorization.Permissions.READ_TASK;
import static org.camunda.bpm.engine.authorization.Resources.APPLICATION;
import static org.camunda.bpm.engine.authorization.Resources.DECISION_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.DECISION_REQUIREMENTS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.DEPLOYMENT;
import static org.camunda.bpm.engine.authorization.Resources.FILTER;
import static org.camunda.bpm.engine.authorization.Resources.GROUP;
import static org.camunda.bpm.engine.authorization.Resources.OPERATION_LOG_CATEGORY;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.TASK;
import static org.camunda.bpm.engine.authorization.Resources.USER;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.UserOperationLogCategoryPermissions;
import vn.police.grievance.organisation.UnitKind;
import vn.police.grievance.process.ProcessVariables;

/**
 * What each kind of unit may do in the engine, one row per role. Tasks need no row: the engine
 * grants a task to its candidate group when it creates the task, so a commune sees only its own
 * confirmation tasks and a department only its own study tasks.
 */
final class RoleGrants {

  private RoleGrants() {}

  record Grant(Resource resource, String resourceId, Permission... permissions) {}

  static final String ANY = "*";

  /** Everyone who works in Tasklist: the app itself, the shared filters, names of people. */
  private static final List<Grant> TASKLIST_USER =
      List.of(
          new Grant(APPLICATION, "tasklist", ACCESS),
          new Grant(FILTER, ANY, READ),
          new Grant(USER, ANY, READ),
          new Grant(GROUP, ANY, READ));

  /** Works on tasks of both diagrams: the engine reads their definitions on the worker's behalf. */
  private static final List<Grant> TASK_WORKER =
      List.of(
          new Grant(PROCESS_DEFINITION, ProcessVariables.GRIEVANCE_PROCESS, READ),
          new Grant(PROCESS_DEFINITION, ProcessVariables.DEPARTMENT_STUDY_PROCESS, READ));

  /** May start an item from the Tasklist start form. */
  private static final List<Grant> SUBMITTER =
      List.of(
          new Grant(PROCESS_DEFINITION, ProcessVariables.GRIEVANCE_PROCESS, READ, CREATE_INSTANCE),
          new Grant(PROCESS_INSTANCE, ANY, CREATE));

  /**
   * Sends items to a department (triage) or back to it (sign-off): the engine reads the called
   * department-study definition and creates its instance on the caller's behalf.
   */
  private static final List<Grant> CALLS_DEPARTMENT_STUDY =
      List.of(
          new Grant(PROCESS_DEFINITION, ProcessVariables.DEPARTMENT_STUDY_PROCESS, READ),
          new Grant(PROCESS_INSTANCE, ANY, CREATE));

  /**
   * Plans listening conferences and works their steps (the secretary from the reception office, the
   * chair from the leadership): the conference's own process, started by the application as them.
   */
  private static final List<Grant> CONFERENCE_ORGANISER =
      List.of(
          new Grant(PROCESS_DEFINITION, ProcessVariables.CONFERENCE_PROCESS, READ, CREATE_INSTANCE),
          new Grant(PROCESS_INSTANCE, ANY, CREATE));

  /** Reads definitions and the complete history, changes nothing. */
  private static final List<Grant> HISTORY_READER =
      List.of(
          new Grant(APPLICATION, "cockpit", ACCESS),
          new Grant(PROCESS_DEFINITION, ANY, READ, READ_HISTORY),
          new Grant(DECISION_DEFINITION, ANY, READ, READ_HISTORY),
          new Grant(DECISION_REQUIREMENTS_DEFINITION, ANY, READ),
          new Grant(DEPLOYMENT, ANY, READ),
          new Grant(OPERATION_LOG_CATEGORY, ANY, UserOperationLogCategoryPermissions.READ));

  /** Watches the running flow in Cockpit as well. */
  private static final List<Grant> RUNTIME_READER =
      List.of(
          new Grant(PROCESS_DEFINITION, ANY, READ_INSTANCE, READ_TASK),
          new Grant(PROCESS_INSTANCE, ANY, READ),
          new Grant(TASK, ANY, READ));

  static final Map<UnitKind, List<Grant>> BY_KIND =
      Map.of(
          UnitKind.COMMUNE, concat(TASKLIST_USER, TASK_WORKER, SUBMITTER),
          UnitKind.SPECIAL_ZONE, concat(TASKLIST_USER, TASK_WORKER, SUBMITTER),
          UnitKind.DISTRICT, TASKLIST_USER,
          UnitKind.RECEPTION, concat(TASKLIST_USER, TASK_WORKER, SUBMITTER, CALLS_DEPARTMENT_STUDY, CONFERENCE_ORGANISER),
          UnitKind.DEPARTMENT, concat(TASKLIST_USER, TASK_WORKER),
          UnitKind.LEADERSHIP,
          concat(TASKLIST_USER, HISTORY_READER, RUNTIME_READER, CALLS_DEPARTMENT_STUDY, CONFERENCE_ORGANISER),
          // inspectors read definitions, history and history variables, and nothing else: the running
          // state of an item is in its audit file; Cockpit's runtime views stay the leadership's
          UnitKind.AUDIT, HISTORY_READER,
          UnitKind.ADMINISTRATION, administrator(),
          UnitKind.PROVINCE, List.of());

  /** Department heads review in Tasklist like their officers. */
  static final List<Grant> DEPARTMENT_HEAD = concat(TASKLIST_USER, TASK_WORKER);

  private static List<Grant> administrator() {
    return Arrays.stream(Resources.values())
        .filter(r -> r != Resources.HISTORIC_TASK && r != Resources.HISTORIC_PROCESS_INSTANCE && r != Resources.OPERATION_LOG_CATEGORY
            && r != Resources.OPTIMIZE)
        .map(r -> new Grant(r, ANY, ALL))
        .toList();
  }

  @SafeVarargs
  private static List<Grant> concat(List<Grant>... lists) {
    return Arrays.stream(lists).flatMap(List::stream).toList();
  }
}
