package vn.police.grievance.organisation;

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

  public Optional<OrgUnit> findById(String id) {
    return jdbc.sql("SELECT * FROM org_unit WHERE id = ?").param(id).query(MAPPER).optional();
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
    return jdbc.sql("UPDATE org_unit SET name_vi = ?, name_en = ?, parent_id = ?, active = ?, version = version + 1"
            + " WHERE id = ? AND version = ?")
        .params(java.util.Arrays.asList(nameVi, nameEn, parentId, active, id, version))
        .update() == 1;
  }

  public void insertIfMissing(OrgUnit unit) {
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
