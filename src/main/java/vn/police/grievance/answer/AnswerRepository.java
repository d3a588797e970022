package vn.police.grievance.answer;

import vn.police.grievance.item.AnswerKind;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import vn.police.grievance.regulation.RegulationRepository;

@Repository
public class AnswerRepository {

  private final JdbcClient jdbc;
  private final RegulationRepository regulations;

  public AnswerRepository(JdbcClient jdbc, RegulationRepository regulations) {
    this.jdbc = jdbc;
    this.regulations = regulations;
  }

  private RowMapper<Answer> mapper() {
    return (rs, i) -> {
      long id = rs.getLong("id");
      return new Answer(
          id,
          rs.getLong("item_id"),
          AnswerKind.valueOf(rs.getString("kind")),
          rs.getString("body"),
          AnswerState.valueOf(rs.getString("state")),
          rs.getString("drafted_by"),
          rs.getObject("drafted_at", OffsetDateTime.class),
          rs.getString("decided_by"),
          rs.getObject("decided_at", OffsetDateTime.class),
          rs.getObject("delivered_at", OffsetDateTime.class),
          regulations.findByIds(regulationIds(id)));
    };
  }

  private List<Long> regulationIds(long answerId) {
    return jdbc.sql("SELECT regulation_id FROM answer_regulation WHERE answer_id = ?")
        .param(answerId)
        .query(Long.class)
        .list();
  }

  public long insertDraft(
      long itemId, AnswerKind kind, String body, List<Long> regulationIds, String actor, OffsetDateTime at) {
    GeneratedKeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql(
            "INSERT INTO item_answer (item_id, kind, body, state, drafted_by, drafted_at)"
                + " VALUES (?,?,?,?,?,?)")
        .params(itemId, kind.name(), body, AnswerState.DRAFT.name(), actor, at)
        .update(keys, "id");
    long id = keys.getKeyAs(Number.class).longValue();
    for (Long regulationId : regulationIds) {
      jdbc.sql("INSERT INTO answer_regulation (answer_id, regulation_id) VALUES (?,?)")
          .params(id, regulationId)
          .update();
    }
    return id;
  }

  public void supersedeOpenDrafts(long itemId) {
    jdbc.sql("UPDATE item_answer SET state = 'SUPERSEDED' WHERE item_id = ? AND state = 'DRAFT'")
        .param(itemId)
        .update();
  }

  public void decide(long answerId, AnswerState state, String actor, OffsetDateTime at) {
    jdbc.sql("UPDATE item_answer SET state = ?, decided_by = ?, decided_at = ? WHERE id = ?")
        .params(state.name(), actor, at, answerId)
        .update();
  }

  public void markDelivered(long answerId, OffsetDateTime at) {
    jdbc.sql("UPDATE item_answer SET delivered_at = ? WHERE id = ?").params(at, answerId).update();
  }

  public Optional<Answer> currentDraft(long itemId) {
    return jdbc.sql("SELECT * FROM item_answer WHERE item_id = ? AND state = 'DRAFT' ORDER BY id DESC LIMIT 1")
        .param(itemId)
        .query(mapper())
        .optional();
  }

  /** The latest approved answer: the one the unit reads. */
  public Optional<Answer> latestApproved(long itemId) {
    return jdbc.sql("SELECT * FROM item_answer WHERE item_id = ? AND state = 'APPROVED' ORDER BY id DESC LIMIT 1")
        .param(itemId)
        .query(mapper())
        .optional();
  }

  public List<Answer> allOf(long itemId) {
    return jdbc.sql("SELECT * FROM item_answer WHERE item_id = ? ORDER BY id")
        .param(itemId)
        .query(mapper())
        .list();
  }
}
