package vn.police.grievance.process.mapping;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.DbEntity;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The engine's authorizations as the application uses them: grants only, and two round trips of
 * every command that checks authorizations left out.
 *
 * <ol>
 *   <li><b>No revokes.</b> Who may do what is granted (the role grants, the engine's per-task grants);
 *       nothing is ever taken back with a REVOKE entry. The engine, not knowing that, asks before
 *       each command's first check whether the caller has any revoke ({@code authorizationCheckRevokes
 *       = auto}). Here it is told {@code never}, and the store refuses a revoke from any route (Admin,
 *       the REST API, Java) with a 400, so that none can exist and be silently ignored. A database
 *       that holds revokes from before keeps the engine's check ({@code auto}), with a warning.
 *   <li><b>The caller's groups as they are.</b> Before its first check the engine reads {@code SELECT
 *       distinct(A.GROUP_ID_) FROM ACT_RU_AUTHORIZATION A}, every grant, to drop the caller's groups
 *       that hold none. The grants are one per open task (ADR 0006): at 100,000 open tasks that
 *       statement alone took 10–47 ms, several times per Tasklist request. A grant-less group left in
 *       the list matches no grant, so no answer changes; people belong to one to three groups.
 * </ol>
 */
@Component
class GrantsOnlyAuthorizations extends AbstractProcessEnginePlugin {

  private static final Logger LOG = LoggerFactory.getLogger(GrantsOnlyAuthorizations.class);

  static final String REVOKES_REFUSED =
      "Hệ thống chỉ dùng quyền cấp (GRANT), không dùng quyền thu hồi (REVOKE): hãy bỏ quyền cấp tương ứng"
          + " (revoke authorizations are not used: remove the grant instead)";

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setAuthorizationCheckRevokes(ProcessEngineConfigurationImpl.AUTHORIZATION_CHECK_REVOKE_NEVER);
    List<SessionFactory> factories = configuration.getCustomSessionFactories() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomSessionFactories());
    factories.add(new SessionFactory() {
      @Override
      public Class<?> getSessionType() {
        return AuthorizationManager.class;
      }

      @Override
      public Session openSession() {
        return new Manager();
      }
    });
    configuration.setCustomSessionFactories(factories);
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    long revokes = engine.getAuthorizationService().createAuthorizationQuery()
        .authorizationType(Authorization.AUTH_TYPE_REVOKE).count();
    if (revokes > 0) {
      ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
          .setAuthorizationCheckRevokes(ProcessEngineConfigurationImpl.AUTHORIZATION_CHECK_REVOKE_AUTO);
      LOG.warn("{} revoke authorizations exist: the engine keeps checking revokes before every command."
          + " Replace them by removing the grants they take back; new ones are refused.", revokes);
    }
  }

  /** The engine's manager, with the caller's groups as they are and no revokes stored. */
  static final class Manager extends AuthorizationManager {

    @Override
    public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
      if (authenticatedGroupIds == null || authenticatedGroupIds.isEmpty()) {
        return EMPTY_LIST;
      }
      return new ArrayList<>(authenticatedGroupIds);
    }

    @Override
    public void validateResourceCompatibility(AuthorizationEntity authorization) {
      refuseRevoke(authorization);
      super.validateResourceCompatibility(authorization);
    }

    @Override
    public void insert(DbEntity authorization) {
      if (authorization instanceof AuthorizationEntity) {
        refuseRevoke((AuthorizationEntity) authorization);
      }
      super.insert(authorization);
    }

    @Override
    public void update(AuthorizationEntity authorization) {
      refuseRevoke(authorization);
      super.update(authorization);
    }

    private static void refuseRevoke(AuthorizationEntity authorization) {
      if (authorization.getAuthorizationType() == Authorization.AUTH_TYPE_REVOKE) {
        throw new BadUserRequestException(REVOKES_REFUSED);
      }
    }
  }
}
