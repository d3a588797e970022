package vn.police.grievance.document;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.police.grievance.document.SampleDocuments.CLOSING;
import static vn.police.grievance.document.SampleDocuments.HEADERS;
import static vn.police.grievance.document.SampleDocuments.HEADING;
import static vn.police.grievance.document.SampleDocuments.ITEM;
import static vn.police.grievance.document.SampleDocuments.OPENING;
import static vn.police.grievance.document.SampleDocuments.SUBJECT;
import static vn.police.grievance.document.SampleDocuments.notice;
import static vn.police.grievance.document.SampleDocuments.reading;
import static vn.police.grievance.document.SampleDocuments.text;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

/** The PDF as it is issued, read back with PDFBox. */
class AdministrativeDocumentPdfTest {

  final AdministrativeDocuments documents = new AdministrativeDocuments();

  private PDDocument pdf(AdministrativeDocument d) throws Exception {
    return Loader.loadPDF(documents.pdf(d));
  }

  @Test
  void aNoticeRendersAsPdfWhoseTextReadsInVietnamese() throws Exception {
    try (PDDocument pdf = pdf(notice(3, false))) {
      String text = text(pdf);
      assertThat(text).contains(
          "BỘ CÔNG AN", "CÔNG AN TỈNH CÀ MAU", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
          "Số: 12/TB-CAT", "Cà Mau, ngày 05 tháng 02 năm 2026", "THÔNG BÁO", SUBJECT, OPENING, HEADING,
          "TT Đơn vị kiến nghị Nội dung kiến nghị Đơn vị giải quyết",
          "1 Công an xã Phước Lâm 1 Đề nghị sửa chữa trụ sở làm việc bị xuống cấp, số 1/2026 Phòng PV01 mục 1",
          "3 Công an xã Phước Lâm 3 Đề nghị sửa chữa trụ sở làm việc bị xuống cấp, số 3/2026 Phòng PV01 mục 3",
          "1. " + ITEM, CLOSING,
          "Nơi nhận: - Đ/c Giám đốc (để b/c); - Các phòng nghiệp vụ; - Công an các xã, phường; - Lưu: VT, PV01.",
          "KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC Nguyễn Văn A");
      assertThat(reading(pdf)).containsSubsequence(
          "CÔNG AN TỈNH CÀ MAU", "Số: 12/TB-CAT", "THÔNG BÁO", SUBJECT, OPENING, HEADING, "Nội dung kiến nghị",
          "số 3/2026", "1. " + ITEM, CLOSING, "Nơi nhận:", "Nguyễn Văn A");
      assertThat(text).doesNotContain("DỰ THẢO").doesNotContainIgnoringCase("dự thảo");
    }
  }

  @Test
  void thePdfEmbedsItsFontsWithIdentityHAndNamesItsTitleLanguageAndCreator() throws Exception {
    try (PDDocument pdf = pdf(notice(3, false))) {
      List<PDFont> fonts = new ArrayList<>();
      for (PDPage page : pdf.getPages()) {
        for (COSName name : page.getResources().getFontNames()) {
          fonts.add(page.getResources().getFont(name));
        }
      }
      assertThat(fonts).isNotEmpty().allSatisfy(font -> {
        assertThat(font).isInstanceOf(PDType0Font.class);
        assertThat(font.isEmbedded()).as(font.getName()).isTrue();
        assertThat(font.getCOSObject().getCOSName(COSName.ENCODING)).isEqualTo(COSName.IDENTITY_H);
      });
      assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("THÔNG BÁO " + SUBJECT);
      assertThat(pdf.getDocumentInformation().getCreator()).isEqualTo("Hệ thống tiếp nhận và giải quyết kiến nghị");
      assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("vi");
      float mm = 72f / 25.4f;
      assertThat(pdf.getPage(0).getMediaBox().getWidth()).isCloseTo(210 * mm, org.assertj.core.data.Offset.offset(1f));
      assertThat(pdf.getPage(0).getMediaBox().getHeight()).isCloseTo(297 * mm, org.assertj.core.data.Offset.offset(1f));
    }
  }

  @Test
  void aHundredRowTableRunsOverSeveralPagesWithItsHeaderOnEachAndEveryRowOnce() throws Exception {
    try (PDDocument pdf = pdf(notice(100, false))) {
      assertThat(pdf.getNumberOfPages()).isGreaterThanOrEqualTo(3);
      String all = text(pdf);
      for (int i = 1; i <= 100; i++) {
        for (String cell : SampleDocuments.row(i).subList(1, 4)) {
          assertThat(occurrences(all, cell + " ")).as(cell).isEqualTo(1);
        }
      }
      int pagesWithRows = 0;
      for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
        String text = text(pdf, page, page);
        if (text.contains("Công an xã Phước Lâm ")) {
          pagesWithRows++;
          assertThat(text).as("page %d", page).contains(HEADERS.get(2), HEADERS.get(3));
        }
      }
      assertThat(pagesWithRows).isGreaterThanOrEqualTo(3);
      // Each row whole on one page: a row's cells are read together.
      for (int i = 1; i <= 100; i++) {
        assertThat(all).contains(String.join(" ", SampleDocuments.row(i)) + " ");
      }
      assertThat(text(pdf, pdf.getNumberOfPages(), pdf.getNumberOfPages())).contains("Nơi nhận:", "Nguyễn Văn A");
    }
  }

  @Test
  void aTableWithoutRowsStillShowsItsHeader() throws Exception {
    AdministrativeDocument d = notice(List.of(new Block.Table(HEADERS, List.of())), List.of("Lưu: VT."), "Nguyễn Văn A");
    try (PDDocument pdf = pdf(d)) {
      assertThat(text(pdf)).contains(String.join(" ", HEADERS));
    }
  }

  @Test
  void pagesAreNumberedInTheTopMarginFromTheSecondOn() throws Exception {
    try (PDDocument pdf = pdf(notice(100, false))) {
      PDFTextStripperByArea topMargin = new PDFTextStripperByArea();
      // PDFBox measures areas from the top of the page; the top margin is 20 mm.
      topMargin.addRegion("top", new Rectangle2D.Float(0, 0, 595, 20 * 72f / 25.4f));
      for (int page = 0; page < pdf.getNumberOfPages(); page++) {
        topMargin.extractRegions(pdf.getPage(page));
        assertThat(topMargin.getTextForRegion("top").strip()).as("page %d", page + 1)
            .isEqualTo(page == 0 ? "" : String.valueOf(page + 1));
      }
    }
  }

  @Test
  void aDraftCarriesTheDraftMarkOnItsFirstPageAndTheNoteAtTheFootOfEveryPage() throws Exception {
    try (PDDocument pdf = pdf(notice(100, true))) {
      PDFTextStripperByArea top = new PDFTextStripperByArea();
      top.addRegion("top", new Rectangle2D.Float(0, 0, 595, 100));
      top.extractRegions(pdf.getPage(0));
      assertThat(top.getTextForRegion("top")).contains("DỰ THẢO");
      assertThat(text(pdf, 1, 1)).contains("Số: (dự thảo)");
      for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
        assertThat(text(pdf, page, page)).as("page %d", page).contains("Bản dự thảo, chưa được ký ban hành.");
      }
    }
  }

  @Test
  void textTypedByUsersIsPrintedAsTypedNotReadAsMarkup() throws Exception {
    String markup = "<b>Trụ sở</b> & kinh phí 100%s {0} \\n ${x}";
    String decomposed = Normalizer.normalize("Công an phường Tân Thành đề nghị", Normalizer.Form.NFD);
    AdministrativeDocument d = notice(
        List.of(new Block.Paragraph(markup), new Block.Paragraph(decomposed + "\r\nDòng thứ hai\u0007."),
            new Block.Table(List.of("Cột <i>", "Cột &amp;"), List.of(List.of(markup, "%d%%")), null)),
        List.of("<u>Đơn vị</u> & 50%;"), "Trần Thị <B>");
    try (PDDocument pdf = pdf(d)) {
      assertThat(text(pdf)).contains(markup, "Công an phường Tân Thành đề nghị", "Dòng thứ hai.", "Cột <i>", "Cột &amp;",
          "%d%%", "- <u>Đơn vị</u> & 50%;", "Trần Thị <B>", "Cà Mau, ngày 05 tháng 3 năm 2026");
    }
  }

  @Test
  void aLetterWithoutKindCarriesItsSubjectUnderItsNumber() throws Exception {
    AdministrativeDocument letter = new AdministrativeDocument(null, "CÔNG AN TỈNH CÀ MAU", "35/CAT-PV01", "Cà Mau",
        LocalDate.of(2026, 11, 29), null, "Trả lời kiến nghị của Công an xã Phước Lâm",
        List.of(new Block.Paragraph("Kính gửi: Công an xã Phước Lâm.")), List.of("Như trên;", "Lưu: VT."),
        "TL. GIÁM ĐỐC", "TRƯỞNG PHÒNG THAM MƯU", "Lê Văn B", false);
    try (PDDocument pdf = pdf(letter)) {
      assertThat(reading(pdf)).containsSubsequence("Số: 35/CAT-PV01", "V/v Trả lời kiến nghị của Công an xã Phước Lâm",
          "Kính gửi: Công an xã Phước Lâm.");
      assertThat(text(pdf)).contains("Cà Mau, ngày 29 tháng 11 năm 2026").doesNotContain("THÔNG BÁO");
      assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("V/v Trả lời kiến nghị của Công an xã Phước Lâm");
    }
  }

  private static int occurrences(String text, String part) {
    int count = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      count++;
    }
    return count;
  }

  @Test
  void documentsLaidOutAtTheSameTimeOnTheSharedFontsEachEmbedEveryLetterTheyShow() throws Exception {
    // Each document shows letters that others do not: a face that kept one document's glyphs for
    // another would leave a letter without its outline.
    List<String> places = List.of("Phước Lâm", "Quảng Trị", "Đắk Lắk", "Hưng Yên", "Cà Mau", "Tây Ninh", "Bạc Liêu", "Kỳ Anh");
    ExecutorService threads = Executors.newFixedThreadPool(4);
    try {
      List<Future<byte[]>> rendered = new ArrayList<>();
      for (int i = 0; i < 32; i++) {
        String place = places.get(i % places.size());
        rendered.add(threads.submit(() -> documents.pdf(
            notice(List.of(new Block.Paragraph("Kiến nghị của Công an xã " + place)), List.of("Lưu: VT."), "Nguyễn Văn " + place))));
      }
      for (int i = 0; i < rendered.size(); i++) {
        String place = places.get(i % places.size());
        try (PDDocument pdf = Loader.loadPDF(rendered.get(i).get())) {
          assertThat(text(pdf)).contains("Kiến nghị của Công an xã " + place, "Nguyễn Văn " + place);
          assertThat(lettersWithoutOutline(pdf)).as(place).isEmpty();
        }
      }
    } finally {
      threads.shutdownNow();
    }
  }

  /** The letters shown whose glyph has no outline in the font the document embeds. */
  private static List<String> lettersWithoutOutline(PDDocument pdf) throws Exception {
    List<String> missing = new ArrayList<>();
    new PDFTextStripper() {
      @Override
      protected void processTextPosition(TextPosition text) {
        try {
          if (!text.getUnicode().isBlank() && text.getFont() instanceof PDType0Font font) {
            for (int code : text.getCharacterCodes()) {
              if (font.getPath(code).getBounds2D().isEmpty()) {
                missing.add(text.getUnicode());
              }
            }
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        super.processTextPosition(text);
      }
    }.getText(pdf);
    return missing;
  }
}
