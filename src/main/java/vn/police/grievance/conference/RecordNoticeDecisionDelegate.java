package vn.police.grievance.conference;

import static vn.police.grievance.process.ProcessVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.police.grievance.process.Variables;

/** Checks the chair's decision on the notice in the same transaction: a return needs its reason. */
@Component
public class RecordNoticeDecisionDelegate implements JavaDelegate {

  private final ConferenceService conferences;

  public RecordNoticeDecisionDelegate(ConferenceService conferences) {
    this.conferences = conferences;
  }

  @Override
  public void execute(DelegateExecution execution) {
    conferences.noticeDecided(Variables.string(execution, NOTICE_DECISION), Variables.string(execution, NOTICE_RETURN_REASON));
  }
}
