package vn.police.grievance.study;

import static vn.police.grievance.process.ProcessVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.police.grievance.process.Actors;
import vn.police.grievance.process.Variables;

/** Records the higher authority's reply and the answer the department proposes from it. */
@Component
public class RecordAuthorityReplyDelegate implements JavaDelegate {

  private final StudyService studies;

  public RecordAuthorityReplyDelegate(StudyService studies) {
    this.studies = studies;
  }

  @Override
  public void execute(DelegateExecution execution) {
    studies.recordAuthorityReply(
        Variables.longValue(execution, GRIEVANCE_ID),
        Variables.string(execution, AUTHORITY_REPLY),
        Variables.string(execution, AUTHORITY_REPLY_DATE),
        Variables.string(execution, PROPOSED_ANSWER),
        Variables.strings(execution, REGULATION_CODES),
        Actors.current(execution));
  }
}
