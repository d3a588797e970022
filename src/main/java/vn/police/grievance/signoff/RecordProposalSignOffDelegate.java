package vn.police.grievance.signoff;

import static vn.police.grievance.process.ProcessVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.police.grievance.process.Actors;
import vn.police.grievance.process.Variables;

/** Records the leadership's approval or return of a department's proposal to a higher authority. */
@Component
public class RecordProposalSignOffDelegate implements JavaDelegate {

  private final SignOffService signOff;

  public RecordProposalSignOffDelegate(SignOffService signOff) {
    this.signOff = signOff;
  }

  @Override
  public void execute(DelegateExecution execution) {
    signOff.decideProposal(
        Variables.longValue(execution, GRIEVANCE_ID),
        Variables.string(execution, HIGHER_AUTHORITY),
        Variables.string(execution, PROPOSAL_DECISION),
        Variables.string(execution, PROPOSAL_RETURN_REASON),
        Actors.current(execution));
  }
}
