package vn.police.grievance.intake;

import static vn.police.grievance.process.ProcessVariables.*;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import vn.police.grievance.item.GrievanceItem;
import vn.police.grievance.item.ItemService;
import vn.police.grievance.process.Variables;
import vn.police.grievance.system.CurrentUser;

/**
 * First step of every item. Items submitted over the API arrive already saved (they carry their
 * id); items started from the Tasklist start form are saved here, with the same checks, and the
 * form's text is taken out of the process so that it carries only ids.
 */
@Component
public class RegisterItemDelegate implements JavaDelegate {

  private final IntakeService intake;
  private final ItemService items;

  public RegisterItemDelegate(IntakeService intake, ItemService items) {
    this.intake = intake;
    this.items = items;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String instance = execution.getProcessInstanceId();
    Long saved = Variables.longValue(execution, GRIEVANCE_ID);
    if (saved != null) {
      // The application saved the item and started this instance for it in one transaction:
      // bind the two, once. An item bound to another instance is never taken over.
      if (!items.bindProcess(saved, instance)) {
        throw new AuthorizationException("Kiến nghị đã có quy trình xử lý (the item is already being handled)");
      }
      return;
    }
    // Who starts is the login, never a variable of the request.
    var authentication = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    String initiator = authentication == null ? null : authentication.getUserId();
    if (initiator == null) {
      throw new AuthorizationException("Cần đăng nhập để gửi kiến nghị (an item started from a form needs a signed-in initiator)");
    }
    execution.setVariable(INITIATOR, initiator);
    SubmitItemRequest request =
        new SubmitItemRequest(
            Variables.string(execution, UNIT_ID),
            Variables.string(execution, CATEGORY),
            Variables.string(execution, TITLE),
            Variables.string(execution, CONTENT),
            Variables.string(execution, PROPOSAL),
            Variables.string(execution, CONTACT));
    GrievanceItem item;
    try {
      item = intake.register(request, null, new CurrentUser(initiator, groupsOf(execution, initiator)));
    } catch (AccessDeniedException e) {
      // answered as 403 by the engine REST API and shown as such in Tasklist
      throw new AuthorizationException(e.getMessage());
    }
    if (!items.bindProcess(item.id(), instance)) {
      throw new IllegalStateException("A new item is bound to another process instance");
    }
    execution.setProcessBusinessKey(item.reference());
    execution.setVariable(GRIEVANCE_ID, item.id());
    execution.setVariable(REFERENCE, item.reference());
    execution.setVariable(UNIT_ID, item.unitId());
    execution.setVariable(CATEGORY, item.category().name());
    execution.removeVariables(List.of(TITLE, CONTENT, PROPOSAL, CONTACT));
  }

  /**
   * The initiator's groups: those of the current login when it is the initiator (they may come
   * from a single sign-on token and exist nowhere else), else from the engine's user store.
   */
  private static Set<String> groupsOf(DelegateExecution execution, String userId) {
    IdentityService identity = execution.getProcessEngineServices().getIdentityService();
    var current = identity.getCurrentAuthentication();
    if (current != null && userId.equals(current.getUserId()) && current.getGroupIds() != null) {
      return new HashSet<>(current.getGroupIds());
    }
    Set<String> groups = new HashSet<>();
    for (Group g : identity.createGroupQuery().groupMember(userId).list()) {
      groups.add(g.getId());
    }
    return groups;
  }
}
