package vn.police.grievance.study;

import static vn.police.grievance.process.ProcessVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.police.grievance.process.Actors;
import vn.police.grievance.process.Variables;

/** Records the department head's approval, or the return to the officer with its reason. */
@Component
public class RecordHeadReviewDelegate implements JavaDelegate {

  private final StudyService studies;

  public RecordHeadReviewDelegate(StudyService studies) {
    this.studies = studies;
  }

  @Override
  public void execute(DelegateExecution execution) {
    studies.headReview(
        Variables.longValue(execution, GRIEVANCE_ID),
        Variables.string(execution, HEAD_DECISION),
        Variables.string(execution, HEAD_RETURN_REASON),
        Actors.current(execution));
  }
}
