package vn.police.grievance.bench;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.police.grievance.system.VietnameseText;

/**
 * Fills {@code grievance_item} on PostgreSQL with generated Vietnamese items, set-based (one INSERT
 * … SELECT over {@code generate_series}): titles and contents are picked from phrases of the
 * domain (trụ sở, trang thiết bị, phương tiện, chế độ phụ cấp, báo cáo, an ninh trật tự…), the
 * units mixed, received over ten years, the last weeks still open. The folded columns are not folded
 * in SQL: every phrase is folded here by {@link VietnameseText#fold}, both forms are passed as
 * arrays and the same index picks from both, so {@code search_title} and {@code search_text} are
 * what the application writes ({@link #verify} reads a sample back and folds it again in Java).
 *
 * <p>The trigram index of the folded words is dropped during a load and built again after it with
 * its own definition (building it once is much faster than maintaining it row by row).
 */
final class SearchItemSeeder {

  static final String UNIT_PREFIX = "bench-cax-";
  /** A word in one item of 20,000: the benchmark's rare word. */
  static final String RARE_WORD = "flycam";

  static final List<String> PREFIXES = List.of(
      "Đề nghị bổ sung", "Kiến nghị về", "Xin hướng dẫn về", "Phản ánh khó khăn về", "Đề xuất sửa chữa", "Vướng mắc về",
      "Đề nghị cấp", "Báo cáo tình trạng");
  static final List<String> SUBJECTS = List.of(
      "trụ sở làm việc", "trang thiết bị văn phòng", "phương tiện đi lại", "chế độ phụ cấp trách nhiệm",
      "báo cáo định kỳ hằng tháng", "công tác an ninh trật tự", "xe mô tô tuần tra", "máy vi tính và máy in",
      "nhà tạm giữ", "biên chế cán bộ chiến sĩ", "kinh phí hoạt động thường xuyên", "quân trang, đồng phục",
      "phương tiện phòng cháy chữa cháy", "camera giám sát an ninh", "sổ sách nghiệp vụ", "tập huấn nghiệp vụ",
      "chế độ trực ban", "nơi ở của chiến sĩ", "đường truyền mạng nội bộ", "hồ sơ quản lý cư trú");
  static final List<String> PLACES = List.of(
      "của Công an xã", "tại thôn Đông", "ở khu dân cư số 3", "tại điểm trực Bến Đò", "của tổ tuần tra",
      "tại xã biên giới", "trong mùa mưa bão", "năm 2026", "của Công an phường", "tại ấp Tân Lợi");
  static final List<String> SITUATIONS = List.of(
      "Công an xã đang làm việc nhờ tại hội trường thôn.",
      "Trụ sở được xây dựng từ năm 1998, nay đã xuống cấp nghiêm trọng, mái dột khi trời mưa.",
      "Đơn vị chỉ có hai xe mô tô, một chiếc đã hỏng không sửa được.",
      "Chế độ phụ cấp cho lực lượng Công an xã bán chuyên trách chưa được chi trả đầy đủ.",
      "Mẫu báo cáo định kỳ thay đổi nhiều lần trong năm, cán bộ phải nhập lại số liệu.",
      "Tình hình an ninh trật tự trên địa bàn phức tạp, nhiều vụ trộm cắp tài sản vào ban đêm.",
      "Máy vi tính được cấp từ năm 2015, thường xuyên treo máy khi nhập dữ liệu dân cư.",
      "Địa bàn rộng, giao thông đi lại khó khăn, nhất là vào mùa mưa lũ.",
      "Đơn vị thiếu cán bộ có trình độ chuyên môn về công nghệ thông tin.",
      "Kinh phí được cấp không đủ chi cho xăng xe và văn phòng phẩm.");
  static final List<String> CONSEQUENCES = List.of(
      "Việc tiếp công dân và lưu trữ hồ sơ gặp nhiều khó khăn.",
      "Công tác tuần tra, kiểm soát ban đêm không bảo đảm.",
      "Cán bộ chiến sĩ phải tự bỏ tiền túi để khắc phục.",
      "Số liệu gửi lên cấp trên thường chậm so với thời hạn.",
      "Người dân phản ánh thời gian giải quyết thủ tục kéo dài.",
      "Ảnh hưởng đến tinh thần làm việc của cán bộ chiến sĩ.");
  static final List<String> PROPOSALS = List.of(
      "Đề nghị Công an tỉnh hỗ trợ kinh phí.",
      "Đề nghị cấp trên xem xét bố trí trong kế hoạch năm sau.",
      "Đề nghị hướng dẫn thống nhất cách thực hiện.",
      "Đề nghị điều động bổ sung cán bộ.",
      "Đề nghị Ủy ban nhân dân xã phối hợp giải quyết.");
  static final String RARE_TITLE = "Đề nghị trang bị thiết bị bay " + RARE_WORD + " phục vụ tuần tra biên giới";
  static final List<String> CATEGORIES = List.of(
      "FACILITIES", "EQUIPMENT", "EQUIPMENT", "ALLOWANCES", "REPORTING", "PUBLIC_ORDER", "EQUIPMENT", "EQUIPMENT",
      "FACILITIES", "STAFFING", "ALLOWANCES", "EQUIPMENT", "EQUIPMENT", "EQUIPMENT", "PROFESSIONAL", "PROFESSIONAL",
      "PROFESSIONAL", "FACILITIES", "EQUIPMENT", "OTHER");

  private final JdbcClient jdbc;

  SearchItemSeeder(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  static String unit(int n) {
    return UNIT_PREFIX + String.format("%04d", n);
  }

  /** Communes 0..communes-1 under the province, if missing. */
  void units(int communes) {
    jdbc.sql("INSERT INTO org_unit (id, kind, name_vi, name_en, parent_id, active, demo)"
            + " SELECT '" + UNIT_PREFIX + "' || lpad(i::text, 4, '0'), 'COMMUNE', 'Công an xã ' || i || ' (dữ liệu sinh)',"
            + " 'Commune ' || i, 'province', TRUE, TRUE FROM generate_series(0, ?) i ON CONFLICT (id) DO NOTHING")
        .param(communes - 1)
        .update();
  }

  /**
   * Items number {@code from}..{@code to} (inclusive), spread over {@code communes} units. References
   * KN-2016-… to KN-2025-… (the application's own items are numbered in the current year).
   */
  void items(long from, long to, int communes) {
    String indexDefinition = jdbc.sql("SELECT indexdef FROM pg_indexes WHERE indexname = 'ix_item_search_text_trgm'")
        .query(String.class).optional().orElseThrow(() -> new IllegalStateException("no trigram index: not PostgreSQL?"));
    jdbc.sql("DROP INDEX ix_item_search_text_trgm").update();
    jdbc.sql("SELECT setseed(0.17)").query().singleValue();
    Map<String, Object> params = new java.util.HashMap<>();
    put(params, "pre", PREFIXES);
    put(params, "sub", SUBJECTS);
    put(params, "pla", PLACES);
    put(params, "sit", SITUATIONS);
    put(params, "con", CONSEQUENCES);
    put(params, "pro", PROPOSALS);
    params.put("rare", RARE_TITLE);
    params.put("rareF", VietnameseText.fold(RARE_TITLE));
    params.put("cat", CATEGORIES.toArray(String[]::new));
    params.put("from", from);
    params.put("to", to);
    params.put("communes", communes);
    jdbc.sql("INSERT INTO grievance_item (reference, unit_id, category, title, content, proposal, status, route,"
            + " department_id, submitted_by, submitted_at, updated_at, closed_at, search_title, search_text)"
            + " SELECT ref, unit, cat, title, content, proposal,"
            + "   CASE WHEN closed IS NOT NULL THEN 'CLOSED' WHEN n % 3 = 0 THEN 'AT_DEPARTMENT' ELSE 'IN_TRIAGE' END,"
            + "   CASE WHEN closed IS NOT NULL OR n % 3 = 0 THEN 'SEND_TO_DEPARTMENT' END,"
            + "   CASE WHEN closed IS NOT NULL OR n % 3 = 0 THEN 'dept-hau-can' END,"
            + "   'benchmark', at, coalesce(closed, at), closed, stitle, sref || ' ' || stitle || ' ' || scontent || ' ' || sproposal"
            + " FROM (SELECT n, ref, sref, unit, cat, at, CASE WHEN at + interval '20 days' < now() THEN at + interval '20 days' END AS closed,"
            + "   CASE WHEN rare THEN :rare ELSE (:pre::text[])[p] || ' ' || (:sub::text[])[s] || ' ' || (:pla::text[])[l] END AS title,"
            + "   CASE WHEN rare THEN :rareF ELSE (:preF::text[])[p] || ' ' || (:subF::text[])[s] || ' ' || (:plaF::text[])[l] END AS stitle,"
            + "   (:sit::text[])[a] || ' ' || (:con::text[])[b] AS content, (:sitF::text[])[a] || ' ' || (:conF::text[])[b] AS scontent,"
            + "   (:pro::text[])[c] AS proposal, (:proF::text[])[c] AS sproposal"
            + "  FROM (SELECT n, 'KN-' || (2016 + n % 10) || '-' || lpad((n / 10 + 1)::text, 6, '0') AS ref,"
            + "     'kn ' || (2016 + n % 10) || ' ' || lpad((n / 10 + 1)::text, 6, '0') AS sref,"
            + "     '" + UNIT_PREFIX + "' || lpad((n % :communes)::text, 4, '0') AS unit,"
            + "     now() - random() * interval '3650 days' AS at, n % 20000 = 17 AS rare,"
            + "     1 + floor(random() * " + PREFIXES.size() + ")::int AS p,"
            + "     1 + floor(random() * " + SUBJECTS.size() + ")::int AS s,"
            + "     1 + floor(random() * " + PLACES.size() + ")::int AS l,"
            + "     1 + floor(random() * " + SITUATIONS.size() + ")::int AS a,"
            + "     1 + floor(random() * " + CONSEQUENCES.size() + ")::int AS b,"
            + "     1 + floor(random() * " + PROPOSALS.size() + ")::int AS c"
            + "    FROM generate_series(:from::bigint, :to::bigint) n) g,"
            + "  LATERAL (SELECT (:cat::text[])[s] AS cat) k) items")
        .params(params)
        .update();
    // Their rows of the figures' read model, as the application would have written them on receipt: without
    // them the next start-up's backfill (figures/FiguresBackfill) fills a million items one by one, and a
    // -Dbench.reuse run waits most of an hour for it.
    jdbc.sql("INSERT INTO figure_item (item_id, unit_id, category, status, route, department_id, received_at, received_on,"
            + " closed_at, closed_on, updated_at)"
            + " SELECT g.id, g.unit_id, g.category, g.status, g.route, g.department_id, g.submitted_at,"
            + " (g.submitted_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date, g.closed_at, (g.closed_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date,"
            + " g.updated_at FROM grievance_item g WHERE g.submitted_by = 'benchmark'"
            + " AND NOT EXISTS (SELECT 1 FROM figure_item f WHERE f.item_id = g.id)")
        .update();
    jdbc.sql("SET maintenance_work_mem = '256MB'").update();
    jdbc.sql(indexDefinition).update();
    jdbc.sql("ANALYZE grievance_item").update();
  }

  /** A catalogue of {@code size} regulations, if smaller. */
  void regulations(int size) {
    jdbc.sql("INSERT INTO regulation (code, title, issuing_body, issued_on, status, summary, categories, keywords, demo)"
            + " SELECT i || '/' || (2010 + i % 16) || '/TT-BCA-SINH', 'Thông tư quy định về ' || (:sub::text[])[1 + i % :n] || ' (số ' || i || ')',"
            + " 'Bộ Công an', DATE '2010-01-01' + (i % 5000)::int, CASE WHEN i % 7 = 0 THEN 'REPEALED' ELSE 'IN_FORCE' END,"
            + " 'Hướng dẫn thực hiện ' || (:sub::text[])[1 + (i * 7) % :n] || ' đối với Công an cấp xã.', (:cat::text[])[1 + i % :n],"
            + " (:sub::text[])[1 + (i * 3) % :n], TRUE"
            + " FROM generate_series((SELECT count(*) FROM regulation) + 1, :size) i")
        .param("sub", SUBJECTS.toArray(String[]::new))
        .param("cat", CATEGORIES.toArray(String[]::new))
        .param("n", SUBJECTS.size())
        .param("size", size)
        .update();
  }

  /** Folds a sample of the generated rows again in Java: the seeded folded columns must be the application's. */
  void verify(int sample) {
    record Row(String reference, String title, String content, String proposal, String searchTitle, String searchText) {}
    List<Row> rows = jdbc.sql("SELECT reference, title, content, proposal, search_title, search_text FROM grievance_item"
            + " WHERE submitted_by = 'benchmark' ORDER BY random() LIMIT ?")
        .param(sample)
        .query((rs, i) -> new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
            rs.getString(6)))
        .list();
    for (Row row : rows) {
      if (!VietnameseText.fold(row.title()).equals(row.searchTitle())
          || !VietnameseText.foldAll(row.reference(), row.title(), row.content(), row.proposal()).equals(row.searchText())) {
        throw new IllegalStateException("seeded folding differs from VietnameseText for " + row);
      }
    }
  }

  long items() {
    return jdbc.sql("SELECT count(*) FROM grievance_item").query(Long.class).single();
  }

  private static void put(Map<String, Object> params, String name, List<String> phrases) {
    params.put(name, phrases.toArray(String[]::new));
    params.put(name + "F", phrases.stream().map(VietnameseText::fold).toArray(String[]::new));
  }
}
