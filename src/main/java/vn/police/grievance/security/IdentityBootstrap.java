package vn.police.grievance.security;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.police.grievance.organisation.IdentitySync;
import vn.police.grievance.organisation.OrgUnitRepository;
import vn.police.grievance.organisation.UnitAdded;

/**
 * On every start, every organisation unit has its group and its role's engine grants; a unit
 * added later gets them the moment it is added.
 */
@Component
@Order(20)
class IdentityBootstrap implements ApplicationRunner {

  private final OrgUnitRepository units;
  private final IdentitySync identitySync;
  private final AuthorizationSetup authorizationSetup;

  IdentityBootstrap(OrgUnitRepository units, IdentitySync identitySync, AuthorizationSetup authorizationSetup) {
    this.units = units;
    this.identitySync = identitySync;
    this.authorizationSetup = authorizationSetup;
  }

  @Override
  public void run(ApplicationArguments args) {
    identitySync.syncGroups();
    units.findAll().forEach(authorizationSetup::grant);
  }

  @EventListener
  void onUnitAdded(UnitAdded event) {
    authorizationSetup.grant(event.unit());
  }
}
