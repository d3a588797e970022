package vn.police.grievance.tasklist;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.HistoryLevelFull;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity;
import org.springframework.stereotype.Component;

/**
 * History "full", except for the task context ({@link TaskContext}): the {@code ctx…} variables a
 * task stores for its card (its title and due date), and those the conference's tasks store for
 * their forms, are a view of the item or the conference, not an event, and the journal keeps what
 * happened. With full history every one of them cost a runtime row, a historic variable row and a
 * historic detail row on each task.
 *
 * <p>The level keeps the id and name of "full" (3), so a database written at "full" starts with it
 * and back, and the engine picks it over its own for {@code history-level: full} (of levels with the
 * same name the last one registered wins). Every variable event of a task-local {@code ctx…}
 * variable is left out alike (created, updated, deleted, migrated), so the engine never updates a
 * historic row it did not write.
 */
@Component
class TaskContextOutOfHistory extends AbstractProcessEnginePlugin {

  static final String PREFIX = "ctx";

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<HistoryLevel> custom =
        configuration.getCustomHistoryLevels() == null ? new ArrayList<>() : new ArrayList<>(configuration.getCustomHistoryLevels());
    custom.add(new FullWithoutTaskContext());
    configuration.setCustomHistoryLevels(custom);
  }

  /** "full" without the task context's variables. */
  static final class FullWithoutTaskContext extends HistoryLevelFull {

    @Override
    public boolean isHistoryEventProduced(HistoryEventType eventType, Object entity) {
      if (entity instanceof VariableInstanceEntity) {
        VariableInstanceEntity variable = (VariableInstanceEntity) entity;
        if (variable.getTaskId() != null && variable.getName() != null && variable.getName().startsWith(PREFIX)) {
          return false;
        }
      }
      return super.isHistoryEventProduced(eventType, entity);
    }

    // The engine asks `historyLevel.equals(HistoryLevel.HISTORY_LEVEL_FULL)` to know whether full
    // history is on; the inherited equals compares classes.
    @Override
    public boolean equals(Object other) {
      return other instanceof HistoryLevel && ((HistoryLevel) other).getId() == getId();
    }

    @Override
    public int hashCode() {
      return getId();
    }
  }
}
