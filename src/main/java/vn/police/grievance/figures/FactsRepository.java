package vn.police.grievance.figures;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.police.grievance.item.GrievanceItem;

/** Writes the figures' read model: one row per item, one per step's task. */
@Repository
class FactsRepository {

  private final JdbcClient jdbc;

  FactsRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The item's row as it stands now; its first answer is kept once written. */
  void saveItem(GrievanceItem item, LocalDate receivedOn, LocalDate closedOn, OffsetDateTime at) {
    int updated =
        jdbc.sql(
                "UPDATE figure_item SET unit_id = :unit, category = :category, status = :status, route = :route,"
                    + " department_id = :department, closed_at = :closedAt, closed_on = :closedOn,"
                    + " reopen_count = :reopens, updated_at = :at WHERE item_id = :id")
            .params(itemParams(item, closedOn, at))
            .update();
    if (updated == 0) {
      jdbc.sql(
              "INSERT INTO figure_item (item_id, unit_id, category, status, route, department_id, received_at,"
                  + " received_on, closed_at, closed_on, reopen_count, updated_at) VALUES (:id, :unit, :category,"
                  + " :status, :route, :department, :receivedAt, :receivedOn, :closedAt, :closedOn, :reopens, :at)")
          .params(itemParams(item, closedOn, at))
          .param("receivedAt", item.submittedAt())
          .param("receivedOn", receivedOn)
          .update();
    }
  }

  private static java.util.Map<String, Object> itemParams(GrievanceItem item, LocalDate closedOn, OffsetDateTime at) {
    java.util.Map<String, Object> p = new java.util.HashMap<>();
    p.put("id", item.id());
    p.put("unit", item.unitId());
    p.put("category", item.category().name());
    p.put("status", item.status().name());
    p.put("route", item.route() == null ? null : item.route().name());
    p.put("department", item.departmentId());
    p.put("closedAt", item.closedAt());
    p.put("closedOn", closedOn);
    p.put("reopens", item.reopenCount());
    p.put("at", at);
    return p;
  }

  /** The first answer delivered; later answers (after a reopening) leave it as it was. */
  void firstAnswer(long itemId, OffsetDateTime at, LocalDate on, int workingDays) {
    jdbc.sql(
            "UPDATE figure_item SET answered_at = ?, answered_on = ?, answer_working_days = ?"
                + " WHERE item_id = ? AND answered_at IS NULL")
        .params(at, on, workingDays, itemId)
        .update();
  }

  record NewStep(
      String taskId, long itemId, String step, String responsible, OffsetDateTime enteredAt, OffsetDateTime dueAt,
      LocalDate dueOn, OffsetDateTime followUpAt) {}

  void stepEntered(NewStep s) {
    jdbc.sql(
            "INSERT INTO figure_step (task_id, item_id, step, responsible, entered_at, due_at, due_on, follow_up_at,"
                + " outcome) VALUES (?,?,?,?,?,?,?,?,'OPEN')")
        .params(s.taskId(), s.itemId(), s.step(), s.responsible(), s.enteredAt(), s.dueAt(), s.dueOn(), s.followUpAt())
        .update();
  }

  record StepEnd(
      String taskId, String outcome, OffsetDateTime at, LocalDate on, String by, Boolean onTime, Integer workingDays,
      Integer lateWorkingDays) {}

  void stepEnded(StepEnd e) {
    jdbc.sql(
            "UPDATE figure_step SET outcome = ?, completed_at = ?, completed_on = ?, completed_by = ?, on_time = ?,"
                + " working_days = ?, late_working_days = ? WHERE task_id = ? AND outcome = 'OPEN'")
        .params(e.outcome(), e.at(), e.on(), e.by(), e.onTime(), e.workingDays(), e.lateWorkingDays(), e.taskId())
        .update();
  }

  /** A reassigned due date (an administrator moving a deadline) moves the step's too. */
  void stepDue(String taskId, OffsetDateTime dueAt, LocalDate dueOn, OffsetDateTime followUpAt) {
    jdbc.sql("UPDATE figure_step SET due_at = ?, due_on = ?, follow_up_at = ? WHERE task_id = ? AND outcome = 'OPEN'")
        .params(dueAt, dueOn, followUpAt, taskId)
        .update();
  }

  OffsetDateTime enteredAt(String taskId) {
    return jdbc.sql("SELECT entered_at FROM figure_step WHERE task_id = ?")
        .param(taskId)
        .query(OffsetDateTime.class)
        .optional()
        .orElse(null);
  }
}
