package vn.police.grievance.regulation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class RegulationRepository {

  private static final RowMapper<Regulation> MAPPER =
      (rs, i) ->
          new Regulation(
              rs.getLong("id"),
              rs.getString("code"),
              rs.getString("title"),
              rs.getString("issuing_body"),
              rs.getObject("issued_on", java.time.LocalDate.class),
              RegulationStatus.valueOf(rs.getString("status")),
              rs.getString("summary"),
              Arrays.stream(rs.getString("categories").split(","))
                  .map(String::trim)
                  .filter(s -> !s.isEmpty())
                  .toList(),
              rs.getString("keywords"),
              rs.getBoolean("demo"));

  private final JdbcClient jdbc;

  public RegulationRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<Regulation> findByCode(String code) {
    return jdbc.sql("SELECT * FROM regulation WHERE code = ?").param(code).query(MAPPER).optional();
  }

  public List<Regulation> findByCodes(Collection<String> codes) {
    if (codes.isEmpty()) {
      return List.of();
    }
    return jdbc.sql("SELECT * FROM regulation WHERE code IN (:codes) ORDER BY code")
        .param("codes", codes)
        .query(MAPPER)
        .list();
  }

  public List<Regulation> findByIds(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return jdbc.sql("SELECT * FROM regulation WHERE id IN (:ids) ORDER BY code")
        .param("ids", ids)
        .query(MAPPER)
        .list();
  }

  /**
   * Free-text search over code, title, summary and keywords, optionally limited to one category.
   * Case-insensitive; Vietnamese text is matched as typed (with diacritics).
   */
  public List<Regulation> search(String text, String category, boolean citableOnly, int limit) {
    StringBuilder sql = new StringBuilder("SELECT * FROM regulation WHERE 1=1");
    Map<String, Object> params = new HashMap<>();
    if (text != null && !text.isBlank()) {
      sql.append(
          " AND (LOWER(code) LIKE :q OR LOWER(title) LIKE :q OR LOWER(COALESCE(summary,'')) LIKE :q"
              + " OR LOWER(COALESCE(keywords,'')) LIKE :q)");
      params.put("q", "%" + escapeLike(text.trim().toLowerCase()) + "%");
    }
    if (category != null && !category.isBlank()) {
      sql.append(" AND (',' || categories || ',') LIKE :cat");
      params.put("cat", "%," + category.trim().toUpperCase() + ",%");
    }
    if (citableOnly) {
      sql.append(" AND status <> 'REPEALED'");
    }
    sql.append(" ORDER BY code LIMIT :limit");
    params.put("limit", limit);
    return jdbc.sql(sql.toString()).params(params).query(MAPPER).list();
  }

  public List<Regulation> findAll() {
    return jdbc.sql("SELECT * FROM regulation ORDER BY code").query(MAPPER).list();
  }

  public void insertIfMissing(Regulation r) {
    if (findByCode(r.code()).isPresent()) {
      return;
    }
    jdbc.sql(
            "INSERT INTO regulation (code, title, issuing_body, issued_on, status, summary, categories,"
                + " keywords, demo) VALUES (?,?,?,?,?,?,?,?,?)")
        .params(
            new ArrayList<>(
                Arrays.asList(
                    r.code(),
                    r.title(),
                    r.issuingBody(),
                    r.issuedOn(),
                    r.status().name(),
                    r.summary(),
                    String.join(",", r.categories()),
                    r.keywords(),
                    r.demo())))
        .update();
  }

  private static String escapeLike(String s) {
    return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
