package vn.police.grievance.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds English an officer would read in what we ship for the browser: the forms' labels,
 * descriptions, placeholders, texts and choices; the visible strings of our Cockpit and Tasklist
 * plugins and static pages (string literals that read as text, not code); the text and the
 * placeholder/title attributes of our HTML pages; and every value of the webapps' Vietnamese
 * locale files. A string is English when it holds a word of a list of common English words that
 * are never a Vietnamese syllable written without its marks ("an", "to", "do", "can", "long" are
 * not on it); proper nouns and abbreviations (PDF, CSV, Camunda…) are not on it either. The
 * placeholders of a locale text ({{name}}) and its markup are not read. A script may keep English
 * on purpose (the English a support engineer can switch to) between the comments
 * {@code locale-check: off} and {@code locale-check: on}.
 */
final class EnglishLeftovers {

  /** What was found: where, and the text. */
  record Finding(String where, String text) {
    @Override
    public String toString() {
      return where + ": " + text;
    }
  }

  /** Common English words of user interfaces and messages; none is also a Vietnamese syllable. */
  static final Set<String> ENGLISH = Set.of(
      "the", "is", "are", "was", "were", "be", "been", "of", "for", "with", "and", "or", "not", "this", "that",
      "these", "there", "your", "you", "please", "must", "should", "could", "would", "will", "has", "have", "had",
      "from", "into", "by", "if", "when", "which", "what", "who", "all", "any", "some", "more", "less", "only",
      "also", "yet", "its", "field", "fields", "required", "select", "selected", "search", "result", "results",
      "error", "errors", "failed", "invalid", "valid", "missing", "unknown", "allowed", "forbidden", "found",
      "loading", "empty", "none", "nothing", "task", "tasks", "process", "processes", "instance", "instances",
      "variable", "variables", "action", "actions", "name", "names", "date", "dates", "time", "user", "users",
      "group", "groups", "filter", "filters", "create", "created", "delete", "deleted", "edit", "save", "saved",
      "cancel", "submit", "complete", "completed", "claim", "unclaim", "start", "started", "show", "hide", "next",
      "previous", "page", "add", "remove", "reset", "apply", "close", "open", "yes", "details", "description",
      "history", "comment", "comments", "due", "priority", "assignee", "execute", "job", "jobs", "incident",
      "incidents", "retry", "retries", "batch", "batches", "deployment", "definition", "definitions", "tenant",
      "status", "days", "hours", "minutes", "seconds", "ago", "reason", "department", "report", "reports", "answer",
      "reply", "approve", "return", "confirm", "choose", "enter", "minimum", "maximum", "length", "value", "values",
      "match", "pattern", "export", "download", "upload", "file", "files", "view", "list", "items", "item", "new",
      "old", "other", "version", "latest", "running", "finished", "suspended", "active", "count", "total", "summary",
      "overview", "dashboard", "settings", "profile", "logout", "login", "sign", "password", "change", "changes",
      "update", "updated", "refresh", "back", "forward", "cannot", "can't", "don't", "does", "doesn't", "isn't",
      "success", "successful", "successfully", "warning", "info", "information", "message", "messages",
      "notification", "notifications", "unread", "read", "send", "sent", "because", "about", "after", "before",
      "between", "within", "without", "again", "here", "then", "than", "such", "system", "operation", "operations",
      "unit", "units", "role", "roles", "decision", "decisions", "documents", "document", "attachment", "attachments",
      "template", "templates", "conference", "conferences", "session",
      // what Cockpit printed for an empty tenant or parent instance
      "null");

  /** Proper nouns, abbreviations and formats that read the same in Vietnamese. */
  static final Set<String> ALLOWED = Set.of(
      "PDF", "XLSX", "CSV", "SSO", "Camunda", "ID", "SHA", "Excel", "HTTP", "HTTPS", "JSON", "API", "URL", "BPMN",
      "DMN", "Cockpit", "Tasklist", "Admin", "Platform", "OK", "dd", "mm", "yyyy", "HH", "UTC", "Asia", "Saigon",
      "Ho_Chi_Minh", "Zalo", "CP", "NĐ", "BCA", "UBND", "Email", "email", "Optimize", "Modeler", "Community", "Edition",
      // keys as they are printed on the keyboard
      "Enter", "Ctrl", "Esc", "Tab", "Shift",
      // the AngularJS service our Tasklist script asks for by name
      "Notifications",
      // Camunda's own term, kept in brackets beside "Phân vùng dữ liệu" in Admin so that an
      // administrator finds it in the engine's documentation
      "tenant");

  /** A locale text's placeholders and markup, which nobody reads as words. */
  private static final Pattern NOT_READ = Pattern.compile("\\{\\{[^}]*}}|<[^>]*>");

  /** Script lines deliberately in English. */
  private static final Pattern CHECK_OFF = Pattern.compile("(?s)locale-check: off.*?locale-check: on");

  private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z']*");

  /** Vietnamese letters with their marks: a string with one of them is meant to be read. */
  private static final Pattern VIETNAMESE = Pattern.compile("[À-ỹĐđ]");

  /** A sentence or a phrase: two or more words of letters, the first capitalised. */
  private static final Pattern PHRASE = Pattern.compile("^[A-Z][a-z']+(\\s+[A-Za-z'(),-]+)+[.!?:…]*$");

  /** A single capitalised word, such as a button's "Select" or "Search". */
  private static final Pattern CAPITALISED = Pattern.compile("^[A-Z][a-z]+[.!?:…]*$");

  private final List<Finding> findings = new ArrayList<>();

  List<Finding> findings() {
    return List.copyOf(findings);
  }

  /** True when the text has an English word that is not allowed. */
  static boolean isEnglish(String text) {
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      String word = m.group();
      if (ALLOWED.contains(word)) {
        continue;
      }
      if (ENGLISH.contains(word.toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  private void check(String where, String text) {
    if (text != null && !text.isBlank() && isEnglish(NOT_READ.matcher(text).replaceAll(" "))) {
      findings.add(new Finding(where, text.strip()));
    }
  }

  // --- Forms ------------------------------------------------------------------------------------

  private static final List<String> FORM_TEXTS = List.of("label", "description", "placeholder", "text", "searchableLabel");

  EnglishLeftovers form(Path file) {
    JsonNode schema = read(file);
    walkForm(file.getFileName().toString(), schema);
    return this;
  }

  private void walkForm(String where, JsonNode node) {
    if (node.isArray()) {
      node.forEach(n -> walkForm(where, n));
      return;
    }
    if (!node.isObject()) {
      return;
    }
    String at = where + (node.hasNonNull("key") ? " " + node.get("key").asText() : node.hasNonNull("id") ? " " + node.get("id").asText() : "");
    for (String name : FORM_TEXTS) {
      if (node.path(name).isTextual()) {
        check(at + " " + name, node.get(name).asText());
      }
    }
    JsonNode appearance = node.path("appearance");
    for (String name : List.of("prefixAdorner", "suffixAdorner")) {
      if (appearance.path(name).isTextual()) {
        check(at + " " + name, appearance.get(name).asText());
      }
    }
    node.path("values").forEach(v -> check(at + " choice", v.path("label").asText(null)));
    node.path("components").forEach(c -> walkForm(where, c));
  }

  // --- Locale files -----------------------------------------------------------------------------

  EnglishLeftovers locale(Path file) {
    walkLocale(file.getParent().getParent().getFileName() + "/" + file.getFileName(), "", read(file));
    return this;
  }

  private void walkLocale(String where, String key, JsonNode node) {
    if (node.isTextual()) {
      check(where + " " + key, node.asText());
    } else if (node.isContainerNode()) {
      Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
      if (node.isArray()) {
        for (int i = 0; i < node.size(); i++) {
          walkLocale(where, key + "[" + i + "]", node.get(i));
        }
      }
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> f = fields.next();
        walkLocale(where, key.isEmpty() ? f.getKey() : key + "." + f.getKey(), f.getValue());
      }
    }
  }

  // --- Scripts ----------------------------------------------------------------------------------

  EnglishLeftovers script(Path file) {
    String where = file.getFileName().toString();
    for (String literal : JsLiterals.of(CHECK_OFF.matcher(text(file)).replaceAll(""))) {
      if (readsAsText(literal)) {
        check(where, literal);
      }
    }
    return this;
  }

  /** A literal an officer reads: Vietnamese text, a phrase, or a single capitalised English word. */
  static boolean readsAsText(String literal) {
    String s = literal.strip();
    if (s.isEmpty() || s.contains("${") || s.startsWith("#") || s.startsWith(".") || s.startsWith("/") || s.contains("=>")) {
      return false;
    }
    return VIETNAMESE.matcher(s).find() || PHRASE.matcher(s).matches() || CAPITALISED.matcher(s).matches();
  }

  // --- HTML pages -------------------------------------------------------------------------------

  private static final Pattern HIDDEN = Pattern.compile("(?is)<(script|style)\\b.*?</\\1>|<!--.*?-->");
  private static final Pattern TAG = Pattern.compile("(?s)<[^>]*>");
  private static final Pattern SHOWN_ATTRIBUTE =
      Pattern.compile("(?i)\\b(placeholder|title|aria-label|alt)\\s*=\\s*(\"([^\"]*)\"|'([^']*)')");

  EnglishLeftovers page(Path file) {
    String where = file.getParent().getFileName() + "/" + file.getFileName();
    String html = HIDDEN.matcher(text(file)).replaceAll(" ");
    Matcher tag = TAG.matcher(html);
    while (tag.find()) {
      Matcher attribute = SHOWN_ATTRIBUTE.matcher(tag.group());
      while (attribute.find()) {
        check(where + " " + attribute.group(1), attribute.group(3) != null ? attribute.group(3) : attribute.group(4));
      }
    }
    for (String text : TAG.split(html)) {
      check(where, text.replace("&nbsp;", " "));
    }
    return this;
  }

  // ---------------------------------------------------------------------------------------------

  /** Everything we ship under the given resources folder and forms folder. */
  static List<Finding> scan(Path forms, Path resources) {
    EnglishLeftovers check = new EnglishLeftovers();
    Path webapps = resources.resolve("META-INF/resources/webjars/camunda/app");
    try (Stream<Path> formFiles = Files.list(forms);
        Stream<Path> shipped = Stream.concat(Files.walk(webapps), Files.walk(resources.resolve("static")))) {
      formFiles.filter(p -> p.toString().endsWith(".form")).sorted().forEach(check::form);
      shipped.filter(Files::isRegularFile).sorted().forEach(p -> {
        String name = p.getFileName().toString();
        if (name.equals("vi.json")) {
          check.locale(p);
        } else if (name.endsWith(".js")) {
          check.script(p);
        } else if (name.endsWith(".html")) {
          check.page(p);
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return check.findings();
  }

  private static JsonNode read(Path file) {
    try {
      return new ObjectMapper().readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String text(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The string literals of a script: quoted strings and the text parts of template literals; comments and regular expressions skipped. */
  static final class JsLiterals {
    private JsLiterals() {}

    static List<String> of(String js) {
      List<String> literals = new ArrayList<>();
      int i = 0;
      int n = js.length();
      char previous = ';'; // the last significant character outside literals and comments
      while (i < n) {
        char c = js.charAt(i);
        if (c == '/' && i + 1 < n && js.charAt(i + 1) == '/') {
          i = lineEnd(js, i);
        } else if (c == '/' && i + 1 < n && js.charAt(i + 1) == '*') {
          int end = js.indexOf("*/", i + 2);
          i = end < 0 ? n : end + 2;
        } else if (c == '\'' || c == '"') {
          StringBuilder sb = new StringBuilder();
          i = quoted(js, i, c, sb);
          literals.add(sb.toString());
          previous = 'x';
        } else if (c == '`') {
          i = template(js, i, literals);
          previous = 'x';
        } else if (c == '/' && "(,=:[!&|?{};+-*%<>~^".indexOf(previous) >= 0) {
          i = regex(js, i);
          previous = 'x';
        } else {
          if (!Character.isWhitespace(c)) {
            previous = Character.isLetterOrDigit(c) || c == '_' || c == '$' || c == ')' || c == ']' ? 'x' : c;
            if (previous == 'x' && endsWithKeyword(js, i)) {
              previous = '('; // after "return" or "typeof" a slash starts a regular expression
            }
          }
          i++;
        }
      }
      return literals;
    }

    private static boolean endsWithKeyword(String js, int i) {
      for (String k : List.of("return", "typeof")) {
        int start = i - k.length() + 1;
        if (start >= 0 && js.startsWith(k, start) && (start == 0 || !Character.isLetterOrDigit(js.charAt(start - 1)))
            && (i + 1 >= js.length() || !Character.isLetterOrDigit(js.charAt(i + 1)))) {
          return true;
        }
      }
      return false;
    }

    private static int lineEnd(String js, int i) {
      int end = js.indexOf('\n', i);
      return end < 0 ? js.length() : end;
    }

    private static int quoted(String js, int i, char quote, StringBuilder sb) {
      i++;
      while (i < js.length() && js.charAt(i) != quote && js.charAt(i) != '\n') {
        if (js.charAt(i) == '\\' && i + 1 < js.length()) {
          sb.append(js.charAt(i + 1));
          i += 2;
        } else {
          sb.append(js.charAt(i++));
        }
      }
      return i + 1;
    }

    private static int template(String js, int i, List<String> literals) {
      i++;
      StringBuilder sb = new StringBuilder();
      while (i < js.length() && js.charAt(i) != '`') {
        char c = js.charAt(i);
        if (c == '\\' && i + 1 < js.length()) {
          sb.append(js.charAt(i + 1));
          i += 2;
        } else if (c == '$' && i + 1 < js.length() && js.charAt(i + 1) == '{') {
          literals.add(sb.toString());
          sb.setLength(0);
          int depth = 1;
          i += 2;
          while (i < js.length() && depth > 0) {
            char d = js.charAt(i);
            if (d == '{') {
              depth++;
            } else if (d == '}') {
              depth--;
            } else if (d == '\'' || d == '"') {
              StringBuilder inner = new StringBuilder();
              i = quoted(js, i, d, inner) - 1;
              literals.add(inner.toString());
            } else if (d == '`') {
              i = template(js, i, literals) - 1;
            }
            i++;
          }
        } else {
          sb.append(c);
          i++;
        }
      }
      literals.add(sb.toString());
      return i + 1;
    }

    private static int regex(String js, int i) {
      i++;
      boolean inClass = false;
      while (i < js.length() && js.charAt(i) != '\n') {
        char c = js.charAt(i);
        if (c == '\\') {
          i += 2;
          continue;
        }
        if (c == '[') {
          inClass = true;
        } else if (c == ']') {
          inClass = false;
        } else if (c == '/' && !inClass) {
          return i + 1;
        }
        i++;
      }
      return i;
    }
  }
}
