package vn.police.grievance.security;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.springframework.stereotype.Component;
import vn.police.grievance.organisation.OrgUnit;
import vn.police.grievance.organisation.UnitKind;
import vn.police.grievance.security.RoleGrants.Grant;

/**
 * Writes the engine grants of {@link RoleGrants} for a unit's group (and its heads' group).
 * Idempotent: permissions are added to an existing authorization, never duplicated.
 */
@Component
public class AuthorizationSetup {

  private final AuthorizationService authorizations;

  AuthorizationSetup(AuthorizationService authorizations) {
    this.authorizations = authorizations;
  }

  public void grant(OrgUnit unit) {
    apply(unit.id(), RoleGrants.BY_KIND.getOrDefault(unit.kind(), List.of()));
    if (unit.kind() == UnitKind.DEPARTMENT) {
      apply(unit.headGroupId(), RoleGrants.DEPARTMENT_HEAD);
    }
  }

  private void apply(String groupId, List<Grant> grants) {
    for (Grant grant : grants) {
      Authorization existing =
          authorizations.createAuthorizationQuery()
              .authorizationType(Authorization.AUTH_TYPE_GRANT)
              .groupIdIn(groupId)
              .resourceType(grant.resource())
              .resourceId(grant.resourceId())
              .singleResult();
      Authorization authorization = existing;
      if (authorization == null) {
        authorization = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        authorization.setGroupId(groupId);
        authorization.setResource(grant.resource());
        authorization.setResourceId(grant.resourceId());
      }
      boolean changed = existing == null;
      for (Permission permission : grant.permissions()) {
        if (!authorization.isPermissionGranted(permission)) {
          authorization.addPermission(permission);
          changed = true;
        }
      }
      if (changed) {
        authorizations.saveAuthorization(authorization);
      }
    }
  }
}
