package vn.police.grievance.tracking;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.police.grievance.item.GrievanceItem;
import vn.police.grievance.item.ItemAccess;
import vn.police.grievance.item.ItemService;
import vn.police.grievance.process.GrievanceProcess;
import vn.police.grievance.system.CurrentUser;
import vn.police.grievance.system.CurrentUsers;
import vn.police.grievance.system.NotFoundException;

/**
 * The files of the item a Tasklist step works on, as the step's "Tệp đính kèm" tab shows them
 * (form-js has no file picker): listed for whoever may read the item, added by the officer holding
 * the step, and then listed and journalled with the step's name.
 */
@RestController
@RequestMapping("/api/tasks/{taskId}/attachments")
@Tag(name = "Attachments")
class StepAttachmentController {

  /** What the tab needs: the item's reference (for downloads) and its files. */
  record StepFiles(String reference, List<Attachments.Attachment> attachments) {}

  private final Attachments attachments;
  private final GrievanceProcess process;
  private final ItemService items;
  private final ItemAccess access;
  private final CurrentUsers currentUsers;

  StepAttachmentController(Attachments attachments, GrievanceProcess process, ItemService items, ItemAccess access,
      CurrentUsers currentUsers) {
    this.attachments = attachments;
    this.process = process;
    this.items = items;
    this.access = access;
    this.currentUsers = currentUsers;
  }

  @GetMapping
  @Operation(operationId = "listStepAttachments", summary = "The files of the item an open step works on")
  @ApiResponse(responseCode = "200", description = "The item's reference and files")
  @ApiResponse(responseCode = "404", description = "No such open step of an item, or not the caller's")
  StepFiles list(@PathVariable String taskId) {
    GrievanceItem item = itemOf(taskId, currentUsers.current());
    return new StepFiles(item.reference(), attachments.of(item.id()));
  }

  @PostMapping(consumes = {MediaType.APPLICATION_OCTET_STREAM_VALUE, MediaType.APPLICATION_PDF_VALUE, MediaType.IMAGE_PNG_VALUE,
      MediaType.IMAGE_JPEG_VALUE})
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(operationId = "addStepAttachment",
      summary = "Attach a PDF, PNG or JPEG while working on a step (the body is the file; its type is read from its content)")
  @ApiResponse(responseCode = "201", description = "The file, kept with its SHA-256 and the step's name")
  @ApiResponse(responseCode = "400", description = "Not a PDF, PNG or JPEG by its content, or empty")
  @ApiResponse(responseCode = "403", description = "The caller does not hold (has not claimed) the step")
  @ApiResponse(responseCode = "404", description = "No such open step of an item, or not the caller's")
  @ApiResponse(responseCode = "413", description = "Larger than 10 MB")
  Attachments.Attachment add(
      @PathVariable String taskId,
      @Parameter(description = "The file's name, percent-encoded") @RequestHeader(name = "X-File-Name", required = false) String fileName,
      HttpServletRequest request) throws IOException {
    CurrentUser user = currentUsers.current();
    GrievanceItem item = itemOf(taskId, user);
    GrievanceProcess.OpenStep step = process.stepHeldBy(taskId, item.id(), user.userId())
        .orElseThrow(() -> new AccessDeniedException(
            "Nhận công việc trước khi đính kèm tệp vào bước này (claim the task before attaching to its step)"));
    byte[] content = Attachments.read(request.getInputStream(), request.getContentLengthLong());
    return attachments.add(item, fileName, content, user, step);
  }

  /** A step of an item outside the caller's scope reads like a missing one. */
  private GrievanceItem itemOf(String taskId, CurrentUser user) {
    return process.itemOfTask(taskId).map(items::get).filter(item -> access.mayRead(user, item))
        .orElseThrow(() -> new NotFoundException("No open step " + taskId));
  }
}
