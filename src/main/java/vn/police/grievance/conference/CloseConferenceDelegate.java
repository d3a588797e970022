package vn.police.grievance.conference;

import static vn.police.grievance.process.ProcessVariables.CONFERENCE_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.police.grievance.process.Variables;

/** Every item raised at the conference is closed: so is the conference. */
@Component
public class CloseConferenceDelegate implements JavaDelegate {

  private final ConferenceService conferences;

  public CloseConferenceDelegate(ConferenceService conferences) {
    this.conferences = conferences;
  }

  @Override
  public void execute(DelegateExecution execution) {
    conferences.closed(Variables.longValue(execution, CONFERENCE_ID));
  }
}
