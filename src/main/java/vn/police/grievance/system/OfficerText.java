package vn.police.grievance.system;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.police.grievance.system.InvalidInputException.FieldProblem;

/**
 * What an officer reads of a message written for officers and developers alike. Our messages say
 * "Vietnamese (English)" so that a log or an API client reads them too; in Tasklist an officer
 * reads the Vietnamese only, without the field names the API speaks of.
 */
public final class OfficerText {

  /** An aside in parentheses. */
  private static final Pattern ASIDE = Pattern.compile("\\s*\\(([^()]*)\\)");

  /** English: plain ASCII with a lowercase word in it ("(PDF)", "(dữ liệu mẫu)" are not). */
  private static final Pattern ENGLISH = Pattern.compile("^[\\x20-\\x7E]*\\b[a-z]{2,}\\b[\\x20-\\x7E]*$");

  private OfficerText() {}

  /** The message without its English asides: "Chọn phòng (choose a department)" → "Chọn phòng". */
  public static String plain(String message) {
    if (message == null) {
      return null;
    }
    Matcher aside = ASIDE.matcher(message);
    StringBuilder out = new StringBuilder();
    while (aside.find()) {
      aside.appendReplacement(out, ENGLISH.matcher(aside.group(1)).matches() ? "" : Matcher.quoteReplacement(aside.group()));
    }
    aside.appendTail(out);
    return out.toString().trim();
  }

  /** The problems' messages, each once, in plain Vietnamese, as one sentence list. */
  public static String plain(List<FieldProblem> problems) {
    return String.join(" ", problems.stream().map(p -> sentence(plain(p.message()))).distinct().toList());
  }

  private static String sentence(String text) {
    return text.isEmpty() || text.endsWith(".") || text.endsWith("!") || text.endsWith("?") ? text : text + ".";
  }
}
