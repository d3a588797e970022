package vn.police.grievance.organisation;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Component;
import vn.police.grievance.system.Groups;

/**
 * Every organisation unit is a Camunda group of the same id (departments also have a group for
 * their heads), so adding a unit in the application's tables is all it takes to route work to it.
 */
@Component
public class IdentitySync {

  private final OrgUnitRepository units;
  private final IdentityService identity;

  public IdentitySync(OrgUnitRepository units, IdentityService identity) {
    this.units = units;
    this.identity = identity;
  }

  public void syncGroups() {
    units.findAll().forEach(this::syncGroups);
    // the one group that is no unit: operations staff, who see metrics and no items
    ensureGroup(Groups.OPERATORS, "Vận hành hệ thống", "Vận hành");
  }

  public void syncGroups(OrgUnit unit) {
    // the group's type is what Camunda Admin lists next to its name: Vietnamese, never a raw kind
    ensureGroup(unit.id(), unit.nameVi(), unit.kind().labelVi());
    if (unit.kind() == UnitKind.DEPARTMENT) {
      ensureGroup(unit.headGroupId(), "Lãnh đạo " + unit.nameVi(), "Lãnh đạo phòng");
    }
  }

  private void ensureGroup(String id, String name, String type) {
    Group group = identity.createGroupQuery().groupId(id).singleResult();
    if (group == null) {
      group = identity.newGroup(id);
    }
    group.setName(name);
    group.setType(type);
    identity.saveGroup(group);
  }
}
