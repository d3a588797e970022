package vn.police.grievance.deadline;

import vn.police.grievance.item.Step;
import static vn.police.grievance.process.ProcessVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.police.grievance.process.Variables;

/** Fired by a step's due-date timer; the step and its group come as local inputs. */
@Component
public class SendReminderDelegate implements JavaDelegate {

  private final DeadlineService deadlines;

  public SendReminderDelegate(DeadlineService deadlines) {
    this.deadlines = deadlines;
  }

  @Override
  public void execute(DelegateExecution execution) {
    deadlines.remind(
        Variables.longValue(execution, GRIEVANCE_ID),
        Step.valueOf(Variables.string(execution, STEP)),
        Variables.string(execution, RECIPIENT_GROUP));
  }
}
