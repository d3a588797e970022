package vn.police.grievance.system;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Vietnamese text as search compares it: officers type with or without accents, in any case, so
 * "Trụ sở", "TRU SO" and "tru so" are one word pair. Folding drops the tone and vowel marks
 * (NFD, then the combining marks), writes đ as d, lower-cases, and keeps letters and digits only,
 * single spaces between words. The same folding on both sides makes the comparison a plain
 * substring match that any database runs, with an index where it has one.
 */
public final class VietnameseText {

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  private VietnameseText() {}

  /** "Trụ sở Công an xã Đức Hòa!" → "tru so cong an xa duc hoa". Null stays null. */
  public static String fold(String text) {
    if (text == null) {
      return null;
    }
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
    String unmarked = MARKS.matcher(decomposed).replaceAll("").replace('đ', 'd').replace('Đ', 'D');
    return NOT_WORD.matcher(unmarked.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
  }

  /** The folded words of a query, each to be found: "Trụ-sở  xã" → [tru, so, xa]. */
  public static List<String> words(String query) {
    String folded = fold(query);
    return folded == null || folded.isEmpty() ? List.of() : Arrays.stream(folded.split(" ")).distinct().toList();
  }

  /** Several texts folded into one, a space between them, the nulls left out. */
  public static String foldAll(String... texts) {
    StringBuilder all = new StringBuilder();
    for (String text : texts) {
      String folded = fold(text);
      if (folded != null && !folded.isEmpty()) {
        if (!all.isEmpty()) {
          all.append(' ');
        }
        all.append(folded);
      }
    }
    return all.toString();
  }
}
