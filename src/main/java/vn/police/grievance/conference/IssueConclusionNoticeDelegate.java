package vn.police.grievance.conference;

import static vn.police.grievance.process.ProcessVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.police.grievance.process.Actors;
import vn.police.grievance.process.Variables;

/**
 * The chair approved: the notice gets its number, is kept unchanged with its hashes, and the
 * conference follows its items until the last one closes.
 */
@Component
public class IssueConclusionNoticeDelegate implements JavaDelegate {

  private final ConclusionNotices notices;
  private final ConferenceService conferences;

  public IssueConclusionNoticeDelegate(ConclusionNotices notices, ConferenceService conferences) {
    this.notices = notices;
    this.conferences = conferences;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long id = Variables.longValue(execution, CONFERENCE_ID);
    notices.issue(id, Actors.current(execution));
    execution.setVariable(ALL_ITEMS_CLOSED, conferences.followUp(id));
  }
}
