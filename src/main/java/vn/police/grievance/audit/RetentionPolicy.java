package vn.police.grievance.audit;

import vn.police.grievance.journal.RetentionProperties;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.history.HistoricProcessInstanceQuery;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.police.grievance.system.StartupLock;

/**
 * Makes the engine keep history exactly as long as the retention policy says. The diagrams declare
 * the default period; when an installation configures another one, every deployed process and
 * decision definition (older versions included) gets it at startup, and the removal time of the
 * instances already finished is recalculated by a batch, so that a longer period also protects
 * what ended before the change. One node at a time: a node that starts after another finds the
 * definitions aligned already.
 */
@Component
@Order(5)
class RetentionPolicy implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(RetentionPolicy.class);

  private final RepositoryService repository;
  private final HistoryService history;
  private final RetentionProperties properties;
  private final StartupLock lock;

  RetentionPolicy(RepositoryService repository, HistoryService history, RetentionProperties properties, StartupLock lock) {
    this.repository = repository;
    this.history = history;
    this.properties = properties;
    this.lock = lock;
  }

  @Override
  public void run(ApplicationArguments args) {
    lock.run("the history time to live of the definitions", () -> align(properties.days()));
  }

  /** Definitions changed and removal-time batches started. */
  record Alignment(List<String> definitions, List<Batch> batches) {}

  Alignment align(int days) {
    List<String> changed = new ArrayList<>();
    List<Batch> batches = new ArrayList<>();
    for (ProcessDefinition definition : repository.createProcessDefinitionQuery().list()) {
      if (!Objects.equals(definition.getHistoryTimeToLive(), days)) {
        repository.updateProcessDefinitionHistoryTimeToLive(definition.getId(), days);
        changed.add(definition.getId());
        HistoricProcessInstanceQuery finished =
            history.createHistoricProcessInstanceQuery().processDefinitionId(definition.getId()).finished().rootProcessInstances();
        if (finished.count() > 0) {
          batches.add(history.setRemovalTimeToHistoricProcessInstances()
              .calculatedRemovalTime()
              .byQuery(finished)
              .hierarchical()
              .executeAsync());
        }
      }
    }
    for (DecisionDefinition definition : repository.createDecisionDefinitionQuery().list()) {
      if (!Objects.equals(definition.getHistoryTimeToLive(), days)) {
        repository.updateDecisionDefinitionHistoryTimeToLive(definition.getId(), days);
        changed.add(definition.getId());
      }
    }
    if (!changed.isEmpty()) {
      LOG.info("History time to live set to {} days on {} definitions; {} removal-time batches started",
          days, changed.size(), batches.size());
    }
    return new Alignment(changed, batches);
  }
}
