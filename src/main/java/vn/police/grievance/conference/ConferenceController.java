package vn.police.grievance.conference;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.police.grievance.intake.SubmitItemRequest;
import vn.police.grievance.organisation.OrgUnit;
import vn.police.grievance.organisation.OrganisationService;
import vn.police.grievance.process.People;
import vn.police.grievance.system.CurrentUser;
import vn.police.grievance.system.CurrentUsers;
import vn.police.grievance.system.Groups;
import vn.police.grievance.system.InvalidInputException;

/** Listening conferences: plan, hold, answer on the spot, assign, conclude, follow up. */
@RestController
@RequestMapping("/api/conferences")
@Tag(name = "Conferences", description = "Listening conferences (hội nghị lắng nghe ý kiến Công an cấp xã)")
class ConferenceController {

  /** An import file larger than this is refused before it is read. */
  static final int IMPORT_MAX_BYTES = 2 * 1024 * 1024;

  private final ConferenceService conferences;
  private final ConclusionNotices notices;
  private final ConferenceBoard board;
  private final OrganisationService organisation;
  private final People people;
  private final CurrentUsers currentUsers;

  ConferenceController(
      ConferenceService conferences,
      ConclusionNotices notices,
      ConferenceBoard board,
      OrganisationService organisation,
      People people,
      CurrentUsers currentUsers) {
    this.conferences = conferences;
    this.notices = notices;
    this.board = board;
    this.organisation = organisation;
    this.people = people;
    this.currentUsers = currentUsers;
  }

  // --- views ---------------------------------------------------------------------------------

  record Labelled(String id, String label) {}

  record ConferenceSummary(
      long id,
      String reference,
      String title,
      OffsetDateTime startsAt,
      String status,
      String statusLabel,
      String organiserLevel,
      String organiserName,
      String chairId,
      String chairName,
      String chairTitle,
      String secretaryId,
      String secretaryName,
      String format,
      String formatLabel,
      String venue,
      List<String> bridgePoints,
      List<Labelled> invitedUnits,
      String conclusions,
      OffsetDateTime openedAt,
      OffsetDateTime sessionEndedAt,
      OffsetDateTime closedAt,
      String notice,
      String step,
      List<String> roles) {}

  record ItemLine(
      long itemId,
      String reference,
      int position,
      boolean inAdvance,
      String unitId,
      String unitName,
      String category,
      String categoryLabel,
      String title,
      String content,
      String proposal,
      String status,
      String statusLabel,
      String outcome,
      String outcomeLabel,
      String answer,
      String answeredBy,
      List<String> regulationCodes,
      String departmentId,
      String departmentName,
      LocalDate deadline,
      String direction,
      boolean awaitingConfirmation,
      OffsetDateTime confirmedAt,
      String confirmedBy,
      boolean released) {}

  record ConferenceDetail(ConferenceSummary conference, List<ItemLine> items) {}

  record PlanRequest(
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

  record RaiseRequest(String unitId, String category, String title, String content, String proposal) {}

  record AnswerRequest(String answer, List<String> regulationCodes, String answeredBy) {}

  record AssignmentRequest(String departmentId, LocalDate deadline, String direction) {}

  record ReasonRequest(String reason) {}

  record ConclusionsRequest(String conclusions) {}

  record NoticeDecisionRequest(String decision, String reason) {}

  record Confirmed(int confirmed) {}

  record Choices(List<Labelled> leaders, List<Labelled> secretaries, List<Labelled> units, List<Labelled> departments,
      List<Labelled> categories) {}

  record Me(
      String userId, String name, boolean mayPlan, boolean seesEverything, String csrfHeader, String csrfParameter,
      String csrfToken) {}

  @GetMapping("/me")
  @Operation(operationId = "conferenceMe", summary = "Who the page works for, and the token its changes carry")
  @ApiResponse(responseCode = "200", description = "The signed-in person")
  Me me(jakarta.servlet.http.HttpServletRequest request) {
    CurrentUser user = currentUsers.current();
    org.springframework.security.web.csrf.CsrfToken csrf =
        (org.springframework.security.web.csrf.CsrfToken) request.getAttribute(org.springframework.security.web.csrf.CsrfToken.class.getName());
    return new Me(user.userId(), people.nameOf(user.userId()), conferences.mayPlan(user), conferences.seesEverything(user),
        csrf == null ? null : csrf.getHeaderName(), csrf == null ? null : csrf.getParameterName(),
        csrf == null ? null : csrf.getToken());
  }

  // --- planning and reading --------------------------------------------------------------------

  @GetMapping
  @Operation(operationId = "listConferences", summary = "Conferences the caller may see, newest first")
  @ApiResponse(responseCode = "200", description = "The conferences")
  List<ConferenceSummary> list() {
    CurrentUser user = currentUsers.current();
    return conferences.list(user).stream().map(c -> summary(c, user)).toList();
  }

  @GetMapping("/choices")
  @Operation(operationId = "conferenceChoices", summary = "Who may chair and record, and the units, departments and categories")
  @ApiResponse(responseCode = "200", description = "The choices for planning and recording")
  Choices choices() {
    CurrentUser user = currentUsers.current();
    // people and the organisation are listed to the offices that plan and record, as the engine's
    // user and group listings are; a unit needs only the categories to send an item in advance
    boolean planner = conferences.mayPlan(user);
    boolean office = conferences.seesEverything(user);
    return new Choices(
        planner ? people.members(Groups.LEADERSHIP).stream().map(p -> new Labelled(p.id(), p.name())).toList() : List.of(),
        planner ? people.members(Groups.RECEPTION).stream().map(p -> new Labelled(p.id(), p.name())).toList() : List.of(),
        office ? organisation.communes().stream().map(u -> new Labelled(u.id(), u.shortName())).toList() : List.of(),
        office ? organisation.departments().stream().map(u -> new Labelled(u.id(), u.shortName())).toList() : List.of(),
        java.util.Arrays.stream(vn.police.grievance.item.Category.values()).map(c -> new Labelled(c.name(), c.labelVi())).toList());
  }

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(operationId = "planConference", summary = "Plan a conference (leadership or reception office)")
  @ApiResponse(responseCode = "201", description = "The conference, planned; its process has started")
  @ApiResponse(responseCode = "400", description = "A field is missing or wrong")
  @ApiResponse(responseCode = "403", description = "Only the leadership and the reception office plan conferences")
  ConferenceSummary plan(@RequestBody PlanRequest request) {
    CurrentUser user = currentUsers.current();
    Conference planned =
        conferences.plan(
            new ConferenceService.Plan(
                request.title(), request.startsAt(), request.organiserLevel(), request.organiserName(), request.chairId(),
                request.chairTitle(), request.secretaryId(), request.format(), request.venue(), request.bridgePoints(),
                request.invitedUnitIds()),
            user);
    return summary(planned, user);
  }

  @GetMapping("/{id}")
  @Operation(operationId = "getConference", summary = "A conference and the items of it the caller may see")
  @ApiResponse(responseCode = "200", description = "The conference")
  @ApiResponse(responseCode = "404", description = "No such conference, or not the caller's")
  ConferenceDetail get(@PathVariable long id) {
    CurrentUser user = currentUsers.current();
    ConferenceService.ConferenceFile file = conferences.file(id, user);
    boolean unit = !conferences.seesEverything(user);
    return new ConferenceDetail(
        summary(file.conference(), user), file.items().stream().map(r -> unit ? forUnit(line(r)) : line(r)).toList());
  }

  // --- the session ---------------------------------------------------------------------------

  @PostMapping("/{id}/session/open")
  @Operation(operationId = "openConferenceSession", summary = "The secretary opens the session")
  @ApiResponse(responseCode = "200", description = "The conference, in session")
  @ApiResponse(responseCode = "403", description = "Only the secretary")
  @ApiResponse(responseCode = "409", description = "The conference is not planned any more")
  ConferenceSummary open(@PathVariable long id) {
    CurrentUser user = currentUsers.current();
    conferences.openSession(id, user);
    return summary(conferences.get(id), user);
  }

  @PostMapping("/{id}/session/end")
  @Operation(operationId = "endConferenceSession", summary = "The secretary ends the session: items go on")
  @ApiResponse(responseCode = "200", description = "The conference, concluding")
  @ApiResponse(responseCode = "403", description = "Only the secretary")
  @ApiResponse(responseCode = "409", description = "The conference is not in session")
  ConferenceSummary end(@PathVariable long id) {
    CurrentUser user = currentUsers.current();
    conferences.endSession(id, user);
    return summary(conferences.get(id), user);
  }

  @PostMapping(value = "/{id}/items", consumes = MediaType.APPLICATION_JSON_VALUE)
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(operationId = "raiseConferenceItem", summary = "Record an item raised (the secretary), or send one in advance (an invited unit)")
  @ApiResponse(responseCode = "201", description = "The item, with its reference, waiting for the conference's decision")
  @ApiResponse(responseCode = "400", description = "A field is missing or wrong")
  @ApiResponse(responseCode = "403", description = "Neither the secretary nor an invited unit")
  @ApiResponse(responseCode = "409", description = "The conference takes no more items")
  ItemLine raise(@PathVariable long id, @RequestBody RaiseRequest request) {
    RaisedItem raised =
        conferences.raise(
            id,
            new SubmitItemRequest(request.unitId(), request.category(), request.title(), request.content(), request.proposal(), null),
            currentUsers.current());
    return line(raised);
  }

  @PostMapping(value = "/{id}/items/import", consumes = {MediaType.APPLICATION_OCTET_STREAM_VALUE, "text/csv",
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(operationId = "importConferenceItems", summary = "The secretary imports a prepared list (XLSX or CSV): all rows or none")
  @ApiResponse(responseCode = "201", description = "The items recorded, in the order of the list")
  @ApiResponse(responseCode = "400", description = "The file, or rows of it, are wrong: every problem is listed, nothing is saved")
  @ApiResponse(responseCode = "403", description = "Only the secretary")
  @ApiResponse(responseCode = "409", description = "The conference takes no more items")
  List<ItemLine> importList(
      @PathVariable long id,
      @Parameter(description = "The file's name, for the messages") @RequestHeader(name = "X-File-Name", required = false) String fileName,
      @RequestBody byte[] content) {
    CurrentUser user = currentUsers.current();
    Conference conference = conferences.requireSecretary(id, user);
    if (content.length > IMPORT_MAX_BYTES) {
      throw new InvalidInputException("file", "Tệp quá lớn: tối đa 2 MB (the file is larger than 2 MB)");
    }
    ItemListImport.ImportResult result =
        new ItemListImport(idOrName -> organisation.resolveUnit(idOrName).filter(conference.invitedUnitIds()::contains))
            .read(content, fileName);
    if (!result.ok()) {
      List<InvalidInputException.FieldProblem> problems = new ArrayList<>();
      for (ItemListImport.RowError e : result.errors()) {
        String where = e.rowNumber() == 0 ? "file" : "Dòng " + e.rowNumber() + (e.column() == null ? "" : ", cột " + e.column());
        problems.add(new InvalidInputException.FieldProblem(where, e.message()));
      }
      throw new InvalidInputException(problems);
    }
    return conferences.raiseAll(id, result.rows(), user).stream().map(this::line).toList();
  }

  @GetMapping("/{id}/items/template.xlsx")
  @Operation(operationId = "conferenceImportTemplateXlsx", summary = "The XLSX template of a list to import, with the conference's units")
  @ApiResponse(responseCode = "200", description = "The template")
  @ApiResponse(responseCode = "404", description = "No such conference, or not the caller's")
  ResponseEntity<byte[]> templateXlsx(@PathVariable long id) {
    Conference conference = conferences.visible(id, currentUsers.current());
    List<ItemListTemplate.UnitChoice> units =
        conference.invitedUnitIds().stream()
            .map(u -> new ItemListTemplate.UnitChoice(u, organisation.find(u).map(OrgUnit::shortName).orElse(u)))
            .toList();
    return download(
        new ItemListTemplate().xlsx(units),
        "mau-danh-sach-y-kien-" + conference.reference() + ".xlsx",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  }

  @GetMapping("/{id}/items/template.csv")
  @Operation(operationId = "conferenceImportTemplateCsv", summary = "The CSV template of a list to import")
  @ApiResponse(responseCode = "200", description = "The template")
  @ApiResponse(responseCode = "404", description = "No such conference, or not the caller's")
  ResponseEntity<byte[]> templateCsv(@PathVariable long id) {
    Conference conference = conferences.visible(id, currentUsers.current());
    return download(new ItemListTemplate().csv(), "mau-danh-sach-y-kien-" + conference.reference() + ".csv", "text/csv;charset=UTF-8");
  }

  @PutMapping(value = "/{id}/items/{itemId}/answer", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(operationId = "recordSpotAnswer", summary = "The secretary records the answer given on the spot")
  @ApiResponse(responseCode = "200", description = "The item, its answer waiting for the chair's confirmation")
  @ApiResponse(responseCode = "400", description = "A field is missing or wrong")
  @ApiResponse(responseCode = "403", description = "Only the secretary")
  @ApiResponse(responseCode = "409", description = "The session is not on, or the item was already sent on")
  ItemLine answer(@PathVariable long id, @PathVariable long itemId, @RequestBody AnswerRequest request) {
    return line(
        conferences.recordAnswer(
            id, itemId, new ConferenceService.SpotAnswer(request.answer(), request.regulationCodes(), request.answeredBy()),
            currentUsers.current()));
  }

  @PutMapping(value = "/{id}/items/{itemId}/assignment", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(operationId = "recordAssignment", summary = "The secretary records the department and deadline the chair set")
  @ApiResponse(responseCode = "200", description = "The item, assigned; its study starts when the session ends")
  @ApiResponse(responseCode = "400", description = "A field is missing or wrong")
  @ApiResponse(responseCode = "403", description = "Only the secretary")
  @ApiResponse(responseCode = "409", description = "The session is not on, or the item was already sent on")
  ItemLine assign(@PathVariable long id, @PathVariable long itemId, @RequestBody AssignmentRequest request) {
    return line(
        conferences.recordAssignment(
            id, itemId, new ConferenceService.Assignment(request.departmentId(), request.deadline(), request.direction()),
            currentUsers.current()));
  }

  @DeleteMapping("/{id}/items/{itemId}/decision")
  @Operation(operationId = "clearConferenceDecision", summary = "The secretary takes back a decision recorded by mistake")
  @ApiResponse(responseCode = "200", description = "The item, undecided")
  @ApiResponse(responseCode = "403", description = "Only the secretary")
  @ApiResponse(responseCode = "409", description = "The session is not on, or the item was already sent on")
  ItemLine clear(@PathVariable long id, @PathVariable long itemId) {
    return line(conferences.clearDecision(id, itemId, currentUsers.current()));
  }

  @PostMapping("/{id}/items/{itemId}/confirmation")
  @Operation(operationId = "confirmSpotAnswer", summary = "The chair confirms an on-the-spot answer: it goes to the unit")
  @ApiResponse(responseCode = "200", description = "The item, its answer on the way to the unit")
  @ApiResponse(responseCode = "403", description = "Only the chair")
  @ApiResponse(responseCode = "409", description = "No answer waits for confirmation")
  ItemLine confirm(@PathVariable long id, @PathVariable long itemId) {
    return line(conferences.confirm(id, itemId, currentUsers.current()));
  }

  @PostMapping("/{id}/confirmations")
  @Operation(operationId = "confirmAllSpotAnswers", summary = "The chair confirms every answer still waiting")
  @ApiResponse(responseCode = "200", description = "How many were confirmed")
  @ApiResponse(responseCode = "403", description = "Only the chair")
  @ApiResponse(responseCode = "409", description = "The conference is not in session or concluding")
  Confirmed confirmAll(@PathVariable long id) {
    return new Confirmed(conferences.confirmAll(id, currentUsers.current()));
  }

  @PostMapping(value = "/{id}/items/{itemId}/decline", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(operationId = "declineSpotAnswer", summary = "The chair does not confirm a recorded answer")
  @ApiResponse(responseCode = "200", description = "The item, undecided again (after the session: sent to triage)")
  @ApiResponse(responseCode = "400", description = "A reason is required")
  @ApiResponse(responseCode = "403", description = "Only the chair")
  @ApiResponse(responseCode = "409", description = "No answer waits for confirmation")
  ItemLine decline(@PathVariable long id, @PathVariable long itemId, @RequestBody ReasonRequest request) {
    return line(conferences.decline(id, itemId, request.reason(), currentUsers.current()));
  }

  // --- concluding ----------------------------------------------------------------------------

  @PutMapping(value = "/{id}/conclusions", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(operationId = "submitConclusions", summary = "The secretary submits the notice's conclusions to the chair")
  @ApiResponse(responseCode = "200", description = "The conference, its notice awaiting approval")
  @ApiResponse(responseCode = "400", description = "The conclusions are missing or too long")
  @ApiResponse(responseCode = "403", description = "Only the secretary")
  @ApiResponse(responseCode = "409", description = "The notice is not being drafted now")
  ConferenceSummary conclusions(@PathVariable long id, @RequestBody ConclusionsRequest request) {
    CurrentUser user = currentUsers.current();
    conferences.submitConclusions(id, request.conclusions(), user);
    return summary(conferences.get(id), user);
  }

  @PostMapping(value = "/{id}/notice/decision", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(operationId = "decideNotice", summary = "The chair approves the notice (it is issued) or returns it")
  @ApiResponse(responseCode = "200", description = "The conference")
  @ApiResponse(responseCode = "400", description = "The decision is missing, or a return has no reason")
  @ApiResponse(responseCode = "403", description = "Only the chair")
  @ApiResponse(responseCode = "409", description = "No notice awaits approval")
  ConferenceSummary decideNotice(@PathVariable long id, @RequestBody NoticeDecisionRequest request) {
    CurrentUser user = currentUsers.current();
    conferences.decideNotice(id, request.decision(), request.reason(), user);
    return summary(conferences.get(id), user);
  }

  @GetMapping("/{id}/notice.pdf")
  @Operation(operationId = "conclusionNoticePdf", summary = "The conclusion notice as PDF: issued, or a draft before")
  @ApiResponse(responseCode = "200", description = "The PDF")
  @ApiResponse(responseCode = "404", description = "No such conference, or (for a unit) not issued yet")
  ResponseEntity<byte[]> noticePdf(@PathVariable long id) {
    return notice(notices.file(id, true, currentUsers.current()));
  }

  @GetMapping("/{id}/notice.docx")
  @Operation(operationId = "conclusionNoticeDocx", summary = "The conclusion notice as DOCX: issued, or a draft before")
  @ApiResponse(responseCode = "200", description = "The DOCX")
  @ApiResponse(responseCode = "404", description = "No such conference, or (for a unit) not issued yet")
  ResponseEntity<byte[]> noticeDocx(@PathVariable long id) {
    return notice(notices.file(id, false, currentUsers.current()));
  }

  // --- follow-up -----------------------------------------------------------------------------

  @GetMapping("/{id}/board")
  @Operation(operationId = "conferenceBoard", summary = "The follow-up board: every item, its state and deadline, and the counts")
  @ApiResponse(responseCode = "200", description = "The board")
  @ApiResponse(responseCode = "404", description = "No such conference, or not the caller's")
  ConferenceBoard.Board board(@PathVariable long id) {
    return board.of(id, currentUsers.current());
  }

  @GetMapping("/{id}/board.xlsx")
  @Operation(operationId = "conferenceBoardXlsx", summary = "The follow-up board as XLSX")
  @ApiResponse(responseCode = "200", description = "The XLSX")
  @ApiResponse(responseCode = "404", description = "No such conference, or not the caller's")
  ResponseEntity<byte[]> boardXlsx(@PathVariable long id) {
    ConferenceBoard.Board b = board.of(id, currentUsers.current());
    return download(board.xlsx(b), "theo-doi-" + b.conference().reference() + ".xlsx",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  }

  @GetMapping("/{id}/board.csv")
  @Operation(operationId = "conferenceBoardCsv", summary = "The follow-up board as CSV")
  @ApiResponse(responseCode = "200", description = "The CSV")
  @ApiResponse(responseCode = "404", description = "No such conference, or not the caller's")
  ResponseEntity<byte[]> boardCsv(@PathVariable long id) {
    ConferenceBoard.Board b = board.of(id, currentUsers.current());
    return download(board.csv(b), "theo-doi-" + b.conference().reference() + ".csv", "text/csv;charset=UTF-8");
  }

  private ResponseEntity<byte[]> notice(ConclusionNotices.NoticeFile file) {
    return ResponseEntity.ok()
        .header("X-Content-SHA256", file.sha256())
        .header("X-Document-State", file.issued() ? "issued" : "draft")
        .headers(attachment(file.fileName()))
        .contentType(MediaType.parseMediaType(file.contentType()))
        .body(file.content());
  }

  private static ResponseEntity<byte[]> download(byte[] content, String fileName, String contentType) {
    return ResponseEntity.ok().headers(attachment(fileName)).contentType(MediaType.parseMediaType(contentType)).body(content);
  }

  private static HttpHeaders attachment(String fileName) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentDisposition(ContentDisposition.attachment().filename(fileName).build());
    headers.set("X-Content-Type-Options", "nosniff");
    headers.setCacheControl("no-store");
    return headers;
  }

  private ConferenceSummary summary(Conference c, CurrentUser user) {
    List<String> roles = new ArrayList<>();
    if (c.isChair(user.userId())) {
      roles.add("CHAIR");
    }
    if (c.isSecretary(user.userId())) {
      roles.add("SECRETARY");
    }
    if (!conferences.seesEverything(user)) {
      roles.add("UNIT");
    }
    String notice = notices.issued(c.id()).map(i -> i.numberAndSymbol()).orElse(null);
    return new ConferenceSummary(
        c.id(), c.reference(), c.title(), c.startsAt(), c.status().name(), c.status().labelVi(), c.organiserLevel().name(),
        c.organiserName(), c.chairId(), people.nameOf(c.chairId()), c.chairTitle(), c.secretaryId(),
        people.nameOf(c.secretaryId()), c.format().name(), c.format().labelVi(), c.venue(), c.bridgePoints(),
        c.invitedUnitIds().stream().map(u -> new Labelled(u, organisation.shortNameOf(u))).toList(),
        conferences.seesEverything(user) ? c.conclusions() : null,
        c.openedAt(), c.sessionEndedAt(), c.closedAt(), notice, conferences.openStep(c), roles);
  }

  /**
   * What a unit reads of its own item: an answer only once the chair confirmed it (before, it is
   * the province's draft), and nothing of who decided what.
   */
  private static ItemLine forUnit(ItemLine l) {
    boolean confirmed = l.confirmedAt() != null;
    return new ItemLine(
        l.itemId(), l.reference(), l.position(), l.inAdvance(), l.unitId(), l.unitName(), l.category(), l.categoryLabel(),
        l.title(), l.content(), l.proposal(), l.status(), l.statusLabel(),
        confirmed || "ASSIGNED".equals(l.outcome()) && l.released() ? l.outcome() : "PENDING",
        confirmed || "ASSIGNED".equals(l.outcome()) && l.released() ? l.outcomeLabel() : ConferenceOutcome.PENDING.labelVi(),
        confirmed ? l.answer() : null, confirmed ? l.answeredBy() : null, confirmed ? l.regulationCodes() : List.of(),
        l.released() ? l.departmentId() : null, l.released() ? l.departmentName() : null, l.released() ? l.deadline() : null,
        null, false, l.confirmedAt(), null, l.released());
  }

  private ItemLine line(RaisedItem r) {
    return new ItemLine(
        r.itemId(), r.reference(), r.position(), r.inAdvance(), r.unitId(), organisation.shortNameOf(r.unitId()),
        r.category().name(), r.category().labelVi(), r.title(), r.content(), r.proposal(), r.status().name(),
        r.status().labelVi(), r.outcome().name(), r.outcome().labelVi(), r.answer(), r.answeredBy(), r.regulationCodes(),
        r.departmentId(), r.departmentId() == null ? null : organisation.shortNameOf(r.departmentId()), r.deadline(),
        r.direction(), r.awaitsConfirmation(), r.confirmedAt(), r.confirmedBy(), r.releasedAt() != null);
  }
}
