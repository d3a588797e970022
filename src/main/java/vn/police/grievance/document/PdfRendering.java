package vn.police.grievance.document;

import static vn.police.grievance.document.PageLayout.BOTTOM_MM;
import static vn.police.grievance.document.PageLayout.LEFT_MM;
import static vn.police.grievance.document.PageLayout.RIGHT_MM;
import static vn.police.grievance.document.PageLayout.TOP_MM;

import com.lowagie.text.Chunk;
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
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.pdf.draw.LineSeparator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Lays one document out as PDF. The decree's typeface is Times New Roman, which the application does
 * not ship; Noto Sans, embedded as a subset with Identity-H encoding, has every Vietnamese letter.
 * It is wider than Times, so the header is set a point smaller than the decree's 12–13 pt would be
 * in Times, to keep the national title on one line. Italic is slanted from the regular face, as
 * there is no italic face.
 */
final class PdfRendering {

  private static final float MM = 72f / 25.4f;
  private static final float BODY = 13;
  private static final float LEADING = 1.3f;

  private final AdministrativeDocument d;
  private final BaseFont regular;
  private final BaseFont bold;
  private final Font text;
  private final Font strong;
  private final Font headerText;
  private final Font headerStrong;
  private final Font nation;
  private final Font motto;
  private final Font datePlace;
  private final Font kind;
  private final Font subject;
  private final Font recipientsLabel;
  private final Font recipient;
  private final Font cell;
  private final Font cellHeader;
  private final Font small;
  private final Font spacing;

  private PdfRendering(AdministrativeDocument d, Fonts fonts) {
    this.d = d;
    this.regular = fonts.regular();
    this.bold = fonts.bold();
    text = new Font(regular, BODY);
    strong = new Font(bold, BODY);
    headerText = new Font(regular, 12);
    headerStrong = new Font(bold, 12);
    nation = new Font(bold, 12);
    motto = new Font(bold, 13);
    datePlace = new Font(regular, 13, Font.ITALIC);
    kind = new Font(bold, 14);
    subject = new Font(bold, 13);
    recipientsLabel = new Font(bold, 12, Font.ITALIC);
    recipient = new Font(regular, 11);
    cell = new Font(regular, 12);
    cellHeader = new Font(bold, 12);
    small = new Font(regular, 10, Font.ITALIC);
    spacing = new Font(regular, 0.5f);
  }

  /**
   * The two faces, read from their files once. Reading a face (its tables, its character map, the
   * widths of its thousands of glyphs) cost more than laying a letter out. A face read once serves
   * every document, on any thread, as OpenPDF's own font cache serves it: what a document uses of it
   * (the glyphs to embed) is kept by that document's writer, not by the face.
   */
  record Fonts(BaseFont regular, BaseFont bold) {

    static Fonts read(byte[] regularTtf, byte[] boldTtf) {
      return new Fonts(font("NotoSans-Regular.ttf", regularTtf), font("NotoSans-Bold.ttf", boldTtf));
    }

    private static BaseFont font(String name, byte[] bytes) {
      try {
        return BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, bytes, null);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  static byte[] render(AdministrativeDocument d, Fonts fonts) {
    return new PdfRendering(d, fonts).render();
  }

  private byte[] render() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A4, LEFT_MM * MM, RIGHT_MM * MM, TOP_MM * MM, BOTTOM_MM * MM);
    PdfWriter writer = PdfWriter.getInstance(document, out);
    writer.setPageEvent(new Margins());
    document.addTitle(PlainText.of(d.title()));
    document.addCreator(PageLayout.CREATOR);
    document.addAuthor(PlainText.of(d.issuingBody()));
    writer.getExtraCatalog().put(PdfName.LANG, new PdfString("vi"));
    // Justifies with the spaces alone: spacing letters apart would also part them in extracted text.
    writer.setSpaceCharRatio(PdfWriter.NO_SPACE_CHAR_RATIO);
    document.open();
    try {
      if (d.draft()) {
        document.add(draftMark());
      }
      document.add(header());
      if (d.kind() != null && !d.kind().isBlank()) {
        document.add(centred(PlainText.upper(d.kind()), kind, 18, 0));
        if (d.subject() != null && !d.subject().isBlank()) {
          document.add(centred(PlainText.of(d.subject()), subject, 2, 0));
          float line = document.right() - document.left();
          document.add(rule(Math.min(width(PlainText.of(d.subject()), subject), line) / 3, line));
        }
      }
      document.add(paragraph(10, " ", spacing));
      for (Block block : d.body()) {
        add(document, writer, block);
      }
      document.add(closing());
    } finally {
      document.close();
    }
    return out.toByteArray();
  }

  // --- Header ---------------------------------------------------------------------------------

  private PdfPTable draftMark() {
    PdfPTable mark = new PdfPTable(1);
    mark.setTotalWidth(width(PageLayout.DRAFT_MARK, headerStrong) + 16);
    mark.setLockedWidth(true);
    mark.setHorizontalAlignment(Element.ALIGN_RIGHT);
    mark.setSpacingAfter(6);
    PdfPCell box = new PdfPCell(new Phrase(PageLayout.DRAFT_MARK, headerStrong));
    box.setHorizontalAlignment(Element.ALIGN_CENTER);
    box.setPadding(4);
    box.setPaddingTop(2);
    box.setBorderWidth(0.8f);
    mark.addCell(box);
    return mark;
  }

  private PdfPTable header() {
    PdfPTable header = new PdfPTable(PageLayout.HEADER_COLUMNS);
    header.setWidthPercentage(100);
    float total = PageLayout.textWidthMm() * MM;
    float left = total * PageLayout.HEADER_COLUMNS[0] / 100;
    float right = total * PageLayout.HEADER_COLUMNS[1] / 100;

    PdfPCell bodies = layoutCell();
    if (d.superiorBody() != null && !d.superiorBody().isBlank()) {
      bodies.addElement(centred(PlainText.upper(d.superiorBody()), headerText, 0, 0));
    }
    String issuing = PlainText.upper(d.issuingBody());
    bodies.addElement(centred(issuing, headerStrong, 0, 0));
    bodies.addElement(rule(Math.min(width(issuing, headerStrong), left) * 0.4f, left));
    header.addCell(bodies);

    PdfPCell nationCell = layoutCell();
    nationCell.addElement(centred(PageLayout.NATION, nation, 0, 0));
    nationCell.addElement(centred(PageLayout.MOTTO, motto, 0, 0));
    nationCell.addElement(rule(width(PageLayout.MOTTO, motto), right));
    header.addCell(nationCell);

    PdfPCell number = layoutCell();
    number.addElement(centred(PlainText.of(d.numberLine()), text, 4, 0));
    if ((d.kind() == null || d.kind().isBlank()) && d.subject() != null && !d.subject().isBlank()) {
      number.addElement(centred("V/v " + PlainText.of(d.subject()), headerText, 2, 0));
    }
    header.addCell(number);

    PdfPCell date = layoutCell();
    date.addElement(centred(PlainText.of(d.placeAndDate()), datePlace, 4, 0));
    header.addCell(date);
    return header;
  }

  /** A borderless cell whose content is laid out element by element. */
  private static PdfPCell layoutCell() {
    PdfPCell c = new PdfPCell();
    c.setBorder(Rectangle.NO_BORDER);
    c.setPadding(0);
    c.setPaddingBottom(2);
    return c;
  }

  /** A horizontal rule of the given length, centred, drawn just under the line above it. */
  private Paragraph rule(float length, float available) {
    float percentage = Math.min(100, 100 * length / available);
    Chunk line = new Chunk(new LineSeparator(0.7f, percentage, null, Element.ALIGN_CENTER, -4));
    line.setFont(spacing);
    Paragraph p = paragraph(5, line);
    p.setSpacingAfter(2);
    return p;
  }

  private float width(String s, Font f) {
    return f.getBaseFont().getWidthPoint(s, f.getSize());
  }

  // --- Body -----------------------------------------------------------------------------------

  private void add(Document document, PdfWriter writer, Block block) {
    if (block instanceof Block.Paragraph p) {
      for (String line : PlainText.paragraphs(p.text())) {
        document.add(bodyParagraph(line, text));
      }
    } else if (block instanceof Block.Heading h) {
      // Keeps a heading off the foot of a page, away from the text it introduces.
      if (writer.getVerticalPosition(false) - document.bottom() < 4 * BODY * LEADING) {
        document.newPage();
      }
      document.add(bodyParagraph(String.join(" ", PlainText.paragraphs(h.text())), strong));
    } else if (block instanceof Block.NumberedItem item) {
      List<String> lines = PlainText.paragraphs(item.text());
      document.add(bodyParagraph(PlainText.of(item.label()).strip() + " " + lines.get(0), text));
      for (String line : lines.subList(1, lines.size())) {
        document.add(bodyParagraph(line, text));
      }
    } else if (block instanceof Block.Table t) {
      document.add(table(t));
    }
  }

  private Paragraph bodyParagraph(String s, Font font) {
    Paragraph p = paragraph(font.getSize() * LEADING, s, font);
    p.setAlignment(Element.ALIGN_JUSTIFIED);
    p.setFirstLineIndent(PageLayout.INDENT_MM * MM);
    p.setSpacingAfter(6);
    return p;
  }

  private PdfPTable table(Block.Table t) {
    PdfPTable table = new PdfPTable(t.relativeWidths());
    table.setWidthPercentage(100);
    // OpenPDF leaves out a table made of header rows only; without rows the header is an ordinary row.
    table.setHeaderRows(t.rows().isEmpty() ? 0 : 1);
    table.setSpacingBefore(6);
    table.setSpacingAfter(9);
    for (String h : t.headers()) {
      PdfPCell c = tableCell(h, cellHeader);
      c.setHorizontalAlignment(Element.ALIGN_CENTER);
      c.setVerticalAlignment(Element.ALIGN_MIDDLE);
      table.addCell(c);
    }
    for (List<String> row : t.rows()) {
      for (String value : row) {
        table.addCell(tableCell(value, cell));
      }
    }
    return table;
  }

  /**
   * A paragraph whose own font is a tiny one: OpenPDF writes the space before and after a paragraph as
   * a blank in the paragraph's font, and a full-size blank there is read as part of the line above it
   * by text extraction that sorts by position (it would read "n hư" for "như").
   */
  private Paragraph paragraph(float leading, String s, Font font) {
    Chunk chunk = new Chunk(s, font);
    return paragraph(leading, chunk);
  }

  private Paragraph paragraph(float leading, Chunk chunk) {
    Paragraph p = new Paragraph(leading);
    p.setFont(spacing);
    p.add(chunk);
    return p;
  }

  private static PdfPCell tableCell(String s, Font font) {
    PdfPCell c = new PdfPCell(new Phrase(PlainText.of(s), font));
    c.setLeading(0, 1.3f);
    c.setPadding(4);
    c.setPaddingTop(1);
    c.setPaddingBottom(3);
    c.setUseAscender(true);
    c.setUseDescender(true);
    c.setBorderWidth(0.5f);
    return c;
  }

  // --- Closing: recipients and signature ------------------------------------------------------

  private PdfPTable closing() {
    PdfPTable closing = new PdfPTable(PageLayout.CLOSING_COLUMNS);
    closing.setWidthPercentage(100);
    closing.setSpacingBefore(12);
    closing.setKeepTogether(true);

    PdfPCell recipients = layoutCell();
    if (!d.recipients().isEmpty()) {
      recipients.addElement(paragraph(15, PageLayout.RECIPIENTS, recipientsLabel));
      for (String r : d.recipients()) {
        recipients.addElement(paragraph(13, PageLayout.recipientLine(r), recipient));
      }
    }
    closing.addCell(recipients);

    PdfPCell signature = layoutCell();
    if (d.signingAuthority() != null && !d.signingAuthority().isBlank()) {
      signature.addElement(centred(PlainText.upper(d.signingAuthority()), strong, 0, 0));
    }
    if (d.signerTitle() != null && !d.signerTitle().isBlank()) {
      signature.addElement(centred(PlainText.upper(d.signerTitle()), strong, 0, 0));
    }
    // Room for the signature and the seal.
    signature.addElement(centred(PlainText.of(d.signerName()), strong, 72, 0));
    closing.addCell(signature);
    return closing;
  }

  private Paragraph centred(String s, Font font, float before, float after) {
    Paragraph p = paragraph(font.getSize() * 1.25f, s, font);
    p.setAlignment(Element.ALIGN_CENTER);
    p.setSpacingBefore(before);
    p.setSpacingAfter(after);
    return p;
  }

  /** Page numbers in the top margin from page 2 on, as the decree places them; a draft's note at the foot. */
  private final class Margins extends PdfPageEventHelper {
    @Override
    public void onEndPage(PdfWriter writer, Document document) {
      float middle = (document.left() + document.right()) / 2;
      int page = writer.getPageNumber();
      if (page > 1) {
        ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_CENTER,
            new Phrase(String.valueOf(page), new Font(regular, 13)), middle, document.top() + TOP_MM * MM / 2 - 4, 0);
      }
      if (d.draft()) {
        ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_CENTER,
            new Phrase(PageLayout.DRAFT_NOTE, small), middle, document.bottom() - BOTTOM_MM * MM / 2, 0);
      }
    }
  }
}
