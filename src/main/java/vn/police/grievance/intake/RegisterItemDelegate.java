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
import vn.police.grievance.item.ItemRepository;
import vn.police.grievance.process.Variables;
import vn.police.grievance.security.CurrentUser;

/**
 * First step of every item. Items submitted over the API arrive already saved (they carry their
 * id); items started from the Tasklist start form are saved here, with the same checks, and the
 * form's text is taken out of the process so that it carries only ids.
 */
@Component
public class RegisterItemDelegate implements JavaDelegate {

  private final IntakeService intake;
  private final ItemRepository items;

  public RegisterItemDelegate(IntakeService intake, ItemRepository items) {
    this.intake = intake;
    this.items = items;
  }

  @Override
  public void execute(DelegateExecution execution) {
    if (execution.getVariable(GRIEVANCE_ID) != null) {
      return;
    }
    String initiator = Variables.string(execution, INITIATOR);
    if (initiator == null) {
      throw new IllegalStateException("An item started from a form needs a signed-in initiator");
    }
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
    items.attachProcess(item.id(), execution.getProcessInstanceId());
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
