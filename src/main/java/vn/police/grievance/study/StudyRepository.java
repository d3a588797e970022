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

  /** The latest study, when it proposes to a higher authority. */
  record Proposal(long studyId, String departmentId, String study, String proposal, String higherAuthority) {}

  Optional<Proposal> latestProposal(long itemId) {
    return jdbc.sql("SELECT id, department_id, study, proposal, outcome, higher_authority FROM item_study WHERE item_id = ?"
            + " ORDER BY id DESC LIMIT 1")
        .param(itemId)
        .query((rs, i) -> new Proposal(rs.getLong("id"), rs.getString("department_id"), rs.getString("study"),
            rs.getString("proposal"), "HIGHER_AUTHORITY".equals(rs.getString("outcome")) ? rs.getString("higher_authority") : null))
        .optional()
        .filter(p -> p.higherAuthority() != null);
  }

  void linkProposal(long studyId, long documentId) {
    jdbc.sql("UPDATE item_study SET proposal_document_id = ? WHERE id = ?").params(documentId, studyId).update();
  }

  /** The number and symbol of the proposal the study was sent under ("07/CAT-PHC"), if it was issued. */
  Optional<String> proposalNumber(long studyId) {
    return jdbc.sql("SELECT d.doc_number, d.symbol FROM item_study s JOIN issued_document d ON d.id = s.proposal_document_id"
            + " WHERE s.id = ?")
        .param(studyId)
        .query((rs, i) -> vn.police.grievance.document.DocumentRegister.written(rs.getInt(1)) + "/" + rs.getString(2))
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
