package vn.police.grievance.operations;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToDoubleFunction;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.police.grievance.item.ItemRepository;
import vn.police.grievance.item.ItemStatus;

/**
 * The state of the work, as gauges: items not closed by status, open steps past their due date by
 * step, jobs that failed for good and open incidents. They are counted in the database at most once
 * per {@code grievance.metrics.refresh-interval} (a minute), when Prometheus scrapes: one grouped
 * count of items, one count query per step and two for the engine, whatever the scrape rate and
 * however many gauges read them. Nothing runs while nobody scrapes. When the database does not
 * answer, the gauges read NaN rather than an old value.
 *
 * <ul>
 *   <li>{@code grievance_items_open{status}}: items not closed yet, every status but CLOSED;
 *   <li>{@code grievance_steps_overdue{step}}: open user tasks past their due date, by task
 *       definition key (every step of the deployed diagrams that has a due date);
 *   <li>{@code grievance_jobs_failed}: jobs with no retries left (each one is also an incident);
 *   <li>{@code grievance_incidents_open}: open incidents of any kind.
 * </ul>
 *
 * Every node reports the same totals, read from the shared database: aggregate them with max, not sum.
 */
@Component
class WorkloadMetrics {

  private static final Logger LOG = LoggerFactory.getLogger(WorkloadMetrics.class);

  static final String OPEN_ITEMS = "grievance.items.open";
  static final String OVERDUE_STEPS = "grievance.steps.overdue";
  static final String FAILED_JOBS = "grievance.jobs.failed";
  static final String OPEN_INCIDENTS = "grievance.incidents.open";

  /** What the database said at one moment; {@code null} maps when it could not be asked. */
  record Snapshot(
      long takenAtNanos, Map<ItemStatus, Long> openItems, Map<String, Long> overdueSteps, Long failedJobs, Long openIncidents) {}

  private final MeterRegistry registry;
  private final ItemRepository items;
  private final ProcessEngine engine;
  private final Clock clock;
  private final long refreshNanos;
  private final Set<String> stepsWithGauges = ConcurrentHashMap.newKeySet();
  private volatile Snapshot snapshot;

  WorkloadMetrics(
      MeterRegistry registry,
      ItemRepository items,
      ProcessEngine engine,
      Clock clock,
      @Value("${grievance.metrics.refresh-interval:60s}") Duration refreshInterval) {
    this.registry = registry;
    this.items = items;
    this.engine = engine;
    this.clock = clock;
    this.refreshNanos = refreshInterval.toNanos();
    for (ItemStatus status : ItemStatus.values()) {
      if (status != ItemStatus.CLOSED) {
        gauge(OPEN_ITEMS, "Items not closed (kiến nghị chưa kết thúc), by status", "status", status.name(),
            m -> m.count(m.current().openItems(), status));
      }
    }
    Gauge.builder(FAILED_JOBS, this, m -> value(m.current().failedJobs()))
        .description("Jobs with no retries left (công việc nền lỗi hết số lần thử)")
        .register(registry);
    Gauge.builder(OPEN_INCIDENTS, this, m -> value(m.current().openIncidents()))
        .description("Open engine incidents (sự cố của engine chưa xử lý)")
        .register(registry);
  }

  /** The steps are known once the diagrams are deployed: their gauges are added then. */
  @EventListener(ApplicationReadyEvent.class)
  void registerStepGauges() {
    try {
      refresh();
    } catch (RuntimeException e) {
      LOG.warn("Workload metrics: could not read the deployed steps yet: {}", e.toString());
    }
  }

  /** The current snapshot, counted anew when it is older than the refresh interval. */
  Snapshot current() {
    Snapshot taken = snapshot;
    if (taken == null || System.nanoTime() - taken.takenAtNanos() >= refreshNanos) {
      synchronized (this) {
        taken = snapshot;
        if (taken == null || System.nanoTime() - taken.takenAtNanos() >= refreshNanos) {
          taken = safeRefresh();
        }
      }
    }
    return taken;
  }

  private Snapshot safeRefresh() {
    try {
      return refresh();
    } catch (RuntimeException e) {
      LOG.warn("Workload metrics could not be counted: {}", e.toString());
      Snapshot unknown = new Snapshot(System.nanoTime(), null, null, null, null);
      snapshot = unknown;
      return unknown;
    }
  }

  /** Counts everything now, whatever the age of the last snapshot. */
  synchronized Snapshot refresh() {
    Map<ItemStatus, Long> open = new EnumMap<>(ItemStatus.class);
    open.putAll(items.countOpenByStatus());
    Date now = Date.from(clock.instant());
    Map<String, Long> overdue = new LinkedHashMap<>();
    for (String step : stepsWithDueDates()) {
      overdue.put(step, engine.getTaskService().createTaskQuery().taskDefinitionKey(step).dueBefore(now).count());
      if (stepsWithGauges.add(step)) {
        gauge(OVERDUE_STEPS, "Open steps past their due date (bước xử lý quá hạn), by step", "step", step,
            m -> m.count(m.current().overdueSteps(), step));
      }
    }
    long failedJobs = engine.getManagementService().createJobQuery().noRetriesLeft().count();
    long incidents = engine.getRuntimeService().createIncidentQuery().count();
    Snapshot taken = new Snapshot(System.nanoTime(), open, overdue, failedJobs, incidents);
    snapshot = taken;
    return taken;
  }

  /** User tasks with a due date in the latest version of every deployed diagram. */
  private Set<String> stepsWithDueDates() {
    RepositoryService repository = engine.getRepositoryService();
    Set<String> steps = new TreeSet<>();
    for (ProcessDefinition definition : repository.createProcessDefinitionQuery().latestVersion().list()) {
      for (UserTask task : repository.getBpmnModelInstance(definition.getId()).getModelElementsByType(UserTask.class)) {
        if (task.getCamundaDueDate() != null) {
          steps.add(task.getId());
        }
      }
    }
    return steps;
  }

  private <K> double count(Map<K, Long> counts, K key) {
    return counts == null ? Double.NaN : counts.getOrDefault(key, 0L);
  }

  private static double value(Long count) {
    return count == null ? Double.NaN : count;
  }

  private void gauge(String name, String description, String tag, String tagValue, ToDoubleFunction<WorkloadMetrics> reading) {
    Gauge.builder(name, this, reading).description(description).tag(tag, tagValue).register(registry);
  }
}
