package vn.police.grievance.process;

import static vn.police.grievance.process.ProcessVariables.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;
import vn.police.grievance.item.ItemRepository;

/**
 * Defence in depth behind the engine's front door: every step of both diagrams first checks that
 * the item its variables name is the item this process instance was bound to when it started
 * (the item row keeps the instance), and that the unit and reference in the variables are the
 * item's. A variable written around the forms, by whatever route, then fails the step (and rolls
 * back the call that wrote it) instead of acting on another unit's item.
 *
 * <p>The start event and the registration step come before the binding: registration binds.
 */
@Component
class ItemBindingGuard extends AbstractProcessEnginePlugin {

  static final Set<String> GUARDED_PROCESSES = Set.of(GRIEVANCE_PROCESS, DEPARTMENT_STUDY_PROCESS);
  static final Set<String> BEFORE_BINDING = Set.of("startEvent_itemSubmitted", "serviceTask_registerItem");

  private final ItemRepository items;

  ItemBindingGuard(ItemRepository items) {
    this.items = items;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<BpmnParseListener> listeners = configuration.getCustomPreBPMNParseListeners();
    List<BpmnParseListener> all = listeners == null ? new ArrayList<>() : new ArrayList<>(listeners);
    all.add(new AttachCheck(new CheckBinding(items)));
    configuration.setCustomPreBPMNParseListeners(all);
  }

  /** Puts the check at the start of every activity of the guarded diagrams. */
  static final class AttachCheck extends AbstractBpmnParseListener {
    private final ExecutionListener check;

    AttachCheck(ExecutionListener check) {
      this.check = check;
    }

    @Override
    public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
      if (GUARDED_PROCESSES.contains(processDefinition.getKey())) {
        attach(processDefinition);
      }
    }

    private void attach(ScopeImpl scope) {
      for (ActivityImpl activity : scope.getActivities()) {
        if (!BEFORE_BINDING.contains(activity.getId())) {
          activity.addListener(ExecutionListener.EVENTNAME_START, check, 0);
        }
        attach(activity);
      }
    }
  }

  /** The check itself: the ids in the variables are the bound item's. */
  static final class CheckBinding implements ExecutionListener {
    private final ItemRepository items;

    CheckBinding(ItemRepository items) {
      this.items = items;
    }

    @Override
    public void notify(DelegateExecution execution) {
      Long itemId;
      try {
        itemId = Variables.longValue(execution, GRIEVANCE_ID);
      } catch (NumberFormatException e) {
        itemId = null;
      }
      if (itemId == null) {
        throw refused(execution, "no item id");
      }
      ItemRepository.Binding bound = items.binding(itemId).orElseThrow(() -> refused(execution, "unknown item " + execution.getVariable(GRIEVANCE_ID)));
      if (!rootInstanceId(execution).equals(bound.processInstanceId())) {
        throw refused(execution, "item " + itemId + " is bound to another process instance");
      }
      String unit = Variables.string(execution, UNIT_ID);
      if (unit != null && !unit.equals(bound.unitId())) {
        throw refused(execution, "unit " + unit + " is not the item's");
      }
      String reference = Variables.string(execution, REFERENCE);
      if (reference != null && !reference.equals(bound.reference())) {
        throw refused(execution, "reference " + reference + " is not the item's");
      }
    }

    /** The grievance process instance: the department study is called from it. */
    static String rootInstanceId(DelegateExecution execution) {
      DelegateExecution instance = execution.getProcessInstance();
      while (instance.getSuperExecution() != null) {
        instance = instance.getSuperExecution().getProcessInstance();
      }
      return instance.getId();
    }

    private static AuthorizationException refused(DelegateExecution execution, String why) {
      // answered as 403 by the engine REST API; the whole call rolls back
      return new AuthorizationException(
          "Bước " + execution.getCurrentActivityId() + " không thuộc kiến nghị này (the step's item does not match its process: "
              + why + ")");
    }
  }
}
