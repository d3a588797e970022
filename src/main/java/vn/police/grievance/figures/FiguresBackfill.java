package vn.police.grievance.figures;

import java.time.OffsetDateTime;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.police.grievance.item.ItemEvent;
import vn.police.grievance.item.ItemJournal;
import vn.police.grievance.item.ItemRepository;
import vn.police.grievance.item.Step;
import vn.police.grievance.system.StartupLock;

/**
 * Items that existed before the figures' read model get their rows once, at start-up: the item's
 * row replayed from its journal, its steps from the engine's task history (by the item's reference,
 * the business key of its processes). Items whose history the retention already removed keep their
 * item figures but no step figures. Runs under the start-up lock, so two nodes do not both fill.
 */
@Component
class FiguresBackfill implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(FiguresBackfill.class);
  static final int BATCH = 200;

  private final JdbcClient jdbc;
  private final ItemRepository items;
  private final ItemJournal journal;
  private final ItemFacts itemFacts;
  private final StepFacts stepFacts;
  private final HistoryService history;
  private final StartupLock lock;
  private final TransactionTemplate transactions;

  FiguresBackfill(JdbcClient jdbc, ItemRepository items, ItemJournal journal, ItemFacts itemFacts, StepFacts stepFacts,
      HistoryService history, StartupLock lock, PlatformTransactionManager transactionManager) {
    this.jdbc = jdbc;
    this.items = items;
    this.journal = journal;
    this.itemFacts = itemFacts;
    this.stepFacts = stepFacts;
    this.history = history;
    this.lock = lock;
    this.transactions = new TransactionTemplate(transactionManager);
  }

  @Override
  public void run(ApplicationArguments args) {
    lock.run("the figures of items older than the read model", this::fill);
  }

  void fill() {
    int filled = 0;
    long after = 0;
    List<Long> missing;
    do {
      // a cursor on the id: an item that cannot be filled is passed over, never selected again
      missing = jdbc.sql("SELECT g.id FROM grievance_item g WHERE g.id > ? AND NOT EXISTS"
              + " (SELECT 1 FROM figure_item f WHERE f.item_id = g.id) ORDER BY g.id LIMIT ?")
          .params(after, BATCH)
          .query(Long.class)
          .list();
      for (long id : missing) {
        transactions.executeWithoutResult(status -> fill(id));
        after = id;
      }
      filled += missing.size();
    } while (missing.size() == BATCH);
    if (filled > 0) {
      LOG.info("Figures filled in for {} items recorded before the read model", filled);
    }
  }

  private void fill(long itemId) {
    var item = items.findById(itemId).orElseThrow();
    // the row as the item stands, even for an item whose journal is empty or already pruned
    itemFacts.record(item, null, item.updatedAt());
    for (ItemEvent event : journal.eventsOf(itemId)) {
      itemFacts.record(item, event.event(), event.occurredAt());
    }
    List<HistoricTaskInstance> tasks = history.createHistoricTaskInstanceQuery()
        .processInstanceBusinessKey(item.reference())
        .orderByHistoricActivityInstanceStartTime().asc()
        .list();
    for (HistoricTaskInstance task : tasks) {
      Step step = StepKeys.of(task.getTaskDefinitionKey()).orElse(null);
      if (step == null || stepFacts.known(task.getId())) {
        continue;
      }
      stepFacts.entered(task.getId(), itemId, step, groupOf(task), at(task.getStartTime()), at(task.getDueDate()),
          at(task.getFollowUpDate()));
      if (task.getEndTime() != null) {
        if ("completed".equals(task.getDeleteReason())) {
          stepFacts.completed(task.getId(), at(task.getStartTime()), at(task.getEndTime()), task.getAssignee(), at(task.getDueDate()));
        } else {
          stepFacts.cancelled(task.getId(), at(task.getEndTime()));
        }
      }
    }
  }

  /** The group the step was offered to, from the engine's identity-link history. */
  private String groupOf(HistoricTaskInstance task) {
    return history.createHistoricIdentityLinkLogQuery().taskId(task.getId()).type("candidate").list().stream()
        .map(link -> link.getGroupId())
        .filter(g -> g != null)
        .sorted()
        .findFirst()
        .orElse(null);
  }

  private OffsetDateTime at(java.util.Date date) {
    return date == null ? null : OffsetDateTime.ofInstant(date.toInstant(), stepFacts.zone());
  }
}
