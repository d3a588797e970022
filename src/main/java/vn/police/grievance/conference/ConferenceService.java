package vn.police.grievance.conference;

import static vn.police.grievance.process.ProcessVariables.*;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.police.grievance.answer.AnswerService;
import vn.police.grievance.intake.IntakeService;
import vn.police.grievance.intake.SubmitItemRequest;
import vn.police.grievance.item.AnswerKind;
import vn.police.grievance.item.GrievanceItem;
import vn.police.grievance.item.ItemMoved;
import vn.police.grievance.item.ItemService;
import vn.police.grievance.item.ItemStatus;
import vn.police.grievance.item.JournalEvent;
import vn.police.grievance.item.Route;
import vn.police.grievance.organisation.OrgUnit;
import vn.police.grievance.organisation.OrganisationService;
import vn.police.grievance.process.ConferenceProcess;
import vn.police.grievance.process.GrievanceProcess;
import vn.police.grievance.process.People;
import vn.police.grievance.regulation.Regulation;
import vn.police.grievance.system.Checks;
import vn.police.grievance.system.ConflictException;
import vn.police.grievance.system.CurrentUser;
import vn.police.grievance.system.Enums;
import vn.police.grievance.system.Groups;
import vn.police.grievance.system.InvalidInputException;
import vn.police.grievance.system.NotFoundException;
import vn.police.grievance.system.Text;

/**
 * The rules of a listening conference: who plans, records, answers and confirms, and what each
 * decision does to the items raised there. Every item raised enters the same handling as any
 * other and waits at the conference until it decides: an on-the-spot answer goes to the unit only
 * once the chair confirms it (the leadership's sign-off), an assignment goes straight to the
 * department's study with the chair's deadline, anything else goes to triage when the session ends.
 */
@Service
public class ConferenceService {

  static final int TITLE_MAX = 300;
  static final int NAME_MAX = 200;
  static final int VENUE_MAX = 300;
  static final int BRIDGE_POINTS_MAX = 50;
  static final int INVITED_MAX = 500;
  static final int ANSWERED_BY_MAX = 200;
  static final int DIRECTION_MAX = 2000;
  /** The conclusions travel as a process variable: the engine keeps a text variable up to 4000 characters. */
  static final int CONCLUSIONS_MAX = 4000;
  static final int REASON_MAX = 2000;
  static final int CHAIR_TITLE_MAX = 100;
  /** A conference's items are entered at the pace people speak; an import brings at most this many. */
  static final int IMPORT_MAX = 500;

  static final String CHANNEL = "conference";
  private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  private final ConferenceRepository conferences;
  private final ConferenceReferences references;
  private final IntakeService intake;
  private final ItemService items;
  private final AnswerService answers;
  private final OrganisationService organisation;
  private final GrievanceProcess grievanceProcess;
  private final ConferenceProcess process;
  private final People people;

  ConferenceService(
      ConferenceRepository conferences,
      ConferenceReferences references,
      IntakeService intake,
      ItemService items,
      AnswerService answers,
      OrganisationService organisation,
      GrievanceProcess grievanceProcess,
      ConferenceProcess process,
      People people) {
    this.conferences = conferences;
    this.references = references;
    this.intake = intake;
    this.items = items;
    this.answers = answers;
    this.organisation = organisation;
    this.grievanceProcess = grievanceProcess;
    this.process = process;
    this.people = people;
  }

  /** What a conference is planned as. */
  public record Plan(
      String title,
      OffsetDateTime startsAt,
      String organiserLevel,
      String organiserName,
      String chairId,
      String chairTitle,
      String secretaryId,
      String format,
      String venue,
      List<String> bridgePoints,
      List<String> invitedUnitIds) {}

  /** An answer given on the spot, as the secretary records it. */
  public record SpotAnswer(String answer, List<String> regulationCodes, String answeredBy) {}

  /** The chair's assignment of an item to a department. */
  public record Assignment(String departmentId, LocalDate deadline, String direction) {}

  // --- planning -------------------------------------------------------------------------------

  /** The leadership or the reception office plans a conference; its process starts at once. */
  @Transactional
  public Conference plan(Plan plan, CurrentUser user) {
    if (!user.isIn(Groups.RECEPTION) && !user.isIn(Groups.LEADERSHIP) && !user.isAdministrator()) {
      throw new AccessDeniedException("Chỉ Ban Giám đốc và Bộ phận tiếp nhận lập kế hoạch hội nghị");
    }
    OrganiserLevel level = Enums.parse(OrganiserLevel.class, plan.organiserLevel());
    ConferenceFormat format = Enums.parse(ConferenceFormat.class, plan.format());
    List<String> bridgePoints = cleanList(plan.bridgePoints());
    List<String> invited = new ArrayList<>(new LinkedHashSet<>(cleanList(plan.invitedUnitIds())));
    Checks checks =
        Checks.start()
            .required("title", plan.title(), TITLE_MAX)
            .check(plan.startsAt() != null, "startsAt", "Bắt buộc nhập thời gian khai mạc (required)")
            .check(level != null, "organiserLevel", "Chọn cấp tổ chức: PROVINCIAL_POLICE hoặc PEOPLES_COMMITTEE")
            .maxLength("organiserName", plan.organiserName(), NAME_MAX)
            .required("chairTitle", plan.chairTitle(), CHAIR_TITLE_MAX)
            .check(format != null, "format", "Chọn hình thức: IN_PERSON (trực tiếp) hoặc ONLINE (trực tuyến)")
            .maxLength("venue", plan.venue(), VENUE_MAX)
            .check(bridgePoints.size() <= BRIDGE_POINTS_MAX, "bridgePoints", "Tối đa " + BRIDGE_POINTS_MAX + " điểm cầu")
            .check(
                format != ConferenceFormat.ONLINE || !bridgePoints.isEmpty(),
                "bridgePoints",
                "Hội nghị trực tuyến cần ít nhất một điểm cầu (an online conference needs its bridge points)")
            .check(!invited.isEmpty(), "invitedUnitIds", "Chọn ít nhất một đơn vị dự hội nghị (invite at least one unit)")
            .check(invited.size() <= INVITED_MAX, "invitedUnitIds", "Tối đa " + INVITED_MAX + " đơn vị");
    for (String p : bridgePoints) {
      checks.maxLength("bridgePoints", p, NAME_MAX);
    }
    checks
        .check(
            plan.chairId() != null && people.isMember(plan.chairId(), Groups.LEADERSHIP),
            "chairId",
            "Người chủ trì phải là lãnh đạo Công an tỉnh (the chair must be a member of the leadership): " + plan.chairId())
        .check(
            plan.secretaryId() != null && people.isMember(plan.secretaryId(), Groups.RECEPTION),
            "secretaryId",
            "Thư ký phải thuộc Bộ phận tiếp nhận (the secretary must belong to the reception office): " + plan.secretaryId());
    checks.check(
        plan.chairId() == null || !plan.chairId().equals(plan.secretaryId()),
        "secretaryId",
        "Thư ký và người chủ trì phải là hai người khác nhau: chủ trì xác nhận điều thư ký ghi (chair and secretary differ)");
    for (String unit : invited) {
      checks.check(organisation.isSubmittingUnit(unit), "invitedUnitIds", "Đơn vị không tồn tại (unknown unit): " + unit);
    }
    checks.throwIfAny();
    String organiserName =
        Text.isBlank(plan.organiserName())
            ? level == OrganiserLevel.PROVINCIAL_POLICE ? organisation.nameOf("province") : level.labelVi()
            : Text.clean(plan.organiserName());
    OffsetDateTime now = items.now();
    String reference = references.next();
    long id =
        conferences.insert(
            new ConferenceRepository.NewConference(
                reference,
                Text.clean(plan.title()),
                plan.startsAt(),
                level,
                organiserName,
                plan.chairId(),
                Text.clean(plan.chairTitle()),
                plan.secretaryId(),
                format,
                Text.clean(plan.venue()),
                bridgePoints,
                invited,
                user.userId(),
                now));
    conferences.bindProcess(id, process.start(
            id, reference, plan.chairId(), plan.secretaryId(), plan.startsAt().atZoneSameInstant(VIETNAM).toLocalDate(), user));
    return get(id);
  }

  // --- reading --------------------------------------------------------------------------------

  /** The conferences a person may see: all for the provincial offices, those inviting their unit for a unit. */
  public List<Conference> list(CurrentUser user) {
    List<Conference> found = conferences.list(seesEverything(user) ? null : ownUnits(user), 200);
    Map<Long, List<String>> units = conferences.unitsOf(found.stream().map(Conference::id).toList());
    return found.stream().map(c -> ConferenceRepository.withUnits(c, units.getOrDefault(c.id(), List.of()))).toList();
  }

  /** A conference and the items of it the person may see (a unit: its own). */
  public ConferenceFile file(long id, CurrentUser user) {
    Conference conference = visible(id, user);
    List<RaisedItem> raised = conferences.items(id);
    if (!seesEverything(user)) {
      Set<String> own = ownUnits(user);
      raised = raised.stream().filter(r -> own.contains(r.unitId())).toList();
    }
    return new ConferenceFile(conference, raised);
  }

  /** A conference with the items raised. */
  public record ConferenceFile(Conference conference, List<RaisedItem> items) {}

  public Conference get(long id) {
    return conferences.find(id).map(conferences::withUnits).orElseThrow(() -> notFound(id));
  }

  /** Everything of the conference: for the notice and the board, after the scope was checked. */
  List<RaisedItem> items(long id) {
    return conferences.items(id);
  }

  Conference visible(long id, CurrentUser user) {
    Conference conference = get(id);
    if (!seesEverything(user) && conference.invitedUnitIds().stream().noneMatch(ownUnits(user)::contains)) {
      throw notFound(id);
    }
    return conference;
  }

  boolean seesEverything(CurrentUser user) {
    return user.isIn(Groups.RECEPTION) || user.isIn(Groups.LEADERSHIP) || user.isIn(Groups.AUDITORS) || user.isAdministrator();
  }

  private Set<String> ownUnits(CurrentUser user) {
    Set<String> own = new LinkedHashSet<>();
    organisation.communeOf(user.groups()).map(OrgUnit::id).ifPresent(own::add);
    return own;
  }

  /** Refuses anyone but the conference's secretary (before a file of theirs is even read). */
  public Conference requireSecretary(long id, CurrentUser user) {
    Conference conference = visible(id, user);
    if (!conference.isSecretary(user.userId())) {
      throw new AccessDeniedException("Chỉ thư ký hội nghị thực hiện thao tác này (only the conference's secretary)");
    }
    return conference;
  }

  /** The conference's open step (a user task id of its diagram), or null between steps and at the end. */
  public String openStep(Conference conference) {
    return conference.processInstanceId() == null || conference.status() == ConferenceStatus.CLOSED
        ? null
        : process.openStep(conference.processInstanceId());
  }

  /** Whether the person may plan conferences. */
  public boolean mayPlan(CurrentUser user) {
    return user.isIn(Groups.RECEPTION) || user.isIn(Groups.LEADERSHIP) || user.isAdministrator();
  }

  // --- the session ----------------------------------------------------------------------------

  /** The secretary opens the session: the prepared step is done. */
  public void openSession(long id, CurrentUser user) {
    Conference conference = asSecretary(id, user);
    requireStatus(conference, ConferenceStatus.PLANNED);
    if (!process.completeStep(conference.processInstanceId(), ConferenceSteps.PREPARE, Map.of(SESSION_OPENED, true), user)) {
      throw new ConflictException("Hội nghị chưa sẵn sàng khai mạc (the conference cannot be opened now)");
    }
  }

  /** Called by the process when the session opens. */
  @Transactional
  public void sessionOpened(long id) {
    conferences.updateStatus(id, ConferenceStatus.IN_SESSION, items.now());
  }

  /** The secretary ends the session. */
  public void endSession(long id, CurrentUser user) {
    Conference conference = asSecretary(id, user);
    requireStatus(conference, ConferenceStatus.IN_SESSION);
    if (!process.completeStep(conference.processInstanceId(), ConferenceSteps.HOLD, Map.of(SESSION_ENDED, true), user)) {
      throw new ConflictException("Phiên họp không thể kết thúc lúc này (the session cannot end now)");
    }
  }

  /**
   * Called by the process when the session has ended: assigned items go to their departments,
   * items nobody decided on go to triage; recorded answers wait for the chair. Returns how many.
   */
  @Transactional
  public int sessionEnded(long id, String actor) {
    Conference conference = conferences.lock(id).orElseThrow(() -> notFound(id));
    OffsetDateTime now = items.now();
    int awaiting = 0;
    for (RaisedItem raised : conferences.items(id)) {
      if (raised.releasedAt() != null) {
        continue;
      }
      switch (raised.outcome()) {
        case ASSIGNED -> sendToDepartment(raised, now);
        case PENDING -> sendToTriage(raised, now);
        case ANSWERED -> awaiting++;
      }
    }
    conferences.updateStatus(conference.id(), ConferenceStatus.CONCLUDING, now);
    return awaiting;
  }

  /**
   * The secretary records an item raised at the session (the unit may send one in advance, before
   * it opens); it enters the same handling as every item and waits for the conference's decision.
   */
  @Transactional
  public RaisedItem raise(long id, SubmitItemRequest request, CurrentUser user) {
    Conference conference = conferences.lock(id).map(conferences::withUnits).orElseThrow(() -> notFound(id));
    boolean secretary = conference.isSecretary(user.userId());
    boolean unitInAdvance = !secretary && conference.invitedUnitIds().stream().anyMatch(ownUnits(user)::contains);
    if (!secretary && !unitInAdvance) {
      if (seesEverything(user) || conference.invitedUnitIds().stream().anyMatch(ownUnits(user)::contains)) {
        throw new AccessDeniedException("Chỉ thư ký hội nghị ghi nhận ý kiến tại hội nghị");
      }
      throw notFound(id);
    }
    if (unitInAdvance) {
      requireStatus(conference, ConferenceStatus.PLANNED);
    } else if (conference.status() != ConferenceStatus.PLANNED && conference.status() != ConferenceStatus.IN_SESSION) {
      throw statusConflict(conference);
    }
    String unitId = unitInAdvance ? organisation.communeOf(user.groups()).map(OrgUnit::id).orElse(null) : request.unitId();
    if (unitId != null && !unitInAdvance && !conference.invitedUnitIds().contains(unitId.trim())) {
      throw new InvalidInputException(UNIT_ID, "Đơn vị không được mời dự hội nghị này (unit not invited): " + unitId.trim());
    }
    SubmitItemRequest forUnit =
        new SubmitItemRequest(unitId, request.category(), request.title(), request.content(), request.proposal(), request.contact());
    return raiseOne(conference, forUnit, user, conference.status() == ConferenceStatus.PLANNED);
  }

  /**
   * The secretary imports a prepared list: all rows are checked first and saved together, or none.
   */
  @Transactional
  public List<RaisedItem> raiseAll(long id, List<ItemListImport.ImportedRow> rows, CurrentUser user) {
    Conference conference = asSecretary(id, user);
    if (conference.status() != ConferenceStatus.PLANNED && conference.status() != ConferenceStatus.IN_SESSION) {
      throw statusConflict(conference);
    }
    Checks.start()
        .check(!rows.isEmpty(), "file", "Tệp không có dòng dữ liệu nào (no rows to import)")
        .check(rows.size() <= IMPORT_MAX, "file", "Tối đa " + IMPORT_MAX + " dòng mỗi lần nhập")
        .throwIfAny();
    List<RaisedItem> raised = new ArrayList<>();
    for (ItemListImport.ImportedRow row : rows) {
      String where = "Dòng " + row.rowNumber();
      if (!conference.invitedUnitIds().contains(row.unitId())) {
        throw new InvalidInputException(where, "Đơn vị không được mời dự hội nghị này (unit not invited): " + row.unitId());
      }
      SubmitItemRequest request =
          new SubmitItemRequest(row.unitId(), row.category().name(), row.title(), row.content(), row.proposal(), null);
      try {
        raised.add(raiseOne(conference, request, user, conference.status() == ConferenceStatus.PLANNED));
      } catch (InvalidInputException e) {
        // the whole import rolls back; the message says which row broke which rule
        throw new InvalidInputException(
            e.problems().stream().map(p -> new InvalidInputException.FieldProblem(where + ", " + p.field(), p.message())).toList());
      }
    }
    return raised;
  }

  private RaisedItem raiseOne(Conference conference, SubmitItemRequest request, CurrentUser user, boolean inAdvance) {
    GrievanceItem item = intake.register(request, null, user, CHANNEL);
    int position = conferences.nextPosition(conference.id());
    conferences.addItem(conference.id(), item.id(), position, inAdvance);
    items.record(item.id(), user.userId(), new JournalEvent.RaisedAtConference(conference.reference(), position, inAdvance));
    String instance = grievanceProcess.startAtConference(item, conference.id(), user);
    if (!items.bindProcess(item.id(), instance)) {
      throw new IllegalStateException("Item " + item.id() + " is bound to another process instance");
    }
    return conferences.item(conference.id(), item.id()).orElseThrow();
  }

  /** The secretary records the answer given on the spot; it waits for the chair's confirmation. */
  @Transactional
  public RaisedItem recordAnswer(long id, long itemId, SpotAnswer spot, CurrentUser user) {
    Conference conference = asSecretary(id, user);
    requireStatus(conference, ConferenceStatus.IN_SESSION);
    RaisedItem raised = undecidedOrChangeable(conference, itemId);
    List<String> codes = cleanList(spot.regulationCodes());
    Checks.start()
        .required("answer", spot.answer(), AnswerService.BODY_MAX)
        .maxLength("answeredBy", spot.answeredBy(), ANSWERED_BY_MAX)
        .throwIfAny();
    List<Regulation> basis = answers.citableRegulations("regulationCodes", codes, false);
    String answeredBy =
        Text.isBlank(spot.answeredBy())
            ? conference.chairTitle() + " " + people.nameOf(conference.chairId())
            : Text.clean(spot.answeredBy());
    long answerId = answers.draft(itemId, AnswerKind.CONFERENCE, "answer", spot.answer(), basis, user.userId());
    conferences.recordAnswer(itemId, answerId, answeredBy, codes, user.userId(), items.now());
    items.record(
        itemId,
        user.userId(),
        new JournalEvent.AnsweredAtConference(answerId, Text.clean(spot.answer()), codes, answeredBy));
    return conferences.item(id, raised.itemId()).orElseThrow();
  }

  /** The secretary records the chair's assignment; the department's study starts when the session ends. */
  @Transactional
  public RaisedItem recordAssignment(long id, long itemId, Assignment assignment, CurrentUser user) {
    Conference conference = asSecretary(id, user);
    requireStatus(conference, ConferenceStatus.IN_SESSION);
    undecidedOrChangeable(conference, itemId);
    LocalDate today = items.now().atZoneSameInstant(VIETNAM).toLocalDate();
    Checks.start()
        .check(
            assignment.departmentId() != null && organisation.isDepartment(assignment.departmentId()),
            "departmentId",
            "Chọn phòng chức năng được giao (choose a functional department)")
        .check(assignment.deadline() != null, "deadline", "Bắt buộc nhập thời hạn chủ trì giao (required)")
        .check(
            assignment.deadline() == null || !assignment.deadline().isBefore(today),
            "deadline",
            "Thời hạn không được trước ngày hôm nay (the deadline is in the past)")
        .maxLength("direction", assignment.direction(), DIRECTION_MAX)
        .throwIfAny();
    answers.withdrawDrafts(itemId);
    conferences.recordAssignment(
        itemId, assignment.departmentId(), assignment.deadline(), Text.clean(assignment.direction()), user.userId(), items.now());
    items.record(
        itemId,
        user.userId(),
        new JournalEvent.AssignedAtConference(assignment.departmentId(), assignment.deadline(), Text.clean(assignment.direction())));
    return conferences.item(id, itemId).orElseThrow();
  }

  /** The secretary takes back a decision recorded by mistake, while the session lasts. */
  @Transactional
  public RaisedItem clearDecision(long id, long itemId, CurrentUser user) {
    Conference conference = asSecretary(id, user);
    requireStatus(conference, ConferenceStatus.IN_SESSION);
    undecidedOrChangeable(conference, itemId);
    answers.withdrawDrafts(itemId);
    conferences.clearDecision(itemId);
    return conferences.item(id, itemId).orElseThrow();
  }

  /** The chair confirms an on-the-spot answer: the leadership's sign-off; it goes to the unit now. */
  @Transactional
  public RaisedItem confirm(long id, long itemId, CurrentUser user) {
    Conference conference = asChair(id, user);
    if (conference.status() != ConferenceStatus.IN_SESSION && conference.status() != ConferenceStatus.CONCLUDING) {
      throw statusConflict(conference);
    }
    RaisedItem raised = conferences.item(id, itemId).orElseThrow(() -> itemNotFound(itemId));
    if (!raised.awaitsConfirmation()) {
      throw new ConflictException("Ý kiến " + raised.reference() + " không có trả lời chờ xác nhận (no answer awaits confirmation)");
    }
    confirmOne(raised, user.userId());
    finishConfirmationsIfDone(conference);
    return conferences.item(id, itemId).orElseThrow();
  }

  /** The chair confirms every recorded answer at once. Returns how many were confirmed. */
  @Transactional
  public int confirmAll(long id, CurrentUser user) {
    Conference conference = asChair(id, user);
    if (conference.status() != ConferenceStatus.IN_SESSION && conference.status() != ConferenceStatus.CONCLUDING) {
      throw statusConflict(conference);
    }
    int confirmed = confirmRemaining(id, user.userId());
    finishConfirmationsIfDone(conference);
    return confirmed;
  }

  /** Called by the process, from the chair's confirmation step, and by {@link #confirmAll}. */
  @Transactional
  public int confirmRemaining(long id, String chairId) {
    int confirmed = 0;
    for (RaisedItem raised : conferences.items(id)) {
      if (raised.awaitsConfirmation()) {
        confirmOne(raised, chairId);
        confirmed++;
      }
    }
    return confirmed;
  }

  /** How many recorded answers still wait for the chair. */
  public int awaitingConfirmation(long id) {
    return (int) conferences.items(id).stream().filter(RaisedItem::awaitsConfirmation).count();
  }

  /**
   * The chair does not confirm a recorded answer: during the session it is open again for another
   * decision; after it, the item goes to triage.
   */
  @Transactional
  public RaisedItem decline(long id, long itemId, String reason, CurrentUser user) {
    Conference conference = asChair(id, user);
    if (conference.status() != ConferenceStatus.IN_SESSION && conference.status() != ConferenceStatus.CONCLUDING) {
      throw statusConflict(conference);
    }
    Checks.start().required("reason", reason, REASON_MAX).throwIfAny();
    RaisedItem raised = conferences.item(id, itemId).orElseThrow(() -> itemNotFound(itemId));
    if (!raised.awaitsConfirmation()) {
      throw new ConflictException("Ý kiến " + raised.reference() + " không có trả lời chờ xác nhận (no answer awaits confirmation)");
    }
    answers.withdrawDrafts(itemId);
    conferences.clearDecision(itemId);
    items.record(itemId, user.userId(), new JournalEvent.ConferenceAnswerDeclined(raised.answerId(), Text.clean(reason)));
    if (conference.status() == ConferenceStatus.CONCLUDING) {
      sendToTriage(conferences.item(id, itemId).orElseThrow(), items.now());
      finishConfirmationsIfDone(conference);
    }
    return conferences.item(id, itemId).orElseThrow();
  }

  private void confirmOne(RaisedItem raised, String chairId) {
    OffsetDateTime now = items.now();
    if (!conferences.confirm(raised.itemId(), raised.answerId(), chairId, now)) {
      throw new ConflictException("Trả lời của ý kiến " + raised.reference() + " đã được xác nhận hoặc thay đổi (already confirmed or changed)");
    }
    answers.approve(raised.itemId(), raised.answerId(), chairId);
    items.record(raised.itemId(), chairId, new JournalEvent.ConferenceAnswerConfirmed(raised.answerId(), raised.decidedBy()));
    items.route(raised.itemId(), Route.ANSWER_NOW, null);
    process.sendItemOn(raised.processInstanceId(), ConferenceOutcome.ANSWERED.name(), Map.of(ROUTE, Route.ANSWER_NOW.name()));
  }

  /** After the session, the chair's confirmation step is done once nothing waits for it any more. */
  private void finishConfirmationsIfDone(Conference conference) {
    if (conference.status() == ConferenceStatus.CONCLUDING && awaitingConfirmation(conference.id()) == 0) {
      process.completeStepAsApplication(conference.processInstanceId(), ConferenceSteps.CONFIRM, Map.of(CONFIRM_ALL, true));
    }
  }

  private void sendToDepartment(RaisedItem raised, OffsetDateTime now) {
    items.route(raised.itemId(), Route.SEND_TO_DEPARTMENT, raised.departmentId());
    Map<String, Object> variables = new HashMap<>();
    variables.put(ROUTE, Route.SEND_TO_DEPARTMENT.name());
    variables.put(DEPARTMENT_ID, raised.departmentId());
    variables.put(CHAIR_DEADLINE, raised.deadline().toString());
    process.sendItemOn(raised.processInstanceId(), ConferenceOutcome.ASSIGNED.name(), variables);
    conferences.released(raised.itemId(), now);
  }

  private void sendToTriage(RaisedItem raised, OffsetDateTime now) {
    process.sendItemOn(raised.processInstanceId(), "TRIAGE", Map.of());
    conferences.released(raised.itemId(), now);
  }

  // --- concluding -----------------------------------------------------------------------------

  /** The secretary writes the conclusions of the notice (and rewrites them when the chair returns it). */
  public void submitConclusions(long id, String conclusions, CurrentUser user) {
    Conference conference = asSecretary(id, user);
    requireStatus(conference, ConferenceStatus.CONCLUDING);
    checkConclusions(conclusions);
    if (!process.completeStep(conference.processInstanceId(), ConferenceSteps.DRAFT_NOTICE, Map.of(CONCLUSIONS, conclusions), user)) {
      throw new ConflictException("Chưa đến bước soạn thông báo kết luận (the notice is not being drafted now)");
    }
  }

  /** Called by the process with the conclusions written. */
  @Transactional
  public void conclusionsWritten(long id, String conclusions) {
    checkConclusions(conclusions);
    conferences.updateConclusions(id, Text.clean(conclusions), items.now());
  }

  private static void checkConclusions(String conclusions) {
    Checks.start().required(CONCLUSIONS, conclusions, CONCLUSIONS_MAX).throwIfAny();
  }

  /** The chair approves the notice (it is issued) or returns it to the secretary with a reason. */
  public void decideNotice(long id, String decision, String reason, CurrentUser user) {
    Conference conference = asChair(id, user);
    requireStatus(conference, ConferenceStatus.CONCLUDING);
    Checks.review(decision, NOTICE_DECISION, reason, NOTICE_RETURN_REASON, REASON_MAX);
    Map<String, Object> variables = new HashMap<>();
    variables.put(NOTICE_DECISION, decision);
    variables.put(NOTICE_RETURN_REASON, reason);
    if (!process.completeStep(conference.processInstanceId(), ConferenceSteps.APPROVE_NOTICE, variables, user)) {
      throw new ConflictException("Chưa có thông báo kết luận chờ duyệt (no notice awaits approval)");
    }
  }

  /** Called by the process: true when approved. */
  public boolean noticeDecided(String decision, String reason) {
    return Checks.review(decision, NOTICE_DECISION, reason, NOTICE_RETURN_REASON, REASON_MAX);
  }

  /** Called by the process once the notice is issued: the conference follows its items until the last closes. */
  @Transactional
  public boolean followUp(long id) {
    // under the row's lock: an item closing meanwhile counts either here or in onItemMoved
    conferences.lock(id);
    conferences.updateStatus(id, ConferenceStatus.FOLLOW_UP, items.now());
    return allItemsClosed(id);
  }

  public boolean allItemsClosed(long id) {
    return conferences.items(id).stream().allMatch(RaisedItem::isClosed);
  }

  @Transactional
  public void closed(long id) {
    conferences.updateStatus(id, ConferenceStatus.CLOSED, items.now());
  }

  /** An item closed: when it was the last open one of a conference in follow-up, the conference closes. */
  @EventListener
  public void onItemMoved(ItemMoved moved) {
    if (moved.status() != ItemStatus.CLOSED) {
      return;
    }
    // the conference's row is locked before counting: two last items closing at once (their timers
    // fall due together) take turns, and the second sees both closed
    conferences.conferenceOf(moved.itemId())
        .flatMap(conferences::lock)
        .filter(c -> c.status() == ConferenceStatus.FOLLOW_UP)
        .filter(c -> allItemsClosed(c.id()))
        .ifPresent(c -> process.lastItemClosed(c.processInstanceId()));
  }

  // --- who may act ------------------------------------------------------------------------------

  /**
   * The conference as its secretary acts on it, read under the row's lock: decisions, imports and
   * the end of the session take turns, so a status checked here still holds when the change is
   * written (outside a transaction the lock is let go at once; the engine's task then decides).
   */
  private Conference asSecretary(long id, CurrentUser user) {
    visible(id, user);
    Conference conference = conferences.lock(id).map(conferences::withUnits).orElseThrow(() -> notFound(id));
    if (!conference.isSecretary(user.userId())) {
      throw new AccessDeniedException("Chỉ thư ký hội nghị thực hiện thao tác này (only the conference's secretary)");
    }
    return conference;
  }

  /** The conference as its chair acts on it, read under the row's lock (see {@link #asSecretary}). */
  private Conference asChair(long id, CurrentUser user) {
    visible(id, user);
    Conference conference = conferences.lock(id).map(conferences::withUnits).orElseThrow(() -> notFound(id));
    if (!conference.isChair(user.userId())) {
      throw new AccessDeniedException("Chỉ người chủ trì hội nghị thực hiện thao tác này (only the conference's chair)");
    }
    return conference;
  }

  private RaisedItem undecidedOrChangeable(Conference conference, long itemId) {
    RaisedItem raised = conferences.item(conference.id(), itemId).orElseThrow(() -> itemNotFound(itemId));
    if (raised.confirmedAt() != null || raised.releasedAt() != null) {
      throw new ConflictException("Ý kiến " + raised.reference() + " đã được chuyển xử lý, không sửa được (already sent on)");
    }
    return raised;
  }

  private static void requireStatus(Conference conference, ConferenceStatus expected) {
    if (conference.status() != expected) {
      throw statusConflict(conference);
    }
  }

  private static ConflictException statusConflict(Conference conference) {
    return new ConflictException(
        "Hội nghị " + conference.reference() + " đang ở trạng thái \"" + conference.status().labelVi()
            + "\": thao tác này không thực hiện được lúc này");
  }

  private static NotFoundException notFound(long id) {
    return new NotFoundException("Không tìm thấy hội nghị " + id + " (no such conference)");
  }

  private static NotFoundException itemNotFound(long itemId) {
    return new NotFoundException("Không có ý kiến " + itemId + " trong hội nghị này (no such item at this conference)");
  }

  private static List<String> cleanList(List<String> values) {
    if (values == null) {
      return List.of();
    }
    return values.stream().filter(v -> !Text.isBlank(v)).map(Text::clean).toList();
  }
}
