package vn.police.grievance.audit;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.authorization.UserOperationLogCategoryPermissions;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.police.grievance.security.Groups;

/**
 * What inspectors may do in the engine: open Cockpit and read every definition, instance, task and
 * their history and operation log; nothing else. The grants take effect when the engine's
 * authorization checks are switched on; until then (and in any case) the front door refuses every
 * request of an inspector that could change something (security/ReadOnlyAuditors). Created once,
 * never widened: an administrator's later change stays.
 */
@Component
@Order(30)
class AuditorEngineGrants implements ApplicationRunner {

  record Grant(Resource resource, String resourceId, List<Permission> permissions) {}

  static final List<Grant> GRANTS = List.of(
      new Grant(Resources.APPLICATION, "cockpit", List.of(Permissions.ACCESS)),
      new Grant(Resources.PROCESS_DEFINITION, "*", List.of(ProcessDefinitionPermissions.READ,
          ProcessDefinitionPermissions.READ_HISTORY, ProcessDefinitionPermissions.READ_INSTANCE,
          ProcessDefinitionPermissions.READ_TASK)),
      new Grant(Resources.PROCESS_INSTANCE, "*", List.of(ProcessInstancePermissions.READ)),
      new Grant(Resources.TASK, "*", List.of(TaskPermissions.READ)),
      new Grant(Resources.HISTORIC_PROCESS_INSTANCE, "*", List.of(HistoricProcessInstancePermissions.READ)),
      new Grant(Resources.HISTORIC_TASK, "*", List.of(HistoricTaskPermissions.READ)),
      new Grant(Resources.DECISION_DEFINITION, "*", List.of(Permissions.READ, Permissions.READ_HISTORY)),
      new Grant(Resources.DECISION_REQUIREMENTS_DEFINITION, "*", List.of(Permissions.READ)),
      new Grant(Resources.DEPLOYMENT, "*", List.of(Permissions.READ)),
      new Grant(Resources.OPERATION_LOG_CATEGORY, "*", List.of(UserOperationLogCategoryPermissions.READ)));

  private final AuthorizationService authorizations;

  AuditorEngineGrants(AuthorizationService authorizations) {
    this.authorizations = authorizations;
  }

  @Override
  public void run(ApplicationArguments args) {
    for (Grant grant : GRANTS) {
      boolean exists = authorizations.createAuthorizationQuery()
          .groupIdIn(Groups.AUDITORS)
          .resourceType(grant.resource())
          .resourceId(grant.resourceId())
          .count() > 0;
      if (!exists) {
        Authorization authorization = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        authorization.setGroupId(Groups.AUDITORS);
        authorization.setResource(grant.resource());
        authorization.setResourceId(grant.resourceId());
        grant.permissions().forEach(authorization::addPermission);
        authorizations.saveAuthorization(authorization);
      }
    }
  }
}
