package vn.police.grievance.system;

/**
 * Free text as officers and units type or paste it. Pasting from Word, a PDF or a chat app often
 * brings characters that show nothing: zero-width spaces and joiners (U+200B..U+200D, U+2060), a
 * byte order mark (U+FEFF), no-break (U+00A0) and ideographic (U+3000) spaces. {@link String#trim()}
 * and {@link String#isBlank()} see none of them, so a title made only of them would pass as filled
 * in and show as empty.
 */
public final class Text {

  private Text() {}

  /**
   * The text without leading and trailing whitespace, space separators and invisible format
   * characters; null when nothing is left. Characters inside the text are kept as typed.
   */
  public static String clean(String s) {
    if (s == null) {
      return null;
    }
    int start = 0;
    int end = s.length();
    while (start < end && invisible(s.codePointAt(start))) {
      start += Character.charCount(s.codePointAt(start));
    }
    while (end > start && invisible(s.codePointBefore(end))) {
      end -= Character.charCount(s.codePointBefore(end));
    }
    return start == end ? null : s.substring(start, end);
  }

  /** True when the text is null or {@link #clean} leaves nothing of it. */
  public static boolean isBlank(String s) {
    return clean(s) == null;
  }

  private static boolean invisible(int c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.getType(c) == Character.FORMAT;
  }
}
