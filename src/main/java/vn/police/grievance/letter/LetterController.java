package vn.police.grievance.letter;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.police.grievance.document.DocumentRegister;
import vn.police.grievance.item.GrievanceItem;
import vn.police.grievance.item.ItemAccess;
import vn.police.grievance.item.ItemRepository;
import vn.police.grievance.item.ItemScope;
import vn.police.grievance.item.ItemService;
import vn.police.grievance.system.CurrentUser;
import vn.police.grievance.system.CurrentUsers;
import vn.police.grievance.system.NotFoundException;

/**
 * An item's answer letter as its readers download it (the unit the PDF it received; the province's
 * staff also the DOCX), and the outgoing-document register as the province's staff search and
 * export it. Every file handed out was first checked against its hash and its signature.
 */
@RestController
@Validated
@Tag(name = "Letters", description = "Official letters issued for items, and the outgoing-document register")
class LetterController {

  private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private final OutgoingLetters letters;
  private final DocumentRegister register;
  private final ItemRepository items;
  private final ItemService itemService;
  private final ItemAccess access;
  private final CurrentUsers currentUsers;

  LetterController(
      OutgoingLetters letters, DocumentRegister register, ItemRepository items, ItemService itemService, ItemAccess access,
      CurrentUsers currentUsers) {
    this.letters = letters;
    this.register = register;
    this.items = items;
    this.itemService = itemService;
    this.access = access;
    this.currentUsers = currentUsers;
  }

  /** One entry of the register as the API shows it. */
  record RegisterEntry(
      long id, String numberAndSymbol, String register, int year, int number, String purpose, String purposeLabel,
      String subject, String addressee, String signerId, String signerName, OffsetDateTime issuedAt, String item,
      String pdfSha256, String docxSha256, String certificateSubject, boolean demoCertificate) {}

  /** What checking a kept letter found. */
  record Verification(String numberAndSymbol, boolean valid, String signer, OffsetDateTime signedAt, boolean demo, String summary) {}

  @GetMapping("/api/items/{reference}/letter.pdf")
  @Operation(operationId = "downloadAnswerLetter", summary = "The item's signed answer letter (PDF), checked before it is sent")
  @ApiResponse(responseCode = "200", description = "The PDF exactly as issued and signed")
  @ApiResponse(responseCode = "404", description = "No such item in the caller's units, or no letter issued yet")
  @ApiResponse(responseCode = "409", description = "The kept file fails its hash or signature check: it is not handed out")
  ResponseEntity<byte[]> letterPdf(@PathVariable @Size(max = 20) String reference) {
    return download(letters.file(answerLetter(item(reference, currentUsers.current())), true));
  }

  @GetMapping("/api/items/{reference}/letter.docx")
  @Operation(operationId = "downloadAnswerLetterDocx", summary = "The answer letter as DOCX, for the province's staff")
  @ApiResponse(responseCode = "200", description = "The DOCX kept with the letter")
  @ApiResponse(responseCode = "403", description = "Units receive the signed PDF only")
  @ApiResponse(responseCode = "404", description = "No such item in the caller's units, or no letter issued yet")
  ResponseEntity<byte[]> letterDocx(@PathVariable @Size(max = 20) String reference) {
    CurrentUser user = currentUsers.current();
    GrievanceItem item = item(reference, user);
    ItemScope scope = access.scopeOf(user);
    if (!scope.everything() && scope.departmentIds().isEmpty()) {
      throw new AccessDeniedException("Đơn vị nhận văn bản PDF đã ký (units receive the signed PDF)");
    }
    return download(letters.file(answerLetter(item), false));
  }

  @GetMapping("/api/documents")
  @Operation(operationId = "searchRegister", summary = "The outgoing-document register, newest first, searched by year, purpose and words")
  @ApiResponse(responseCode = "200", description = "The entries found, at most 500")
  @ApiResponse(responseCode = "403", description = "Only the province's reception, leadership, inspectors and administrators read the register")
  List<RegisterEntry> search(
      @Parameter(description = "Year of issue") @RequestParam(required = false) @Min(2000) @Max(2200) Integer year,
      @Parameter(description = "ANSWER_LETTER or PROPOSAL") @RequestParam(required = false) @Size(max = 30) String purpose,
      @Parameter(description = "Words of the subject, addressee or symbol, or a number") @RequestParam(required = false) @Size(max = 200) String q) {
    Map<Long, String> references = new HashMap<>();
    return entries(year, purpose, q, 500).stream().map(d -> entry(d, references)).toList();
  }

  @GetMapping("/api/documents.xlsx")
  @Operation(operationId = "exportRegister", summary = "The outgoing-document register as XLSX, with the same filters")
  @ApiResponse(responseCode = "200", description = "The workbook")
  @ApiResponse(responseCode = "403", description = "Only the province's reception, leadership, inspectors and administrators read the register")
  ResponseEntity<byte[]> export(
      @RequestParam(required = false) @Min(2000) @Max(2200) Integer year,
      @RequestParam(required = false) @Size(max = 30) String purpose,
      @RequestParam(required = false) @Size(max = 200) String q) {
    Map<Long, String> references = new HashMap<>();
    byte[] workbook = RegisterXlsx.write(entries(year, purpose, q, 20_000), id -> reference(id, references));
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(XLSX))
        .header("Content-Disposition", ContentDisposition.attachment().filename("so-van-ban-di.xlsx").build().toString())
        .header("Cache-Control", "no-store")
        .body(workbook);
  }

  @GetMapping("/api/documents/{id}/verification")
  @Operation(operationId = "verifyDocument", summary = "Check a kept letter's signature and certificate against the register")
  @ApiResponse(responseCode = "200", description = "What the check found; a changed byte reads as invalid")
  @ApiResponse(responseCode = "404", description = "No such document")
  Verification verify(@PathVariable long id) {
    registerReader();
    DocumentRegister.Issued issued = register.find(id).orElseThrow(() -> new NotFoundException("No document " + id));
    var v = letters.verify(issued);
    return new Verification(issued.numberAndSymbol(), v.valid(), v.signerSubject(), v.signedAt(), v.demo(), v.describe());
  }

  private List<DocumentRegister.Issued> entries(Integer year, String purpose, String q, int limit) {
    registerReader();
    return register.search(new DocumentRegister.Query(year, null, blankToNull(purpose), q, null), limit);
  }

  private void registerReader() {
    if (!access.scopeOf(currentUsers.current()).everything()) {
      throw new AccessDeniedException("Chỉ văn thư, lãnh đạo, thanh tra và quản trị xem sổ văn bản đi (register readers only)");
    }
  }

  private RegisterEntry entry(DocumentRegister.Issued d, Map<Long, String> references) {
    return new RegisterEntry(
        d.id(), d.numberAndSymbol(), d.kind(), d.year(), d.number(), d.purpose(), RegisterXlsx.purpose(d), d.subject(),
        d.addressee(), d.signerId(), d.signerName(), d.issuedAt(), d.itemId() == null ? null : reference(d.itemId(), references),
        d.pdfSha256(), d.docxSha256(), d.certificateSubject(), d.demoCertificate());
  }

  private String reference(long itemId, Map<Long, String> cache) {
    return cache.computeIfAbsent(itemId, id -> itemService.get(id).reference());
  }

  private DocumentRegister.Issued answerLetter(GrievanceItem item) {
    return register.ofItem(item.id(), OutgoingLetters.ANSWER_LETTER)
        .orElseThrow(() -> new NotFoundException("Chưa có công văn trả lời (no letter issued for " + item.reference() + ")"));
  }

  /** An item outside the caller's scope reads like a missing one. */
  private GrievanceItem item(String reference, CurrentUser user) {
    return items.findByReference(reference).filter(i -> access.mayRead(user, i))
        .orElseThrow(() -> new NotFoundException("No item " + reference));
  }

  private static ResponseEntity<byte[]> download(OutgoingLetters.LetterFile file) {
    ResponseEntity.BodyBuilder response = ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(file.contentType()))
        .header("Content-Disposition", ContentDisposition.attachment().filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
        .header("X-Content-Type-Options", "nosniff")
        .header("Cache-Control", "no-store")
        .header("X-Content-SHA256", file.sha256());
    if (file.signature() != null) {
      response.header("X-Signature-Valid", Boolean.toString(file.signature().valid()));
    }
    return response.body(file.content());
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}
