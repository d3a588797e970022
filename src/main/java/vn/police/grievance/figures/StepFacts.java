package vn.police.grievance.figures;

import java.time.OffsetDateTime;
import org.springframework.stereotype.Component;
import vn.police.grievance.item.Step;

/**
 * What a step's figures keep: when it was entered, when due, when done and by whom, on time or
 * late and by how many working days. Called by the engine's task listener ({@link StepFactsPlugin})
 * inside the engine's transaction; free of the engine itself.
 */
@Component
class StepFacts {

  static final String COMPLETED = "COMPLETED";
  static final String CANCELLED = "CANCELLED";

  private final FactsRepository facts;
  private final WorkingDays days;

  StepFacts(FactsRepository facts, WorkingDays days) {
    this.facts = facts;
    this.days = days;
  }

  void entered(String taskId, long itemId, Step step, String group, OffsetDateTime at, OffsetDateTime due,
      OffsetDateTime followUp) {
    facts.stepEntered(new FactsRepository.NewStep(
        taskId, itemId, step.name(), StepKeys.responsibleOf(group), at, due, days.dayOf(due), followUp));
  }

  /**
   * Done: on time when completed at or before the due moment; lateness counted in working days.
   * The step was entered when its task was created, as {@link #entered} recorded it; read back only
   * when the task does not say.
   */
  void completed(String taskId, OffsetDateTime created, OffsetDateTime at, String by, OffsetDateTime due) {
    OffsetDateTime entered = created != null ? created : facts.enteredAt(taskId);
    boolean onTime = due == null || !at.isAfter(due);
    Integer worked = entered == null ? null : days.between(entered, at);
    int late = onTime ? 0 : days.between(due, at);
    facts.stepEnded(new FactsRepository.StepEnd(taskId, COMPLETED, at, days.dayOf(at), by, onTime, worked, late));
  }

  /** Removed unfinished (the unit's window ran out, the process was cancelled): no rate counts it. */
  void cancelled(String taskId, OffsetDateTime at) {
    facts.stepEnded(new FactsRepository.StepEnd(taskId, CANCELLED, at, days.dayOf(at), null, null, null, null));
  }

  void dueChanged(String taskId, OffsetDateTime due, OffsetDateTime followUp) {
    facts.stepDue(taskId, due, days.dayOf(due), followUp);
  }

  boolean known(String taskId) {
    return facts.enteredAt(taskId) != null;
  }

  OffsetDateTime now() {
    return days.now();
  }

  java.time.ZoneId zone() {
    return days.zone();
  }
}
