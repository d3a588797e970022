package vn.police.grievance.audit;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import vn.police.grievance.tracking.ItemView.Labelled;

/**
 * PDF exports: an item's file, or a search result. Written straight to the response: a table is
 * handed to the document every few rows, so finished pages leave memory as the export goes on.
 * The text is set in Noto Sans (SIL Open Font License, fonts/OFL.txt), embedded as a subset, which
 * covers every Vietnamese letter with its diacritics. Every page carries who exported it, when,
 * and the head of the journal's hash chain at that moment.
 */
@Component
class AuditPdf {

  static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
  static final int ROWS_PER_FLUSH = 40;
  private static final Color HEADER_BACKGROUND = new Color(0xE8, 0xEE, 0xF4);

  private final byte[] regular;
  private final byte[] bold;

  AuditPdf() {
    this.regular = read("fonts/NotoSans-Regular.ttf");
    this.bold = read("fonts/NotoSans-Bold.ttf");
  }

  /** Who exported what, when, and the chain head then: printed on every page. */
  record Stamp(String exportedBy, OffsetDateTime at, long chainPosition, String chainHash, ZoneId zone) {}

  private static byte[] read(String path) {
    try (InputStream in = new ClassPathResource(path).getInputStream()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("Font missing from the application: " + path, e);
    }
  }

  private final class Fonts {
    final Font title;
    final Font heading;
    final Font text;
    final Font strong;
    final Font small;

    Fonts() {
      BaseFont r = font("NotoSans-Regular.ttf", regular);
      BaseFont b = font("NotoSans-Bold.ttf", bold);
      title = new Font(b, 15);
      heading = new Font(b, 11);
      text = new Font(r, 8.5f);
      strong = new Font(b, 8.5f);
      small = new Font(r, 7);
    }

    private BaseFont font(String name, byte[] bytes) {
      try {
        return BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, bytes, null);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  // --- One item's file ------------------------------------------------------------------------

  void file(OutputStream out, ItemFile file, Stamp stamp) {
    Fonts fonts = new Fonts();
    Document document = open(out, PageSize.A4.rotate(), "Hồ sơ kiến nghị " + file.reference(), stamp, fonts);
    try {
      document.add(new Paragraph(text("HỒ SƠ KIẾN NGHỊ " + file.reference()), fonts.title));
      document.add(new Paragraph(text(file.title()), fonts.heading));
      document.add(spacer(fonts));

      PdfPTable facts = new PdfPTable(new float[] {1.3f, 5f, 1.3f, 5f});
      facts.setWidthPercentage(100);
      fact(facts, fonts, "Đơn vị", label(file.unit()), "Lĩnh vực", label(file.category()));
      fact(facts, fonts, "Người gửi", file.submittedBy(), "Ngày tiếp nhận", time(file.submittedAt(), stamp));
      fact(facts, fonts, "Trạng thái", label(file.status()), "Ngày kết thúc", time(file.closedAt(), stamp));
      fact(facts, fonts, "Hướng xử lý", label(file.route()), "Phòng chức năng", label(file.department()));
      fact(facts, fonts, "Văn bản trích dẫn",
          file.regulationsCited().stream().map(r -> r.code() + (r.title() == null ? "" : " — " + r.title()))
              .collect(Collectors.joining("; ")),
          "Phòng cho ý kiến", file.departmentsConsulted().stream().map(Labelled::label).collect(Collectors.joining("; ")));
      fact(facts, fonts, "Số lần mở lại", String.valueOf(file.reopenCount()), "Tình trạng",
          file.running() ? "Đang xử lý" : "Đã kết thúc");
      wide(facts, fonts, "Nội dung", file.content());
      wide(facts, fonts, "Đề xuất", file.proposal());
      document.add(facts);

      if (file.finalAnswer() != null) {
        ItemFile.FinalAnswer answer = file.finalAnswer();
        document.add(spacer(fonts));
        document.add(heading("Trả lời đã được lãnh đạo duyệt", fonts));
        PdfPTable a = new PdfPTable(new float[] {1.3f, 5f, 1.3f, 5f});
        a.setWidthPercentage(100);
        fact(a, fonts, "Hình thức", label(answer.kind()), "Căn cứ",
            answer.regulations().stream().map(ItemFile.RegulationRef::code).collect(Collectors.joining(", ")));
        fact(a, fonts, "Người duyệt", answer.signedByName() + " (" + answer.signedBy() + ")", "Ngày duyệt / gửi",
            time(answer.signedAt(), stamp) + " / " + time(answer.deliveredAt(), stamp));
        wide(a, fonts, "Nội dung trả lời", answer.body());
        document.add(a);
      }

      document.add(spacer(fonts));
      document.add(heading("Diễn biến xử lý (" + file.entries().size() + " mục)", fonts));
      PdfPTable timeline = new PdfPTable(new float[] {1.5f, 2.2f, 2.6f, 6.5f, 1.7f});
      timeline.setWidthPercentage(100);
      timeline.setHeaderRows(1);
      timeline.setComplete(false);
      for (String h : List.of("Thời gian", "Người thực hiện", "Nội dung", "Chi tiết, lý do", "Thời hạn")) {
        header(timeline, fonts, h);
      }
      int rows = 0;
      for (TimelineEntry e : file.entries()) {
        cell(timeline, fonts.text, time(e.at(), stamp));
        cell(timeline, fonts.text, e.actorName() == null ? "" : e.actorName() + (e.actor() == null || e.actor().equals(e.actorName())
            ? "" : "\n(" + e.actor() + ")"));
        cell(timeline, fonts.strong, e.label() + (e.step() == null || e.label().contains(e.step()) ? "" : "\n" + e.step()));
        StringBuilder detail = new StringBuilder(e.detail() == null ? "" : e.detail());
        if (e.reason() != null) {
          detail.append(detail.isEmpty() ? "" : "\n").append("Lý do: ").append(e.reason());
        }
        if (e.position() != null) {
          detail.append(detail.isEmpty() ? "" : "\n").append("Nhật ký #").append(e.position()).append(" · ")
              .append(e.hash() == null ? "" : e.hash().substring(0, 16));
        }
        cell(timeline, fonts.text, detail.toString());
        cell(timeline, fonts.text, (e.due() == null ? "" : "Hạn " + time(e.due(), stamp)) + (e.timing() == null ? "" : "\n" + e.timing()));
        if (++rows % ROWS_PER_FLUSH == 0) {
          document.add(timeline);
        }
      }
      timeline.setComplete(true);
      document.add(timeline);
    } finally {
      document.close();
    }
  }

  // --- A search result ------------------------------------------------------------------------

  void items(OutputStream out, String criteria, Consumer<Consumer<AuditItem>> source, Stamp stamp) {
    Fonts fonts = new Fonts();
    Document document = open(out, PageSize.A4.rotate(), "Kết quả tra cứu kiến nghị", stamp, fonts);
    try {
      document.add(new Paragraph(text("KẾT QUẢ TRA CỨU KIẾN NGHỊ"), fonts.title));
      document.add(new Paragraph(text("Điều kiện tra cứu: " + criteria), fonts.text));
      document.add(spacer(fonts));
      PdfPTable table = new PdfPTable(new float[] {1.6f, 2.4f, 2f, 3.6f, 1.8f, 2.2f, 1.4f, 1.4f});
      table.setWidthPercentage(100);
      table.setHeaderRows(1);
      table.setComplete(false);
      for (String h : List.of("Số tham chiếu", "Đơn vị", "Lĩnh vực", "Tiêu đề", "Trạng thái", "Phòng chức năng",
          "Ngày tiếp nhận", "Ngày kết thúc")) {
        header(table, fonts, h);
      }
      int[] rows = {0};
      source.accept(item -> {
        cell(table, fonts.strong, item.reference());
        cell(table, fonts.text, label(item.unit()));
        cell(table, fonts.text, label(item.category()));
        cell(table, fonts.text, item.title());
        cell(table, fonts.text, label(item.status()));
        cell(table, fonts.text, label(item.department()));
        cell(table, fonts.text, time(item.submittedAt(), stamp));
        cell(table, fonts.text, time(item.closedAt(), stamp));
        if (++rows[0] % ROWS_PER_FLUSH == 0) {
          document.add(table);
        }
      });
      table.setComplete(true);
      document.add(table);
      document.add(new Paragraph(text("Tổng số: " + rows[0] + " kiến nghị"), fonts.strong));
    } finally {
      document.close();
    }
  }

  // --- Building blocks ------------------------------------------------------------------------

  private Document open(OutputStream out, Rectangle size, String title, Stamp stamp, Fonts fonts) {
    Document document = new Document(size, 28, 28, 28, 36);
    PdfWriter writer = PdfWriter.getInstance(document, out);
    writer.setCloseStream(false);
    writer.setPageEvent(new Footer(stamp, fonts));
    document.addTitle(text(title));
    document.addCreator("Tiếp nhận và giải quyết kiến nghị của Công an cấp xã");
    document.addAuthor(stamp.exportedBy());
    document.open();
    return document;
  }

  private final class Footer extends PdfPageEventHelper {
    private final Stamp stamp;
    private final Fonts fonts;

    Footer(Stamp stamp, Fonts fonts) {
      this.stamp = stamp;
      this.fonts = fonts;
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
      String line = "Trang " + writer.getPageNumber() + " · Xuất bởi " + stamp.exportedBy() + " lúc "
          + time(stamp.at(), stamp) + " · Nhật ký đến vị trí #" + stamp.chainPosition() + ", mã băm đầu chuỗi "
          + stamp.chainHash() + " · Tài liệu chỉ đọc, trích xuất phục vụ thanh tra";
      ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_LEFT, new Phrase(text(line), fonts.small),
          document.left(), document.bottom() - 18, 0);
    }
  }

  private static Paragraph heading(String title, Fonts fonts) {
    Paragraph p = new Paragraph(text(title), fonts.heading);
    p.setSpacingAfter(5);
    return p;
  }

  /** An empty line set in the embedded font (the default font would be a non-embedded Helvetica). */
  private static Paragraph spacer(Fonts fonts) {
    return new Paragraph(" ", fonts.small);
  }

  private void fact(PdfPTable table, Fonts fonts, String k1, String v1, String k2, String v2) {
    cell(table, fonts.strong, k1);
    cell(table, fonts.text, v1);
    cell(table, fonts.strong, k2);
    cell(table, fonts.text, v2);
  }

  private void wide(PdfPTable table, Fonts fonts, String key, String value) {
    cell(table, fonts.strong, key);
    PdfPCell cell = new PdfPCell(new Phrase(text(value), fonts.text));
    cell.setColspan(3);
    cell.setPadding(3);
    table.addCell(cell);
  }

  private void header(PdfPTable table, Fonts fonts, String text) {
    PdfPCell cell = new PdfPCell(new Phrase(text(text), fonts.strong));
    cell.setBackgroundColor(HEADER_BACKGROUND);
    cell.setPadding(3);
    table.addCell(cell);
  }

  private static void cell(PdfPTable table, Font font, String text) {
    PdfPCell cell = new PdfPCell(new Phrase(text(text), font));
    cell.setPadding(3);
    table.addCell(cell);
  }

  /** Precomposed letters (NFC): each Vietnamese letter with its marks is one glyph of the font. */
  private static String text(String s) {
    return s == null ? "" : Normalizer.normalize(s, Normalizer.Form.NFC);
  }

  private static String label(Labelled l) {
    return l == null ? "" : l.label();
  }

  private static String time(OffsetDateTime at, Stamp stamp) {
    return at == null ? "" : at.atZoneSameInstant(stamp.zone()).format(TIME);
  }
}
