package vn.police.grievance.tasklist;

import static vn.police.grievance.process.ProcessVariables.*;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.Spin;
import org.springframework.stereotype.Component;
import vn.police.grievance.process.Actors;
import vn.police.grievance.process.Variables;
import vn.police.grievance.answer.Answer;
import vn.police.grievance.answer.AnswerRepository;
import vn.police.grievance.item.EventType;
import vn.police.grievance.item.GrievanceItem;
import vn.police.grievance.item.ItemEvent;
import vn.police.grievance.item.ItemJournal;
import vn.police.grievance.item.ItemService;
import vn.police.grievance.item.JournalRenderer;
import vn.police.grievance.organisation.OrgUnit;
import vn.police.grievance.organisation.OrganisationService;
import vn.police.grievance.regulation.Regulation;
import vn.police.grievance.regulation.RegulationRepository;

/**
 * Prepares every user task for the person who opens it in Tasklist: a task name with the
 * reference, unit and category; and a read-only snapshot of the item, the decisions so far and
 * the choices of this step, as task-local variables prefixed {@code ctx} (never the names of form
 * fields, which must reach the process scope). The snapshot is built for the task's {@link
 * TaskAudience}: the unit is shown what the app API shows it, the province's staff everything.
 */
@Component
public class TaskContextListener implements TaskListener {

  static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  /** Events whose detail is what the next person needs to read (opinions, studies, replies). */
  static final java.util.Set<EventType> SHOW_DETAIL =
      java.util.EnumSet.of(EventType.CONSULTATION_ANSWERED, EventType.STUDY_DRAFTED, EventType.AUTHORITY_REPLY_RECORDED);

  /**
   * The events a unit may read of its own item: what it did and what was delivered to it. The
   * province's deliberation (triage, drafts, opinions, reviews, returns, reminders) stays inside.
   */
  static final java.util.Set<EventType> UNIT_EVENTS =
      java.util.EnumSet.of(
          EventType.SUBMITTED, EventType.ANSWER_DELIVERED, EventType.UNIT_SATISFIED, EventType.UNIT_NOT_SATISFIED,
          EventType.REOPENED, EventType.CLOSED, EventType.CLOSED_WITHOUT_REPLY);

  /** Of those, the one whose reason is the unit's own words, which it reads back. */
  static final java.util.Set<EventType> UNIT_REASONS = java.util.EnumSet.of(EventType.UNIT_NOT_SATISFIED);

  /**
   * Decisions that must be taken afresh each round: after a return, the next review opens with an
   * empty choice rather than the previous round's "return" and its reason.
   */
  static final Map<String, List<String>> FRESH_DECISIONS =
      Map.of(
          "userTask_leadershipSignOff", List.of(SIGN_OFF_DECISION, SIGN_OFF_RETURN_REASON),
          "userTask_proposalSignOff", List.of(PROPOSAL_DECISION, PROPOSAL_RETURN_REASON),
          "userTask_headReview", List.of(HEAD_DECISION, HEAD_RETURN_REASON),
          "userTask_confirmAnswer", List.of(UNIT_SATISFIED, NOT_SATISFIED_REASON),
          "userTask_triage", List.of(DUPLICATE_CANDIDATE));
  static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

  static final String SEPARATOR = " · ";
  /** The triage form's "not a duplicate" choice. */
  public static final String NOT_DUPLICATE = vn.police.grievance.triage.TriageInput.NOT_DUPLICATE;

  static final String TRIAGE = "userTask_triage";
  static final String IMMEDIATE_ANSWER = "userTask_draftImmediateAnswer";

  /** ACT_RU_TASK.NAME_ holds 255 characters. */
  static final int NAME_MAX = 255;

  private final ItemService items;
  private final ItemJournal journal;
  private final OrganisationService organisation;
  private final RegulationRepository regulations;
  private final AnswerRepository answers;
  private final vn.police.grievance.tracking.SimilarItems similarItems;
  private final vn.police.grievance.answer.AnswerTemplateService templates;
  private final vn.police.grievance.tracking.Attachments attachments;
  private final ZoneId zone;
  private final TaskForms forms;

  public TaskContextListener(
      ItemService items,
      ItemJournal journal,
      OrganisationService organisation,
      RegulationRepository regulations,
      AnswerRepository answers,
      vn.police.grievance.tracking.SimilarItems similarItems,
      vn.police.grievance.answer.AnswerTemplateService templates,
      vn.police.grievance.tracking.Attachments attachments,
      java.time.Clock clock,
      TaskForms forms) {
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
  }

  @Override
  public void notify(DelegateTask task) {
    Long itemId = Variables.longValue(task, GRIEVANCE_ID);
    if (itemId == null) {
      return;
    }
    GrievanceItem item = items.get(itemId);
    TaskAudience audience = TaskAudience.of(task.getTaskDefinitionKey());
    String unitName = organisation.nameOf(item.unitId());
    task.setName(taskName(task.getName(), item.reference(), organisation.shortNameOf(item.unitId()), item.category().labelVi()));
    task.setDescription(unitName + " · " + item.category().labelVi() + " · " + item.title());

    // Only what the task's form shows is written: the front door lets a task read nothing else,
    // and each variable costs the engine a row to write and another to delete at completion.
    Shown ctx = new Shown(forms.shownBy(formOf(task)));
    ctx.put("ctxReference", item::reference);
    ctx.put("ctxUnit", () -> unitName);
    ctx.put("ctxCategory", () -> item.category().labelVi());
    ctx.put("ctxTitle", item::title);
    ctx.put("ctxContent", item::content);
    ctx.put("ctxProposal", () -> item.proposal() == null ? "—" : item.proposal());
    ctx.put("ctxContact", () -> item.contact() == null ? "—" : item.contact());
    ctx.put("ctxSubmittedAt", () -> item.submittedAt().atZoneSameInstant(zone).format(DAY_TIME));
    ctx.put("ctxStatus", () -> item.status().labelVi());
    ctx.put("ctxDue", () -> task.getDueDate() == null ? "—" : task.getDueDate().toInstant().atZone(zone).format(DAY));
    ctx.put("ctxHistory", () -> history(itemId, audience));
    ctx.put("ctxDraftAnswer", () -> draftAnswer(itemId, audience));
    ctx.put("ctxAnswer", () -> answer(itemId, audience));
    String suggested = Variables.string(task, SUGGESTED_DEPARTMENT_ID);
    // The suggestion is triage's working; the unit reads the department chosen, as in the API.
    ctx.put("ctxSuggestedDepartment",
        () -> suggested == null || audience == TaskAudience.UNIT ? "—" : organisation.nameOf(suggested));
    String department = Variables.string(task, DEPARTMENT_ID);
    ctx.put("ctxDepartment", () -> department == null ? "—" : organisation.nameOf(department));
    ctx.put("ctxAttachments", () -> attached(itemId));
    // the higher authority a proposal goes to, for the forms that name it (a form reads only its
    // own fields, not the process's higherAuthority)
    vn.police.grievance.item.HigherAuthority authority =
        vn.police.grievance.system.Enums.parse(vn.police.grievance.item.HigherAuthority.class, Variables.string(task, HIGHER_AUTHORITY));
    if (authority != null) {
      ctx.put("ctxAddressee", authority::labelVi);
    }
    if (TRIAGE.equals(task.getTaskDefinitionKey()) && (ctx.shows("ctxSimilarItems") || ctx.shows("ctxDuplicateOptions"))) {
      var found = similarItems.like(item.title(), item.content(), vn.police.grievance.item.ItemScope.all(), item.reference(),
          items.now(), 5);
      ctx.put("ctxSimilarItems", () -> similar(found));
      ctx.put("ctxDuplicateOptions", () -> json(duplicateOptions(found)));
    }
    if (IMMEDIATE_ANSWER.equals(task.getTaskDefinitionKey())) {
      ctx.put("ctxRegulationSummaries", () -> summaries(Variables.strings(task, REGULATION_CODES)));
      ctx.put("ctxAnswerTemplates", () -> offered(item, Variables.strings(task, REGULATION_CODES)));
    }
    ctx.put("ctxDepartmentOptions", () -> json(departmentOptions()));
    ctx.put("ctxRegulationOptions", () -> json(regulationOptions(item)));
    task.setVariablesLocal(ctx.values());

    task.getExecution().removeVariables(FRESH_DECISIONS.getOrDefault(task.getTaskDefinitionKey(), List.of()));

    // The suggested department is preselected in the triage form; the officer may change it.
    if (suggested != null && department == null) {
      task.getExecution().setVariable(DEPARTMENT_ID, suggested);
    }
  }

  /** The id of the Camunda Form a task shows (its formRef), or null when it has none. */
  static String formOf(DelegateTask task) {
    if (task instanceof org.camunda.bpm.engine.impl.persistence.entity.TaskEntity) {
      var definition = ((org.camunda.bpm.engine.impl.persistence.entity.TaskEntity) task).getTaskDefinition();
      if (definition != null && definition.getCamundaFormDefinitionKey() != null) {
        return definition.getCamundaFormDefinitionKey().getExpressionText();
      }
    }
    return null;
  }

  /**
   * The context variables of one task, each computed only when the task's form shows it; every
   * one when the form is not known ({@code shown} null).
   */
  static final class Shown {
    private final java.util.Set<String> shown;
    private final Map<String, Object> values = new LinkedHashMap<>();

    Shown(java.util.Set<String> shown) {
      this.shown = shown;
    }

    boolean shows(String name) {
      return shown == null || shown.contains(name);
    }

    void put(String name, java.util.function.Supplier<?> value) {
      if (shows(name)) {
        values.put(name, value.get());
      }
    }

    Map<String, Object> values() {
      return values;
    }
  }

  /**
   * What the task list shows for a task: the step, then what tells items apart at a glance, as in
   * "Phân loại, đề xuất hướng xử lý · KN-2026-000042 · Công an xã Long Hòa · Trụ sở, cơ sở vật
   * chất". Cut to the engine's column width.
   */
  static String taskName(String step, String reference, String unit, String category) {
    String name = String.join(SEPARATOR, step == null ? "" : step, reference, unit, category);
    return name.length() <= NAME_MAX ? name : name.substring(0, NAME_MAX - 1) + "…";
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
  static String actor(String actor) {
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
        : answers.currentDraft(itemId).map(TaskContextListener::withBasis).orElse("—");
  }

  /** The latest approved answer; the unit reads it once delivered to it, as in the API. */
  private String answer(long itemId, TaskAudience audience) {
    return answers
        .latestApproved(itemId)
        .filter(a -> audience == TaskAudience.PROVINCE_STAFF || a.deliveredAt() != null)
        .map(TaskContextListener::withBasis)
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
  private static String similar(List<vn.police.grievance.tracking.SimilarItems.Similar> found) {
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
  static List<Map<String, String>> duplicateOptions(List<vn.police.grievance.tracking.SimilarItems.Similar> found) {
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
