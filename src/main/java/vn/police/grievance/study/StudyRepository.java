package vn.police.grievance.study;

import vn.police.grievance.item.StudyOutcome;
import vn.police.grievance.item.HigherAuthority;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class StudyRepository {

  private final JdbcClient jdbc;

  StudyRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insert(
      long itemId,
      String departmentId,
      String study,
      String proposal,
      StudyOutcome outcome,
      HigherAuthority authority,
      String actor,
      OffsetDateTime at) {
    jdbc.sql(
            "INSERT INTO item_study (item_id, department_id, study, proposal, outcome, higher_authority,"
                + " drafted_by, drafted_at) VALUES (?,?,?,?,?,?,?,?)")
        .params(itemId, departmentId, study, proposal, outcome.name(), authority == null ? null : authority.name(), actor, at)
        .update();
  }

  Optional<Long> latestId(long itemId) {
    return jdbc.sql("SELECT id FROM item_study WHERE item_id = ? ORDER BY id DESC LIMIT 1")
        .param(itemId)
        .query(Long.class)
        .optional();
  }

  Optional<String> latestHigherAuthority(long itemId) {
    return jdbc.sql("SELECT higher_authority FROM item_study WHERE item_id = ? ORDER BY id DESC LIMIT 1")
        .param(itemId)
        .query(String.class)
        .optional();
  }

  void recordReply(long studyId, String reply, LocalDate repliedOn) {
    jdbc.sql("UPDATE item_study SET authority_reply = ?, authority_reply_on = ? WHERE id = ?")
        .params(reply, repliedOn, studyId)
        .update();
  }

  void insertConsultation(long itemId, String departmentId, String opinion, String actor, OffsetDateTime at) {
    jdbc.sql(
            "INSERT INTO item_consultation (item_id, department_id, opinion, answered_by, answered_at)"
                + " VALUES (?,?,?,?,?)")
        .params(itemId, departmentId, opinion, actor, at)
        .update();
  }
}
