package vn.police.grievance.conference;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.police.grievance.document.AdministrativeDocument;
import vn.police.grievance.document.AdministrativeDocuments;
import vn.police.grievance.document.Block;
import vn.police.grievance.document.DocumentProperties;
import vn.police.grievance.document.DocumentRegister;
import vn.police.grievance.item.ItemService;
import vn.police.grievance.item.JournalEvent;
import vn.police.grievance.organisation.OrganisationService;
import vn.police.grievance.process.People;
import vn.police.grievance.system.CurrentUser;
import vn.police.grievance.system.Text;

/**
 * The conclusion notice (thông báo kết luận hội nghị): drawn up from the session (who took part,
 * every item raised with the answer given or the department assigned and its deadline, the
 * chair's conclusions), laid out as Decree 30/2020/NĐ-CP requires, previewed as a draft, and once
 * the chair approves it issued under the next number of the register and kept unchanged, its
 * hashes written into the journal of every item it lists.
 */
@Component
public class ConclusionNotices {

  /** The register's kind for conclusion notices; the symbol adds the issuing body: 12/TB-CAT. */
  static final String KIND = "TB";

  private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH 'giờ' mm 'ngày' dd/MM/yyyy");

  private final ConferenceService conferences;
  private final DocumentRegister register;
  private final AdministrativeDocuments documents;
  private final DocumentProperties issuer;
  private final OrganisationService organisation;
  private final People people;
  private final ItemService items;

  ConclusionNotices(
      ConferenceService conferences,
      DocumentRegister register,
      AdministrativeDocuments documents,
      DocumentProperties issuer,
      OrganisationService organisation,
      People people,
      ItemService items) {
    this.conferences = conferences;
    this.register = register;
    this.documents = documents;
    this.issuer = issuer;
    this.organisation = organisation;
    this.people = people;
    this.items = items;
  }

  /** A file of the notice as the person may download it. */
  public record NoticeFile(String fileName, String contentType, byte[] content, boolean issued, String sha256) {}

  /** Issues the notice: its number, its files kept with their hashes, a line in each item's journal. */
  @Transactional
  public DocumentRegister.Issued issue(long conferenceId, String actor) {
    Conference conference = conferences.get(conferenceId);
    List<RaisedItem> raised = conferences.items(conferenceId);
    LocalDate today = items.now().atZoneSameInstant(VIETNAM).toLocalDate();
    String symbol = symbol(conference);
    int number = register.nextNumber(symbol, today.getYear());
    AdministrativeDocument notice = compose(conference, raised, DocumentRegister.written(number) + "/" + symbol, today, false);
    DocumentRegister.Issued issued =
        register.keep(
            new DocumentRegister.NewDocument(
                symbol, today.getYear(), symbol, notice.subject(), conferenceId, conference.chairId(), items.now()),
            number,
            documents.pdf(notice),
            documents.docx(notice));
    for (RaisedItem r : raised) {
      items.record(
          r.itemId(),
          actor,
          new JournalEvent.ConclusionNoticeIssued(
              conference.reference(), issued.numberAndSymbol(), issued.pdfSha256(), issued.docxSha256()));
    }
    return issued;
  }

  /** The issued notice, if it was issued. */
  public Optional<DocumentRegister.Issued> issued(long conferenceId) {
    Conference conference = conferences.get(conferenceId);
    return register.ofConference(conferenceId, symbol(conference));
  }

  /**
   * The notice as PDF or DOCX: the issued file exactly as kept (checked against its hash), or
   * before issue a draft drawn up from the session as it stands.
   */
  public NoticeFile file(long conferenceId, boolean pdf, CurrentUser user) {
    Conference conference = conferences.visible(conferenceId, user);
    if (!conferences.seesEverything(user)) {
      // a unit reads the notice once it is issued, never the provincial office's draft
      issued(conferenceId).orElseThrow(
          () -> new vn.police.grievance.system.NotFoundException("Thông báo kết luận chưa ban hành (not issued yet)"));
    }
    String base = "thong-bao-ket-luan-" + conference.reference();
    Optional<DocumentRegister.Issued> issued = issued(conferenceId);
    if (issued.isPresent()) {
      byte[] content = pdf ? register.pdf(issued.get().id()) : register.docx(issued.get().id());
      String expected = pdf ? issued.get().pdfSha256() : issued.get().docxSha256();
      if (!DocumentRegister.sha256(content).equals(expected)) {
        throw new IllegalStateException(
            "Tệp thông báo " + issued.get().numberAndSymbol() + " không khớp mã băm đã lưu (the kept file was changed)");
      }
      return new NoticeFile(base + (pdf ? ".pdf" : ".docx"), contentType(pdf), content, true, expected);
    }
    AdministrativeDocument draft =
        compose(conference, conferences.items(conferenceId), null, items.now().atZoneSameInstant(VIETNAM).toLocalDate(), true);
    byte[] content = pdf ? documents.pdf(draft) : documents.docx(draft);
    return new NoticeFile(base + "-du-thao" + (pdf ? ".pdf" : ".docx"), contentType(pdf), content, false, DocumentRegister.sha256(content));
  }

  AdministrativeDocument compose(
      Conference conference, List<RaisedItem> raised, String numberAndSymbol, LocalDate date, boolean draft) {
    String chairName = people.nameOf(conference.chairId());
    List<Block> body = new ArrayList<>();
    String where =
        conference.format() == ConferenceFormat.ONLINE
            ? "theo hình thức trực tuyến" + (conference.venue() == null ? "" : ", điểm cầu chính tại " + conference.venue())
                + (conference.bridgePoints().isEmpty() ? "" : ", kết nối đến các điểm cầu: " + String.join("; ", conference.bridgePoints()))
            : "theo hình thức trực tiếp" + (conference.venue() == null ? "" : " tại " + conference.venue());
    body.add(
        new Block.Paragraph(
            "Vào lúc " + TIME.format(conference.startsAt().atZoneSameInstant(VIETNAM)) + ", " + conference.organiserName()
                + " tổ chức " + conference.title() + " " + where + ". " + conference.chairTitle() + " " + chairName
                + " chủ trì hội nghị."));
    body.add(
        new Block.Paragraph(
            "Tham dự hội nghị có đại diện " + conference.invitedUnitIds().size() + " đơn vị: "
                + String.join("; ", conference.invitedUnitIds().stream().map(organisation::shortNameOf).toList()) + "."));
    long answered = raised.stream().filter(r -> r.outcome() == ConferenceOutcome.ANSWERED).count();
    long assigned = raised.stream().filter(r -> r.outcome() == ConferenceOutcome.ASSIGNED).count();
    body.add(
        new Block.Paragraph(
            "Tại hội nghị, các đơn vị đã nêu " + raised.size() + " ý kiến, kiến nghị; chủ trì đã trả lời trực tiếp "
                + answered + " ý kiến, giao các phòng chức năng nghiên cứu, tham mưu " + assigned + " ý kiến; "
                + (raised.size() - answered - assigned) + " ý kiến được chuyển Bộ phận tiếp nhận phân loại, xử lý theo quy định."
                + " Sau khi nghe ý kiến của các đơn vị, " + conference.chairTitle() + " " + chairName + " kết luận như sau:"));
    body.add(new Block.Heading("I. Ý KIẾN CỦA CÁC ĐƠN VỊ VÀ KẾT QUẢ GIẢI ĐÁP, PHÂN CÔNG"));
    List<List<String>> rows = new ArrayList<>();
    for (RaisedItem r : raised) {
      rows.add(
          List.of(
              Integer.toString(r.position()),
              organisation.shortNameOf(r.unitId()),
              r.reference() + ": " + r.title() + (Text.isBlank(r.proposal()) ? "" : "\nĐề xuất: " + r.proposal()),
              outcome(r),
              r.deadline() == null ? "" : DAY.format(r.deadline())));
    }
    body.add(
        new Block.Table(
            List.of("TT", "Đơn vị", "Nội dung kiến nghị", "Kết quả giải đáp, phân công", "Thời hạn"),
            rows,
            new float[] {0.8f, 2.2f, 4f, 5f, 2.1f}));
    body.add(new Block.Heading("II. KẾT LUẬN CỦA CHỦ TRÌ HỘI NGHỊ"));
    String conclusions = conference.conclusions();
    if (Text.isBlank(conclusions)) {
      body.add(new Block.Paragraph("(Kết luận chung đang được soạn.)"));
    } else {
      for (String paragraph : conclusions.split("\\R+")) {
        if (!paragraph.isBlank()) {
          body.add(new Block.Paragraph(paragraph.trim()));
        }
      }
    }
    body.add(
        new Block.Paragraph(
            issuingBody(conference).charAt(0) + issuingBody(conference).substring(1).toLowerCase(Locale.ROOT)
                + " thông báo để các đơn vị, cá nhân liên quan biết, thực hiện./."));
    Set<String> departments = new LinkedHashSet<>();
    raised.stream().filter(r -> r.departmentId() != null).forEach(r -> departments.add(organisation.shortNameOf(r.departmentId())));
    List<String> recipients = new ArrayList<>();
    recipients.add("Ban Giám đốc Công an tỉnh (để báo cáo);");
    departments.forEach(d -> recipients.add(d + " (để thực hiện);"));
    recipients.add("Các đơn vị dự hội nghị (để biết, thực hiện);");
    recipients.add("Lưu: VT.");
    return new AdministrativeDocument(
        conference.byPeoplesCommittee() ? null : issuer.superiorBody(),
        issuingBody(conference),
        numberAndSymbol,
        issuer.place(),
        date,
        "THÔNG BÁO",
        "Kết luận của " + conference.chairTitle() + " " + chairName + " tại " + conference.title(),
        body,
        recipients,
        signingAuthority(conference),
        conference.chairTitle().toUpperCase(Locale.ROOT),
        chairName,
        draft);
  }

  private String outcome(RaisedItem r) {
    return switch (r.outcome()) {
      case ANSWERED ->
          "Trả lời tại hội nghị (" + r.answeredBy() + "): " + r.answer()
              + (r.regulationCodes().isEmpty() ? "" : "\nCăn cứ: " + String.join(", ", r.regulationCodes()))
              + (r.confirmedAt() == null ? "\n(chờ chủ trì xác nhận)" : "");
      case ASSIGNED ->
          "Giao " + organisation.shortNameOf(r.departmentId()) + " nghiên cứu, tham mưu, đề xuất"
              + (Text.isBlank(r.direction()) ? "" : ": " + r.direction());
      case PENDING -> "Giao Bộ phận tiếp nhận phân loại, tham mưu xử lý theo quy định";
    };
  }

  private String issuingBody(Conference conference) {
    return conference.byPeoplesCommittee() ? conference.organiserName().toUpperCase(Locale.ROOT) : issuer.issuingBody();
  }

  private String symbol(Conference conference) {
    return KIND + "-" + (conference.byPeoplesCommittee() ? "UBND" : issuer.symbol());
  }

  /** A deputy signs for the head ("KT."); a People's Committee signs on behalf of the committee ("TM."). */
  private static String signingAuthority(Conference conference) {
    if (conference.byPeoplesCommittee()) {
      return "TM. ỦY BAN NHÂN DÂN";
    }
    return conference.chairTitle().toLowerCase(Locale.ROOT).startsWith("phó") ? "KT. GIÁM ĐỐC" : null;
  }

  private static String contentType(boolean pdf) {
    return pdf ? "application/pdf" : "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
  }
}
