package vn.police.grievance.intake;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.police.grievance.tracking.ItemView;
import vn.police.grievance.tracking.ItemViews;
import vn.police.grievance.system.CurrentUsers;

@RestController
@RequestMapping("/api/items")
@Tag(name = "Items")
class IntakeController {

  /** Lists the submitter's own items that look like the new one (a likely duplicate, submitted anyway). */
  static final String SIMILAR_ITEMS = "X-Similar-Items";

  private final IntakeService intake;
  private final ItemViews views;
  private final CurrentUsers currentUsers;
  private final vn.police.grievance.tracking.SimilarItems similarItems;

  private final com.fasterxml.jackson.databind.ObjectMapper json;

  IntakeController(
      IntakeService intake, ItemViews views, CurrentUsers currentUsers, vn.police.grievance.tracking.SimilarItems similarItems,
      com.fasterxml.jackson.databind.ObjectMapper json) {
    this.json = json;
    this.intake = intake;
    this.views = views;
    this.currentUsers = currentUsers;
    this.similarItems = similarItems;
  }

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      operationId = "submitItem",
      summary = "Submit a difficulty or proposal",
      description =
          "Creates the item with a new reference and starts its handling (201). A retry carrying the"
              + " same Idempotency-Key returns the item created the first time (200).",
      responses = {
        @ApiResponse(
            responseCode = "201",
            description = "Created: the new item, in triage",
            headers =
                @Header(
                    name = "Location",
                    description = "The new item's address, /api/items/{reference}",
                    schema = @Schema(type = "string", format = "uri-reference")),
            content = @Content(schema = @Schema(implementation = ItemView.class))),
        @ApiResponse(
            responseCode = "200",
            description = "A retry: this Idempotency-Key was already used by the caller; the item created the first time",
            content = @Content(schema = @Schema(implementation = ItemView.class))),
        @ApiResponse(
            responseCode = "403",
            description =
                "The caller may not submit: only commune units (for themselves), the reception office and"
                    + " administrators do; inspectors change nothing"),
        @ApiResponse(responseCode = "409", description = "This Idempotency-Key was already used by someone else")
      })
  ResponseEntity<ItemView> submit(
      @RequestBody SubmitItemRequest request,
      @Parameter(
              description = "Any unique string chosen by the client, at most 100 characters",
              schema = @Schema(type = "string", maxLength = 100))
          @RequestHeader(name = "Idempotency-Key", required = false)
          String idempotencyKey) {
    return answer(intake.submit(request, idempotencyKey, currentUsers.current()));
  }

  @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(
      operationId = "submitItemWithFiles",
      summary = "Submit a difficulty or proposal with its scans and photos in the same request",
      description =
          "multipart/form-data: the item as JSON in the part `item`, up to 5 PDF, PNG or JPEG files (10 MB each)"
              + " in parts `files`. The item, its files and its handling are created together; a refused"
              + " file leaves nothing behind.",
      responses = {
        @ApiResponse(responseCode = "201", description = "Created: the new item with its files, in triage"),
        @ApiResponse(responseCode = "200", description = "A retry with the same Idempotency-Key"),
        @ApiResponse(responseCode = "400", description = "A field, or a file that is not a PDF, PNG or JPEG by its content"),
        @ApiResponse(responseCode = "403", description = "The caller may not submit"),
        @ApiResponse(responseCode = "413", description = "A file over 10 MB, or the request over its limit")
      })
  ResponseEntity<ItemView> submitWithFiles(
      jakarta.servlet.http.HttpServletRequest http,
      @Parameter(description = "Any unique string chosen by the client, at most 100 characters")
          @RequestHeader(name = "Idempotency-Key", required = false)
          String idempotencyKey) throws java.io.IOException {
    MultipartSubmission.Parsed parsed =
        MultipartSubmission.read(http.getInputStream(), http.getContentLengthLong(), http.getContentType(), json);
    return answer(intake.submit(parsed.request(), idempotencyKey, currentUsers.current(), parsed.files()));
  }

  private ResponseEntity<ItemView> answer(IntakeService.Submission submission) {
    ItemView view = views.of(submission.item());
    if (submission.created()) {
      // the unit may submit what it had raised already: it is told which of its items look the same
      var item = submission.item();
      var alike = similarItems.like(item.title(), item.content(),
          vn.police.grievance.item.ItemScope.of(java.util.Set.of(item.unitId()), java.util.Set.of()), item.reference(),
          item.submittedAt(), 5);
      var created = ResponseEntity.created(URI.create("/api/items/" + view.reference()));
      if (!alike.isEmpty()) {
        created.header(SIMILAR_ITEMS, String.join(", ",
            alike.stream().map(a -> a.reference() + ";score=" + String.format(java.util.Locale.ROOT, "%.2f", a.score())).toList()));
      }
      return created.body(view);
    }
    return ResponseEntity.ok(view);
  }
}
