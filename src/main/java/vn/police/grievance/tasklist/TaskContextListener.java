package vn.police.grievance.tasklist;

import static vn.police.grievance.process.ProcessVariables.*;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.police.grievance.item.GrievanceItem;
import vn.police.grievance.item.ItemService;
import vn.police.grievance.organisation.OrganisationService;
import vn.police.grievance.process.Variables;

/**
 * Prepares every user task of an item for the task list: a name with the reference, unit and
 * category, a description, and the card's title and due date. Decisions that must be taken afresh
 * each round are cleared. What the form shows besides is the {@link TaskContext}, computed when
 * the form is read.
 */
@Component
public class TaskContextListener implements TaskListener {

  /**
   * Decisions that must be taken afresh each round: after a return, the next review opens with an
   * empty choice rather than the previous round's "return" and its reason.
   */
  static final Map<String, List<String>> FRESH_DECISIONS =
      Map.of(
          "userTask_leadershipSignOff", List.of(SIGN_OFF_DECISION, SIGN_OFF_RETURN_REASON),
          "userTask_proposalSignOff", List.of(PROPOSAL_DECISION, PROPOSAL_RETURN_REASON),
          "userTask_headReview", List.of(HEAD_DECISION, HEAD_RETURN_REASON),
          "userTask_confirmAnswer", List.of(UNIT_SATISFIED, NOT_SATISFIED_REASON),
          "userTask_triage", List.of(DUPLICATE_CANDIDATE));

  static final String SEPARATOR = TaskContext.SEPARATOR;

  /** ACT_RU_TASK.NAME_ holds 255 characters. */
  static final int NAME_MAX = 255;

  private final ItemService items;
  private final OrganisationService organisation;
  private final TaskContext context;

  public TaskContextListener(ItemService items, OrganisationService organisation, TaskContext context) {
    this.items = items;
    this.organisation = organisation;
    this.context = context;
  }

  @Override
  public void notify(DelegateTask task) {
    Long itemId = Variables.longValue(task, GRIEVANCE_ID);
    if (itemId == null) {
      return;
    }
    GrievanceItem item = items.get(itemId);
    task.setName(taskName(task.getName(), item.reference(), organisation.shortNameOf(item.unitId()), item.category().labelVi()));
    task.setDescription(organisation.nameOf(item.unitId()) + SEPARATOR + item.category().labelVi() + SEPARATOR + item.title());
    task.setVariablesLocal(context.cards(task, item));

    task.getExecution().removeVariables(FRESH_DECISIONS.getOrDefault(task.getTaskDefinitionKey(), List.of()));

    // The suggested department is preselected in the triage form; the officer may change it.
    String suggested = Variables.string(task, SUGGESTED_DEPARTMENT_ID);
    if (suggested != null && Variables.string(task, DEPARTMENT_ID) == null) {
      task.getExecution().setVariable(DEPARTMENT_ID, suggested);
    }
  }

  /**
   * What the task list shows for a task: the step, then what tells items apart at a glance, as in
   * "Phân loại, đề xuất hướng xử lý · KN-2026-000042 · Công an xã Long Hòa · Trụ sở, cơ sở vật
   * chất". Cut to the engine's column width.
   */
  static String taskName(String step, String reference, String unit, String category) {
    String name = String.join(SEPARATOR, step == null ? "" : step, reference, unit, category);
    return name.length() <= NAME_MAX ? name : name.substring(0, NAME_MAX - 1) + "…";
  }
}
