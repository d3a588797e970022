package vn.police.grievance.tracking;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.police.grievance.item.GrievanceItem;
import vn.police.grievance.item.ItemAccess;
import vn.police.grievance.item.ItemRepository;
import vn.police.grievance.system.CurrentUser;
import vn.police.grievance.system.CurrentUsers;
import vn.police.grievance.system.NotFoundException;

/** Files attached to an item: listed, added, downloaded, scoped like the item. */
@RestController
@RequestMapping("/api/items/{reference}/attachments")
@Tag(name = "Attachments", description = "Scans and photos backing an item (PDF, PNG, JPEG)")
class AttachmentController {

  private final Attachments attachments;
  private final ItemRepository items;
  private final ItemAccess access;
  private final CurrentUsers currentUsers;

  AttachmentController(Attachments attachments, ItemRepository items, ItemAccess access, CurrentUsers currentUsers) {
    this.attachments = attachments;
    this.items = items;
    this.access = access;
    this.currentUsers = currentUsers;
  }

  @GetMapping
  @Operation(operationId = "listAttachments", summary = "The files attached to an item, with their hashes")
  @ApiResponse(responseCode = "200", description = "The files")
  @ApiResponse(responseCode = "404", description = "No such item, or not the caller's")
  List<Attachments.Attachment> list(@PathVariable String reference) {
    return attachments.of(item(reference, currentUsers.current()).id());
  }

  @PostMapping(consumes = {MediaType.APPLICATION_OCTET_STREAM_VALUE, MediaType.APPLICATION_PDF_VALUE, MediaType.IMAGE_PNG_VALUE,
      MediaType.IMAGE_JPEG_VALUE})
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(operationId = "addAttachment", summary = "Attach a PDF, PNG or JPEG (the body is the file; its type is read from its content)")
  @ApiResponse(responseCode = "201", description = "The file, kept with its SHA-256")
  @ApiResponse(responseCode = "400", description = "Not a PDF, PNG or JPEG by its content, or empty")
  @ApiResponse(responseCode = "403", description = "Not the item's unit nor the staff working on it")
  @ApiResponse(responseCode = "404", description = "No such item, or not the caller's")
  @ApiResponse(responseCode = "409", description = "The item is closed")
  @ApiResponse(responseCode = "413", description = "Larger than 10 MB")
  Attachments.Attachment add(
      @PathVariable String reference,
      @Parameter(description = "The file's name, percent-encoded") @RequestHeader(name = "X-File-Name", required = false) String fileName,
      HttpServletRequest request) throws IOException {
    CurrentUser user = currentUsers.current();
    GrievanceItem item = item(reference, user);
    byte[] content = Attachments.read(request.getInputStream(), request.getContentLengthLong());
    return attachments.add(item, fileName, content, user);
  }

  @GetMapping("/{id}")
  @Operation(operationId = "downloadAttachment", summary = "Download a file, always as an attachment, never shown inline")
  @ApiResponse(responseCode = "200", description = "The file")
  @ApiResponse(responseCode = "404", description = "No such item or file, or not the caller's")
  ResponseEntity<byte[]> download(@PathVariable String reference, @PathVariable long id) {
    GrievanceItem item = item(reference, currentUsers.current());
    Attachments.Download file = attachments.download(item.id(), id)
        .orElseThrow(() -> new NotFoundException("No attachment " + id + " of " + reference));
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(file.attachment().contentType()))
        .header("Content-Disposition", ContentDisposition.attachment()
            .filename(file.attachment().fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
        .header("X-Content-Type-Options", "nosniff")
        .header("Content-Security-Policy", "sandbox; default-src 'none'")
        .header("Cache-Control", "no-store")
        .header("X-Content-SHA256", file.attachment().sha256())
        .body(file.content());
  }

  /** An item outside the caller's scope reads like a missing one. */
  private GrievanceItem item(String reference, CurrentUser user) {
    return items.findByReference(reference).filter(i -> access.mayRead(user, i))
        .orElseThrow(() -> new NotFoundException("No item " + reference));
  }
}
