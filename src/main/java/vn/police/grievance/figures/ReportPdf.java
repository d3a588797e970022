package vn.police.grievance.figures;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * A report as a PDF in the layout of Vietnamese administrative documents (Decree 30/2020/NĐ-CP):
 * the issuing body and the national motto side by side, number and symbol, place and date, the
 * title, the body in sections, then the recipients ("Nơi nhận") and the signer's block. The number
 * is left for the document register to fill; the text is set in the embedded Noto Sans, which
 * covers every Vietnamese letter.
 */
@Component
class ReportPdf {

  static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
  private static final Color HEADER_BACKGROUND = new Color(0xE8, 0xEE, 0xF4);

  private final byte[] regular;
  private final byte[] bold;
  private final byte[] italic;

  ReportPdf() {
    this.regular = read("fonts/NotoSans-Regular.ttf");
    this.bold = read("fonts/NotoSans-Bold.ttf");
    this.italic = readOr("fonts/NotoSans-Italic.ttf", regular);
  }

  private static byte[] read(String path) {
    try (InputStream in = new ClassPathResource(path).getInputStream()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("Font missing from the application: " + path, e);
    }
  }

  private static byte[] readOr(String path, byte[] fallback) {
    ClassPathResource resource = new ClassPathResource(path);
    return resource.exists() ? read(path) : fallback;
  }

  private final class Fonts {
    final Font heading = new Font(font("NotoSans-Bold.ttf", bold), 12);
    final Font strong = new Font(font("NotoSans-Bold.ttf", bold), 10);
    final Font text = new Font(font("NotoSans-Regular.ttf", regular), 10);
    final Font small = new Font(font("NotoSans-Regular.ttf", regular), 8.5f);
    final Font smallStrong = new Font(font("NotoSans-Bold.ttf", bold), 8.5f);
    final Font emphasis = new Font(font("NotoSans-Italic.ttf", italic), 10, italic == regular ? Font.NORMAL : Font.ITALIC);

    private BaseFont font(String name, byte[] bytes) {
      try {
        return BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, bytes, null);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  byte[] write(Report r) {
    Fonts f = new Fonts();
    Dashboard d = r.figures();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document doc = new Document(PageSize.A4, 56, 42, 42, 42);
    PdfWriter.getInstance(doc, out);
    doc.addTitle(r.title());
    doc.addAuthor(r.issuer());
    doc.open();
    doc.add(header(r, f));
    doc.add(centered("BÁO CÁO", f.heading, 14));
    doc.add(centered("Kết quả tiếp nhận, giải quyết kiến nghị của Công an cấp xã", f.strong, 0));
    doc.add(centered(r.title(), f.strong, 10));

    doc.add(section("I. TÌNH HÌNH TIẾP NHẬN, GIẢI QUYẾT", f));
    doc.add(paragraph(String.format(
        "Trong %s (từ ngày %s đến ngày %s), phạm vi %s, đã tiếp nhận %d kiến nghị; trả lời %d kiến nghị; kết thúc %d"
            + " kiến nghị. Có %d bước xử lý trễ hạn trong kỳ. Tại thời điểm lập báo cáo (%s), còn %d kiến nghị đang xử lý,"
            + " %d bước quá hạn và %d bước sắp đến hạn.",
        r.kind().periodWord, r.from().format(Report.DAY), r.to().format(Report.DAY), d.scope(),
        d.totals().received().count(), d.totals().answered().count(), d.totals().closed().count(), d.totals().late().count(),
        r.generatedAt().format(TIME), d.open().total().count(),
        d.steps().stream().mapToLong(s -> s.overdue().count()).sum(),
        d.steps().stream().mapToLong(s -> s.dueSoon().count()).sum()), f));
    Dashboard.AnswerTime all = d.timeToAnswer().overall();
    doc.add(paragraph(String.format(
        "Thời gian trả lời (từ khi tiếp nhận đến khi gửi trả lời lần đầu): trung vị %s ngày làm việc, phân vị 90 là %s"
            + " ngày làm việc (%d kiến nghị). Tỷ lệ mở lại: %d/%d kiến nghị (%s).",
        days(all.median()), days(all.p90()), all.count(), d.reopen().reopened().count(), d.reopen().answered().count(),
        percent(d.reopen().rate())), f));

    doc.add(section("II. KIẾN NGHỊ ĐANG XỬ LÝ", f));
    doc.add(table(f, new float[] {5, 1.4f}, List.of("Trạng thái", "Số lượng"),
        d.open().byStatus().stream().map(x -> List.of(x.label(), String.valueOf(x.count()))).toList()));
    doc.add(table(f, new float[] {5, 1.4f}, List.of("Lĩnh vực", "Số lượng"),
        d.open().byCategory().stream().map(x -> List.of(x.label(), String.valueOf(x.count()))).toList()));
    doc.add(table(f, new float[] {5, 1.4f}, List.of("Phòng chức năng", "Số lượng"),
        d.open().byDepartment().stream().map(x -> List.of(x.label(), String.valueOf(x.count()))).toList()));

    doc.add(section("III. TIẾN ĐỘ, THỜI HẠN", f));
    doc.add(table(f, new float[] {4, 1.5f, 1.2f, 1.5f}, List.of("Bước xử lý", "Đã xử lý", "Trễ hạn", "Tỷ lệ đúng hạn"),
        d.onTime().stream().map(t -> List.of(t.stepLabel(), String.valueOf(t.done().count()), String.valueOf(t.late().count()),
            percent(t.rate()))).toList()));
    doc.add(table(f, new float[] {4, 1.4f, 1.4f, 1.4f}, List.of("Hướng xử lý", "Số kiến nghị", "Trung vị", "Phân vị 90"),
        d.timeToAnswer().byRoute().stream().map(t -> List.of(t.label(), String.valueOf(t.count()), days(t.median()),
            days(t.p90()))).toList()));
    doc.add(table(f, new float[] {1.6f, 3.2f, 2.6f, 2.2f, 1.6f}, List.of("Số tham chiếu", "Tiêu đề", "Bước", "Chịu trách nhiệm", "Hạn"),
        r.overdueSteps().stream().map(s -> List.of(s.reference(), s.title(), s.step(), nullToDash(s.responsible()),
            s.dueAt() == null ? "" : s.dueAt().format(TIME))).toList()));
    if (r.overdueTotal() > r.overdueSteps().size()) {
      doc.add(paragraph("… và " + (r.overdueTotal() - r.overdueSteps().size()) + " bước quá hạn khác.", f));
    }

    doc.add(section("IV. HỘI NGHỊ LẮNG NGHE Ý KIẾN", f));
    if (d.conferences().isEmpty()) {
      doc.add(paragraph("Trong kỳ không tổ chức hội nghị.", f));
    } else {
      doc.add(table(f, new float[] {4, 1.2f, 1.4f, 1.4f, 1.4f, 1.2f},
          List.of("Hội nghị", "Ý kiến", "Trả lời tại chỗ", "Giao phòng", "Đang xử lý", "Quá hạn"),
          d.conferences().stream().map(c -> List.of(c.reference() + " – " + c.title(), String.valueOf(c.items().count()),
              String.valueOf(c.answeredOnSpot().count()), String.valueOf(c.assigned().count()),
              String.valueOf(c.stillOpen().count()), String.valueOf(c.overdue().count()))).toList()));
    }
    doc.add(footer(r, f));
    doc.close();
    return out.toByteArray();
  }

  /** Issuing body left, national motto right; number and symbol left, place and date right. */
  private PdfPTable header(Report r, Fonts f) {
    PdfPTable t = new PdfPTable(new float[] {1, 1.25f});
    t.setWidthPercentage(100);
    t.addCell(plain(new Phrase(r.issuer().toUpperCase(java.util.Locale.ROOT) + "\n", f.strong), Element.ALIGN_CENTER));
    t.addCell(plain(new Phrase("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc", f.strong), Element.ALIGN_CENTER));
    t.addCell(plain(new Phrase("Số:        /BC", f.text), Element.ALIGN_CENTER));
    OffsetDateTime at = r.generatedAt();
    String place = r.place() == null || r.place().isBlank() ? "……………" : r.place();
    t.addCell(plain(new Phrase(place + ", ngày " + at.getDayOfMonth() + " tháng " + at.getMonthValue() + " năm " + at.getYear(),
        f.emphasis), Element.ALIGN_CENTER));
    t.setSpacingAfter(16);
    return t;
  }

  private PdfPTable footer(Report r, Fonts f) {
    PdfPTable t = new PdfPTable(new float[] {1, 1});
    t.setWidthPercentage(100);
    t.setSpacingBefore(18);
    Phrase recipients = new Phrase();
    recipients.add(new Phrase("Nơi nhận:\n", f.smallStrong));
    recipients.add(new Phrase("- Ban Giám đốc Công an tỉnh (để báo cáo);\n- Thanh tra Công an tỉnh (để biết);\n"
        + "- Các phòng chức năng (để thực hiện);\n- Lưu: VT.", f.small));
    t.addCell(plain(recipients, Element.ALIGN_LEFT));
    Phrase signer = new Phrase();
    signer.add(new Phrase("TM. " + r.issuer().toUpperCase(java.util.Locale.ROOT) + "\n\n\n\n", f.strong));
    signer.add(new Phrase("Lập tự động lúc " + r.generatedAt().format(TIME) + " bởi " + r.generatedBy(), f.small));
    t.addCell(plain(signer, Element.ALIGN_CENTER));
    return t;
  }

  private static PdfPCell plain(Phrase phrase, int align) {
    PdfPCell cell = new PdfPCell(phrase);
    cell.setBorder(Rectangle.NO_BORDER);
    cell.setHorizontalAlignment(align);
    cell.setPaddingBottom(4);
    return cell;
  }

  private static Paragraph centered(String text, Font font, float after) {
    Paragraph p = new Paragraph(text, font);
    p.setAlignment(Element.ALIGN_CENTER);
    p.setSpacingAfter(after);
    return p;
  }

  private static Paragraph section(String text, Fonts f) {
    Paragraph p = new Paragraph(text, f.strong);
    p.setSpacingBefore(10);
    p.setSpacingAfter(4);
    return p;
  }

  private static Paragraph paragraph(String text, Fonts f) {
    Paragraph p = new Paragraph(text, f.text);
    p.setAlignment(Element.ALIGN_JUSTIFIED);
    p.setFirstLineIndent(18);
    p.setSpacingAfter(4);
    return p;
  }

  private static PdfPTable table(Fonts f, float[] widths, List<String> headers, List<List<String>> rows) {
    PdfPTable t = new PdfPTable(widths);
    t.setWidthPercentage(100);
    t.setHeaderRows(1);
    t.setSpacingBefore(4);
    t.setSpacingAfter(6);
    for (String h : headers) {
      PdfPCell cell = new PdfPCell(new Phrase(h, f.smallStrong));
      cell.setBackgroundColor(HEADER_BACKGROUND);
      t.addCell(cell);
    }
    if (rows.isEmpty()) {
      PdfPCell none = new PdfPCell(new Phrase("Không có.", f.small));
      none.setColspan(headers.size());
      t.addCell(none);
    }
    for (List<String> row : rows) {
      for (int i = 0; i < row.size(); i++) {
        PdfPCell cell = new PdfPCell(new Phrase(row.get(i) == null ? "" : row.get(i), f.small));
        if (i > 0 && row.get(i) != null && row.get(i).matches("[0-9.,%—-]+")) {
          cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        }
        t.addCell(cell);
      }
    }
    return t;
  }

  private static String days(Integer value) {
    return value == null ? "—" : String.valueOf(value);
  }

  static String percent(Double rate) {
    return rate == null ? "—" : String.valueOf(rate).replace('.', ',') + "%";
  }

  private static String nullToDash(String s) {
    return s == null ? "—" : s;
  }
}
