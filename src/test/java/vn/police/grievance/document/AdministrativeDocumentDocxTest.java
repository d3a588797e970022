package vn.police.grievance.document;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.police.grievance.document.SampleDocuments.CLOSING;
import static vn.police.grievance.document.SampleDocuments.HEADERS;
import static vn.police.grievance.document.SampleDocuments.HEADING;
import static vn.police.grievance.document.SampleDocuments.ITEM;
import static vn.police.grievance.document.SampleDocuments.OPENING;
import static vn.police.grievance.document.SampleDocuments.SUBJECT;
import static vn.police.grievance.document.SampleDocuments.notice;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.text.Normalizer;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/** The DOCX a clerk edits before sign-off, opened again with POI. */
class AdministrativeDocumentDocxTest {

  final AdministrativeDocuments documents = new AdministrativeDocuments();

  private XWPFDocument docx(AdministrativeDocument d) throws Exception {
    return new XWPFDocument(new ByteArrayInputStream(documents.docx(d)));
  }

  @Test
  void aNoticeRendersAsDocxWithTheSameContentInTheSameOrder() throws Exception {
    try (XWPFDocument docx = docx(notice(3, false))) {
      List<IBodyElement> body = docx.getBodyElements();
      XWPFTable header = (XWPFTable) body.get(0);
      assertThat(cellText(header.getRow(0).getCell(0))).isEqualTo("BỘ CÔNG AN\nCÔNG AN TỈNH CÀ MAU\n");
      assertThat(cellText(header.getRow(0).getCell(1)))
          .isEqualTo("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n");
      assertThat(cellText(header.getRow(1).getCell(0))).isEqualTo("Số: 12/TB-CAT");
      assertThat(cellText(header.getRow(1).getCell(1))).isEqualTo("Cà Mau, ngày 05 tháng 02 năm 2026");

      List<String> paragraphs = docx.getParagraphs().stream().map(XWPFParagraph::getText).filter(t -> !t.isEmpty()).toList();
      assertThat(paragraphs).containsSubsequence("THÔNG BÁO", SUBJECT, OPENING, HEADING, "1. " + ITEM, CLOSING);

      List<XWPFTable> tables = docx.getTables();
      assertThat(tables).hasSize(3);
      XWPFTable table = tables.get(1);
      assertThat(body.indexOf(table)).isBetween(body.indexOf(paragraph(docx, HEADING)), body.indexOf(paragraph(docx, "1. " + ITEM)));
      assertThat(table.getRows()).hasSize(4);
      assertThat(texts(table.getRow(0))).isEqualTo(HEADERS);
      assertThat(table.getRow(0).isRepeatHeader()).isTrue();
      for (int i = 1; i <= 3; i++) {
        assertThat(texts(table.getRow(i))).isEqualTo(SampleDocuments.row(i));
      }
      assertThat(table.getRow(0).getCell(0).getParagraphs().get(0).getRuns().get(0).isBold()).isTrue();

      XWPFTable closing = tables.get(2);
      assertThat(body.get(body.size() - 1)).isSameAs(closing);
      assertThat(cellText(closing.getRow(0).getCell(0))).isEqualTo(
          "Nơi nhận:\n- Đ/c Giám đốc (để b/c);\n- Các phòng nghiệp vụ;\n- Công an các xã, phường;\n- Lưu: VT, PV01.");
      assertThat(cellText(closing.getRow(0).getCell(1))).isEqualTo("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nNguyễn Văn A");
      XWPFRun recipientsLabel = closing.getRow(0).getCell(0).getParagraphs().get(0).getRuns().get(0);
      assertThat(recipientsLabel.isBold()).isTrue();
      assertThat(recipientsLabel.isItalic()).isTrue();
    }
  }

  @Test
  void theDocxIsAnA4PageWithTheDecreesMarginsSetInTimesNewRoman() throws Exception {
    try (XWPFDocument docx = docx(notice(3, false))) {
      CTSectPr section = docx.getDocument().getBody().getSectPr();
      assertThat(section.getPgSz().getW()).isEqualTo(BigInteger.valueOf(11906));
      assertThat(section.getPgSz().getH()).isEqualTo(BigInteger.valueOf(16838));
      CTPageMar margins = section.getPgMar();
      assertThat(margins.getTop()).isEqualTo(BigInteger.valueOf(1134));
      assertThat(margins.getBottom()).isEqualTo(BigInteger.valueOf(1134));
      assertThat(margins.getLeft()).isEqualTo(BigInteger.valueOf(1701));
      assertThat(margins.getRight()).isEqualTo(BigInteger.valueOf(850));

      assertThat(docx.getTables().get(0).getCTTbl().getTblPr().isSetTblBorders()).as("header has no borders").isFalse();
      assertThat(docx.getTables().get(2).getCTTbl().getTblPr().isSetTblBorders()).as("closing has no borders").isFalse();

      XWPFParagraph opening = paragraph(docx, OPENING);
      assertThat(opening.getAlignment()).isEqualTo(ParagraphAlignment.BOTH);
      assertThat(opening.getFirstLineIndent()).isPositive();
      assertThat(opening.getRuns().get(0).getFontFamily()).isEqualTo("Times New Roman");
      assertThat(opening.getRuns().get(0).getFontSizeAsDouble()).isEqualTo(14.0);
      assertThat(paragraph(docx, "THÔNG BÁO").getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
      assertThat(paragraph(docx, "THÔNG BÁO").getRuns().get(0).isBold()).isTrue();
      assertThat(docx.getTables().get(0).getRow(1).getCell(1).getParagraphs().get(0).getRuns().get(0).isItalic())
          .as("place and date").isTrue();

      assertThat(docx.getProperties().getCoreProperties().getTitle()).isEqualTo("THÔNG BÁO " + SUBJECT);
      assertThat(docx.getProperties().getCoreProperties().getCreator()).isEqualTo("Hệ thống tiếp nhận và giải quyết kiến nghị");
      assertThat(docx.getProperties().getCoreProperties().getUnderlyingProperties().getLanguageProperty()).hasValue("vi-VN");
    }
  }

  @Test
  void pagesAreNumberedInTheHeaderFromTheSecondOn() throws Exception {
    try (XWPFDocument docx = docx(notice(3, false))) {
      CTSectPr section = docx.getDocument().getBody().getSectPr();
      assertThat(section.isSetTitlePg()).as("first page has its own, empty, header").isTrue();
      var policy = docx.getHeaderFooterPolicy();
      assertThat(policy.getFirstPageHeader().getText()).isBlank();
      assertThat(policy.getDefaultHeader().getParagraphs().get(0).getCTP().getFldSimpleArray(0).getInstr()).contains("PAGE");
      assertThat(docx.getFooterList()).isEmpty();
    }
  }

  @Test
  void aDraftDocxCarriesTheDraftMarkFirstAndTheNoteInItsFooters() throws Exception {
    try (XWPFDocument docx = docx(notice(3, true))) {
      assertThat(((XWPFParagraph) docx.getBodyElements().get(0)).getText()).isEqualTo("DỰ THẢO");
      assertThat(cellText(docx.getTables().get(0).getRow(1).getCell(0))).isEqualTo("Số: (dự thảo)");
      var policy = docx.getHeaderFooterPolicy();
      assertThat(policy.getDefaultFooter().getText()).contains("Bản dự thảo, chưa được ký ban hành.");
      assertThat(policy.getFirstPageFooter().getText()).contains("Bản dự thảo, chưa được ký ban hành.");
    }
  }

  @Test
  void textTypedByUsersIsWrittenAsTypedNotReadAsMarkup() throws Exception {
    String markup = "<b>Trụ sở</b> & kinh phí 100%s {0} \\n ${x}";
    String decomposed = Normalizer.normalize("Công an phường Tân Thành đề nghị", Normalizer.Form.NFD);
    AdministrativeDocument d = notice(
        List.of(new Block.Paragraph(markup), new Block.Paragraph(decomposed + "\r\nDòng thứ hai\u0007."),
            new Block.Table(List.of("Cột <i>", "Cột &amp;"), List.of(List.of(markup, "Dòng 1\nDòng 2")), null)),
        List.of("<u>Đơn vị</u> & 50%;"), "Trần Thị <B>");
    try (XWPFDocument docx = docx(d)) {
      List<String> paragraphs = docx.getParagraphs().stream().map(XWPFParagraph::getText).toList();
      assertThat(paragraphs).containsSubsequence(markup, "Công an phường Tân Thành đề nghị", "Dòng thứ hai.");
      XWPFTable table = docx.getTables().get(1);
      assertThat(texts(table.getRow(0))).containsExactly("Cột <i>", "Cột &amp;");
      assertThat(texts(table.getRow(1))).containsExactly(markup, "Dòng 1\nDòng 2");
      assertThat(cellText(docx.getTables().get(2).getRow(0).getCell(0))).contains("- <u>Đơn vị</u> & 50%;");
      assertThat(cellText(docx.getTables().get(2).getRow(0).getCell(1))).endsWith("Trần Thị <B>");
    }
  }

  private static XWPFParagraph paragraph(XWPFDocument docx, String text) {
    return docx.getParagraphs().stream().filter(p -> p.getText().equals(text)).findFirst().orElseThrow();
  }

  private static List<String> texts(XWPFTableRow row) {
    return row.getTableCells().stream().map(AdministrativeDocumentDocxTest::cellText).toList();
  }

  /** A cell's paragraphs, one a line (a rule under a title is an empty paragraph, hence an empty line). */
  private static String cellText(XWPFTableCell cell) {
    return cell.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
  }
}
