package vn.police.grievance.study;

import static vn.police.grievance.process.ProcessVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.police.grievance.process.Actors;
import vn.police.grievance.process.Variables;

/**
 * Registers, signs and issues the approved proposal to the higher authority; the signer is the
 * leader who approved it (this step follows the approval in the same transaction).
 */
@Component
public class IssueProposalDelegate implements JavaDelegate {

  private final ProposalService proposals;

  public IssueProposalDelegate(ProposalService proposals) {
    this.proposals = proposals;
  }

  @Override
  public void execute(DelegateExecution execution) {
    proposals.issue(Variables.longValue(execution, GRIEVANCE_ID), Actors.current(execution));
  }
}
