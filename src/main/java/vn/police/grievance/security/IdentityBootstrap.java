package vn.police.grievance.security;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.police.grievance.organisation.IdentitySync;
import vn.police.grievance.organisation.OrgUnitRepository;
import vn.police.grievance.organisation.UnitAdded;
import vn.police.grievance.system.StartupLock;

/**
 * On every start, every organisation unit has its group and its role's engine grants; a unit
 * added later gets them the moment it is added. At start-up one node at a time, so that nodes
 * started together neither create a group twice nor overwrite each other's.
 */
@Component
@Order(20)
class IdentityBootstrap implements ApplicationRunner {

  private final OrgUnitRepository units;
  private final IdentitySync identitySync;
  private final AuthorizationSetup authorizationSetup;
  private final StartupLock lock;

  IdentityBootstrap(
      OrgUnitRepository units, IdentitySync identitySync, AuthorizationSetup authorizationSetup, StartupLock lock) {
    this.units = units;
    this.identitySync = identitySync;
    this.authorizationSetup = authorizationSetup;
    this.lock = lock;
  }

  @Override
  public void run(ApplicationArguments args) {
    lock.run("the units' groups and grants", () -> {
      identitySync.syncGroups();
      units.findAll().forEach(authorizationSetup::grant);
    });
  }

  @EventListener
  void onUnitAdded(UnitAdded event) {
    authorizationSetup.grant(event.unit());
  }
}
