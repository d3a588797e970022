package vn.police.grievance.process;

import static vn.police.grievance.process.ProcessVariables.GRIEVANCE_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import vn.police.grievance.item.ItemService;
import vn.police.grievance.item.ItemStatus;

/**
 * Keeps the status a unit reads in step with the process: the diagrams call it when an activity
 * starts, e.g. {@code ${itemStatus.enter(execution, 'IN_TRIAGE')}}.
 */
@Component("itemStatus")
public class ItemStatusListener {

  private final ItemService items;

  public ItemStatusListener(ItemService items) {
    this.items = items;
  }

  public void enter(DelegateExecution execution, String status) {
    items.moveTo(Variables.longValue(execution, GRIEVANCE_ID), ItemStatus.valueOf(status), Actors.current(execution));
  }
}
