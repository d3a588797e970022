package vn.police.grievance.document;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One administrative document, as Decree 30/2020/NĐ-CP (Appendix I) lays it out: the issuing body
 * and the national title side by side, number and symbol beside the place and date, the kind and
 * subject, the body, then the recipients beside the signature.
 *
 * <p>Without a kind the document is a letter (công văn): its subject is printed as "V/v …" under the
 * number, as the decree places it. A missing number prints "Số: (dự thảo)" in a draft and leaves the
 * number blank otherwise, for the clerk who numbers the document when it is issued.
 *
 * @param superiorBody the governing body (cơ quan chủ quản), e.g. "BỘ CÔNG AN"; may be null
 * @param issuingBody e.g. "CÔNG AN TỈNH CÀ MAU"
 * @param numberAndSymbol e.g. "12/TB-CAT", printed as "Số: 12/TB-CAT"; may be null
 * @param place e.g. "Cà Mau"
 * @param date printed as "Cà Mau, ngày 05 tháng 02 năm 2026" (see {@link #writtenDate})
 * @param kind e.g. "THÔNG BÁO"; null for a letter
 * @param subject the summary (trích yếu); may be null
 * @param recipients the "Nơi nhận:" lines, e.g. "Như trên;", "Lưu: VT, PV01."; each printed after "- "
 * @param signingAuthority e.g. "KT. GIÁM ĐỐC"; may be null
 * @param signerTitle e.g. "PHÓ GIÁM ĐỐC"
 * @param signerName e.g. "Nguyễn Văn A"
 * @param draft prints "DỰ THẢO" at the top of the first page and a note at the foot of every page
 */
public record AdministrativeDocument(
    String superiorBody,
    String issuingBody,
    String numberAndSymbol,
    String place,
    LocalDate date,
    String kind,
    String subject,
    List<Block> body,
    List<String> recipients,
    String signingAuthority,
    String signerTitle,
    String signerName,
    boolean draft) {

  public AdministrativeDocument {
    Objects.requireNonNull(issuingBody, "issuingBody");
    Objects.requireNonNull(place, "place");
    Objects.requireNonNull(date, "date");
    body = body == null ? List.of() : List.copyOf(body);
    recipients = recipients == null ? List.of() : List.copyOf(recipients);
  }

  /**
   * "ngày 05 tháng 02 năm 2026", "ngày 05 tháng 3 năm 2026", "ngày 29 tháng 11 năm 2026": the decree
   * writes days below 10 and the months 1 and 2 with a leading zero, and no other month.
   */
  public static String writtenDate(LocalDate date) {
    int day = date.getDayOfMonth();
    int month = date.getMonthValue();
    return "ngày " + (day < 10 ? "0" : "") + day + " tháng " + (month <= 2 ? "0" : "") + month + " năm " + date.getYear();
  }

  /** "Cà Mau, ngày 29 tháng 11 năm 2026". */
  public String placeAndDate() {
    return place + ", " + writtenDate(date);
  }

  /** "Số: 12/TB-CAT"; see the class comment for a missing number. */
  public String numberLine() {
    if (numberAndSymbol != null && !numberAndSymbol.isBlank()) {
      return "Số: " + numberAndSymbol;
    }
    return draft ? "Số: (dự thảo)" : "Số:" + " ".repeat(12);
  }

  /** The file's title: the kind and the subject, or "V/v" and the subject for a letter. */
  public String title() {
    if (kind == null || kind.isBlank()) {
      return subject == null ? "" : "V/v " + subject;
    }
    return subject == null || subject.isBlank() ? kind : kind + " " + subject;
  }
}
