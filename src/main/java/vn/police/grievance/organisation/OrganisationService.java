package vn.police.grievance.organisation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** Which units exist, and which unit a signed-in person acts for. */
@Service
public class OrganisationService {

  private final OrgUnitRepository units;

  public OrganisationService(OrgUnitRepository units) {
    this.units = units;
  }

  public Optional<OrgUnit> find(String unitId) {
    return unitId == null ? Optional.empty() : units.findById(unitId);
  }

  public List<OrgUnit> all() {
    return units.findAll();
  }

  public List<OrgUnit> departments() {
    return units.findByKind(UnitKind.DEPARTMENT);
  }

  public boolean isDepartment(String unitId) {
    return find(unitId).filter(u -> u.kind() == UnitKind.DEPARTMENT && u.active()).isPresent();
  }

  public boolean isSubmittingUnit(String unitId) {
    return find(unitId).filter(u -> u.kind() == UnitKind.COMMUNE && u.active()).isPresent();
  }

  /** The commune unit a user belongs to, if any: a user's groups are the ids of their units. */
  public Optional<OrgUnit> communeOf(Collection<String> groupIds) {
    return units.findByIds(groupIds).stream().filter(u -> u.kind() == UnitKind.COMMUNE).findFirst();
  }

  public String nameOf(String unitId) {
    return find(unitId).map(OrgUnit::nameVi).orElse(unitId);
  }
}
