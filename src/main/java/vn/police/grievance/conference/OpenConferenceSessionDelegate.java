package vn.police.grievance.conference;

import static vn.police.grievance.process.ProcessVariables.CONFERENCE_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.police.grievance.process.Variables;

/** The secretary opened the session: items raised from now on are raised at it. */
@Component
public class OpenConferenceSessionDelegate implements JavaDelegate {

  private final ConferenceService conferences;

  public OpenConferenceSessionDelegate(ConferenceService conferences) {
    this.conferences = conferences;
  }

  @Override
  public void execute(DelegateExecution execution) {
    conferences.sessionOpened(Variables.longValue(execution, CONFERENCE_ID));
  }
}
