package vn.police.grievance.signoff;

import static vn.police.grievance.process.ProcessVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.police.grievance.process.Actors;
import vn.police.grievance.process.Variables;

/** Records the leadership's approval or return of the draft answer. */
@Component
public class RecordSignOffDecisionDelegate implements JavaDelegate {

  private final SignOffService signOff;

  public RecordSignOffDecisionDelegate(SignOffService signOff) {
    this.signOff = signOff;
  }

  @Override
  public void execute(DelegateExecution execution) {
    signOff.decide(
        Variables.longValue(execution, GRIEVANCE_ID),
        Variables.string(execution, SIGN_OFF_DECISION),
        Variables.string(execution, SIGN_OFF_RETURN_REASON),
        Actors.current(execution));
  }
}
