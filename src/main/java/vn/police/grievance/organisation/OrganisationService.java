package vn.police.grievance.organisation;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.police.grievance.system.Checks;
import vn.police.grievance.system.Text;

/** Which units exist, and which unit a signed-in person acts for. */
@Service
public class OrganisationService {

  static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{1,62}[a-z0-9]");

  /** The kinds an administrator adds; the provincial offices come with the schema. */
  static final Set<UnitKind> ADDABLE = EnumSet.of(UnitKind.COMMUNE, UnitKind.DISTRICT, UnitKind.DEPARTMENT);

  private final OrgUnitRepository units;
  private final IdentitySync identitySync;
  private final ApplicationEventPublisher events;

  public OrganisationService(OrgUnitRepository units, IdentitySync identitySync, ApplicationEventPublisher events) {
    this.units = units;
    this.identitySync = identitySync;
    this.events = events;
  }

  /**
   * Adds a unit: one administrative action gives it its group, its people's access rights and its
   * place in routing.
   */
  @Transactional
  public OrgUnit add(NewUnit request) {
    UnitKind kind = null;
    try {
      kind = request.kind() == null ? null : UnitKind.valueOf(request.kind().trim());
    } catch (IllegalArgumentException ignored) {
      // reported below
    }
    Optional<OrgUnit> parent = find(request.parentId());
    Checks.start()
        .check(request.id() != null && ID.matcher(request.id()).matches(), "id",
            "Mã đơn vị chỉ gồm chữ thường, số và dấu gạch ngang, 3–64 ký tự (lower-case letters, digits and dashes)")
        .check(request.id() == null || !units.exists(request.id()), "id", "Mã đơn vị đã tồn tại (id already used)")
        .check(kind != null && ADDABLE.contains(kind), "kind", "Loại đơn vị phải là COMMUNE, DISTRICT hoặc DEPARTMENT")
        .required("nameVi", request.nameVi(), 200)
        .required("nameEn", request.nameEn(), 200)
        .check(parent.isPresent(), "parentId", "Đơn vị cấp trên không tồn tại (unknown parent unit)")
        .check(kind != UnitKind.COMMUNE || parent.filter(p -> p.kind() == UnitKind.DISTRICT).isPresent(), "parentId",
            "Công an xã phải thuộc một Công an huyện (a commune belongs to a district)")
        .throwIfAny();
    OrgUnit unit = new OrgUnit(
        request.id(), kind, Text.clean(request.nameVi()), Text.clean(request.nameEn()), request.parentId(), true, false);
    units.insertIfMissing(unit);
    identitySync.syncGroups(unit);
    events.publishEvent(new UnitAdded(unit));
    return unit;
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

  /** The active commune, ward and town units: those that raise items. */
  public List<OrgUnit> communes() {
    return units.findByKind(UnitKind.COMMUNE);
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

  public String shortNameOf(String unitId) {
    return find(unitId).map(OrgUnit::shortName).orElse(unitId);
  }

  /**
   * A submitting unit named by its id or its Vietnamese name (with or without the demo mark), case
   * ignored: what a person types into a prepared list.
   */
  public Optional<String> resolveUnit(String idOrName) {
    if (idOrName == null || idOrName.isBlank()) {
      return Optional.empty();
    }
    String wanted = idOrName.trim();
    return units.findAll().stream()
        .filter(u -> isSubmittingUnit(u.id()))
        .filter(u -> u.id().equalsIgnoreCase(wanted) || u.nameVi().equalsIgnoreCase(wanted) || u.shortName().equalsIgnoreCase(wanted))
        .map(OrgUnit::id)
        .findFirst();
  }
}
