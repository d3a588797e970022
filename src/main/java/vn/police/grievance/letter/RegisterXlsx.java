package vn.police.grievance.letter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.List;
import java.util.function.LongFunction;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.police.grievance.document.DocumentRegister;

/**
 * The outgoing-document register (sổ đăng ký văn bản đi) as a workbook: one row per document in
 * the register's order, the columns of the register book (number, date, symbol, subject,
 * addressee, signer) and what the system adds (purpose, item, hashes, certificate). Text is
 * written as text: nothing in a subject becomes a formula.
 */
final class RegisterXlsx {

  static final String SHEET = "Sổ văn bản đi";
  static final List<String> HEADERS =
      List.of("Số", "Số, ký hiệu", "Ngày ban hành", "Sổ", "Loại văn bản", "Trích yếu nội dung", "Nơi nhận", "Người ký",
          "Kiến nghị", "SHA-256 PDF (đã ký)", "SHA-256 DOCX", "Chứng thư ký số");

  private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  private RegisterXlsx() {}

  static byte[] write(List<DocumentRegister.Issued> entries, LongFunction<String> itemReference) {
    try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = book.createSheet(SHEET);
      Font bold = book.createFont();
      bold.setBold(true);
      CellStyle header = book.createCellStyle();
      header.setFont(bold);
      CellStyle date = book.createCellStyle();
      date.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
      Row head = sheet.createRow(0);
      for (int c = 0; c < HEADERS.size(); c++) {
        Cell cell = head.createCell(c);
        cell.setCellValue(HEADERS.get(c));
        cell.setCellStyle(header);
      }
      int r = 1;
      for (DocumentRegister.Issued d : entries) {
        Row row = sheet.createRow(r++);
        row.createCell(0).setCellValue(d.number());
        row.createCell(1).setCellValue(d.numberAndSymbol());
        Cell issued = row.createCell(2);
        issued.setCellValue(d.issuedAt().atZoneSameInstant(VIETNAM).toLocalDate());
        issued.setCellStyle(date);
        row.createCell(3).setCellValue(d.kind() + " " + d.year());
        row.createCell(4).setCellValue(purpose(d));
        row.createCell(5).setCellValue(d.subject());
        row.createCell(6).setCellValue(d.addressee() == null ? "" : d.addressee());
        row.createCell(7).setCellValue(d.signerName() == null ? d.signerId() : d.signerName());
        row.createCell(8).setCellValue(d.itemId() == null ? "" : itemReference.apply(d.itemId()));
        row.createCell(9).setCellValue(d.pdfSha256());
        row.createCell(10).setCellValue(d.docxSha256());
        row.createCell(11).setCellValue(
            d.certificateSubject() == null ? "" : d.certificateSubject() + (d.demoCertificate() ? " (thử nghiệm)" : ""));
      }
      sheet.createFreezePane(0, 1);
      for (int c = 0; c < 9; c++) {
        sheet.setColumnWidth(c, c == 5 ? 60 * 256 : 18 * 256);
      }
      book.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("Không xuất được sổ văn bản đi (register not written)", e);
    }
  }

  static String purpose(DocumentRegister.Issued d) {
    if (OutgoingLetters.ANSWER_LETTER.equals(d.purpose())) {
      return "Công văn trả lời đơn vị";
    }
    if (OutgoingLetters.PROPOSAL.equals(d.purpose())) {
      return "Công văn đề xuất cấp có thẩm quyền";
    }
    return d.kind().startsWith("TB") ? "Thông báo kết luận hội nghị" : "Văn bản";
  }
}
