package vn.police.grievance.figures;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import vn.police.grievance.organisation.OrgUnit;
import vn.police.grievance.organisation.OrgUnitRepository;
import vn.police.grievance.organisation.UnitKind;
import vn.police.grievance.system.CurrentUser;
import vn.police.grievance.system.Groups;

/**
 * Who reads which figures. The leadership, inspectors and administrators read the whole province; a
 * department head the items sent to their department; a district police the items of its communes.
 * Everyone else (officers, communes, the reception office) works from their queues and reads no
 * figures. Reports are province-wide, so only the province-wide readers read them; inspectors read
 * them but, read-only at the front door, never generate one.
 */
@Component
class FiguresAccess {

  static final Set<String> PROVINCE_WIDE = Set.of(Groups.LEADERSHIP, Groups.AUDITORS, Groups.ADMINISTRATORS);

  private final OrgUnitRepository units;

  FiguresAccess(OrgUnitRepository units) {
    this.units = units;
  }

  FiguresScope scopeOf(CurrentUser user) {
    if (user.groups().stream().anyMatch(PROVINCE_WIDE::contains)) {
      return FiguresScope.all();
    }
    Set<String> departments = new HashSet<>();
    Set<String> communes = new HashSet<>();
    List<String> names = new ArrayList<>();
    List<OrgUnit> memberOf = units.findByIds(user.groups());
    for (String group : user.groups()) {
      if (group.endsWith("-head")) {
        units.findById(group.substring(0, group.length() - "-head".length()))
            .filter(u -> u.kind() == UnitKind.DEPARTMENT)
            .ifPresent(d -> {
              departments.add(d.id());
              names.add(d.nameVi());
            });
      }
    }
    for (OrgUnit district : memberOf.stream().filter(u -> u.kind() == UnitKind.DISTRICT).toList()) {
      names.add(district.nameVi());
      communes.add(district.id());
      units.findAll().stream().filter(u -> district.id().equals(u.parentId())).forEach(u -> communes.add(u.id()));
    }
    if (departments.isEmpty() && communes.isEmpty() && names.isEmpty()) {
      throw new AccessDeniedException(
          "Figures are read by the leadership, inspectors, administrators, department heads and districts");
    }
    return FiguresScope.of(communes, departments, String.join("; ", names));
  }

  /** The archive of province-wide reports. */
  void checkReports(CurrentUser user) {
    if (user.groups().stream().noneMatch(PROVINCE_WIDE::contains)) {
      throw new AccessDeniedException("Reports are read by the leadership, inspectors and administrators");
    }
  }
}
