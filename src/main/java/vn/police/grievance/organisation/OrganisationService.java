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
import vn.police.grievance.journal.AdminJournal;
import vn.police.grievance.system.Checks;
import vn.police.grievance.system.ConflictException;
import vn.police.grievance.system.NotFoundException;
import vn.police.grievance.system.Text;

/** Which units exist, and which unit a signed-in person acts for. */
@Service
public class OrganisationService {

  static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{1,62}[a-z0-9]");

  /** The kinds an administrator adds; the provincial offices come with the schema. */
  static final Set<UnitKind> ADDABLE =
      EnumSet.of(UnitKind.COMMUNE, UnitKind.SPECIAL_ZONE, UnitKind.DISTRICT, UnitKind.DEPARTMENT);

  /** The unit every commune-level unit answers to when no district groups it. */
  static final String PROVINCE = "province";

  static final String SUBJECT = "UNIT";

  private final OrgUnitRepository units;
  private final IdentitySync identitySync;
  private final ApplicationEventPublisher events;
  private final AdminJournal journal;

  public OrganisationService(OrgUnitRepository units, IdentitySync identitySync, ApplicationEventPublisher events,
      AdminJournal journal) {
    this.units = units;
    this.identitySync = identitySync;
    this.events = events;
    this.journal = journal;
  }

  /** A unit with the version its next edit must name, and its kind in Vietnamese. */
  public record Entry(OrgUnit unit, String kindVi, int version) {}

  /** What an administrator changes of a unit: its names and its grouping (a district or the province). */
  public record UnitChange(String nameVi, String nameEn, String parentId) {}

  public List<Entry> entries() {
    return units.findAll().stream().map(u -> new Entry(u, u.kind().labelVi(), units.version(u.id()))).toList();
  }

  /** Adds a unit and journals who added it. */
  @Transactional
  public OrgUnit add(NewUnit request, String userId) {
    OrgUnit unit = insert(request);
    journal.record(userId, SUBJECT, unit.id(), "ADD", null, new Entry(unit, unit.kind().labelVi(), 1));
    return unit;
  }

  /**
   * Renames a unit or moves it to another grouping; {@code version} is the one the administrator
   * read (someone else's change since is a 409). Its group's name follows.
   */
  @Transactional
  public Entry edit(String id, int version, UnitChange change, String userId) {
    OrgUnit current = find(id).orElseThrow(() -> new NotFoundException("Không có đơn vị " + id + " (no such unit)"));
    Entry before = new Entry(current, current.kind().labelVi(), units.version(id));
    String parentId = change.parentId() == null || change.parentId().isBlank() ? current.parentId() : change.parentId().trim();
    Optional<OrgUnit> parent = find(parentId);
    Checks.start()
        .required("nameVi", change.nameVi(), 200)
        .required("nameEn", change.nameEn(), 200)
        .check(parentId == null || parent.isPresent(), "parentId", "Đơn vị cấp trên không tồn tại (unknown parent unit)")
        .check(!current.kind().isCommuneLevel() || parent.isEmpty()
                || parent.filter(p -> p.kind() == UnitKind.DISTRICT || p.kind() == UnitKind.PROVINCE).isPresent(), "parentId",
            "Đơn vị cấp xã thuộc Công an tỉnh, có thể nhóm theo khu vực (huyện cũ) (the province or a district grouping)")
        .check(!id.equals(parentId), "parentId", "Đơn vị không thể thuộc chính nó (a unit cannot be its own parent)")
        .throwIfAny();
    if (!units.update(id, version, Text.clean(change.nameVi()), Text.clean(change.nameEn()), parentId, current.active())) {
      throw stale(before.version());
    }
    OrgUnit updated = find(id).orElseThrow();
    identitySync.syncGroups(updated);
    Entry after = new Entry(updated, updated.kind().labelVi(), units.version(id));
    journal.record(userId, SUBJECT, id, "EDIT", before, after);
    return after;
  }

  /**
   * Retires a unit: it raises no new items and receives no new work; its history, its group and
   * its people stay.
   */
  @Transactional
  public Entry retire(String id, int version, String userId) {
    OrgUnit current = find(id).orElseThrow(() -> new NotFoundException("Không có đơn vị " + id + " (no such unit)"));
    Entry before = new Entry(current, current.kind().labelVi(), units.version(id));
    if (!ADDABLE.contains(current.kind())) {
      throw new ConflictException("Đơn vị của Công an tỉnh đi cùng hệ thống, không ngừng hoạt động được (a provincial office)");
    }
    if (!current.active()) {
      return before;
    }
    if (!units.update(id, version, current.nameVi(), current.nameEn(), current.parentId(), false)) {
      throw stale(before.version());
    }
    OrgUnit retired = find(id).orElseThrow();
    Entry after = new Entry(retired, retired.kind().labelVi(), units.version(id));
    journal.record(userId, SUBJECT, id, "RETIRE", before, after);
    return after;
  }

  private static ConflictException stale(int current) {
    return new ConflictException("Đơn vị vừa được người khác sửa (phiên bản hiện tại: " + current
        + "); tải lại rồi sửa tiếp (changed by someone else, current version " + current + ")");
  }

  /**
   * Adds a unit: one administrative action gives it its group, its people's access rights and its
   * place in routing.
   */
  private OrgUnit insert(NewUnit request) {
    UnitKind kind = null;
    try {
      kind = request.kind() == null ? null : UnitKind.valueOf(request.kind().trim());
    } catch (IllegalArgumentException ignored) {
      // reported below
    }
    String parentId = request.parentId() == null || request.parentId().isBlank() ? PROVINCE : request.parentId().trim();
    Optional<OrgUnit> parent = find(parentId);
    Checks.start()
        .check(request.id() != null && ID.matcher(request.id()).matches(), "id",
            "Mã đơn vị chỉ gồm chữ thường, số và dấu gạch ngang, 3–64 ký tự (lower-case letters, digits and dashes)")
        .check(request.id() == null || !units.exists(request.id()), "id", "Mã đơn vị đã tồn tại (id already used)")
        .check(kind != null && ADDABLE.contains(kind), "kind", "Loại đơn vị phải là COMMUNE, SPECIAL_ZONE, DISTRICT hoặc DEPARTMENT")
        .required("nameVi", request.nameVi(), 200)
        .required("nameEn", request.nameEn(), 200)
        .check(parent.isPresent(), "parentId", "Đơn vị cấp trên không tồn tại (unknown parent unit)")
        .check(kind == null || !kind.isCommuneLevel() || parent.isEmpty()
                || parent.filter(p -> p.kind() == UnitKind.DISTRICT || p.kind() == UnitKind.PROVINCE).isPresent(), "parentId",
            "Đơn vị cấp xã thuộc Công an tỉnh, có thể nhóm theo khu vực (huyện cũ) (the province or a district grouping)")
        .throwIfAny();
    OrgUnit unit = new OrgUnit(
        request.id(), kind, Text.clean(request.nameVi()), Text.clean(request.nameEn()), parentId, true, false);
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

  /** The active functional departments: those triage and a conference may assign. */
  public List<OrgUnit> departments() {
    return units.findByKind(UnitKind.DEPARTMENT).stream().filter(OrgUnit::active).toList();
  }

  /** The active commune-level units (communes, wards, special zones): those that raise items. */
  public List<OrgUnit> communes() {
    return units.findAll().stream().filter(u -> u.kind().isCommuneLevel() && u.active())
        .sorted(java.util.Comparator.comparing(OrgUnit::id)).toList();
  }

  public boolean isDepartment(String unitId) {
    return find(unitId).filter(u -> u.kind() == UnitKind.DEPARTMENT && u.active()).isPresent();
  }

  public boolean isSubmittingUnit(String unitId) {
    return find(unitId).filter(u -> u.kind().isCommuneLevel() && u.active()).isPresent();
  }

  /** The commune unit a user belongs to, if any: a user's groups are the ids of their units. */
  public Optional<OrgUnit> communeOf(Collection<String> groupIds) {
    return units.findByIds(groupIds).stream().filter(u -> u.kind().isCommuneLevel()).findFirst();
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
