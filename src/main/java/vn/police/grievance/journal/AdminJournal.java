package vn.police.grievance.journal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The administrators' journal: every change of business data (regulations, units, deadlines,
 * days off) as who, when, what and the state before and after, as JSON. Written in the same
 * transaction as the change, so a change without its journal row cannot commit. Append-only; it is
 * not part of the items' hash chain (whose rows belong to an item).
 */
@Component
public class AdminJournal {

  /** One change, as the administration page and inspectors read it back. */
  public record Change(long id, OffsetDateTime changedAt, String changedBy, String subject, String subjectId,
      String action, String before, String after) {}

  private final JdbcClient jdbc;
  private final ObjectMapper json;
  private final Clock clock;

  public AdminJournal(JdbcClient jdbc, ObjectMapper json, Clock clock) {
    this.jdbc = jdbc;
    this.json = json;
    this.clock = clock;
  }

  /**
   * Records a change; {@code before} is null for an addition, {@code after} null for a removal.
   */
  public void record(String userId, String subject, String subjectId, String action, Object before, Object after) {
    jdbc.sql("INSERT INTO admin_change (changed_at, changed_by, subject, subject_id, action, before_state, after_state)"
            + " VALUES (?,?,?,?,?,?,?)")
        .params(OffsetDateTime.now(clock), userId, subject, subjectId, action, write(before), write(after))
        .update();
  }

  /** The latest changes, newest first, of one subject (and one thing of it) or of all. */
  public List<Change> list(String subject, String subjectId, int limit) {
    StringBuilder sql = new StringBuilder("SELECT * FROM admin_change WHERE 1=1");
    java.util.Map<String, Object> params = new java.util.HashMap<>();
    if (subject != null) {
      sql.append(" AND subject = :subject");
      params.put("subject", subject);
    }
    if (subjectId != null) {
      sql.append(" AND subject_id = :subjectId");
      params.put("subjectId", subjectId);
    }
    sql.append(" ORDER BY id DESC FETCH FIRST " + Math.max(1, limit) + " ROWS ONLY");
    return jdbc.sql(sql.toString()).params(params)
        .query((rs, i) -> new Change(rs.getLong("id"), rs.getObject("changed_at", OffsetDateTime.class),
            rs.getString("changed_by"), rs.getString("subject"), rs.getString("subject_id"), rs.getString("action"),
            rs.getString("before_state"), rs.getString("after_state")))
        .list();
  }

  private String write(Object state) {
    if (state == null) {
      return null;
    }
    try {
      String text = json.writeValueAsString(state);
      return text.length() > 8000 ? text.substring(0, 8000) : text;
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot journal " + state.getClass().getSimpleName(), e);
    }
  }
}
