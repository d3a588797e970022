package vn.police.grievance.security;

import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.IdentityOperationResult;
import org.camunda.bpm.engine.impl.identity.db.DbIdentityServiceProvider;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.springframework.stereotype.Component;

/**
 * The engine's own user store, which forgets every remembered password check ({@link
 * VerifiedCredentials}) whenever a person, a group, a membership or a tenant changes through it:
 * Camunda Admin, the identity REST API and the application's unit set-up all write through here.
 * It forgets at the change and once more when the change commits, so that a request checked in
 * between, against the old state, is not remembered past the commit.
 */
@Component
class IdentityChangesForgetCredentials extends AbstractProcessEnginePlugin {

  private final VerifiedCredentials verified;

  IdentityChangesForgetCredentials(VerifiedCredentials verified) {
    this.verified = verified;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setIdentityProviderSessionFactory(new SessionFactory() {
      @Override
      public Class<?> getSessionType() {
        return ForgettingIdentityProvider.class;
      }

      @Override
      public Session openSession() {
        return new ForgettingIdentityProvider(verified);
      }
    });
  }

  /** The engine's database identity provider, telling every write to the remembered checks. */
  static final class ForgettingIdentityProvider extends DbIdentityServiceProvider {
    private final VerifiedCredentials verified;

    ForgettingIdentityProvider(VerifiedCredentials verified) {
      this.verified = verified;
    }

    private <T> T changed(T result) {
      verified.forgetEveryone();
      CommandContext command = Context.getCommandContext();
      if (command != null) {
        command.getTransactionContext().addTransactionListener(TransactionState.COMMITTED, c -> verified.forgetEveryone());
      }
      return result;
    }

    @Override
    public IdentityOperationResult saveUser(User user) {
      return changed(super.saveUser(user));
    }

    @Override
    public IdentityOperationResult deleteUser(String userId) {
      return changed(super.deleteUser(userId));
    }

    @Override
    public IdentityOperationResult unlockUser(String userId) {
      return changed(super.unlockUser(userId));
    }

    @Override
    public IdentityOperationResult saveGroup(Group group) {
      return changed(super.saveGroup(group));
    }

    @Override
    public IdentityOperationResult deleteGroup(String groupId) {
      return changed(super.deleteGroup(groupId));
    }

    @Override
    public IdentityOperationResult saveTenant(Tenant tenant) {
      return changed(super.saveTenant(tenant));
    }

    @Override
    public IdentityOperationResult deleteTenant(String tenantId) {
      return changed(super.deleteTenant(tenantId));
    }

    @Override
    public IdentityOperationResult createMembership(String userId, String groupId) {
      return changed(super.createMembership(userId, groupId));
    }

    @Override
    public IdentityOperationResult deleteMembership(String userId, String groupId) {
      return changed(super.deleteMembership(userId, groupId));
    }

    @Override
    public IdentityOperationResult createTenantUserMembership(String tenantId, String userId) {
      return changed(super.createTenantUserMembership(tenantId, userId));
    }

    @Override
    public IdentityOperationResult createTenantGroupMembership(String tenantId, String groupId) {
      return changed(super.createTenantGroupMembership(tenantId, groupId));
    }

    @Override
    public IdentityOperationResult deleteTenantUserMembership(String tenantId, String userId) {
      return changed(super.deleteTenantUserMembership(tenantId, userId));
    }

    @Override
    public IdentityOperationResult deleteTenantGroupMembership(String tenantId, String groupId) {
      return changed(super.deleteTenantGroupMembership(tenantId, groupId));
    }
  }
}
