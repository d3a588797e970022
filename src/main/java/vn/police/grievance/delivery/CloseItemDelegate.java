package vn.police.grievance.delivery;

import static vn.police.grievance.process.ProcessVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.police.grievance.process.Actors;
import vn.police.grievance.process.Variables;

/**
 * Closes the item. Wired twice in the diagram: after the unit confirms, and when the satisfaction
 * window ends without a reply ({@code withoutReply} input).
 */
@Component
public class CloseItemDelegate implements JavaDelegate {

  private final DeliveryService delivery;

  public CloseItemDelegate(DeliveryService delivery) {
    this.delivery = delivery;
  }

  @Override
  public void execute(DelegateExecution execution) {
    delivery.close(
        Variables.longValue(execution, GRIEVANCE_ID),
        Actors.current(execution),
        Boolean.TRUE.equals(Variables.bool(execution, WITHOUT_REPLY)));
  }
}
