package vn.police.grievance.letter;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.police.grievance.answer.Answer;
import vn.police.grievance.document.AdministrativeDocument;
import vn.police.grievance.document.AdministrativeDocuments;
import vn.police.grievance.document.Block;
import vn.police.grievance.document.DocumentProperties;
import vn.police.grievance.document.DocumentRegister;
import vn.police.grievance.document.PdfSignatures;
import vn.police.grievance.document.SigningKey;
import vn.police.grievance.document.SigningKeys;
import vn.police.grievance.document.SigningProperties;
import vn.police.grievance.item.AnswerKind;
import vn.police.grievance.item.GrievanceItem;
import vn.police.grievance.item.HigherAuthority;
import vn.police.grievance.item.ItemService;
import vn.police.grievance.item.JournalEvent;
import vn.police.grievance.organisation.OrganisationService;
import vn.police.grievance.process.People;
import vn.police.grievance.regulation.Regulation;
import vn.police.grievance.system.ConflictException;
import vn.police.grievance.system.Text;
import vn.police.grievance.system.VietnameseText;

/**
 * Issues an item's letters: composes the document, takes the next number of the agency's register
 * of letters in the issuing transaction, renders PDF and DOCX, signs the PDF with the approving
 * leader's key, keeps both files with their hashes and writes the issue into the item's journal.
 * Reads a kept letter back only after checking its hash and its signature.
 */
@Component
public class OutgoingLetters {

  /** What a letter is for, as the register keeps it. */
  public static final String ANSWER_LETTER = "ANSWER_LETTER";
  public static final String PROPOSAL = "PROPOSAL";

  /** The register's kind for letters (công văn); the register is the agency's: "CV-CAT". */
  static final String LETTER_KIND = "CV";

  private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  private final DocumentRegister register;
  private final AdministrativeDocuments documents;
  private final PdfSignatures signatures;
  private final SigningKeys keys;
  private final SigningProperties signing;
  private final DocumentProperties issuer;
  private final OrganisationService organisation;
  private final People people;
  private final ItemService items;

  OutgoingLetters(
      DocumentRegister register,
      AdministrativeDocuments documents,
      PdfSignatures signatures,
      SigningKeys keys,
      SigningProperties signing,
      DocumentProperties issuer,
      OrganisationService organisation,
      People people,
      ItemService items) {
    this.register = register;
    this.documents = documents;
    this.signatures = signatures;
    this.keys = keys;
    this.signing = signing;
    this.issuer = issuer;
    this.organisation = organisation;
    this.people = people;
    this.items = items;
  }

  /** A kept file as it may be downloaded, with what its checks found. */
  public record LetterFile(String fileName, String contentType, byte[] content, String sha256, PdfSignatures.Verification signature) {}

  /** The register letters are numbered in: one per agency and kind of document (ADR 8). */
  public String registerKind() {
    return LETTER_KIND + "-" + issuer.symbol();
  }

  /** Issues the approved answer as the letter to the unit, signed by the approving leader. */
  @Transactional
  public DocumentRegister.Issued issueAnswerLetter(long itemId, Answer answer, String signerId) {
    GrievanceItem item = items.get(itemId);
    String office = answer.kind() == AnswerKind.DEPARTMENT && item.departmentId() != null ? item.departmentId() : "reception";
    String unitName = organisation.nameOf(item.unitId());
    List<Block> body = new ArrayList<>();
    body.add(new Block.Paragraph("Kính gửi: " + unitName + "."));
    body.add(
        new Block.Paragraph(
            capitalised(issuer.issuingBody()) + " nhận được kiến nghị số " + item.reference() + " của " + unitName + " về việc: "
                + item.title() + "."));
    List<Regulation> basis = answer.regulations();
    if (!basis.isEmpty()) {
      body.add(
          new Block.Paragraph(
              "Căn cứ "
                  + String.join("; ", basis.stream().map(r -> r.title() + " (" + r.code() + ")").toList())
                  + ";"));
    }
    body.add(new Block.Paragraph(capitalised(issuer.issuingBody()) + " trả lời như sau:"));
    paragraphs(answer.body(), body);
    body.add(new Block.Paragraph(capitalised(issuer.issuingBody()) + " trả lời để " + unitName + " biết, thực hiện./."));
    List<String> recipients =
        List.of("Như trên;", "Đồng chí Giám đốc (để báo cáo);", organisation.shortNameOf(office) + " (để theo dõi);", "Lưu: VT, " + officeCode(office) + ".");
    return issue(
        item,
        ANSWER_LETTER,
        officeCode(office),
        "Trả lời kiến nghị của " + organisation.shortNameOf(item.unitId()),
        unitName,
        body,
        recipients,
        signerId);
  }

  /** Issues the department's approved proposal to the higher authority, signed by the approving leader. */
  @Transactional
  public DocumentRegister.Issued issueProposal(
      long itemId, HigherAuthority authority, String departmentId, String studyText, String proposal, String signerId) {
    GrievanceItem item = items.get(itemId);
    String addressee = addressee(authority);
    String unitName = organisation.nameOf(item.unitId());
    List<Block> body = new ArrayList<>();
    body.add(new Block.Paragraph("Kính gửi: " + addressee + "."));
    body.add(
        new Block.Paragraph(
            "Thực hiện chủ trương lắng nghe ý kiến của Công an cấp xã, " + capitalised(issuer.issuingBody())
                + " nhận được kiến nghị số " + item.reference() + " của " + unitName
                + " về việc: " + item.title() + "."));
    body.add(new Block.Heading("1. Nội dung kiến nghị"));
    paragraphs(item.content(), body);
    if (!Text.isBlank(item.proposal())) {
      body.add(new Block.Paragraph("Đơn vị đề xuất: " + item.proposal()));
    }
    body.add(new Block.Heading("2. Kết quả nghiên cứu của " + organisation.shortNameOf(departmentId)));
    paragraphs(studyText, body);
    body.add(new Block.Heading("3. Đề xuất"));
    paragraphs(proposal, body);
    body.add(
        new Block.Paragraph(
            capitalised(issuer.issuingBody()) + " kính đề nghị " + addressee + " xem xét, cho ý kiến chỉ đạo./."));
    List<String> recipients =
        List.of("Như trên;", "Đồng chí Giám đốc (để báo cáo);", organisation.shortNameOf(departmentId) + " (để theo dõi);",
            "Lưu: VT, " + officeCode(departmentId) + ".");
    return issue(
        item,
        PROPOSAL,
        officeCode(departmentId),
        "Đề xuất giải quyết kiến nghị của " + organisation.shortNameOf(item.unitId()),
        addressee,
        body,
        recipients,
        signerId);
  }

  private DocumentRegister.Issued issue(
      GrievanceItem item, String purpose, String office, String subject, String addressee, List<Block> body,
      List<String> recipients, String signerId) {
    OffsetDateTime now = items.now();
    LocalDate today = now.atZoneSameInstant(VIETNAM).toLocalDate();
    String kind = registerKind();
    String symbol = issuer.symbol() + "-" + office;
    int number = register.nextNumber(kind, today.getYear());
    String signerName = people.nameOf(signerId);
    String title = signing.titleOf(signerId);
    AdministrativeDocument letter =
        new AdministrativeDocument(
            issuer.superiorBody(),
            issuer.issuingBody(),
            DocumentRegister.written(number) + "/" + symbol,
            issuer.place(),
            today,
            null,
            subject,
            body,
            recipients,
            title.startsWith("PHÓ") ? "KT. GIÁM ĐỐC" : null,
            title,
            signerName,
            false);
    SigningKey key = keys.of(signerId, signerName);
    byte[] pdf =
        signatures.sign(
            documents.pdf(letter), key, signerName, "Ký ban hành công văn số " + letter.numberAndSymbol(), issuer.place(), now);
    String certificateSha256 = certificateSha256(key);
    DocumentRegister.Issued issued =
        register.keep(
            new DocumentRegister.NewDocument(
                kind, today.getYear(), symbol, subject, null, signerId, now, item.id(), purpose, addressee, signerName,
                certificateSha256, key.certificate().getSubjectX500Principal().toString(), key.demo()),
            number,
            pdf,
            documents.docx(letter));
    items.record(
        item.id(),
        signerId,
        new JournalEvent.DocumentIssued(
            purpose, issued.numberAndSymbol(), today, addressee, signerId, issued.certificateSubject(), issued.pdfSha256(),
            issued.docxSha256()));
    return issued;
  }

  /**
   * The kept file, after checking it against its hash and, for the PDF, its signature and
   * certificate: a file that fails is never handed out as the issued letter.
   */
  public LetterFile file(DocumentRegister.Issued issued, boolean pdf) {
    byte[] content = pdf ? register.pdf(issued.id()) : register.docx(issued.id());
    String expected = pdf ? issued.pdfSha256() : issued.docxSha256();
    String base = (PROPOSAL.equals(issued.purpose()) ? "cong-van-de-xuat-" : "cong-van-tra-loi-")
        + DocumentRegister.written(issued.number()) + "-" + issued.symbol() + "-" + issued.year();
    if (!DocumentRegister.sha256(content).equals(expected)) {
      throw new ConflictException(
          "Tệp văn bản số " + issued.numberAndSymbol() + " không khớp mã băm đã lưu: tệp đã bị thay đổi (the kept file was changed)");
    }
    PdfSignatures.Verification verification = null;
    if (pdf) {
      verification = check(issued, content);
      if (!verification.valid()) {
        throw new ConflictException("Văn bản số " + issued.numberAndSymbol() + ": " + verification.describe());
      }
    }
    return new LetterFile(
        base + (pdf ? ".pdf" : ".docx"),
        pdf ? "application/pdf" : "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        content,
        expected,
        verification);
  }

  /** The signature of the kept PDF, checked, and its certificate against the one the register recorded. */
  public PdfSignatures.Verification verify(DocumentRegister.Issued issued) {
    return check(issued, register.pdf(issued.id()));
  }

  private PdfSignatures.Verification check(DocumentRegister.Issued issued, byte[] pdf) {
    PdfSignatures.Verification v = signatures.verify(pdf);
    if (v.valid() && issued.certificateSha256() != null && !issued.certificateSha256().equals(v.certificateSha256())) {
      return new PdfSignatures.Verification(
          true, false, v.signerSubject(), v.certificateSha256(), v.signedAt(), v.demo(),
          "ký bằng chứng thư khác với chứng thư đã ghi trong sổ (another certificate than the register's)");
    }
    return v;
  }

  private String addressee(HigherAuthority authority) {
    if (authority == HigherAuthority.PROVINCIAL_PEOPLES_COMMITTEE) {
      return "Ủy ban nhân dân tỉnh " + issuer.place();
    }
    return "Bộ Công an";
  }

  /**
   * The drafting office's short code in the symbol ("CAT-PTM"): the reception office belongs to the
   * staff department (Phòng Tham mưu); a department's initials otherwise ("Phòng Hậu cần" → "PHC").
   */
  String officeCode(String unitId) {
    if (unitId == null || "reception".equals(unitId)) {
      return "PTM";
    }
    String name = VietnameseText.fold(organisation.shortNameOf(unitId)).replaceFirst("^phong\\s+", "");
    StringBuilder code = new StringBuilder("P");
    for (String word : name.split("[^a-z0-9]+")) {
      if (!word.isEmpty() && code.length() < 6) {
        code.append(Character.toUpperCase(word.charAt(0)));
      }
    }
    return code.toString();
  }

  private static void paragraphs(String text, List<Block> body) {
    if (text == null) {
      return;
    }
    for (String paragraph : text.split("\\R+")) {
      if (!paragraph.isBlank()) {
        body.add(new Block.Paragraph(paragraph.trim()));
      }
    }
  }

  /** "CÔNG AN TỈNH TÂY NINH" → "Công an tỉnh Tây Ninh". */
  static String capitalised(String body) {
    String[] words = body.toLowerCase(Locale.ROOT).split(" ");
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < words.length; i++) {
      String w = words[i];
      boolean proper = i == 0 || i >= 3;
      out.append(i == 0 ? "" : " ").append(proper && !w.isEmpty() ? Character.toUpperCase(w.charAt(0)) + w.substring(1) : w);
    }
    return out.toString();
  }

  private static String certificateSha256(SigningKey key) {
    try {
      return DocumentRegister.sha256(key.certificate().getEncoded());
    } catch (java.security.cert.CertificateEncodingException e) {
      throw new IllegalStateException("Chứng thư số không đọc được (certificate unreadable)", e);
    }
  }
}
