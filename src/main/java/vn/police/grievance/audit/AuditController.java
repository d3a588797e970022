package vn.police.grievance.audit;

import vn.police.grievance.system.Enums;
import vn.police.grievance.journal.ChainReport;
import vn.police.grievance.journal.AuditChain;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.police.grievance.item.Category;
import vn.police.grievance.item.ItemStatus;
import vn.police.grievance.tracking.ItemView.Labelled;
import vn.police.grievance.item.Page;
import vn.police.grievance.organisation.OrgUnit;
import vn.police.grievance.organisation.OrganisationService;
import vn.police.grievance.organisation.UnitKind;
import vn.police.grievance.system.CurrentUser;
import vn.police.grievance.system.CurrentUsers;
import vn.police.grievance.system.Checks;

/**
 * The auditors' API: read-only. Search items (running and finished), read an item's complete file,
 * export either as CSV or PDF, and verify the journal's hash chain.
 */
@RestController
@RequestMapping("/api/audit")
@Validated
@Tag(name = "Audit", description = "Read-only files of items for inspectors: search, timeline, exports, verification")
@ApiResponse(responseCode = "403", description = "Only inspectors, the leadership and administrators read items' files")
class AuditController {

  private static final String CSV = "text/csv";
  private static final String PDF = "application/pdf";

  private final AuditService audit;
  private final AuditAccess access;
  private final CurrentUsers currentUsers;
  private final AuditPdf pdf;
  private final OrganisationService organisation;
  private final Clock clock;

  AuditController(
      AuditService audit,
      AuditAccess access,
      CurrentUsers currentUsers,
      AuditPdf pdf,
      OrganisationService organisation,
      Clock clock) {
    this.audit = audit;
    this.access = access;
    this.currentUsers = currentUsers;
    this.pdf = pdf;
    this.organisation = organisation;
    this.clock = clock;
  }

  /** Search criteria as query parameters; all optional. */
  record Criteria(
      @Parameter(description = "Words of the reference, title, content, proposal or delivered answer, with or without accents") @Size(max = 200) String q,
      @Parameter(description = "Submitting commune unit id") @Size(max = 64) String unit,
      @Parameter(description = "Category key, e.g. FACILITIES") @Size(max = 20) String category,
      @Parameter(description = "Functional department id") @Size(max = 64) String department,
      @Parameter(description = "Status key, e.g. IN_TRIAGE") @Size(max = 30) String status,
      @Parameter(description = "RUNNING or FINISHED") @Size(max = 10) String state,
      @Parameter(description = "Submitted on or after this day") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate from,
      @Parameter(description = "Submitted on or before this day") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate to) {}

  @GetMapping("/items")
  @Operation(operationId = "searchAuditItems", summary = "Search running and finished items, newest first")
  @ApiResponse(responseCode = "200", description = "One page of items")
  Page<AuditItem> search(
      @ParameterObject @Validated @ModelAttribute Criteria criteria,
      @Parameter(description = "Page number, from 0") @RequestParam(defaultValue = "0") @Min(0) @Max(100000) int page,
      @Parameter(description = "Items per page") @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
    reader();
    return audit.search(query(criteria), page, size);
  }

  @GetMapping("/items/{reference}")
  @Operation(
      operationId = "getAuditFile",
      summary = "The complete file of one item: facts, final answer, and every step and decision in time order")
  @ApiResponse(responseCode = "200", description = "The item's file")
  @ApiResponse(responseCode = "404", description = "No item with this reference")
  ItemFile file(@Parameter(description = "The item's reference", example = "KN-2026-000001") @PathVariable @Size(max = 20)
      String reference) {
    reader();
    return audit.file(reference);
  }

  @GetMapping("/items/{reference}/documents")
  @Operation(
      operationId = "getAuditDocuments",
      summary = "The item's official documents (answer letter, proposal) with their hashes, each checked now: files"
          + " against their SHA-256, the PDF's signature and certificate")
  @ApiResponse(responseCode = "200", description = "The documents and what each check found")
  @ApiResponse(responseCode = "404", description = "No item with this reference")
  java.util.List<DocumentCheck> documents(
      @Parameter(description = "The item's reference", example = "KN-2026-000001") @PathVariable @Size(max = 20) String reference) {
    reader();
    return audit.documents(reference);
  }

  @GetMapping("/items/{reference}.csv")
  @Operation(operationId = "exportAuditFileCsv", summary = "One item's file as CSV (UTF-8 with BOM, RFC 4180)")
  @ApiResponse(
      responseCode = "200",
      description = "The file as a CSV download",
      headers =
          @Header(
              name = "Content-Disposition",
              description = "attachment; filename=\"ho-so-{reference}.csv\"",
              schema = @Schema(type = "string")),
      content = @Content(mediaType = CSV, schema = @Schema(type = "string")))
  @ApiResponse(responseCode = "404", description = "No item with this reference")
  void fileCsv(
      @Parameter(description = "The item's reference", example = "KN-2026-000001") @PathVariable @Size(max = 20)
          String reference,
      @Parameter(description = "comma (the default) or semicolon") @RequestParam(defaultValue = "comma") String delimiter,
      HttpServletResponse response) throws IOException {
    reader();
    char separator = delimiter(delimiter);
    ItemFile file = audit.file(reference);
    download(response, "text/csv; charset=UTF-8", "ho-so-" + reference + ".csv");
    AuditCsv.file(response.getOutputStream(), separator, zone(), file);
  }

  @GetMapping("/items/{reference}.pdf")
  @Operation(operationId = "exportAuditFilePdf", summary = "One item's file as PDF (Vietnamese font embedded)")
  @ApiResponse(
      responseCode = "200",
      description = "The file as a PDF download, stamped with the reader, the time and the journal's head",
      headers =
          @Header(
              name = "Content-Disposition",
              description = "attachment; filename=\"ho-so-{reference}.pdf\"",
              schema = @Schema(type = "string")),
      content = @Content(mediaType = PDF, schema = @Schema(type = "string", format = "binary")))
  @ApiResponse(responseCode = "404", description = "No item with this reference")
  void filePdf(
      @Parameter(description = "The item's reference", example = "KN-2026-000001") @PathVariable @Size(max = 20)
          String reference,
      HttpServletResponse response) throws IOException {
    CurrentUser user = reader();
    ItemFile file = audit.file(reference);
    download(response, "application/pdf", "ho-so-" + reference + ".pdf");
    pdf.file(response.getOutputStream(), file, stamp(user));
  }

  @GetMapping("/items.csv")
  @Operation(operationId = "exportAuditSearchCsv", summary = "A search result as CSV, streamed")
  @ApiResponse(
      responseCode = "200",
      description = "Every matching item as a CSV download",
      headers =
          @Header(
              name = "Content-Disposition",
              description = "attachment; filename=\"tra-cuu-kien-nghi-{today}.csv\"",
              schema = @Schema(type = "string")),
      content = @Content(mediaType = CSV, schema = @Schema(type = "string")))
  void itemsCsv(
      @ParameterObject @Validated @ModelAttribute Criteria criteria,
      @Parameter(description = "comma (the default) or semicolon") @RequestParam(defaultValue = "comma") String delimiter,
      HttpServletResponse response) throws IOException {
    reader();
    char separator = delimiter(delimiter);
    AuditQuery query = query(criteria);
    download(response, "text/csv; charset=UTF-8", "tra-cuu-kien-nghi-" + LocalDate.now(clock) + ".csv");
    AuditCsv.items(response.getOutputStream(), separator, zone(), consumer -> audit.forEach(query, consumer));
  }

  @GetMapping("/items.pdf")
  @Operation(operationId = "exportAuditSearchPdf", summary = "A search result as PDF, streamed")
  @ApiResponse(
      responseCode = "200",
      description = "Every matching item as a PDF download, stamped with the reader, the time and the journal's head",
      headers =
          @Header(
              name = "Content-Disposition",
              description = "attachment; filename=\"tra-cuu-kien-nghi-{today}.pdf\"",
              schema = @Schema(type = "string")),
      content = @Content(mediaType = PDF, schema = @Schema(type = "string", format = "binary")))
  void itemsPdf(@ParameterObject @Validated @ModelAttribute Criteria criteria, HttpServletResponse response)
      throws IOException {
    CurrentUser user = reader();
    AuditQuery query = query(criteria);
    download(response, "application/pdf", "tra-cuu-kien-nghi-" + LocalDate.now(clock) + ".pdf");
    pdf.items(response.getOutputStream(), describe(criteria), consumer -> audit.forEach(query, consumer), stamp(user));
  }

  @GetMapping("/verification")
  @Operation(operationId = "verifyJournal", summary = "Verify the journal's hash chain; reports the first broken link")
  @ApiResponse(responseCode = "200", description = "Whether the chain is intact, and where it first breaks if not")
  ChainReport verify() {
    reader();
    return audit.verify();
  }

  /** The choices of the search form, with their Vietnamese labels. */
  record Options(
      List<Labelled> categories,
      List<Labelled> statuses,
      List<Labelled> states,
      List<Labelled> units,
      List<Labelled> departments) {}

  @GetMapping("/options")
  @Operation(
      operationId = "getAuditSearchOptions",
      summary = "Categories, statuses, units and departments to search by, with their labels")
  @ApiResponse(responseCode = "200", description = "The choices, with their Vietnamese labels")
  Options options() {
    reader();
    List<OrgUnit> all = organisation.all();
    return new Options(
        Arrays.stream(Category.values()).map(c -> new Labelled(c.name(), c.labelVi())).toList(),
        Arrays.stream(ItemStatus.values()).map(s -> new Labelled(s.name(), s.labelVi())).toList(),
        List.of(new Labelled("RUNNING", "Đang xử lý"), new Labelled("FINISHED", "Đã kết thúc")),
        all.stream().filter(u -> u.kind().isCommuneLevel()).map(u -> new Labelled(u.id(), u.nameVi())).toList(),
        all.stream().filter(u -> u.kind() == UnitKind.DEPARTMENT).map(u -> new Labelled(u.id(), u.nameVi())).toList());
  }

  // --- Helpers --------------------------------------------------------------------------------

  private CurrentUser reader() {
    CurrentUser user = currentUsers.current();
    access.check(user);
    return user;
  }

  private ZoneId zone() {
    return clock.getZone();
  }

  private AuditPdf.Stamp stamp(CurrentUser user) {
    AuditChain.Head head = audit.chainHead();
    return new AuditPdf.Stamp(user.userId(), OffsetDateTime.now(clock), head.lastSeq(), head.lastHash(), zone());
  }

  private static void download(HttpServletResponse response, String contentType, String filename) {
    response.setContentType(contentType);
    response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString());
    response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
  }

  private static char delimiter(String value) {
    return switch (value.trim().toLowerCase()) {
      case "comma", "," -> ',';
      case "semicolon", ";" -> ';';
      default -> {
        Checks.start().check(false, "delimiter", "Chọn dấu phân cách comma hoặc semicolon (comma or semicolon)").throwIfAny();
        yield ',';
      }
    };
  }

  private AuditQuery query(Criteria c) {
    Checks checks = Checks.start();
    Category category = Enums.parse(Category.class, c.category(), "category", checks);
    ItemStatus status = Enums.parse(ItemStatus.class, c.status(), "status", checks);
    AuditQuery.State state = Enums.parse(AuditQuery.State.class, c.state(), "state", checks);
    checks.check(c.from() == null || c.to() == null || !c.to().isBefore(c.from()), "to",
        "Ngày kết thúc trước ngày bắt đầu (to is before from)");
    checks.throwIfAny();
    return new AuditQuery(
        blankToNull(c.q()),
        blankToNull(c.unit()),
        category,
        blankToNull(c.department()),
        status,
        state,
        c.from() == null ? null : c.from().atStartOfDay(zone()).toOffsetDateTime(),
        c.to() == null ? null : c.to().plusDays(1).atStartOfDay(zone()).toOffsetDateTime());
  }

  private String describe(Criteria c) {
    List<String> parts = new ArrayList<>();
    Map<String, String> given = new java.util.LinkedHashMap<>();
    given.put("Từ khóa", c.q());
    given.put("Đơn vị", c.unit() == null || c.unit().isBlank() ? null : organisation.nameOf(c.unit()));
    given.put("Lĩnh vực", labelOf(c.category(), Category.values(), Category::labelVi));
    given.put("Phòng chức năng", c.department() == null || c.department().isBlank() ? null : organisation.nameOf(c.department()));
    given.put("Trạng thái", labelOf(c.status(), ItemStatus.values(), ItemStatus::labelVi));
    given.put("Tình trạng", "RUNNING".equals(c.state()) ? "Đang xử lý" : "FINISHED".equals(c.state()) ? "Đã kết thúc" : c.state());
    given.put("Từ ngày", c.from() == null ? null : c.from().format(DAY));
    given.put("Đến ngày", c.to() == null ? null : c.to().format(DAY));
    given.forEach((k, v) -> {
      if (v != null && !v.isBlank()) {
        parts.add(k + ": " + v);
      }
    });
    return parts.isEmpty() ? "tất cả kiến nghị" : String.join("; ", parts);
  }

  /** A day as an officer writes it. */
  static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");

  /** The Vietnamese name of a code, or the code itself when it names nothing (the search refuses it anyway). */
  private static <E extends Enum<E>> String labelOf(String code, E[] values, java.util.function.Function<E, String> label) {
    if (code == null || code.isBlank()) {
      return null;
    }
    return Arrays.stream(values).filter(v -> v.name().equals(code.trim())).findFirst().map(label).orElse(code);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }

}
