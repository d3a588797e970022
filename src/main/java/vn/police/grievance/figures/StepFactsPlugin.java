package vn.police.grievance.figures;

import static vn.police.grievance.process.ProcessVariables.GRIEVANCE_ID;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import vn.police.grievance.item.Step;
import vn.police.grievance.process.Actors;
import vn.police.grievance.process.Variables;

/**
 * Records each step of an item as the engine works it: a parse listener attaches one task
 * listener (create, update, complete, delete) to every user task that is a step ({@link StepKeys}),
 * so the diagrams need no change and a new diagram's steps are counted by adding its keys. The
 * listener is no Spring bean, so expressions in diagrams cannot reach it (see ExpressionBeansPlugin).
 * It writes in the engine's transaction: a step that rolls back leaves no figure behind.
 */
@Component
class StepFactsPlugin extends AbstractProcessEnginePlugin {

  private final ObjectProvider<StepFacts> facts;

  StepFactsPlugin(ObjectProvider<StepFacts> facts) {
    this.facts = facts;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null
        ? new ArrayList<>()
        : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
    listeners.add(new AttachToSteps(new StepListener(facts)));
    configuration.setCustomPostBPMNParseListeners(listeners);
  }

  static final class AttachToSteps extends AbstractBpmnParseListener {
    private final StepListener listener;

    AttachToSteps(StepListener listener) {
      this.listener = listener;
    }

    @Override
    public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
      if (StepKeys.of(activity.getId()).isEmpty()
          || !(activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior)) {
        return;
      }
      TaskDefinition definition = behavior.getTaskDefinition();
      for (String event : List.of(TaskListener.EVENTNAME_CREATE, TaskListener.EVENTNAME_UPDATE,
          TaskListener.EVENTNAME_COMPLETE, TaskListener.EVENTNAME_DELETE)) {
        definition.addBuiltInTaskListener(event, listener);
      }
    }
  }

  static final class StepListener implements TaskListener {
    private final ObjectProvider<StepFacts> facts;

    StepListener(ObjectProvider<StepFacts> facts) {
      this.facts = facts;
    }

    @Override
    public void notify(DelegateTask task) {
      Step step = StepKeys.of(task.getTaskDefinitionKey()).orElse(null);
      if (step == null) {
        return;
      }
      StepFacts steps = facts.getObject();
      switch (task.getEventName()) {
        case TaskListener.EVENTNAME_CREATE -> {
          Long itemId = Variables.longValue(task, GRIEVANCE_ID);
          if (itemId != null) {
            steps.entered(task.getId(), itemId, step, candidateGroup(task), at(steps, task.getCreateTime(), steps.now()),
                at(steps, task.getDueDate(), null), at(steps, task.getFollowUpDate(), null));
          }
        }
        case TaskListener.EVENTNAME_UPDATE -> {
          if (dueMayHaveChanged(task)) {
            steps.dueChanged(task.getId(), at(steps, task.getDueDate(), null), at(steps, task.getFollowUpDate(), null));
          }
        }
        case TaskListener.EVENTNAME_COMPLETE ->
            steps.completed(task.getId(), at(steps, task.getCreateTime(), null), steps.now(),
                task.getAssignee() != null ? task.getAssignee() : Actors.current(task), at(steps, task.getDueDate(), null));
        case TaskListener.EVENTNAME_DELETE -> steps.cancelled(task.getId(), steps.now());
        default -> { }
      }
    }

    /**
     * Whether an update may have moved the step's due or follow-up date: the engine fires an update
     * for every change to a task (a claim, most often), and names the properties changed.
     */
    static boolean dueMayHaveChanged(DelegateTask task) {
      if (task instanceof TaskEntity entity && entity.getPropertyChanges() != null) {
        return entity.getPropertyChanges().containsKey(TaskEntity.DUE_DATE)
            || entity.getPropertyChanges().containsKey(TaskEntity.FOLLOW_UP_DATE);
      }
      return true;
    }

    private static String candidateGroup(DelegateTask task) {
      return task.getCandidates().stream()
          .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
          .map(IdentityLink::getGroupId)
          .filter(Objects::nonNull)
          .sorted()
          .findFirst()
          .orElse(null);
    }

    private static OffsetDateTime at(StepFacts steps, Date date, OffsetDateTime fallback) {
      return date == null ? fallback : OffsetDateTime.ofInstant(date.toInstant(), steps.zone());
    }
  }
}
