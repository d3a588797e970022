package vn.police.grievance.tasklist;

import static vn.police.grievance.process.ProcessVariables.*;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import vn.police.grievance.answer.Answer;
import vn.police.grievance.answer.AnswerRepository;
import vn.police.grievance.answer.AnswerTemplateService;
import vn.police.grievance.item.EventType;
import vn.police.grievance.item.GrievanceItem;
import vn.police.grievance.item.HigherAuthority;
import vn.police.grievance.item.ItemEvent;
import vn.police.grievance.item.ItemJournal;
import vn.police.grievance.item.ItemScope;
import vn.police.grievance.item.ItemService;
import vn.police.grievance.item.JournalRenderer;
import vn.police.grievance.organisation.OrgUnit;
import vn.police.grievance.organisation.OrganisationService;
import vn.police.grievance.process.Actors;
import vn.police.grievance.process.Variables;
import vn.police.grievance.regulation.Regulation;
import vn.police.grievance.regulation.RegulationRepository;
import vn.police.grievance.system.Enums;
import vn.police.grievance.tracking.Attachments;
import vn.police.grievance.tracking.SimilarItems;

/**
 * What a user task shows the person who opens it in Tasklist, besides its own fields: a read-only
 * view of the item, the decisions so far and the choices of this step, each under a name
 * prefixed {@code ctx} (never the name of a form field, which must reach the process scope). The
 * view is built for the task's {@link TaskAudience}: the unit is shown what the app API shows it,
 * the province's staff everything.
 *
 * <p>It is computed when it is read, not stored in the task: the front door adds it to what the
 * engine answers for the task's variables ({@link TaskContextReader}), so the officer reads the
 * item as it is now, and a task's creation and completion write and delete no row for it. Only
 * what the task list's cards show is stored ({@link #cards}), since the engine's task query reads
 * cards from variables. Each value is computed only when the task's form shows it.
 */
@Component
public class TaskContext implements TaskContextReader {

  static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
  static final String SEPARATOR = " · ";

  /** Events whose detail is what the next person needs to read (opinions, studies, replies). */
  static final Set<EventType> SHOW_DETAIL =
      java.util.EnumSet.of(EventType.CONSULTATION_ANSWERED, EventType.STUDY_DRAFTED, EventType.AUTHORITY_REPLY_RECORDED);

  /**
   * The events a unit may read of its own item: what it did and what was delivered to it. The
   * province's deliberation (triage, drafts, opinions, reviews, returns, reminders) stays inside.
   */
  static final Set<EventType> UNIT_EVENTS =
      java.util.EnumSet.of(
          EventType.SUBMITTED, EventType.ANSWER_DELIVERED, EventType.UNIT_SATISFIED, EventType.UNIT_NOT_SATISFIED,
          EventType.REOPENED, EventType.CLOSED, EventType.CLOSED_WITHOUT_REPLY);

  /** Of those, the one whose reason is the unit's own words, which it reads back. */
  static final Set<EventType> UNIT_REASONS = java.util.EnumSet.of(EventType.UNIT_NOT_SATISFIED);

  /** The triage form's "not a duplicate" choice. */
  public static final String NOT_DUPLICATE = vn.police.grievance.triage.TriageInput.NOT_DUPLICATE;

  static final String TRIAGE = "userTask_triage";
  static final String IMMEDIATE_ANSWER = "userTask_draftImmediateAnswer";

  /** The card variables (TasklistFilter.CARD_VARIABLES): the only context a task stores. */
  static final String TITLE = "ctxTitle";
  static final String DUE = "ctxDue";

  private final ItemService items;
  private final ItemJournal journal;
  private final OrganisationService organisation;
  private final RegulationRepository regulations;
  private final AnswerRepository answers;
  private final SimilarItems similarItems;
  private final AnswerTemplateService templates;
  private final Attachments attachments;
  private final ZoneId zone;
  private final TaskForms forms;
  private final ObjectProvider<ProcessEngine> engine;

  public TaskContext(
      ItemService items,
      ItemJournal journal,
      OrganisationService organisation,
      RegulationRepository regulations,
      AnswerRepository answers,
      SimilarItems similarItems,
      AnswerTemplateService templates,
      Attachments attachments,
      java.time.Clock clock,
      TaskForms forms,
      ObjectProvider<ProcessEngine> engine) {
    this.items = items;
    this.journal = journal;
    this.organisation = organisation;
    this.regulations = regulations;
    this.answers = answers;
    this.similarItems = similarItems;
    this.templates = templates;
    this.attachments = attachments;
    this.zone = clock.getZone();
    this.forms = forms;
    this.engine = engine;
  }

  /** Everything the task's form shows of its context, as it reads now; empty for a task of no item. */
  public Map<String, Object> of(String taskId) {
    return inEngine(taskId, task -> compute(task, null));
  }

  @Override
  public Map<String, Shown> read(String taskId, Set<String> names) {
    Map<String, Object> values = inEngine(taskId, task -> compute(task, names));
    Map<String, Shown> shown = new LinkedHashMap<>();
    values.forEach((name, value) -> shown.put(name,
        value instanceof SpinJsonNode json ? new Shown("Json", json.toString()) : new Shown("String", String.valueOf(value))));
    return shown;
  }

  /** What the task's card shows: stored in the task when it is created, since the task query reads cards from variables. */
  Map<String, Object> cards(DelegateTask task, GrievanceItem item) {
    Map<String, Object> cards = new LinkedHashMap<>();
    cards.put(TITLE, item.title());
    cards.put(DUE, due(task));
    return cards;
  }

  /**
   * Reads the task in one engine command, as a listener sees it: the same code computes the
   * context at creation (the cards) and at reading, from the same variables.
   */
  private Map<String, Object> inEngine(String taskId, java.util.function.Function<DelegateTask, Map<String, Object>> work) {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) engine.getObject().getProcessEngineConfiguration();
    return configuration.getCommandExecutorTxRequired().execute(context -> {
      TaskEntity task = context.getTaskManager().findTaskById(taskId);
      return task == null ? Map.of() : work.apply(task);
    });
  }

  /** The context the task's form shows, limited to {@code wanted} when not null. */
  Map<String, Object> compute(DelegateTask task, Set<String> wanted) {
    Long itemId = Variables.longValue(task, GRIEVANCE_ID);
    if (itemId == null) {
      return Map.of();
    }
    GrievanceItem item = items.get(itemId);
    TaskAudience audience = TaskAudience.of(task.getTaskDefinitionKey());
    Values ctx = new Values(forms.shownBy(formOf(task)), wanted);
    ctx.put("ctxReference", item::reference);
    ctx.put("ctxUnit", () -> organisation.nameOf(item.unitId()));
    ctx.put("ctxCategory", () -> item.category().labelVi());
    ctx.put(TITLE, item::title);
    ctx.put("ctxContent", item::content);
    ctx.put("ctxProposal", () -> item.proposal() == null ? "—" : item.proposal());
    ctx.put("ctxContact", () -> item.contact() == null ? "—" : item.contact());
    ctx.put("ctxSubmittedAt", () -> item.submittedAt().atZoneSameInstant(zone).format(DAY_TIME));
    ctx.put("ctxStatus", () -> item.status().labelVi());
    ctx.put(DUE, () -> due(task));
    ctx.put("ctxHistory", () -> history(itemId, audience));
    ctx.put("ctxDraftAnswer", () -> draftAnswer(itemId, audience));
    ctx.put("ctxAnswer", () -> answer(itemId, audience));
    // The suggestion is triage's working; the unit reads the department chosen, as in the API.
    ctx.put("ctxSuggestedDepartment", () -> {
      String suggested = Variables.string(task, SUGGESTED_DEPARTMENT_ID);
      return suggested == null || audience == TaskAudience.UNIT ? "—" : organisation.nameOf(suggested);
    });
    ctx.put("ctxDepartment", () -> {
      String department = Variables.string(task, DEPARTMENT_ID);
      return department == null ? "—" : organisation.nameOf(department);
    });
    ctx.put("ctxAttachments", () -> attached(itemId));
    // the higher authority a proposal goes to, for the forms that name it (a form reads only its
    // own fields, not the process's higherAuthority)
    ctx.put("ctxAddressee", () -> {
      HigherAuthority authority = Enums.parse(HigherAuthority.class, Variables.string(task, HIGHER_AUTHORITY));
      return authority == null ? "—" : authority.labelVi();
    });
    if (TRIAGE.equals(task.getTaskDefinitionKey()) && (ctx.shows("ctxSimilarItems") || ctx.shows("ctxDuplicateOptions"))) {
      var found = similarItems.like(item.title(), item.content(), ItemScope.all(), item.reference(), items.now(), 5);
      ctx.put("ctxSimilarItems", () -> similar(found));
      ctx.put("ctxDuplicateOptions", () -> json(duplicateOptions(found)));
    }
    if (IMMEDIATE_ANSWER.equals(task.getTaskDefinitionKey())) {
      ctx.put("ctxRegulationSummaries", () -> summaries(Variables.strings(task, REGULATION_CODES)));
      ctx.put("ctxAnswerTemplates", () -> offered(item, Variables.strings(task, REGULATION_CODES)));
    }
    ctx.put("ctxDepartmentOptions", () -> json(departmentOptions()));
    ctx.put("ctxRegulationOptions", () -> json(regulationOptions(item)));
    return ctx.values();
  }

  /** The id of the Camunda Form a task shows (its formRef), or null when it has none. */
  static String formOf(DelegateTask task) {
    if (task instanceof TaskEntity entity) {
      var definition = entity.getTaskDefinition();
      if (definition != null && definition.getCamundaFormDefinitionKey() != null) {
        return definition.getCamundaFormDefinitionKey().getExpressionText();
      }
    }
    return null;
  }

  private String due(DelegateTask task) {
    return task.getDueDate() == null ? "—" : task.getDueDate().toInstant().atZone(zone).format(DAY);
  }

  /**
   * The context values of one task, each computed only when the task's form shows it (every one
   * when the form is not known) and it is wanted (every one the form shows when {@code wanted} is
   * null).
   */
  static final class Values {
    private final Set<String> shown;
    private final Set<String> wanted;
    private final Map<String, Object> values = new LinkedHashMap<>();

    Values(Set<String> shown, Set<String> wanted) {
      this.shown = shown;
      this.wanted = wanted;
    }

    boolean shows(String name) {
      return (shown == null || shown.contains(name)) && (wanted == null || wanted.contains(name));
    }

    void put(String name, Supplier<?> value) {
      if (shows(name)) {
        values.put(name, value.get());
      }
    }

    Map<String, Object> values() {
      return values;
    }
  }

  private String history(long itemId, TaskAudience audience) {
    // the history shows the details of studies, opinions and replies, none of which points to an answer
    JournalRenderer renderer = new JournalRenderer(organisation::shortNameOf, answerId -> null);
    StringBuilder sb = new StringBuilder();
    for (ItemEvent e : journal.eventsOf(itemId)) {
      if (e.type() == EventType.STATUS_CHANGED || (audience == TaskAudience.UNIT && !UNIT_EVENTS.contains(e.type()))) {
        continue;
      }
      String label = e.type().labelVi();
      sb.append(e.occurredAt().atZoneSameInstant(zone).format(DAY_TIME))
          .append(" – ")
          .append(label)
          .append(" (")
          .append(actor(e.actor()))
          .append(")");
      String note = note(e, audience, renderer);
      if (note != null) {
        sb.append(": ").append(note);
      }
      sb.append('\n');
    }
    return sb.isEmpty() ? "—" : sb.toString().trim();
  }

  /** Who did it: a user id, or "Hệ thống" for what the application did by itself (timers, reminders). */
  public static String actor(String actor) {
    return actor == null || Actors.SYSTEM.equals(actor) ? SYSTEM_VI : actor;
  }

  static final String SYSTEM_VI = "Hệ thống";

  /** What follows an event's label: for the staff its reason or detail, for the unit only its own words. */
  private static String note(ItemEvent e, TaskAudience audience, JournalRenderer renderer) {
    return switch (audience) {
      case UNIT -> UNIT_REASONS.contains(e.type()) ? e.reason() : null;
      case PROVINCE_STAFF ->
          e.reason() != null ? e.reason() : SHOW_DETAIL.contains(e.type()) ? renderer.detail(e.event()) : null;
    };
  }

  /** The draft under review: the staff's to work on, never shown to the unit before it is approved. */
  private String draftAnswer(long itemId, TaskAudience audience) {
    return audience == TaskAudience.UNIT
        ? "—"
        : answers.currentDraft(itemId).map(TaskContext::withBasis).orElse("—");
  }

  /** The latest approved answer; the unit reads it once delivered to it, as in the API. */
  private String answer(long itemId, TaskAudience audience) {
    return answers
        .latestApproved(itemId)
        .filter(a -> audience == TaskAudience.PROVINCE_STAFF || a.deliveredAt() != null)
        .map(TaskContext::withBasis)
        .orElse("—");
  }

  private static String withBasis(Answer a) {
    return a.regulations().isEmpty()
        ? a.body()
        : a.body() + "\n\nCăn cứ: " + String.join("; ", a.regulations().stream().map(r -> r.code() + " – " + r.title()).toList());
  }

  private List<Map<String, String>> departmentOptions() {
    List<Map<String, String>> options = new ArrayList<>();
    for (OrgUnit d : organisation.departments()) {
      options.add(Map.of("label", d.nameVi(), "value", d.id()));
    }
    return options;
  }

  /** Citable regulations, those of the item's category first. */
  private List<Map<String, String>> regulationOptions(GrievanceItem item) {
    List<Map<String, String>> first = new ArrayList<>();
    List<Map<String, String>> rest = new ArrayList<>();
    for (Regulation r : regulations.search(null, null, true, 500)) {
      Map<String, String> option = Map.of("label", r.code() + " – " + r.title(), "value", r.code());
      (r.categories().contains(item.category().name()) ? first : rest).add(option);
    }
    first.addAll(rest);
    return first;
  }

  /**
   * What the regulations triage cited say, so that the answer is drafted with them in view: code,
   * title and the catalogue's summary of each. Capped at the engine's text variable size.
   */
  private String summaries(List<String> codes) {
    if (codes == null || codes.isEmpty()) {
      return "Phân loại chưa trích dẫn văn bản nào.";
    }
    StringBuilder text = new StringBuilder();
    for (Regulation r : regulations.findByCodes(codes)) {
      if (!text.isEmpty()) {
        text.append("\n\n");
      }
      text.append(r.code()).append(" – ").append(r.title());
      if (r.summary() != null && !r.summary().isBlank()) {
        text.append(":\n").append(r.summary());
      }
    }
    return Variables.fitting(text, " …");
  }

  /** The reception office's templates for the item's category and the regulations cited, to start the answer from. */
  private String offered(GrievanceItem item, List<String> codes) {
    var found = templates.offeredFor(item.category().name(), codes);
    if (found.isEmpty()) {
      return "Chưa có mẫu trả lời cho lĩnh vực này.";
    }
    StringBuilder text = new StringBuilder();
    for (var t : found) {
      if (!text.isEmpty()) {
        text.append("\n\n");
      }
      text.append("— ").append(t.title()).append(t.regulationCode() == null ? "" : " (" + t.regulationCode() + ")")
          .append(":\n").append(t.body());
    }
    return Variables.fitting(text, " …");
  }

  /** The files attached to the item, as the unit's page and the inspectors' file list them: name, size, hash. */
  private String attached(long itemId) {
    var files = attachments.of(itemId);
    if (files.isEmpty()) {
      return "Không có tệp đính kèm.";
    }
    StringBuilder text = new StringBuilder();
    for (var f : files) {
      if (!text.isEmpty()) {
        text.append('\n');
      }
      text.append(f.fileName()).append(" (").append(Math.max(1, f.sizeBytes() / 1024)).append(" KB)").append(SEPARATOR)
          .append(f.stepName() == null ? "đơn vị gửi" : "bước " + f.stepName()).append(SEPARATOR)
          .append("SHA-256 ").append(f.sha256(), 0, 16).append("…");
    }
    text.append("\nTải tệp và đính kèm thêm: thẻ \u201cTệp đính kèm\u201d của công việc này.");
    return Variables.fitting(text, " …");
  }

  /** A Json variable: form-js reads select and taglist options from it. */
  private static Object json(Object value) {
    return Spin.JSON(value);
  }

  /**
   * Triage's view of likely duplicates, of any unit, most alike first: the officer who marks the
   * item a duplicate reads the reference here instead of searching for it.
   */
  private static String similar(List<SimilarItems.Similar> found) {
    if (found.isEmpty()) {
      return "Không có kiến nghị tương tự.";
    }
    StringBuilder text = new StringBuilder();
    for (var s : found) {
      if (!text.isEmpty()) {
        text.append('\n');
      }
      text.append(s.reference()).append(" (giống ").append(Math.round(s.score() * 100)).append("%)").append(SEPARATOR)
          .append(s.unitName()).append(SEPARATOR).append(s.title()).append(SEPARATOR).append(s.statusLabel());
    }
    return text.toString();
  }

  /**
   * The triage form's one-click choice among the likely duplicates: picking one marks the item a
   * duplicate of it. Empty when nothing is alike, so the form hides the choice; otherwise it starts
   * with "not a duplicate", since a picked radio cannot be cleared.
   */
  static List<Map<String, String>> duplicateOptions(List<SimilarItems.Similar> found) {
    List<Map<String, String>> options = new ArrayList<>();
    if (found.isEmpty()) {
      return options;
    }
    options.add(Map.of("label", "Không trùng: phân loại bình thường", "value", NOT_DUPLICATE));
    for (var s : found) {
      options.add(Map.of(
          // one line, as form-js lays radio labels out: the list above gives the details
          "label", "Trùng với " + s.reference() + " (giống " + Math.round(s.score() * 100) + "%)" + SEPARATOR + s.unitName()
              + SEPARATOR + (s.title().length() <= 40 ? s.title() : s.title().substring(0, 39) + "…"),
          "value", s.reference()));
    }
    return options;
  }
}
