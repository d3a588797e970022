package vn.police.grievance.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The Camunda webapps (Tasklist, Cockpit, Admin, Welcome) speak Vietnamese: our {@code vi.json}
 * of each app carries every label of the {@code en.json} shipped in the Camunda webjar, with the
 * same interpolations, and our {@code config.js} offers Vietnamese with English as fallback. The
 * code that puts Vietnamese first and the one that keeps moment.js in the language of the labels
 * exist once each, in {@code app/shared/scripts/}, and every app loads them from there.
 */
class WebappLocaleTest {

  private static final String APP_FOLDER = "META-INF/resources/webjars/camunda/app/";
  private static final List<String> APPS = List.of("tasklist", "cockpit", "admin", "welcome");

  /** Angular-translate interpolations ({{name}}) and the ngPluralize count ({}). */
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{[^}]*}}|\\{}");

  /**
   * Values that are rightly the same in both languages: date patterns and week numbers, the
   * vendor name, the technical tokens null, CSV, JSON, comparison operators, a date-time pattern
   * and an empty label. Any other value equal to the English one is an untranslated label.
   */
  private static final Set<String> SAME_AS_ENGLISH_ALLOWED = Set.of(
      "dateLocales.calendar.sameElse",
      "dateLocales.longDateFormat.L",
      "dateLocales.longDateFormat.LT",
      "dateLocales.week.dow",
      "dateLocales.week.doy",
      "labels.APP_VENDOR",
      "labels.CAM_WIDGET_VARIABLES_TABLE_NULL",
      "labels.CAM_WIDGET_VARIABLE_NULL",
      "labels.DECISION_DEFINITION_NULL",
      "labels.DECISION_INSTANCE_NULL",
      "labels.PLGN_CLUP_STATS_TTL_NULL",
      "labels.PLGN_CS_NULL",
      "labels.PLGN_DRD_NULL",
      "labels.PLGN_SKE_NULL",
      "labels.PROCESS_DEFINITION_NULL",
      "labels.PROCESS_INSTANCE_NULL",
      "labels.REPOSITORY_DEPLOYMENTS_NULL",
      "labels.TIME_TO_LIVE_NULL",
      "labels.PLGN_REP_CSV",
      "labels.PLGN_REP_JSON",
      "labels.PLGN_BTCH_SET_REMOVAL_TIME_ABSOLUTE_PLACEHOLDER",
      "labels.SEARCH_LESS_THAN",
      "labels.SEARCH_LESS_THAN_EQUALS",
      "labels.SEARCH_GREATER_THAN",
      "labels.SEARCH_GREATER_THAN_EQUALS",
      "labels.NO_TASK_FORM");

  private static final Pattern AVAILABLE_LOCALES =
      Pattern.compile("availableLocales['\"]?\\s*:\\s*\\[([^\\]]*)]");
  private static final Pattern FALLBACK_LOCALE =
      Pattern.compile("fallbackLocale['\"]?\\s*:\\s*['\"]([A-Za-z_-]+)['\"]");
  private static final Pattern FULL_LINE_COMMENT = Pattern.compile("(?m)^\\s*//.*$");
  private static final Pattern BLOCK_COMMENT = Pattern.compile("(?s)/\\*.*?\\*/");

  private static final String DATE_FORMATS = "dateLocales.longDateFormat.";

  /** Where the code all four webapps share lives, served at {@code <app root>/app/shared/}. */
  private static final String SHARED_FOLDER = APP_FOLDER + "shared/scripts/";
  private static final String VIETNAMESE_FIRST = SHARED_FOLDER + "vietnamese-first.js";
  private static final String MOMENT_LOCALE = SHARED_FOLDER + "moment-locale.js";

  /** The localStorage key of the language override: only the Vietnamese-first code reads it. */
  private static final Pattern LOCALE_OVERRIDE_KEY = Pattern.compile("['\"`]grievance\\.webappLocale['\"`]");
  /** Replacing what the browser reports as its languages: the heart of the Vietnamese-first code. */
  private static final Pattern LANGUAGES_OVERRIDE =
      Pattern.compile("defineProperty\\([^,]*,\\s*['\"`]languages['\"`]");
  /** The AngularJS module that keeps moment.js in the language of the labels. */
  private static final Pattern MOMENT_LOCALE_MODULE =
      Pattern.compile("module\\(\\s*['\"`]grievance\\.momentLocale['\"`]");
  private static final Pattern MOMENT_CHANGE_LOCALE = Pattern.compile("\\.changeLocale\\(");
  /** A static import of the shared module, with or without named bindings. */
  private static final Pattern SHARED_IMPORT = Pattern.compile(
      "(?m)^\\s*import\\s+(?:\\{[^}]*}\\s+from\\s+)?['\"]([^'\"]*/vietnamese-first\\.js)['\"]");
  private static final Pattern MOMENT_LOCALE_PATH =
      Pattern.compile("['\"]grievance-moment-locale['\"]\\s*:\\s*['\"]([^'\"]+)['\"]");

  private final ObjectMapper json = new ObjectMapper();

  @Test
  void tasklistCockpitAndAdminShowDatesAsDayMonthYear() {
    for (String app : List.of("tasklist", "cockpit", "admin")) {
      JsonNode formats = readJson(APP_FOLDER + app + "/locales/vi.json").path("dateLocales").path("longDateFormat");
      for (String format : List.of("L", "LL", "LLL", "LLLL", "l", "ll", "lll", "llll")) {
        assertThat(formats.path(format).asText()).as("%s %s", app, format).contains("DD/MM/YYYY");
      }
      assertThat(formats.path("LT").asText()).as("%s LT", app).isEqualTo("HH:mm");
    }
  }

  @Test
  void noWebappShowsTheMigrationBannerToOfficers() {
    for (String app : APPS) {
      String css = read(APP_FOLDER + app + "/styles/user-styles.css");
      assertThat(BLOCK_COMMENT.matcher(css).replaceAll(""))
          .as("%s user-styles.css", app)
          .containsPattern("\\.ce-eol-banner\\s*\\{\\s*display:\\s*none;");
    }
  }

  @Test
  void tasklistSpeaksVietnameseForEveryEnglishLabel() {
    assertVietnameseCoversEnglish("tasklist");
  }

  @Test
  void cockpitSpeaksVietnameseForEveryEnglishLabel() {
    assertVietnameseCoversEnglish("cockpit");
  }

  @Test
  void adminSpeaksVietnameseForEveryEnglishLabel() {
    assertVietnameseCoversEnglish("admin");
  }

  @Test
  void welcomeSpeaksVietnameseForEveryEnglishLabel() {
    assertVietnameseCoversEnglish("welcome");
  }

  @Test
  void everyWebappOffersVietnameseWithEnglishAsFallback() {
    SoftAssertions softly = new SoftAssertions();
    for (String app : APPS) {
      String resource = APP_FOLDER + app + "/scripts/config.js";
      URL served = getClass().getClassLoader().getResource(resource);
      softly.assertThat(served).as("%s is on the classpath", resource).isNotNull();
      if (served == null) {
        continue;
      }
      // the first config.js on the classpath is the one the webapp serves: it must be ours
      softly.assertThat(served.toString())
          .as("%s served from our resources, not from the Camunda webjar", resource)
          .doesNotContain("camunda-webapp-webjar");

      String code = withoutComments(read(resource));
      Matcher available = AVAILABLE_LOCALES.matcher(code);
      softly.assertThat(available.find()).as("%s declares locales.availableLocales", resource).isTrue();
      if (available.find(0)) {
        List<String> locales = Arrays.stream(available.group(1).split(","))
            .map(locale -> locale.trim().replaceAll("^['\"]|['\"]$", ""))
            .filter(locale -> !locale.isEmpty())
            .toList();
        softly.assertThat(locales).as("availableLocales of %s", resource).contains("vi", "en");
      }
      Matcher fallback = FALLBACK_LOCALE.matcher(code);
      softly.assertThat(fallback.find()).as("%s declares locales.fallbackLocale", resource).isTrue();
      if (fallback.find(0)) {
        softly.assertThat(fallback.group(1)).as("fallbackLocale of %s", resource).isEqualTo("en");
      }
      softly.assertThat(code).as("%s is an ES module with a default export", resource)
          .contains("export default {");
    }
    softly.assertAll();
  }

  @Test
  void theVietnameseFirstCodeAndTheMomentLocaleExistOnceEachInTheSharedFolder() {
    Map<String, String> scripts = ourScripts();
    assertThat(scripts).containsKeys(VIETNAMESE_FIRST, MOMENT_LOCALE);

    SoftAssertions softly = new SoftAssertions();
    for (Pattern marker : List.of(LOCALE_OVERRIDE_KEY, LANGUAGES_OVERRIDE)) {
      softly.assertThat(scriptsMatching(scripts, marker))
          .as("scripts carrying the Vietnamese-first code (%s): only the shared module", marker)
          .containsExactly(VIETNAMESE_FIRST);
    }
    for (Pattern marker : List.of(MOMENT_LOCALE_MODULE, MOMENT_CHANGE_LOCALE)) {
      softly.assertThat(scriptsMatching(scripts, marker))
          .as("scripts defining the moment.js locale module (%s): only the shared one", marker)
          .containsExactly(MOMENT_LOCALE);
    }
    softly.assertAll();
  }

  @Test
  void everyWebappImportsTheSharedVietnameseFirstModule() {
    SoftAssertions softly = new SoftAssertions();
    for (String app : APPS) {
      String resource = APP_FOLDER + app + "/scripts/config.js";
      Matcher shared = SHARED_IMPORT.matcher(withoutComments(read(resource)));
      softly.assertThat(shared.find()).as("%s imports vietnamese-first.js", resource).isTrue();
      if (shared.find(0)) {
        // the browser resolves the import against the address of config.js
        softly.assertThat(resolve(resource, shared.group(1)))
            .as("what %s imports", resource).isEqualTo(VIETNAMESE_FIRST);
      }
    }
    softly.assertAll();
  }

  @Test
  void tasklistCockpitAndAdminLoadTheSharedMomentLocale() {
    SoftAssertions softly = new SoftAssertions();
    for (String app : List.of("tasklist", "cockpit", "admin")) {
      String resource = APP_FOLDER + app + "/scripts/config.js";
      String code = withoutComments(read(resource));
      softly.assertThat(code).as("%s starts the AngularJS module", resource).contains("'grievance.momentLocale'");
      Matcher path = MOMENT_LOCALE_PATH.matcher(code);
      softly.assertThat(path.find()).as("%s gives RequireJS the path of the moment locale", resource).isTrue();
      if (path.find(0)) {
        // RequireJS resolves paths against its baseUrl, the app's folder, and adds '.js'
        softly.assertThat(resolve(APP_FOLDER + app + "/", path.group(1) + ".js"))
            .as("the moment locale %s loads", resource).isEqualTo(MOMENT_LOCALE);
      }
    }
    softly.assertAll();
  }

  /**
   * The shared scripts as a signed-in officer's browser fetches them from the running application:
   * at the address config.js imports, as JavaScript (a module script of another type is refused).
   */
  @Nested
  @SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
  @ActiveProfiles("test")
  class Served {

    static final String PASSWORD = "Demo@2026!";

    @LocalServerPort int port;

    @Test
    void theSharedScriptsAreServedToASignedInOfficerAsJavaScript() throws Exception {
      HttpClient officer = loggedIn("tiepnhan");
      for (String resource : List.of(VIETNAMESE_FIRST, MOMENT_LOCALE)) {
        HttpResponse<String> response = get(officer, address(resource));
        assertThat(response.statusCode()).as(resource).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse(""))
            .as("content type of %s", resource)
            .matches("(text|application)/javascript(;.*)?");
        assertThat(response.body()).as(resource).isEqualTo(read(resource));
      }

      HttpClient anonymous = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
      HttpResponse<String> refused = get(anonymous, address(VIETNAMESE_FIRST));
      // refused (a 401 for a script request, a redirect to the login page for a page)
      assertThat(refused.statusCode()).as("without signing in").isIn(302, 401);
      assertThat(refused.body()).as("without signing in").doesNotContain("grievance.webappLocale");
    }

    /** The address of a resource below {@code APP_FOLDER}: the starter serves that folder at /camunda/app/. */
    private String address(String resource) {
      return "http://localhost:" + port + "/camunda/app/" + resource.substring(APP_FOLDER.length());
    }

    /** Signs in through the login form, as a browser does, and keeps the session cookie. */
    private HttpClient loggedIn(String user) throws IOException, InterruptedException {
      HttpClient client = HttpClient.newBuilder()
          .cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
      String page = get(client, "http://localhost:" + port + "/login").body();
      Matcher token = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(page);
      assertThat(token.find()).as("CSRF token on the login page").isTrue();
      String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
          + "&password=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8)
          + "&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
      HttpResponse<String> login = client.send(
          HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
              .header("Content-Type", "application/x-www-form-urlencoded")
              .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(login.statusCode()).as("login of %s", user).isEqualTo(302);
      assertThat(login.headers().firstValue("Location").orElse("")).as("login of %s", user).doesNotContain("error");
      return client;
    }

    private HttpResponse<String> get(HttpClient client, String address) throws IOException, InterruptedException {
      return client.send(HttpRequest.newBuilder(URI.create(address)).GET().build(),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
  }

  /** Our own scripts (not the Camunda webjar's), by classpath resource name, without comments. */
  private Map<String, String> ourScripts() {
    URL shared = getClass().getClassLoader().getResource(VIETNAMESE_FIRST);
    assertThat(shared).as("%s on the classpath", VIETNAMESE_FIRST).isNotNull();
    assertThat(shared.getProtocol()).as("our resources are a folder").isEqualTo("file");
    Path root;
    try {
      root = Path.of(shared.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    for (int i = 0; i < VIETNAMESE_FIRST.split("/").length; i++) {
      root = root.getParent();
    }
    Map<String, String> scripts = new TreeMap<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".js")).toList()) {
        String name = root.relativize(file).toString().replace('\\', '/');
        scripts.put(name, withoutComments(Files.readString(file, StandardCharsets.UTF_8)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the scripts below " + root, e);
    }
    return scripts;
  }

  private static List<String> scriptsMatching(Map<String, String> scripts, Pattern marker) {
    return scripts.entrySet().stream()
        .filter(script -> marker.matcher(script.getValue()).find())
        .map(Map.Entry::getKey)
        .toList();
  }

  /** A relative address as the browser resolves it, against the folder or file {@code from}. */
  private static String resolve(String from, String relative) {
    return URI.create("/" + from).resolve(relative).getPath().substring(1);
  }

  private void assertVietnameseCoversEnglish(String app) {
    String english = APP_FOLDER + app + "/locales/en.json";
    String vietnamese = APP_FOLDER + app + "/locales/vi.json";
    Map<String, JsonNode> en = leaves(readJson(english));
    Map<String, JsonNode> vi = leaves(readJson(vietnamese));
    assertThat(en).as("labels of %s in the Camunda webjar", english).isNotEmpty();

    Set<String> missing = new TreeSet<>(en.keySet());
    missing.removeAll(vi.keySet());
    Set<String> extra = new TreeSet<>(vi.keySet());
    extra.removeAll(en.keySet());
    // moment.js formats English defines itself (LTS, l, ll, lll, llll); left to moment, the
    // short ones would drop the leading zeros of day and month
    extra.removeIf(key -> key.startsWith(DATE_FORMATS));

    Map<String, String> wrongType = new TreeMap<>();
    Map<String, String> placeholderMismatch = new TreeMap<>();
    Set<String> untranslated = new TreeSet<>();
    for (Map.Entry<String, JsonNode> entry : en.entrySet()) {
      String key = entry.getKey();
      JsonNode enValue = entry.getValue();
      JsonNode viValue = vi.get(key);
      if (viValue == null) {
        continue;
      }
      if (enValue.getNodeType() != viValue.getNodeType()) {
        wrongType.put(key, enValue.getNodeType() + " in en, " + viValue.getNodeType() + " in vi");
        continue;
      }
      if (enValue.isTextual()) {
        List<String> enPlaceholders = placeholders(enValue.asText());
        List<String> viPlaceholders = placeholders(viValue.asText());
        if (!enPlaceholders.equals(viPlaceholders)) {
          placeholderMismatch.put(key, "en " + enPlaceholders + " vi " + viPlaceholders);
        }
      }
      if (enValue.equals(viValue) && !SAME_AS_ENGLISH_ALLOWED.contains(key)) {
        untranslated.add(key + " = " + enValue);
      }
    }

    SoftAssertions softly = new SoftAssertions();
    softly.assertThat(missing).as("keys of %s missing in %s", english, vietnamese).isEmpty();
    softly.assertThat(extra).as("keys of %s that %s does not have", vietnamese, english).isEmpty();
    softly.assertThat(wrongType).as("values of %s with another JSON type than in English", vietnamese)
        .isEmpty();
    softly.assertThat(placeholderMismatch)
        .as("values of %s whose {{...}} placeholders differ from English", vietnamese).isEmpty();
    softly.assertThat(untranslated)
        .as("values of %s still equal to English and not in the allow-list", vietnamese).isEmpty();
    softly.assertAll();
  }

  /** Every value by its path: object members joined with '.', array items as [index]. */
  private static Map<String, JsonNode> leaves(JsonNode root) {
    Map<String, JsonNode> leaves = new LinkedHashMap<>();
    collect("", root, leaves);
    return leaves;
  }

  private static void collect(String path, JsonNode node, Map<String, JsonNode> leaves) {
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        collect(path.isEmpty() ? field.getKey() : path + "." + field.getKey(), field.getValue(), leaves);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collect(path + "[" + i + "]", node.get(i), leaves);
      }
    } else {
      leaves.put(path, node);
    }
  }

  private static List<String> placeholders(String text) {
    List<String> found = new ArrayList<>();
    Matcher matcher = PLACEHOLDER.matcher(text);
    while (matcher.find()) {
      found.add(matcher.group());
    }
    found.sort(null);
    return found;
  }

  private static String withoutComments(String code) {
    return FULL_LINE_COMMENT.matcher(BLOCK_COMMENT.matcher(code).replaceAll("")).replaceAll("");
  }

  private JsonNode readJson(String resource) {
    try (InputStream in = open(resource)) {
      // the webjar's en.json starts with a UTF-8 byte order mark, which Jackson skips
      return json.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  private String read(String resource) {
    try (InputStream in = open(resource)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  private InputStream open(String resource) {
    InputStream in = getClass().getClassLoader().getResourceAsStream(resource);
    assertThat(in).as("%s on the test classpath", resource).isNotNull();
    return in;
  }
}
