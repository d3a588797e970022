package vn.police.grievance.delivery;

import static vn.police.grievance.process.ProcessVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.police.grievance.process.Actors;
import vn.police.grievance.process.Variables;

/** Records whether the unit is satisfied with the answer. */
@Component
public class RecordUnitResponseDelegate implements JavaDelegate {

  private final DeliveryService delivery;

  public RecordUnitResponseDelegate(DeliveryService delivery) {
    this.delivery = delivery;
  }

  @Override
  public void execute(DelegateExecution execution) {
    boolean satisfied =
        delivery.recordResponse(
            Variables.longValue(execution, GRIEVANCE_ID),
            Variables.bool(execution, UNIT_SATISFIED),
            Variables.string(execution, NOT_SATISFIED_REASON),
            Actors.current(execution));
    // The gateway needs a boolean; API clients may have sent the string "true".
    execution.setVariable(UNIT_SATISFIED, satisfied);
  }
}
