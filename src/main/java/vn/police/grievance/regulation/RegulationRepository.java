package vn.police.grievance.regulation;

import vn.police.grievance.system.VietnameseText;

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
  /**
   * The catalogue's entries matching every word of {@code text}, with or without accents, in code,
   * title, summary or keywords; those with more of the words in their title first. The catalogue
   * holds hundreds of documents, not millions: it is folded here, as the items' search folds.
   */
  public List<Regulation> search(String text, String category, boolean citableOnly, int limit) {
    StringBuilder sql = new StringBuilder("SELECT * FROM regulation WHERE 1=1");
    Map<String, Object> params = new HashMap<>();
    if (category != null && !category.isBlank()) {
      sql.append(" AND (',' || categories || ',') LIKE :cat");
      params.put("cat", "%," + category.trim().toUpperCase() + ",%");
    }
    if (citableOnly) {
      sql.append(" AND status NOT IN ('REPEALED', 'RETIRED')");
    }
    sql.append(" ORDER BY code");
    List<Regulation> candidates = jdbc.sql(sql.toString()).params(params).query(MAPPER).list();
    List<String> words = VietnameseText.words(text);
    if (words.isEmpty()) {
      return candidates.stream().limit(limit).toList();
    }
    record Ranked(Regulation regulation, long inTitle) {}
    return candidates.stream()
        .map(r -> {
          String all = VietnameseText.foldAll(r.code(), r.title(), r.summary(), r.keywords());
          if (!words.stream().allMatch(all::contains)) {
            return null;
          }
          String title = VietnameseText.foldAll(r.code(), r.title());
          return new Ranked(r, words.stream().filter(title::contains).count());
        })
        .filter(java.util.Objects::nonNull)
        .sorted(java.util.Comparator.comparingLong(Ranked::inTitle).reversed())
        .limit(limit)
        .map(Ranked::regulation)
        .toList();
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
}
