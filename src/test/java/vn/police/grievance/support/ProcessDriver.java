package vn.police.grievance.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import vn.police.grievance.intake.IntakeService;
import vn.police.grievance.intake.SubmitItemRequest;
import vn.police.grievance.item.EventType;
import vn.police.grievance.item.GrievanceItem;
import vn.police.grievance.item.ItemEvent;
import vn.police.grievance.item.ItemJournal;
import vn.police.grievance.item.ItemRepository;
import vn.police.grievance.item.ItemStatus;
import vn.police.grievance.system.CurrentUser;

/**
 * Drives items through the processes the way people do in Tasklist: as a named user of the demo
 * organisation, one task at a time; timers and async steps fired explicitly.
 */
@Component
public class ProcessDriver {

  public static final CurrentUser LONG_HOA = new CurrentUser("xa.longhoa", Set.of("cax-long-hoa"));

  private final IntakeService intake;
  private final ItemRepository items;
  private final ItemJournal journal;
  private final RuntimeService runtime;
  private final TaskService tasks;
  private final IdentityService identity;
  private final ManagementService management;
  private final HistoryService history;

  public ProcessDriver(
      IntakeService intake,
      ItemRepository items,
      ItemJournal journal,
      RuntimeService runtime,
      TaskService tasks,
      IdentityService identity,
      ManagementService management,
      HistoryService history) {
    this.intake = intake;
    this.items = items;
    this.journal = journal;
    this.runtime = runtime;
    this.tasks = tasks;
    this.identity = identity;
    this.management = management;
    this.history = history;
  }

  public GrievanceItem submitTitled(String category, String title) {
    return intake
        .submit(new SubmitItemRequest(null, category, title, title, null, null), UUID.randomUUID().toString(), LONG_HOA)
        .item();
  }

  public GrievanceItem submit(String category) {
    return intake
        .submit(
            new SubmitItemRequest(null, category, "Chưa có trụ sở làm việc", "Công an xã làm việc nhờ tại UBND xã.",
                "Đề nghị bố trí kinh phí xây dựng trụ sở", "Đại úy Nguyễn Văn A – 0912 000 000"),
            UUID.randomUUID().toString(),
            LONG_HOA)
        .item();
  }

  public ProcessInstance instanceOf(GrievanceItem item) {
    return runtime.createProcessInstanceQuery().processInstanceId(item.processInstanceId()).singleResult();
  }

  /** The open task with this definition key anywhere in the item's processes (called ones too). */
  public Task task(GrievanceItem item, String taskDefinitionKey) {
    List<Task> found = openTasks(item, taskDefinitionKey);
    assertThat(found).as("open task %s of %s", taskDefinitionKey, item.reference()).hasSize(1);
    return found.get(0);
  }

  public List<Task> openTasks(GrievanceItem item, String taskDefinitionKey) {
    return tasks.createTaskQuery()
        .processInstanceBusinessKey(item.reference())
        .taskDefinitionKey(taskDefinitionKey)
        .list();
  }

  /** Claims and completes the task as this user, the way Tasklist does. */
  public void complete(Task task, String userId, Map<String, Object> variables) {
    identity.setAuthentication(userId, groupsOf(userId));
    try {
      tasks.claim(task.getId(), userId);
      tasks.complete(task.getId(), new HashMap<>(variables));
    } finally {
      identity.clearAuthentication();
    }
  }

  public void complete(GrievanceItem item, String taskDefinitionKey, String userId, Map<String, Object> variables) {
    complete(task(item, taskDefinitionKey), userId, variables);
  }

  /** Runs the item's async continuations; its timers are fired only by the tests about them. */
  public void runAsyncJobs(GrievanceItem item) {
    for (Job job : management.createJobQuery().processInstanceId(item.processInstanceId()).messages().list()) {
      management.executeJob(job.getId());
    }
  }

  /** Fires the timer of the given boundary event, as if its date had come. */
  public void fireTimer(GrievanceItem item, String activityId) {
    List<Job> timers =
        management.createJobQuery().timers().activityId(activityId).list().stream()
            .filter(j -> belongsTo(item, j.getProcessInstanceId()))
            .toList();
    assertThat(timers).as("timer %s of %s", activityId, item.reference()).isNotEmpty();
    management.executeJob(timers.get(0).getId());
  }

  public GrievanceItem byReference(String reference) {
    return items.findByReference(reference).orElseThrow();
  }

  public ItemStatus status(GrievanceItem item) {
    return items.findById(item.id()).orElseThrow().status();
  }

  public GrievanceItem reload(GrievanceItem item) {
    return items.findById(item.id()).orElseThrow();
  }

  public List<EventType> eventTypes(GrievanceItem item) {
    return journal.eventsOf(item.id()).stream().map(ItemEvent::type).filter(t -> t != EventType.STATUS_CHANGED).toList();
  }

  public List<ItemEvent> events(GrievanceItem item) {
    return journal.eventsOf(item.id());
  }

  private boolean belongsTo(GrievanceItem item, String processInstanceId) {
    if (processInstanceId == null) {
      return false;
    }
    String businessKey =
        history.createHistoricProcessInstanceQuery().processInstanceId(processInstanceId).singleResult().getBusinessKey();
    return item.reference().equals(businessKey);
  }

  private List<String> groupsOf(String userId) {
    return identity.createGroupQuery().groupMember(userId).list().stream().map(g -> g.getId()).toList();
  }
}
