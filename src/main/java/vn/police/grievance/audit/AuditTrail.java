package vn.police.grievance.audit;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.history.HistoricIdentityLinkLog;
import org.camunda.bpm.engine.history.HistoricIncident;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.springframework.stereotype.Service;
import vn.police.grievance.answer.Answer;
import vn.police.grievance.answer.AnswerRepository;
import vn.police.grievance.audit.ItemFile.FinalAnswer;
import vn.police.grievance.audit.ItemFile.RegulationRef;
import vn.police.grievance.audit.TimelineEntry.Source;
import vn.police.grievance.deadline.Deadlines;
import vn.police.grievance.item.Step;
import vn.police.grievance.item.EventType;
import vn.police.grievance.item.ItemEvent;
import vn.police.grievance.item.ItemJournal;
import vn.police.grievance.item.JournalRenderer;
import vn.police.grievance.item.GrievanceItem;
import vn.police.grievance.tracking.ItemView.Labelled;
import vn.police.grievance.organisation.OrganisationService;
import vn.police.grievance.regulation.Regulation;
import vn.police.grievance.regulation.RegulationRepository;

/**
 * Builds an item's file: the application's journal (decisions and their reasons) joined with the
 * engine's history of every process instance carrying the item's reference (the main process and
 * each department study it called): steps offered, claimed, delegated, completed against their
 * due dates, operations users performed, decisions tables evaluated, incidents. One time-ordered
 * list of lines, each with who, what, detail and reason.
 *
 * <p>Lines written in one transaction share a timestamp; they are ordered the way that
 * transaction ran: a step is completed, what was decided is journaled, processes end and start,
 * the next step is offered.
 */
@Service
public class AuditTrail {

  static final String SYSTEM = "system";
  static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

  private final HistoryService history;
  private final RepositoryService repository;
  private final IdentityService identity;
  private final AuditRepository audit;
  private final ItemJournal journal;
  private final AnswerRepository answers;
  private final RegulationRepository regulations;
  private final OrganisationService organisation;
  private final Deadlines deadlines;
  private final Clock clock;

  AuditTrail(
      HistoryService history,
      RepositoryService repository,
      IdentityService identity,
      AuditRepository audit,
      ItemJournal journal,
      AnswerRepository answers,
      RegulationRepository regulations,
      OrganisationService organisation,
      Deadlines deadlines,
      Clock clock) {
    this.history = history;
    this.repository = repository;
    this.identity = identity;
    this.audit = audit;
    this.journal = journal;
    this.answers = answers;
    this.regulations = regulations;
    this.organisation = organisation;
    this.deadlines = deadlines;
    this.clock = clock;
  }

  /** The order of lines that share a timestamp: the order in which one transaction writes them. */
  private enum Phase {
    OPERATION, TASK_ENDED, JOURNAL, PROCESS_ENDED, PROCESS_STARTED, DECISION, TASK_CREATED, INCIDENT
  }

  private record Line(TimelineEntry entry, Phase phase, long order) {}

  public ItemFile fileOf(GrievanceItem item) {
    Context ctx = new Context(item);
    List<Line> lines = new ArrayList<>();
    journal(ctx, lines);
    List<HistoricProcessInstance> instances =
        history.createHistoricProcessInstanceQuery()
            .processInstanceBusinessKey(item.reference())
            .orderByProcessInstanceStartTime().asc()
            .list();
    for (HistoricProcessInstance instance : instances) {
      List<HistoricTaskInstance> tasks = history.createHistoricTaskInstanceQuery()
          .processInstanceId(instance.getId()).orderByHistoricActivityInstanceStartTime().asc().list();
      tasks.forEach(t -> {
        ctx.taskSteps.put(t.getId(), taskStep(t));
        ctx.taskKeys.put(t.getId(), t.getTaskDefinitionKey());
      });
      Map<String, String> completedBy = operations(ctx, instance, lines);
      process(ctx, instance, lines);
      tasks(ctx, instance, tasks, completedBy, lines);
      decisions(ctx, instance, lines);
      incidents(ctx, instance, lines);
    }
    List<TimelineEntry> entries = lines.stream()
        .sorted(Comparator.comparing((Line l) -> l.entry().at())
            .thenComparing(Line::phase)
            .thenComparingLong(Line::order))
        .map(Line::entry)
        .toList();
    return summary(ctx, instances, entries);
  }

  // --- The application's journal ----------------------------------------------------------------

  private void journal(Context ctx, List<Line> lines) {
    JournalRenderer renderer = new JournalRenderer(ctx.names::of, id -> {
      Answer a = ctx.answers.get(id);
      return a == null ? null : new JournalRenderer.AnswerShown(
          a.kind(), a.id(), a.draftedBy(), a.regulations().stream().map(Regulation::code).toList(), a.body());
    });
    for (ItemEvent row : journal.eventsOf(ctx.item.id())) {
      JournalRenderer.Rendered shown = renderer.render(row.event());
      Step step = JournalRenderer.stepOf(row.event());
      String stepId = step == null ? null : step.name();
      lines.add(new Line(
          new TimelineEntry(row.occurredAt().atZoneSameInstant(zone()).toOffsetDateTime(), Source.JOURNAL, row.type().name(),
              shown.label(), row.actor(), ctx.names.of(row.actor()), shown.step(), stepId, shown.detail(), shown.reason(),
              null, null, null, null, row.position(), row.hash()),
          Phase.JOURNAL,
          row.position() == null ? Long.MAX_VALUE : row.position()));
    }
  }

  // --- The engine's history -------------------------------------------------------------------

  /** Operation log lines; returns who completed which task, for the completion lines. */
  private Map<String, String> operations(Context ctx, HistoricProcessInstance instance, List<Line> lines) {
    Map<String, String> completedBy = new HashMap<>();
    Map<String, List<UserOperationLogEntry>> byOperation = new LinkedHashMap<>();
    for (UserOperationLogEntry e :
        history.createUserOperationLogQuery().processInstanceId(instance.getId()).orderByTimestamp().asc().list()) {
      byOperation.computeIfAbsent(e.getOperationId(), k -> new ArrayList<>()).add(e);
    }
    long order = 0;
    for (List<UserOperationLogEntry> operation : byOperation.values()) {
      UserOperationLogEntry first = operation.get(0);
      String type = first.getOperationType();
      String entity = first.getEntityType();
      if ("Complete".equals(type) && "Task".equals(entity)) {
        completedBy.put(first.getTaskId(), first.getUserId());
        continue;
      }
      if ("Create".equals(type) && "ProcessInstance".equals(entity)) {
        continue; // the process-started line names who started it
      }
      String kind;
      String label;
      String detail = null;
      String newAssignee = newValue(operation, "assignee");
      switch (type) {
        case "Claim" -> {
          kind = newAssignee == null ? "TASK_UNCLAIMED" : "TASK_CLAIMED";
          label = newAssignee == null ? AuditLabels.operation("Unclaim") : AuditLabels.operation("Claim");
        }
        case "Assign" -> {
          kind = "TASK_ASSIGNED";
          label = AuditLabels.operation(type);
          detail = "Giao cho: " + ctx.names.of(newAssignee);
        }
        case "Delegate" -> {
          kind = "TASK_DELEGATED";
          label = AuditLabels.operation(type);
          detail = "Ủy quyền cho: " + ctx.names.of(newAssignee);
        }
        case "Resolve" -> {
          kind = "TASK_RESOLVED";
          label = AuditLabels.operation(type);
          detail = "Trả lại cho: " + ctx.names.of(newAssignee);
        }
        default -> {
          kind = "OPERATION_" + type;
          label = AuditLabels.operation(type);
          detail = operation.stream()
              .filter(e -> e.getProperty() != null)
              .map(e -> AuditLabels.property(e.getProperty()) + ": " + Objects.toString(e.getOrgValue(), "—") + " → "
                  + Objects.toString(e.getNewValue(), "—"))
              .collect(Collectors.joining("; "));
          if (detail.isEmpty()) {
            detail = AuditLabels.entity(entity);
          }
          if (!AuditLabels.OPERATIONS.containsKey(type)) {
            // an operation of a later engine: its code stays for whoever investigates
            detail = (detail == null || detail.isEmpty() ? "" : detail + "; ") + "mã thao tác " + type;
          }
        }
      }
      String step = first.getTaskId() == null ? null : ctx.taskSteps.get(first.getTaskId());
      // no user: the engine itself did it (a job, the history cleanup)
      String actor = first.getUserId() == null ? SYSTEM : first.getUserId();
      lines.add(new Line(
          new TimelineEntry(time(first.getTimestamp()), Source.OPERATION, kind, label, actor,
              ctx.names.of(actor), step, first.getTaskId() == null ? null : ctx.taskKeys.get(first.getTaskId()),
              detail, first.getAnnotation(), null, null, null, instance.getId(), null, null),
          Phase.OPERATION, order++));
    }
    return completedBy;
  }

  private static String newValue(List<UserOperationLogEntry> operation, String property) {
    return operation.stream().filter(e -> property.equals(e.getProperty())).map(UserOperationLogEntry::getNewValue)
        .filter(Objects::nonNull).findFirst().orElse(null);
  }

  private void process(Context ctx, HistoricProcessInstance instance, List<Line> lines) {
    String name = instance.getProcessDefinitionName() == null ? instance.getProcessDefinitionKey() : instance.getProcessDefinitionName();
    boolean called = instance.getSuperProcessInstanceId() != null;
    String starter = instance.getStartUserId() == null ? SYSTEM : instance.getStartUserId();
    lines.add(new Line(
        new TimelineEntry(time(instance.getStartTime()), Source.PROCESS, "PROCESS_STARTED",
            called ? "Bắt đầu quy trình con: " + name : "Bắt đầu quy trình: " + name, starter, ctx.names.of(starter), name,
            instance.getProcessDefinitionKey(),
            "Quy trình " + instance.getProcessDefinitionKey() + ", phiên bản " + instance.getProcessDefinitionVersion(),
            null, null, null, null, instance.getId(), null, null),
        Phase.PROCESS_STARTED, 0));
    if (instance.getEndTime() != null) {
      String end = instance.getEndActivityId() == null ? null : elementName(instance.getProcessDefinitionId(), instance.getEndActivityId());
      String state = switch (String.valueOf(instance.getState())) {
        case HistoricProcessInstance.STATE_EXTERNALLY_TERMINATED -> "Bị hủy bởi người dùng";
        case HistoricProcessInstance.STATE_INTERNALLY_TERMINATED -> "Kết thúc do quy trình chuyển hướng";
        default -> "Hoàn thành";
      };
      lines.add(new Line(
          new TimelineEntry(time(instance.getEndTime()), Source.PROCESS, "PROCESS_ENDED", "Kết thúc quy trình: " + name,
              SYSTEM, ctx.names.of(SYSTEM), name, instance.getProcessDefinitionKey(),
              state + (end == null ? "" : " — " + end)
                  + (instance.getDeleteReason() == null ? "" : " (" + instance.getDeleteReason() + ")"),
              null, null, null, null, instance.getId(), null, null),
          Phase.PROCESS_ENDED, 0));
    }
  }

  private void tasks(
      Context ctx, HistoricProcessInstance instance, List<HistoricTaskInstance> tasks, Map<String, String> completedBy,
      List<Line> lines) {
    for (HistoricTaskInstance task : tasks) {
      String step = taskStep(task);
      List<String> groups = history.createHistoricIdentityLinkLogQuery().taskId(task.getId()).type(IdentityLinkType.CANDIDATE).list()
          .stream()
          .filter(l -> "add".equals(l.getOperationType()))
          .map(HistoricIdentityLinkLog::getGroupId)
          .filter(Objects::nonNull)
          .distinct()
          .toList();
      if ("userTask_consult".equals(task.getTaskDefinitionKey())) {
        ctx.consulted.addAll(groups);
      }
      OffsetDateTime created = time(task.getStartTime());
      OffsetDateTime due = task.getDueDate() == null ? null : time(task.getDueDate());
      String offeredTo = groups.isEmpty() ? task.getAssignee() : String.join(",", groups);
      String offeredToNames = groups.isEmpty()
          ? ctx.names.of(task.getAssignee())
          : groups.stream().map(ctx.names::of).collect(Collectors.joining(", "));
      String timing = null;
      Integer late = null;
      if (task.getEndTime() == null && due != null && OffsetDateTime.now(clock).isAfter(due)) {
        late = workingDaysLate(due, OffsetDateTime.now(clock));
        timing = AuditLabels.lateness(late, false);
      }
      lines.add(new Line(
          new TimelineEntry(created, Source.TASK, "TASK_CREATED", "Giao bước xử lý", offeredTo, offeredToNames, step,
              task.getTaskDefinitionKey(),
              "Giao cho: " + offeredToNames + (due == null ? "" : "; hạn xử lý: " + due.format(DAY_TIME)),
              null, due, timing, late, instance.getId(), null, null),
          Phase.TASK_CREATED, created.toInstant().toEpochMilli()));
      if (task.getEndTime() != null) {
        OffsetDateTime ended = time(task.getEndTime());
        boolean completed = "completed".equals(task.getDeleteReason());
        String actor = completed ? completedBy.getOrDefault(task.getId(), task.getAssignee()) : SYSTEM;
        Integer daysLate = null;
        String endTiming = null;
        if (completed && due != null) {
          daysLate = ended.isAfter(due) ? workingDaysLate(due, ended) : 0;
          endTiming = ended.isAfter(due) ? AuditLabels.lateness(daysLate, true) : AuditLabels.ON_TIME;
        }
        String took = "Thời gian xử lý: " + AuditLabels.duration(Duration.between(created, ended));
        lines.add(new Line(
            new TimelineEntry(ended, Source.TASK, completed ? "TASK_COMPLETED" : "TASK_CANCELLED",
                completed ? "Hoàn thành bước xử lý" : "Bước xử lý kết thúc mà không hoàn thành",
                actor, ctx.names.of(actor), step, task.getTaskDefinitionKey(),
                completed ? took : took + "; lý do: " + cancelReason(task.getDeleteReason()),
                null, due, endTiming, daysLate, instance.getId(), null, null),
            Phase.TASK_ENDED, created.toInstant().toEpochMilli()));
      }
    }
  }

  private static String cancelReason(String deleteReason) {
    return "deleted".equals(deleteReason)
        ? "quy trình chuyển hướng (hết thời hạn hoặc được điều chỉnh)"
        : String.valueOf(deleteReason);
  }

  private int workingDaysLate(OffsetDateTime due, OffsetDateTime at) {
    return deadlines.calendar().workingDaysBetween(
        due.atZoneSameInstant(zone()).toLocalDate(), at.atZoneSameInstant(zone()).toLocalDate());
  }

  private String taskStep(HistoricTaskInstance task) {
    if (task == null) {
      return null;
    }
    String name = elementName(task.getProcessDefinitionId(), task.getTaskDefinitionKey());
    return name != null ? name : task.getName();
  }

  private void decisions(Context ctx, HistoricProcessInstance instance, List<Line> lines) {
    for (HistoricDecisionInstance decision :
        history.createHistoricDecisionInstanceQuery().processInstanceId(instance.getId()).includeOutputs().list()) {
      String outputs = decision.getOutputs().stream()
          .map(o -> o.getVariableName().endsWith("epartmentId") && o.getValue() != null
              ? "Phòng gợi ý: " + ctx.names.of(String.valueOf(o.getValue()))
              : o.getVariableName() + " = " + o.getValue())
          .collect(Collectors.joining("; "));
      String actor = decision.getUserId() == null ? SYSTEM : decision.getUserId();
      lines.add(new Line(
          new TimelineEntry(time(decision.getEvaluationTime()), Source.DECISION, "DECISION_EVALUATED",
              "Bảng quyết định: " + Objects.toString(decision.getDecisionDefinitionName(), decision.getDecisionDefinitionKey()),
              actor, ctx.names.of(actor), null, decision.getDecisionDefinitionKey(), outputs.isEmpty() ? "Không có gợi ý" : outputs,
              null, null, null, null, instance.getId(), null, null),
          Phase.DECISION, 0));
    }
  }

  private void incidents(Context ctx, HistoricProcessInstance instance, List<Line> lines) {
    for (HistoricIncident incident : history.createHistoricIncidentQuery().processInstanceId(instance.getId()).list()) {
      String step = incident.getActivityId() == null ? null : elementName(incident.getProcessDefinitionId(), incident.getActivityId());
      lines.add(new Line(
          new TimelineEntry(time(incident.getCreateTime()), Source.INCIDENT, "INCIDENT_CREATED", "Sự cố kỹ thuật", SYSTEM,
              ctx.names.of(SYSTEM), step, incident.getActivityId(), incident.getIncidentMessage(), null, null, null, null, instance.getId(), null, null),
          Phase.INCIDENT, 0));
      if (incident.getEndTime() != null) {
        lines.add(new Line(
            new TimelineEntry(time(incident.getEndTime()), Source.INCIDENT, "INCIDENT_RESOLVED",
                incident.isDeleted() ? "Sự cố được xóa" : "Sự cố được khắc phục", SYSTEM, ctx.names.of(SYSTEM), step,
                incident.getActivityId(), null, null, null, null, null, instance.getId(), null, null),
            Phase.INCIDENT, 1));
      }
    }
  }

  // --- The file's summary ---------------------------------------------------------------------

  private ItemFile summary(Context ctx, List<HistoricProcessInstance> instances, List<TimelineEntry> entries) {
    GrievanceItem item = ctx.item;
    List<String> running = instances.stream().filter(i -> i.getEndTime() == null).map(HistoricProcessInstance::getId).toList();
    FinalAnswer finalAnswer = answers.latestApproved(item.id())
        .map(a -> new FinalAnswer(
            new Labelled(a.kind().name(), AuditLabels.ANSWER_KINDS.get(a.kind())),
            a.body(),
            a.regulations().stream().map(r -> new RegulationRef(r.code(), r.title())).toList(),
            a.decidedBy(),
            ctx.names.of(a.decidedBy()),
            a.decidedAt(),
            a.deliveredAt()))
        .orElse(null);
    Set<String> codes = new LinkedHashSet<>();
    entries.stream()
        .filter(e -> EventType.TRIAGE_DECIDED.name().equals(e.kind()) && e.detail() != null && e.detail().contains("Căn cứ: "))
        .forEach(e -> codes.addAll(List.of(e.detail().substring(e.detail().indexOf("Căn cứ: ") + 8).split(",\\s*"))));
    ctx.answers.values().forEach(a -> a.regulations().forEach(r -> codes.add(r.code())));
    Map<String, Regulation> known = regulations.findByCodes(List.copyOf(codes)).stream()
        .collect(Collectors.toMap(Regulation::code, r -> r, (a, b) -> a));
    List<RegulationRef> cited = codes.stream()
        .map(c -> new RegulationRef(c, known.containsKey(c) ? known.get(c).title() : null))
        .toList();
    Set<String> consulted = new LinkedHashSet<>(ctx.consulted);
    consulted.addAll(audit.consultedDepartments(item.id()));
    return new ItemFile(
        item.reference(),
        new Labelled(item.unitId(), ctx.names.of(item.unitId())),
        new Labelled(item.category().name(), item.category().labelVi()),
        item.title(),
        item.content(),
        item.proposal(),
        item.contact(),
        new Labelled(item.status().name(), item.status().labelVi()),
        item.route() == null ? null : new Labelled(item.route().name(), AuditLabels.ROUTES.get(item.route())),
        item.departmentId() == null ? null : new Labelled(item.departmentId(), ctx.names.of(item.departmentId())),
        item.submittedBy(),
        item.submittedAt(),
        item.closedAt(),
        item.reopenCount(),
        !running.isEmpty(),
        item.processInstanceId(),
        running,
        finalAnswer,
        cited,
        consulted.stream().map(d -> new Labelled(d, ctx.names.of(d))).toList(),
        entries);
  }

  // --- Helpers --------------------------------------------------------------------------------

  private ZoneId zone() {
    return clock.getZone();
  }

  private OffsetDateTime time(Date date) {
    return date == null ? null : date.toInstant().atZone(zone()).toOffsetDateTime();
  }

  private final Map<String, BpmnModelInstance> models = new java.util.concurrent.ConcurrentHashMap<>();

  private String elementName(String processDefinitionId, String elementId) {
    if (processDefinitionId == null || elementId == null) {
      return null;
    }
    BpmnModelInstance model = models.computeIfAbsent(processDefinitionId, repository::getBpmnModelInstance);
    FlowElement element = model == null ? null : model.getModelElementById(elementId);
    return element == null ? null : element.getName();
  }

  /** What one file needs while it is built: the item, its answers, names looked up once. */
  private final class Context {
    final GrievanceItem item;
    final Map<Long, Answer> answers;
    final Names names = new Names();
    final Map<String, String> taskSteps = new HashMap<>();
    final Map<String, String> taskKeys = new HashMap<>();
    final Set<String> consulted = new LinkedHashSet<>();

    Context(GrievanceItem item) {
      this.item = item;
      this.answers = AuditTrail.this.answers.allOf(item.id()).stream()
          .collect(Collectors.toMap(Answer::id, a -> a, (a, b) -> a, LinkedHashMap::new));
    }
  }

  /** Names of people and units: a unit's Vietnamese name, a group's name, a user's full name. */
  private final class Names {
    private final Map<String, String> cache = new HashMap<>();

    String of(String id) {
      if (id == null) {
        return null;
      }
      if (SYSTEM.equals(id)) {
        return "Hệ thống (tự động)";
      }
      if (id.contains(",")) {
        return List.of(id.split(",")).stream().map(this::of).collect(Collectors.joining(", "));
      }
      return cache.computeIfAbsent(id, this::lookUp);
    }

    private String lookUp(String id) {
      var unit = organisation.find(id);
      if (unit.isPresent()) {
        return unit.get().nameVi();
      }
      User user = identity.createUserQuery().userId(id).singleResult();
      if (user != null) {
        String name = (Objects.toString(user.getFirstName(), "") + " " + Objects.toString(user.getLastName(), "")).trim();
        return name.isEmpty() ? id : name;
      }
      Group group = identity.createGroupQuery().groupId(id).singleResult();
      return group != null && group.getName() != null ? group.getName() : id;
    }
  }
}
