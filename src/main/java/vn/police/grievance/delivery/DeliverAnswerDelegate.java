package vn.police.grievance.delivery;

import static vn.police.grievance.process.ProcessVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.police.grievance.process.Actors;
import vn.police.grievance.process.Variables;

@Component
public class DeliverAnswerDelegate implements JavaDelegate {

  private final DeliveryService delivery;

  public DeliverAnswerDelegate(DeliveryService delivery) {
    this.delivery = delivery;
  }

  @Override
  public void execute(DelegateExecution execution) {
    delivery.deliver(Variables.longValue(execution, GRIEVANCE_ID), Actors.current(execution));
  }
}
