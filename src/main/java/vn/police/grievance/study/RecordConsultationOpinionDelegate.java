package vn.police.grievance.study;

import static vn.police.grievance.process.ProcessVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.police.grievance.process.Actors;
import vn.police.grievance.process.Variables;

/** Saves one consulted department's opinion (one instance of the parallel consultation). */
@Component
public class RecordConsultationOpinionDelegate implements JavaDelegate {

  private final StudyService studies;

  public RecordConsultationOpinionDelegate(StudyService studies) {
    this.studies = studies;
  }

  @Override
  public void execute(DelegateExecution execution) {
    studies.recordConsultation(
        Variables.longValue(execution, GRIEVANCE_ID),
        Variables.string(execution, CONSULTED_DEPARTMENT_ID),
        Variables.string(execution, CONSULTATION_OPINION),
        Actors.current(execution));
  }
}
