package vn.police.grievance.study;

import static vn.police.grievance.process.ProcessVariables.*;

import java.util.ArrayList;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.police.grievance.process.Actors;
import vn.police.grievance.process.Variables;

/**
 * Saves the officer's study and proposal; hands the process the list of departments to consult
 * (department ids only) and the outcome that routes it.
 */
@Component
public class RecordStudyDelegate implements JavaDelegate {

  private final StudyService studies;

  public RecordStudyDelegate(StudyService studies) {
    this.studies = studies;
  }

  @Override
  public void execute(DelegateExecution execution) {
    StudyInput input =
        new StudyInput(
            Variables.string(execution, STUDY_TEXT),
            Variables.string(execution, PROPOSED_ANSWER),
            Variables.string(execution, STUDY_OUTCOME),
            Variables.string(execution, HIGHER_AUTHORITY),
            Variables.strings(execution, CONSULT_DEPARTMENT_IDS),
            Variables.strings(execution, REGULATION_CODES));
    StudyService.StudyResult result =
        studies.recordStudy(
            Variables.longValue(execution, GRIEVANCE_ID),
            Variables.string(execution, DEPARTMENT_ID),
            input,
            Actors.current(execution));
    execution.setVariable(CONSULTATION_DEPARTMENTS, new ArrayList<>(result.consultDepartmentIds()));
    // Consultation is asked once per draft: clear the request so a redraft does not repeat it.
    execution.removeVariable(CONSULT_DEPARTMENT_IDS);
  }
}
