package vn.police.grievance.conference;

import static vn.police.grievance.process.ProcessVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.police.grievance.process.Variables;

/** Keeps the conclusions the secretary wrote with the conference: the notice is drawn up from them. */
@Component
public class RecordConclusionsDelegate implements JavaDelegate {

  private final ConferenceService conferences;

  public RecordConclusionsDelegate(ConferenceService conferences) {
    this.conferences = conferences;
  }

  @Override
  public void execute(DelegateExecution execution) {
    conferences.conclusionsWritten(Variables.longValue(execution, CONFERENCE_ID), Variables.string(execution, CONCLUSIONS));
  }
}
