package vn.police.grievance.process.mapping;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.springframework.stereotype.Component;

/**
 * The engine's authorization manager without its first step of every command that checks
 * authorizations: {@code SELECT distinct(A.GROUP_ID_) FROM ACT_RU_AUTHORIZATION A}, which reads every
 * grant to drop from the caller's groups those that hold none. The grants are one per open task
 * (ADR 0006), so at 100,000 open tasks that one statement read every one of them, 10–47 ms, several
 * times per Tasklist request, and nine times per item's route.
 *
 * <p>Leaving a grant-less group in the caller's list changes no answer: every check and every
 * query looks for grants whose group is in the list, and such a group has none. People here belong to
 * one to three groups, so the lists stay short.
 */
@Component
class AuthorizedGroupsUnfiltered extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<SessionFactory> factories = configuration.getCustomSessionFactories() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomSessionFactories());
    factories.add(new SessionFactory() {
      @Override
      public Class<?> getSessionType() {
        return AuthorizationManager.class;
      }

      @Override
      public Session openSession() {
        return new Unfiltered();
      }
    });
    configuration.setCustomSessionFactories(factories);
  }

  /** The engine's manager, taking the caller's groups as they are. */
  static final class Unfiltered extends AuthorizationManager {
    @Override
    public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
      if (authenticatedGroupIds == null || authenticatedGroupIds.isEmpty()) {
        return EMPTY_LIST;
      }
      return new ArrayList<>(authenticatedGroupIds);
    }
  }
}
