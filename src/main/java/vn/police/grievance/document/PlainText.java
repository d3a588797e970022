package vn.police.grievance.document;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/**
 * Text as both renderers take it. Letters are precomposed (NFC) because the PDF font has a glyph
 * for each Vietnamese letter with its marks but places no combining mark; characters XML 1.0 forbids
 * are dropped because a single one makes Word refuse the whole DOCX; tabs become spaces and every
 * kind of line break becomes "\n", which the renderers turn into a new line themselves.
 */
final class PlainText {

  static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

  private PlainText() {}

  static String of(String s) {
    if (s == null) {
      return "";
    }
    String text = Normalizer.normalize(s, Normalizer.Form.NFC);
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      if (c == '\r') {
        if (i < text.length() && text.charAt(i) == '\n') {
          i++;
        }
        out.append('\n');
      } else if (c == '\n' || c == '\u2028' || c == '\u2029' || c == '\u0085' || c == '\u000B' || c == '\u000C') {
        out.append('\n');
      } else if (c == '\t') {
        out.append(' ');
      } else if (allowedInXml(c)) {
        out.appendCodePoint(c);
      }
    }
    return out.toString();
  }

  /** Uppercase the Vietnamese way, for the parts the decree prints in capitals. */
  static String upper(String s) {
    return of(s).toUpperCase(VIETNAMESE);
  }

  /** The text's lines; an empty text has one empty line. */
  static List<String> lines(String s) {
    return List.of(of(s).split("\n", -1));
  }

  /** The text's paragraphs: its non-blank lines, or one empty paragraph. */
  static List<String> paragraphs(String s) {
    List<String> lines = lines(s).stream().filter(l -> !l.isBlank()).map(String::strip).toList();
    return lines.isEmpty() ? List.of("") : lines;
  }

  private static boolean allowedInXml(int c) {
    return (c >= 0x20 && c <= 0xD7FF && c != 0x7F && !(c >= 0x80 && c <= 0x9F))
        || (c >= 0xE000 && c <= 0xFFFD)
        || (c >= 0x10000 && c <= 0x10FFFF);
  }
}
