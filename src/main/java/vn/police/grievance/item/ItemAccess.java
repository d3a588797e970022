package vn.police.grievance.item;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.police.grievance.organisation.OrgUnit;
import vn.police.grievance.organisation.OrgUnitRepository;
import vn.police.grievance.organisation.UnitKind;
import vn.police.grievance.security.CurrentUser;

/**
 * Which items a person may read. A commune unit reads its own items, a district its communes'
 * items; provincial staff (reception, departments, leadership, auditors, administrators) read all.
 */
@Component
public class ItemAccess {

  private final OrgUnitRepository units;

  public ItemAccess(OrgUnitRepository units) {
    this.units = units;
  }

  /** The units whose items the user may read; null means every unit. */
  public Set<String> readableUnits(CurrentUser user) {
    List<OrgUnit> memberOf = units.findByIds(user.groups());
    boolean provincialStaff =
        user.isAdministrator()
            || memberOf.stream()
                .anyMatch(u -> u.kind() != UnitKind.COMMUNE && u.kind() != UnitKind.DISTRICT);
    if (provincialStaff) {
      return null;
    }
    Set<String> readable = new HashSet<>();
    for (OrgUnit unit : memberOf) {
      readable.add(unit.id());
      if (unit.kind() == UnitKind.DISTRICT) {
        units.findAll().stream()
            .filter(u -> unit.id().equals(u.parentId()))
            .forEach(u -> readable.add(u.id()));
      }
    }
    return readable;
  }

  public boolean mayRead(CurrentUser user, GrievanceItem item) {
    Set<String> readable = readableUnits(user);
    return readable == null || readable.contains(item.unitId());
  }
}
