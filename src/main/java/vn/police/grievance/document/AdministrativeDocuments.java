package vn.police.grievance.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.springframework.stereotype.Component;

/**
 * Renders an {@link AdministrativeDocument} as the PDF that is issued and as the DOCX a clerk edits
 * before sign-off. Both follow Decree 30/2020/NĐ-CP, Appendix I; the PDF embeds the application's
 * Noto Sans (fonts/OFL.txt), the DOCX names Times New Roman, which Word in Vietnam has.
 * Thread-safe: each call lays out its own document; the fonts, read once, are shared.
 */
@Component
public final class AdministrativeDocuments {

  private final PdfRendering.Fonts fonts;

  public AdministrativeDocuments() {
    this.fonts = PdfRendering.Fonts.read(read("/fonts/NotoSans-Regular.ttf"), read("/fonts/NotoSans-Bold.ttf"));
  }

  /** The document as PDF, A4, with its fonts embedded. */
  public byte[] pdf(AdministrativeDocument d) {
    return PdfRendering.render(d, fonts);
  }

  /** The document as DOCX (Word), A4, with the same content in the same order. */
  public byte[] docx(AdministrativeDocument d) {
    return DocxRendering.render(d);
  }

  private static byte[] read(String path) {
    try (InputStream in = AdministrativeDocuments.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("Font missing from the application: " + path);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("Font unreadable: " + path, e);
    }
  }
}
