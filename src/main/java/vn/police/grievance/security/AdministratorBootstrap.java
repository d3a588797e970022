package vn.police.grievance.security;

import vn.police.grievance.system.Groups;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.police.grievance.system.StartupLock;

/**
 * The first administrator of a production installation comes from the environment
 * (GRIEVANCE_ADMIN_USER, GRIEVANCE_ADMIN_PASSWORD): there are no built-in default credentials.
 * Created once (by one node, when several start together); later changes are made in Camunda Admin.
 */
@Component
@Order(25)
class AdministratorBootstrap implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(AdministratorBootstrap.class);

  private final IdentityService identity;
  private final String userId;
  private final String password;
  private final StartupLock lock;

  AdministratorBootstrap(
      IdentityService identity,
      @Value("${grievance.admin.user:}") String userId,
      @Value("${grievance.admin.password:}") String password,
      StartupLock lock) {
    this.identity = identity;
    this.userId = userId;
    this.password = password;
    this.lock = lock;
  }

  @Override
  public void run(ApplicationArguments args) {
    lock.run("the first administrator", this::ensureAdministrator);
  }

  private void ensureAdministrator() {
    if (userId.isBlank()) {
      if (identity.createUserQuery().memberOfGroup(Groups.ADMINISTRATORS).count() == 0) {
        LOG.warn("No administrator exists: set GRIEVANCE_ADMIN_USER and GRIEVANCE_ADMIN_PASSWORD to create the first one");
      }
      return;
    }
    if (identity.createUserQuery().userId(userId).count() > 0) {
      return;
    }
    if (password.isBlank()) {
      throw new IllegalStateException("GRIEVANCE_ADMIN_PASSWORD must be set together with GRIEVANCE_ADMIN_USER");
    }
    User admin = identity.newUser(userId);
    admin.setFirstName("Quản trị");
    admin.setLastName("Hệ thống");
    admin.setPassword(password);
    identity.saveUser(admin);
    identity.createMembership(userId, Groups.ADMINISTRATORS);
    LOG.info("Created the first administrator {}", userId);
  }
}
