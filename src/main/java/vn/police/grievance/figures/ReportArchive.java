package vn.police.grievance.figures;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Every report as it was generated, with who and when; the files are kept, never regenerated. */
@Repository
class ReportArchive {

  private final JdbcClient jdbc;

  ReportArchive(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  record Entry(long id, ReportKind kind, LocalDate from, LocalDate to, OffsetDateTime generatedAt, String generatedBy) {}

  /**
   * Keeps a report. A scheduled one carries a key (kind and period) that only one node can store:
   * the second insert fails on the unique key and its caller drops its copy.
   */
  long store(ReportKind kind, LocalDate from, LocalDate to, String scheduledKey, OffsetDateTime at, String by,
      byte[] xlsx, byte[] pdf) {
    GeneratedKeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql("INSERT INTO figure_report (kind, period_from, period_to, scheduled_key, generated_at, generated_by, xlsx, pdf)"
            + " VALUES (?,?,?,?,?,?,?,?)")
        .params(kind.name(), from, to, scheduledKey, at, by, xlsx, pdf)
        .update(keys, "id");
    return keys.getKeyAs(Number.class).longValue();
  }

  boolean hasScheduled(String scheduledKey) {
    return jdbc.sql("SELECT COUNT(*) FROM figure_report WHERE scheduled_key = ?").param(scheduledKey)
        .query(Long.class).single() > 0;
  }

  List<Entry> latest(int limit) {
    return jdbc.sql("SELECT id, kind, period_from, period_to, generated_at, generated_by FROM figure_report"
            + " ORDER BY generated_at DESC, id DESC LIMIT ?")
        .param(limit)
        .query((rs, n) -> new Entry(rs.getLong("id"), ReportKind.valueOf(rs.getString("kind")),
            rs.getObject("period_from", LocalDate.class), rs.getObject("period_to", LocalDate.class),
            rs.getObject("generated_at", OffsetDateTime.class), rs.getString("generated_by")))
        .list();
  }

  Optional<Entry> find(long id) {
    return jdbc.sql("SELECT id, kind, period_from, period_to, generated_at, generated_by FROM figure_report WHERE id = ?")
        .param(id)
        .query((rs, n) -> new Entry(rs.getLong("id"), ReportKind.valueOf(rs.getString("kind")),
            rs.getObject("period_from", LocalDate.class), rs.getObject("period_to", LocalDate.class),
            rs.getObject("generated_at", OffsetDateTime.class), rs.getString("generated_by")))
        .optional();
  }

  /** One of the report's files: "xlsx" or "pdf". */
  Optional<byte[]> file(long id, String format) {
    String column = "pdf".equals(format) ? "pdf" : "xlsx";
    return jdbc.sql("SELECT " + column + " FROM figure_report WHERE id = ?").param(id).query(byte[].class).optional();
  }
}
