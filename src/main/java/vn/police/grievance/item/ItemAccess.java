package vn.police.grievance.item;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.police.grievance.organisation.OrgUnit;
import vn.police.grievance.organisation.OrgUnitRepository;
import vn.police.grievance.organisation.UnitKind;
import vn.police.grievance.system.CurrentUser;

/**
 * Which items a person may read, the same scope as their work in the engine: a commune its own
 * items, a district its communes' items, a department (officers and head) the items sent to it or
 * on which it was consulted; the reception office, the leadership, auditors and administrators
 * every item.
 */
@Component
public class ItemAccess {

  private static final Set<UnitKind> PROVINCE_WIDE =
      Set.of(UnitKind.RECEPTION, UnitKind.LEADERSHIP, UnitKind.AUDIT, UnitKind.ADMINISTRATION);

  private final OrgUnitRepository units;
  private final ItemRepository items;

  public ItemAccess(OrgUnitRepository units, ItemRepository items) {
    this.units = units;
    this.items = items;
  }

  public ItemScope scopeOf(CurrentUser user) {
    List<OrgUnit> memberOf = units.findByIds(withDepartmentsOfHeads(user.groups()));
    if (user.isAdministrator() || memberOf.stream().anyMatch(u -> PROVINCE_WIDE.contains(u.kind()))) {
      return ItemScope.all();
    }
    Set<String> unitIds = new HashSet<>();
    Set<String> departmentIds = new HashSet<>();
    for (OrgUnit unit : memberOf) {
      switch (unit.kind()) {
        case COMMUNE, SPECIAL_ZONE -> unitIds.add(unit.id());
        case DISTRICT -> {
          unitIds.add(unit.id());
          units.findAll().stream().filter(u -> unit.id().equals(u.parentId())).forEach(u -> unitIds.add(u.id()));
        }
        case DEPARTMENT -> departmentIds.add(unit.id());
        default -> { }
      }
    }
    return ItemScope.of(unitIds, departmentIds);
  }

  public boolean mayRead(CurrentUser user, GrievanceItem item) {
    ItemScope scope = scopeOf(user);
    if (scope.everything() || scope.unitIds().contains(item.unitId())) {
      return true;
    }
    if (item.departmentId() != null && scope.departmentIds().contains(item.departmentId())) {
      return true;
    }
    return !scope.departmentIds().isEmpty()
        && items.consultedDepartments(item.id()).stream().anyMatch(scope.departmentIds()::contains);
  }

  /** A department head's group is "<department>-head": the head sees what the department sees. */
  private static Set<String> withDepartmentsOfHeads(Set<String> groups) {
    Set<String> ids = new HashSet<>(groups);
    for (String group : groups) {
      if (group.endsWith("-head")) {
        ids.add(group.substring(0, group.length() - "-head".length()));
      }
    }
    return ids;
  }
}
