package vn.police.grievance.document;

/**
 * What the PDF and the DOCX share, so the draft a clerk edits looks like the PDF: an A4 page with the
 * decree's margins (top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm) and the same columns.
 */
final class PageLayout {

  static final float TOP_MM = 20;
  static final float BOTTOM_MM = 20;
  static final float LEFT_MM = 30;
  static final float RIGHT_MM = 15;
  static final float WIDTH_MM = 210;
  static final float HEIGHT_MM = 297;

  /** The header's columns: issuing body, then the national title (which needs the wider one). */
  static final float[] HEADER_COLUMNS = {42, 58};
  /** The closing's columns: recipients, then the signature. */
  static final float[] CLOSING_COLUMNS = {45, 55};

  /** First-line indent of body paragraphs; the decree asks for 1 to 1.27 cm. */
  static final float INDENT_MM = 10;

  static final String DRAFT_MARK = "DỰ THẢO";
  static final String DRAFT_NOTE = "Bản dự thảo, chưa được ký ban hành.";
  static final String NATION = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
  static final String MOTTO = "Độc lập - Tự do - Hạnh phúc";
  static final String RECIPIENTS = "Nơi nhận:";
  static final String CREATOR = "Hệ thống tiếp nhận và giải quyết kiến nghị";

  private PageLayout() {}

  static float textWidthMm() {
    return WIDTH_MM - LEFT_MM - RIGHT_MM;
  }

  /** A recipient as the decree lists it: "- Như trên;", whether or not the caller wrote the dash. */
  static String recipientLine(String recipient) {
    String text = PlainText.of(recipient).strip();
    if (text.startsWith("- ") || text.startsWith("– ") || text.startsWith("• ")) {
      text = text.substring(2).strip();
    }
    return "- " + text;
  }
}
