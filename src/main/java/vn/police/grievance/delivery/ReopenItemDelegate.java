package vn.police.grievance.delivery;

import static vn.police.grievance.process.ProcessVariables.*;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.police.grievance.process.Actors;
import vn.police.grievance.process.Variables;

/**
 * The unit is not satisfied: the item goes back to triage. Earlier decisions are cleared so that
 * the next round starts from a clean form.
 */
@Component
public class ReopenItemDelegate implements JavaDelegate {

  private final DeliveryService delivery;

  public ReopenItemDelegate(DeliveryService delivery) {
    this.delivery = delivery;
  }

  @Override
  public void execute(DelegateExecution execution) {
    delivery.reopen(Variables.longValue(execution, GRIEVANCE_ID), Actors.current(execution));
    execution.removeVariables(
        List.of(
            TRIAGE_DECISION, OVERRIDE_REASON, INADMISSIBLE_GROUND, DUPLICATE_OF, TRIAGE_REASON,
            REGULATION_CODES, ANSWER_TEXT, SIGN_OFF_DECISION, SIGN_OFF_RETURN_REASON,
            UNIT_SATISFIED, NOT_SATISFIED_REASON));
  }
}
