package vn.police.grievance.triage;

import static vn.police.grievance.process.ProcessVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.police.grievance.process.Actors;
import vn.police.grievance.process.Variables;

/**
 * Runs in the same transaction as the completion of the triage task: an invalid decision fails
 * the completion and the officer sees why in Tasklist.
 */
@Component
public class RecordTriageDecisionDelegate implements JavaDelegate {

  private final TriageService triage;

  public RecordTriageDecisionDelegate(TriageService triage) {
    this.triage = triage;
  }

  @Override
  public void execute(DelegateExecution execution) {
    TriageInput input =
        new TriageInput(
            Variables.string(execution, TRIAGE_DECISION),
            Variables.strings(execution, REGULATION_CODES),
            Variables.string(execution, DEPARTMENT_ID),
            Variables.string(execution, SUGGESTED_DEPARTMENT_ID),
            Variables.string(execution, OVERRIDE_REASON),
            Variables.string(execution, INADMISSIBLE_GROUND),
            Variables.string(execution, DUPLICATE_OF),
            Variables.string(execution, TRIAGE_REASON),
            Variables.string(execution, DUPLICATE_CANDIDATE));
    TriageService.TriageOutcome outcome =
        triage.decide(Variables.longValue(execution, GRIEVANCE_ID), input, Actors.current(execution));
    execution.setVariable(ROUTE, outcome.route().name());
    execution.setVariable(DEPARTMENT_ID, outcome.departmentId());
  }
}
