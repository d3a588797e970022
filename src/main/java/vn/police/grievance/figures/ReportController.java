package vn.police.grievance.figures;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.police.grievance.system.CurrentUser;
import vn.police.grievance.system.CurrentUsers;

/**
 * The report archive: list, download, and a new report for any period. Generating is a GET so that
 * a plain link in Cockpit can do it (Cockpit holds no token for our API's POSTs); it changes no item,
 * only adds the report to the archive with who and when, and only the leadership and administrators
 * may do it.
 */
@RestController
@RequestMapping("/api/figures/reports")
@Tag(name = "Reports", description = "Weekly, monthly and on-demand reports (XLSX, PDF) and their archive")
@ApiResponse(responseCode = "403", description = "Reports are read by the leadership, inspectors and administrators")
class ReportController {

  static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  private final ReportService reports;
  private final FiguresService figures;
  private final FiguresAccess access;
  private final CurrentUsers currentUsers;

  ReportController(ReportService reports, FiguresService figures, FiguresAccess access, CurrentUsers currentUsers) {
    this.reports = reports;
    this.figures = figures;
    this.access = access;
    this.currentUsers = currentUsers;
  }

  record Archive(boolean mayGenerate, List<ReportService.Listed> reports) {}

  @GetMapping
  @Operation(operationId = "listReports", summary = "The latest archived reports, newest first")
  @ApiResponse(responseCode = "200", description = "The archive, and whether the reader may generate a report")
  Archive list(@Parameter(description = "How many") @RequestParam(defaultValue = "50") int limit) {
    CurrentUser user = currentUsers.current();
    access.checkReports(user);
    return new Archive(access.mayGenerate(user), reports.archived(Math.max(1, Math.min(limit, 500))));
  }

  @GetMapping("/{id}.{format:xlsx|pdf}")
  @Operation(operationId = "downloadReport", summary = "One archived report as XLSX or PDF, as it was generated")
  @ApiResponse(responseCode = "200", description = "The file",
      content = {@Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
          schema = @Schema(type = "string", format = "binary")),
          @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary"))})
  @ApiResponse(responseCode = "404", description = "No such report")
  ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable String format) {
    access.checkReports(currentUsers.current());
    ReportService.File file = reports.file(id, format);
    return attachment(file.name(), format, file.bytes());
  }

  @GetMapping("/new.{format:xlsx|pdf}")
  @Operation(operationId = "generateReport", summary = "A new report for any period, archived, as XLSX or PDF")
  @ApiResponse(responseCode = "200", description = "The file; the report (both files) is in the archive")
  @ApiResponse(responseCode = "400", description = "A period that ends before it starts or spans more than ten years")
  ResponseEntity<byte[]> generate(
      @PathVariable String format,
      @Parameter(description = "First day (default: the first day of this month)")
          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @Parameter(description = "Last day, included (default: today)")
          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
    CurrentUser user = currentUsers.current();
    access.checkGenerate(user);
    LocalDate last = to == null ? figures.today() : to;
    ReportService.Generated generated = reports.onDemand(from == null ? last.withDayOfMonth(1) : from, last, user.userId());
    return attachment(generated.report().fileName() + "." + format, format,
        "pdf".equals(format) ? generated.pdf() : generated.xlsx());
  }

  private static ResponseEntity<byte[]> attachment(String name, String format, byte[] bytes) {
    return ResponseEntity.ok()
        .contentType("pdf".equals(format) ? MediaType.APPLICATION_PDF : XLSX)
        .header(HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
        .body(bytes);
  }
}
