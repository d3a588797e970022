package vn.police.grievance.document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** The listening conference's conclusion notice, the first document the package renders, and ways to read it back. */
final class SampleDocuments {

  static final String SUBJECT =
      "Kết luận của Giám đốc Công an tỉnh tại Hội nghị lắng nghe, tiếp nhận kiến nghị của Công an cấp xã quý I năm 2026";
  static final String OPENING = "Ngày 29 tháng 01 năm 2026, Công an tỉnh tổ chức Hội nghị lắng nghe, tiếp nhận và giải quyết"
      + " kiến nghị của Công an cấp xã. Sau khi nghe báo cáo tổng hợp và ý kiến của các đơn vị, đồng chí Phó Giám đốc"
      + " Công an tỉnh chủ trì Hội nghị kết luận như sau:";
  static final String HEADING = "I. Về các kiến nghị của Công an cấp xã";
  static final String ITEM = "Phòng Tham mưu tổng hợp, báo cáo kết quả giải quyết trước ngày 15 tháng 3 năm 2026.";
  static final String CLOSING = "Công an tỉnh thông báo để các đơn vị biết, thực hiện.";
  static final List<String> HEADERS = List.of("TT", "Đơn vị kiến nghị", "Nội dung kiến nghị", "Đơn vị giải quyết");
  static final List<String> RECIPIENTS =
      List.of("Đ/c Giám đốc (để b/c);", "Các phòng nghiệp vụ;", "Công an các xã, phường;", "Lưu: VT, PV01.");

  private SampleDocuments() {}

  /** A row whose every cell names its number, so that each can be found again. */
  static List<String> row(int i) {
    return List.of(String.valueOf(i), "Công an xã Phước Lâm " + i,
        "Đề nghị sửa chữa trụ sở làm việc bị xuống cấp, số " + i + "/2026", "Phòng PV01 mục " + i);
  }

  static List<List<String>> rows(int count) {
    List<List<String>> rows = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      rows.add(row(i));
    }
    return rows;
  }

  static List<Block> body(int rows) {
    return List.of(
        new Block.Paragraph(OPENING),
        new Block.Heading(HEADING),
        new Block.Table(HEADERS, rows(rows), new float[] {0.6f, 2.2f, 5f, 1.8f}),
        new Block.NumberedItem("1.", ITEM),
        new Block.Paragraph(CLOSING));
  }

  static AdministrativeDocument notice(int rows, boolean draft) {
    return new AdministrativeDocument("BỘ CÔNG AN", "CÔNG AN TỈNH CÀ MAU", draft ? null : "12/TB-CAT", "Cà Mau",
        LocalDate.of(2026, 2, 5), "THÔNG BÁO", SUBJECT, body(rows), RECIPIENTS, "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC",
        "Nguyễn Văn A", draft);
  }

  static AdministrativeDocument notice(List<Block> body, List<String> recipients, String signerName) {
    return new AdministrativeDocument(null, "CÔNG AN TỈNH CÀ MAU", "12/TB-CAT", "Cà Mau", LocalDate.of(2026, 3, 5),
        "THÔNG BÁO", SUBJECT, body, recipients, null, "GIÁM ĐỐC", signerName, false);
  }

  /**
   * The text of pages {@code from} to {@code to} in the order it was written, each run of whitespace one
   * space. OpenPDF writes a page's tables after its paragraphs, but each table cell's lines together.
   */
  static String text(PDDocument pdf, int from, int to) throws Exception {
    return text(pdf, from, to, false);
  }

  /** The text in reading order: line by line down the page, the lines of cells side by side interleaved. */
  static String reading(PDDocument pdf) throws Exception {
    return text(pdf, 1, pdf.getNumberOfPages(), true);
  }

  private static String text(PDDocument pdf, int from, int to, boolean byPosition) throws Exception {
    PDFTextStripper stripper = new PDFTextStripper();
    stripper.setSortByPosition(byPosition);
    stripper.setStartPage(from);
    stripper.setEndPage(to);
    return stripper.getText(pdf).replaceAll("\\s+", " ");
  }

  static String text(PDDocument pdf) throws Exception {
    return text(pdf, 1, pdf.getNumberOfPages());
  }
}
