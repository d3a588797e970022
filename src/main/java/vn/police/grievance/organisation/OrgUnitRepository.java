package vn.police.grievance.organisation;

import vn.police.grievance.system.AfterTransaction;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class OrgUnitRepository {

  private static final RowMapper<OrgUnit> MAPPER =
      (rs, i) ->
          new OrgUnit(
              rs.getString("id"),
              UnitKind.valueOf(rs.getString("kind")),
              rs.getString("name_vi"),
              rs.getString("name_en"),
              rs.getString("parent_id"),
              rs.getBoolean("active"),
              rs.getBoolean("demo"));

  private final JdbcClient jdbc;

  public OrgUnitRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * A unit by id. Names are asked for at every step of every item (task names, histories, lists),
   * so a unit found is kept for {@link #KEPT_NANOS} on this node: a change made here counts at once,
   * one made on another node within seconds. A unit not found is not kept, so a new one is found
   * at once.
   */
  public Optional<OrgUnit> findById(String id) {
    Kept kept = recent.get(id);
    if (kept != null && System.nanoTime() - kept.readAt() < KEPT_NANOS) {
      return Optional.of(kept.unit());
    }
    Optional<OrgUnit> found = jdbc.sql("SELECT * FROM org_unit WHERE id = ?").param(id).query(MAPPER).optional();
    found.ifPresentOrElse(u -> {
      if (recent.size() >= KEPT_MAX) {
        recent.clear();
      }
      recent.put(id, new Kept(u, System.nanoTime()));
    }, () -> recent.remove(id));
    return found;
  }

  static final long KEPT_NANOS = 5_000_000_000L;
  static final int KEPT_MAX = 20_000;

  private record Kept(OrgUnit unit, long readAt) {}

  private final java.util.concurrent.ConcurrentHashMap<String, Kept> recent = new java.util.concurrent.ConcurrentHashMap<>();

  /** Now and again once the change commits, so that no reader keeps the unit from before it. */
  private void forget(String id) {
    AfterTransaction.nowAndAtCompletion(() -> recent.remove(id));
  }

  public List<OrgUnit> findAll() {
    return jdbc.sql("SELECT * FROM org_unit ORDER BY kind, id").query(MAPPER).list();
  }

  public List<OrgUnit> findByKind(UnitKind kind) {
    return jdbc.sql("SELECT * FROM org_unit WHERE kind = ? AND active ORDER BY id")
        .param(kind.name())
        .query(MAPPER)
        .list();
  }

  public List<OrgUnit> findByIds(java.util.Collection<String> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return jdbc.sql("SELECT * FROM org_unit WHERE id IN (:ids) ORDER BY id")
        .param("ids", ids)
        .query(MAPPER)
        .list();
  }

  public boolean exists(String id) {
    return findById(id).isPresent();
  }

  public int version(String id) {
    return jdbc.sql("SELECT version FROM org_unit WHERE id = ?").param(id).query(Integer.class).single();
  }

  /** Changes a unit if it is still at {@code version}; false when someone else changed it first. */
  public boolean update(String id, int version, String nameVi, String nameEn, String parentId, boolean active) {
    forget(id);
    return jdbc.sql("UPDATE org_unit SET name_vi = ?, name_en = ?, parent_id = ?, active = ?, version = version + 1"
            + " WHERE id = ? AND version = ?")
        .params(java.util.Arrays.asList(nameVi, nameEn, parentId, active, id, version))
        .update() == 1;
  }

  public void insertIfMissing(OrgUnit unit) {
    forget(unit.id());
    if (exists(unit.id())) {
      return;
    }
    jdbc.sql(
            "INSERT INTO org_unit (id, kind, name_vi, name_en, parent_id, active, demo) VALUES (?,?,?,?,?,?,?)")
        .params(
            unit.id(),
            unit.kind().name(),
            unit.nameVi(),
            unit.nameEn(),
            unit.parentId(),
            unit.active(),
            unit.demo())
        .update();
  }
}
