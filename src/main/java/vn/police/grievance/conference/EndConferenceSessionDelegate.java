package vn.police.grievance.conference;

import static vn.police.grievance.process.ProcessVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.police.grievance.process.Actors;
import vn.police.grievance.process.Variables;

/**
 * The session ended: assigned items go to their departments and undecided ones to triage, in the
 * same transaction as the secretary's step; whether answers still wait for the chair decides the
 * next step.
 */
@Component
public class EndConferenceSessionDelegate implements JavaDelegate {

  private final ConferenceService conferences;

  public EndConferenceSessionDelegate(ConferenceService conferences) {
    this.conferences = conferences;
  }

  @Override
  public void execute(DelegateExecution execution) {
    int awaiting = conferences.sessionEnded(Variables.longValue(execution, CONFERENCE_ID), Actors.current(execution));
    execution.setVariable(ANSWERS_TO_CONFIRM, awaiting > 0);
  }
}
