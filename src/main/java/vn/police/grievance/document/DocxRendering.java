package vn.police.grievance.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTParaRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;

/**
 * Lays one document out as DOCX for editing before sign-off, in the decree's Times New Roman and
 * sizes (13–14 pt). The header and the closing are borderless tables, as clerks make them in Word;
 * a Table block is a real Word table whose header row repeats on each page.
 */
final class DocxRendering {

  /**
   * POI asks {@code TransformerFactory.newInstance()} for every part of a package it writes (ten for
   * a letter), and without this property each call searches the class path for a provider: a third
   * of a letter's DOCX time in a profile of an item's route. Naming the JDK's own factory, which the
   * search ends with anyway (no other is on the class path), skips the search; a factory chosen by the
   * operator is left as it is.
   */
  static final String TRANSFORMER_FACTORY = "javax.xml.transform.TransformerFactory";

  static {
    if (System.getProperty(TRANSFORMER_FACTORY) == null) {
      System.setProperty(TRANSFORMER_FACTORY, "com.sun.org.apache.xalan.internal.xsltc.trax.TransformerFactoryImpl");
    }
  }

  static final String FONT = "Times New Roman";
  private static final int BODY = 14;
  /** Width of "Độc lập - Tự do - Hạnh phúc" in Times New Roman Bold, in ems: the motto's rule is as long. */
  private static final double MOTTO_EMS = 10.14;
  /** A rough width of a Times New Roman character, in ems, to size the short rules under titles. */
  private static final double UPPER_EMS = 0.62;
  private static final double MIXED_EMS = 0.45;

  private final AdministrativeDocument d;
  private final XWPFDocument doc;
  private final int textWidth = twips(PageLayout.textWidthMm());

  private DocxRendering(AdministrativeDocument d, XWPFDocument doc) {
    this.d = d;
    this.doc = doc;
  }

  static byte[] render(AdministrativeDocument d) {
    try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      new DocxRendering(d, doc).build();
      doc.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static int twips(double mm) {
    return (int) Math.round(mm * 1440 / 25.4);
  }

  private void build() {
    page();
    properties();
    if (d.draft()) {
      XWPFParagraph mark = doc.createParagraph();
      mark.setAlignment(ParagraphAlignment.CENTER);
      mark.setIndentationLeft(textWidth - twips(32));
      mark.setBorderTop(Borders.SINGLE);
      mark.setBorderBottom(Borders.SINGLE);
      mark.setBorderLeft(Borders.SINGLE);
      mark.setBorderRight(Borders.SINGLE);
      run(mark, PageLayout.DRAFT_MARK, 13, true, false);
    }
    header();
    if (present(d.kind())) {
      XWPFParagraph kind = centred(doc.createParagraph(), PlainText.upper(d.kind()), 14, true, false);
      kind.setSpacingBefore(360);
      if (present(d.subject())) {
        String subject = PlainText.of(d.subject());
        centred(doc.createParagraph(), subject, 14, true, false);
        rule(doc.createParagraph(), Math.min(textWidth / 3.0, subject.length() * MIXED_EMS * 14 * 20 / 3), textWidth);
      }
    }
    doc.createParagraph().setSpacingAfter(0);
    for (Block block : d.body()) {
      add(block);
    }
    closing();
    pageNumbers();
    if (d.draft()) {
      for (HeaderFooterType type : List.of(HeaderFooterType.DEFAULT, HeaderFooterType.FIRST)) {
        XWPFFooter footer = doc.createFooter(type);
        centred(footer.createParagraph(), PageLayout.DRAFT_NOTE, 10, false, true);
      }
    }
  }

  // --- Page, properties -----------------------------------------------------------------------

  private void page() {
    CTSectPr section = doc.getDocument().getBody().isSetSectPr()
        ? doc.getDocument().getBody().getSectPr()
        : doc.getDocument().getBody().addNewSectPr();
    CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
    size.setW(BigInteger.valueOf(twips(PageLayout.WIDTH_MM)));
    size.setH(BigInteger.valueOf(twips(PageLayout.HEIGHT_MM)));
    CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
    margins.setTop(BigInteger.valueOf(twips(PageLayout.TOP_MM)));
    margins.setBottom(BigInteger.valueOf(twips(PageLayout.BOTTOM_MM)));
    margins.setLeft(BigInteger.valueOf(twips(PageLayout.LEFT_MM)));
    margins.setRight(BigInteger.valueOf(twips(PageLayout.RIGHT_MM)));
    margins.setHeader(BigInteger.valueOf(twips(PageLayout.TOP_MM / 2)));
    margins.setFooter(BigInteger.valueOf(twips(PageLayout.BOTTOM_MM / 2)));
    margins.setGutter(BigInteger.ZERO);
  }

  private void properties() {
    var core = doc.getProperties().getCoreProperties();
    core.setTitle(PlainText.of(d.title()));
    core.setCreator(PageLayout.CREATOR);
    core.getUnderlyingProperties().setLanguageProperty("vi-VN");
    var styles = doc.createStyles();
    CTFonts fonts = CTFonts.Factory.newInstance();
    fonts.setAscii(FONT);
    fonts.setHAnsi(FONT);
    fonts.setCs(FONT);
    fonts.setEastAsia(FONT);
    styles.setDefaultFonts(fonts);
    styles.setSpellingLanguage("vi-VN");
    // Empty paragraphs, used as spacing, take the default size: the body's rather than Word's 10 pt.
    CTRPr defaults = styles.getCtStyles().getDocDefaults().getRPrDefault().getRPr();
    defaults.addNewSz().setVal(BigInteger.valueOf(BODY * 2L));
    defaults.addNewSzCs().setVal(BigInteger.valueOf(BODY * 2L));
  }

  // --- Header ---------------------------------------------------------------------------------

  private void header() {
    XWPFTable table = layoutTable(2, PageLayout.HEADER_COLUMNS);
    int left = column(PageLayout.HEADER_COLUMNS, 0);
    int right = column(PageLayout.HEADER_COLUMNS, 1);

    XWPFTableCell bodies = table.getRow(0).getCell(0);
    if (present(d.superiorBody())) {
      centred(bodies.addParagraph(), PlainText.upper(d.superiorBody()), 13, false, false);
    }
    String issuing = PlainText.upper(d.issuingBody());
    centred(bodies.addParagraph(), issuing, 13, true, false);
    rule(bodies.addParagraph(), Math.min(left, issuing.length() * UPPER_EMS * 13 * 20) * 0.4, left);
    dropFirst(bodies);

    XWPFTableCell nation = table.getRow(0).getCell(1);
    centred(nation.addParagraph(), PageLayout.NATION, 13, true, false);
    centred(nation.addParagraph(), PageLayout.MOTTO, 14, true, false);
    rule(nation.addParagraph(), MOTTO_EMS * 14 * 20, right);
    dropFirst(nation);

    XWPFTableCell number = table.getRow(1).getCell(0);
    XWPFParagraph numberLine = centred(number.addParagraph(), PlainText.of(d.numberLine()), 13, false, false);
    numberLine.setSpacingBefore(80);
    if (!present(d.kind()) && present(d.subject())) {
      centred(number.addParagraph(), "V/v " + PlainText.of(d.subject()), 12, false, false).setSpacingBefore(40);
    }
    dropFirst(number);

    XWPFTableCell date = table.getRow(1).getCell(1);
    centred(date.addParagraph(), PlainText.of(d.placeAndDate()), 14, false, true).setSpacingBefore(80);
    dropFirst(date);
  }

  /** A borderless table across the text width, for laying things side by side. */
  private XWPFTable layoutTable(int rows, float[] columns) {
    XWPFTable table = doc.createTable(rows, columns.length);
    table.removeBorders();
    table.setWidth(textWidth);
    table.setTableAlignment(TableRowAlign.CENTER);
    table.setCellMargins(0, 40, 0, 40);
    table.getCTTbl().getTblPr().addNewTblLayout().setType(STTblLayoutType.FIXED);
    widths(table, columns);
    return table;
  }

  private void widths(XWPFTable table, float[] columns) {
    CTTblGrid grid = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid() : table.getCTTbl().getTblGrid();
    while (grid.sizeOfGridColArray() > 0) {
      grid.removeGridCol(0);
    }
    for (int i = 0; i < columns.length; i++) {
      grid.addNewGridCol().setW(BigInteger.valueOf(column(columns, i)));
    }
    for (XWPFTableRow row : table.getRows()) {
      for (int i = 0; i < columns.length; i++) {
        row.getCell(i).setWidth(String.valueOf(column(columns, i)));
      }
    }
  }

  private int column(float[] columns, int i) {
    double total = 0;
    for (float c : columns) {
      total += c;
    }
    return (int) Math.round(textWidth * columns[i] / total);
  }

  /** A new cell holds one empty paragraph; once the cell's own are added it only adds a blank line. */
  private static void dropFirst(XWPFTableCell cell) {
    if (cell.getParagraphs().size() > 1) {
      cell.removeParagraph(0);
    }
  }

  /** A short centred rule: an empty paragraph of a tiny mark with a bottom border, narrowed by its indents. */
  private static void rule(XWPFParagraph p, double length, int available) {
    int indent = (int) Math.max(0, Math.round((available - length) / 2));
    p.setIndentationLeft(indent);
    p.setIndentationRight(indent);
    p.setBorderBottom(Borders.SINGLE);
    p.setSpacingBefore(0);
    p.setSpacingAfter(0);
    CTParaRPr mark = p.getCTP().isSetPPr() && p.getCTP().getPPr().isSetRPr()
        ? p.getCTP().getPPr().getRPr()
        : p.getCTP().getPPr().addNewRPr();
    mark.addNewSz().setVal(BigInteger.valueOf(4));
    mark.addNewSzCs().setVal(BigInteger.valueOf(4));
  }

  // --- Body -----------------------------------------------------------------------------------

  private void add(Block block) {
    if (block instanceof Block.Paragraph p) {
      for (String line : PlainText.paragraphs(p.text())) {
        run(bodyParagraph(), line, BODY, false, false);
      }
    } else if (block instanceof Block.Heading h) {
      XWPFParagraph p = bodyParagraph();
      p.setKeepNext(true);
      run(p, String.join(" ", PlainText.paragraphs(h.text())), BODY, true, false);
    } else if (block instanceof Block.NumberedItem item) {
      List<String> lines = PlainText.paragraphs(item.text());
      run(bodyParagraph(), PlainText.of(item.label()).strip() + " " + lines.get(0), BODY, false, false);
      for (String line : lines.subList(1, lines.size())) {
        run(bodyParagraph(), line, BODY, false, false);
      }
    } else if (block instanceof Block.Table t) {
      table(t);
    }
  }

  private XWPFParagraph bodyParagraph() {
    XWPFParagraph p = doc.createParagraph();
    p.setAlignment(ParagraphAlignment.BOTH);
    p.setFirstLineIndent(twips(PageLayout.INDENT_MM));
    p.setSpacingAfter(120);
    p.setSpacingBetween(1.15);
    return p;
  }

  private void table(Block.Table t) {
    XWPFTable table = doc.createTable(t.rows().size() + 1, t.headers().size());
    XWPFTable.XWPFBorderType single = XWPFTable.XWPFBorderType.SINGLE;
    table.setTopBorder(single, 4, 0, "000000");
    table.setBottomBorder(single, 4, 0, "000000");
    table.setLeftBorder(single, 4, 0, "000000");
    table.setRightBorder(single, 4, 0, "000000");
    table.setInsideHBorder(single, 4, 0, "000000");
    table.setInsideVBorder(single, 4, 0, "000000");
    table.setWidth(textWidth);
    table.setTableAlignment(TableRowAlign.CENTER);
    table.getCTTbl().getTblPr().addNewTblLayout().setType(STTblLayoutType.FIXED);
    widths(table, t.relativeWidths());
    XWPFTableRow header = table.getRow(0);
    header.setRepeatHeader(true);
    header.setCantSplitRow(true);
    for (int c = 0; c < t.headers().size(); c++) {
      XWPFTableCell cell = header.getCell(c);
      cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
      XWPFParagraph p = cell.getParagraphs().get(0);
      p.setAlignment(ParagraphAlignment.CENTER);
      run(p, t.headers().get(c), 13, true, false);
    }
    for (int r = 0; r < t.rows().size(); r++) {
      List<String> row = t.rows().get(r);
      for (int c = 0; c < row.size(); c++) {
        run(table.getRow(r + 1).getCell(c).getParagraphs().get(0), row.get(c), 13, false, false);
      }
    }
    // Word joins two tables that touch; an empty paragraph keeps the table apart from what follows.
    doc.createParagraph().setSpacingAfter(0);
  }

  // --- Closing: recipients and signature ------------------------------------------------------

  private void closing() {
    XWPFTable table = layoutTable(1, PageLayout.CLOSING_COLUMNS);
    table.getRow(0).setCantSplitRow(true);

    XWPFTableCell recipients = table.getRow(0).getCell(0);
    if (!d.recipients().isEmpty()) {
      XWPFParagraph label = recipients.addParagraph();
      label.setSpacingBefore(240);
      run(label, PageLayout.RECIPIENTS, 12, true, true);
      for (String r : d.recipients()) {
        XWPFParagraph p = recipients.addParagraph();
        p.setSpacingAfter(0);
        run(p, PageLayout.recipientLine(r), 11, false, false);
      }
    }
    dropFirst(recipients);

    XWPFTableCell signature = table.getRow(0).getCell(1);
    boolean first = true;
    for (String line : new String[] {d.signingAuthority(), d.signerTitle()}) {
      if (present(line)) {
        XWPFParagraph p = centred(signature.addParagraph(), PlainText.upper(line), 14, true, false);
        p.setSpacingBefore(first ? 240 : 0);
        first = false;
      }
    }
    XWPFParagraph name = centred(signature.addParagraph(), PlainText.of(d.signerName()), 14, true, false);
    // Room for the signature and the seal.
    name.setSpacingBefore(first ? 240 : 1700);
    dropFirst(signature);
  }

  private void pageNumbers() {
    XWPFHeader header = doc.createHeader(HeaderFooterType.DEFAULT);
    XWPFParagraph p = header.createParagraph();
    p.setAlignment(ParagraphAlignment.CENTER);
    CTSimpleField page = p.getCTP().addNewFldSimple();
    page.setInstr(" PAGE ");
    CTR r = page.addNewR();
    CTRPr props = r.addNewRPr();
    props.addNewSz().setVal(BigInteger.valueOf(26));
    r.addNewT().setStringValue("2");
    // The first page shows no number, as the decree asks: an empty first-page header.
    doc.createHeader(HeaderFooterType.FIRST).createParagraph();
  }

  // --- Text -----------------------------------------------------------------------------------

  private static XWPFParagraph centred(XWPFParagraph p, String text, int size, boolean bold, boolean italic) {
    p.setAlignment(ParagraphAlignment.CENTER);
    p.setSpacingAfter(0);
    run(p, text, size, bold, italic);
    return p;
  }

  /** Plain text in runs, one per line: POI writes the text as it is, nothing in it is read as markup. */
  private static void run(XWPFParagraph p, String text, int size, boolean bold, boolean italic) {
    XWPFRun previous = null;
    for (String line : PlainText.lines(text)) {
      if (previous != null) {
        previous.addBreak();
      }
      XWPFRun r = p.createRun();
      r.setFontFamily(FONT);
      r.setFontSize(size);
      r.setBold(bold);
      r.setItalic(italic);
      r.setText(line);
      previous = r;
    }
  }

  private static boolean present(String s) {
    return s != null && !s.isBlank();
  }
}
