package vn.police.grievance.conference;

import static vn.police.grievance.process.ProcessVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.police.grievance.process.Actors;
import vn.police.grievance.process.Variables;
import vn.police.grievance.system.InvalidInputException;

/**
 * The chair's confirmation step is done: every answer still waiting is confirmed by the chair now
 * (answers confirmed one by one are gone already). The step cannot end with answers left unconfirmed.
 */
@Component
public class ConfirmConferenceAnswersDelegate implements JavaDelegate {

  private final ConferenceService conferences;

  public ConfirmConferenceAnswersDelegate(ConferenceService conferences) {
    this.conferences = conferences;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long id = Variables.longValue(execution, CONFERENCE_ID);
    if (conferences.awaitingConfirmation(id) == 0) {
      return;
    }
    if (!Boolean.TRUE.equals(Variables.bool(execution, CONFIRM_ALL))) {
      throw new InvalidInputException(CONFIRM_ALL, "Còn trả lời chờ xác nhận: đánh dấu xác nhận tất cả (answers still await confirmation)");
    }
    conferences.confirmRemaining(id, Actors.current(execution));
  }
}
