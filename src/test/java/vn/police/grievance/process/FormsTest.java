package vn.police.grievance.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Named.named;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import vn.police.grievance.intake.StartFormOptions;
import vn.police.grievance.item.Route;
import vn.police.grievance.item.HigherAuthority;
import vn.police.grievance.item.StudyOutcome;
import vn.police.grievance.item.InadmissibleGround;

/**
 * The Camunda Forms under {@code forms/} as the 7.24 Tasklist (form-js 1.8) renders them and as the
 * processes and services read what they submit. Read from the file system: Maven runs tests from
 * the project root.
 */
class FormsTest {

  private static final Path FORMS = Path.of("forms");
  private static final Path PROCESSES = Path.of("processes");
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The 7.24 Tasklist embeds form-js 1.8; keep schemas at or below what the team has agreed on. */
  private static final int MAX_SCHEMA_VERSION = 16;

  /** Ids the modeler generates, such as Field_0abc123, Form_1x2y3z4 or Textfield_0k1l2m3. */
  private static final Pattern MODELER_DEFAULT_ID = Pattern.compile("^[A-Z][A-Za-z]*_[0-9a-z]{7}$");

  /** Components that bind a variable (keyed in form-js). */
  private static final Set<String> INPUT_TYPES =
      Set.of("textfield", "textarea", "number", "select", "radio", "checkbox", "checklist", "taglist", "datetime");

  /** Everything form-js 1.8 renders; later components (filepicker, documentPreview...) would stay blank. */
  private static final Set<String> FORM_JS_1_8_TYPES =
      Set.of(
          "textfield", "textarea", "number", "select", "radio", "checkbox", "checklist", "taglist",
          "datetime", "text", "html", "image", "group", "dynamiclist", "table", "iframe",
          "separator", "spacer", "button", "expression");

  /** The options the task listener prepares for select and taglist fields. */
  private static final Set<String> OPTION_VARIABLES = Set.of("ctxRegulationOptions", "ctxDepartmentOptions", "ctxDuplicateOptions");

  /** The options the server writes into the start form for whoever opens it (StartFormOptions). */
  private static final Set<String> START_FORM_OPTIONS =
      Set.of(StartFormOptions.UNIT_OPTIONS, StartFormOptions.CATEGORY_OPTIONS);

  private static final String START_FORM = "grievance-submission";

  private static final Pattern FORM_REF = Pattern.compile("camunda:formRef=\"([^\"]+)\"");

  // ---------------------------------------------------------------------------------------------
  // Every form

  @ParameterizedTest(name = "{0} declares a schema version the 7.24 Tasklist renders")
  @MethodSource("forms")
  void everyFormDeclaresASchemaVersionTheTasklistRenders(Path file) throws IOException {
    JsonNode form = read(file);

    assertThat(form.path("schemaVersion").isInt()).as("schemaVersion is a number").isTrue();
    assertThat(form.path("schemaVersion").asInt()).isBetween(1, MAX_SCHEMA_VERSION);
    assertThat(form.path("type").asText()).isEqualTo("default");
    assertThat(form.path("executionPlatform").asText()).isEqualTo("Camunda Platform");
    assertThat(form.path("executionPlatformVersion").asText()).isEqualTo("7.24.0");
  }

  @ParameterizedTest(name = "{0} is deployed under the key its file is named after")
  @MethodSource("forms")
  void everyFormIsDeployedUnderTheKeyItsFileIsNamedAfter(Path file) throws IOException {
    assertThat(read(file).path("id").asText()).isEqualTo(formId(file));
  }

  @ParameterizedTest(name = "{0} gives every component a meaningful, unique id")
  @MethodSource("forms")
  void everyComponentHasAMeaningfulUniqueId(Path file) throws IOException {
    List<String> ids = components(read(file)).stream().map(c -> c.path("id").asText("")).toList();

    assertThat(ids).doesNotContain("");
    assertThat(ids).allSatisfy(id -> assertThat(id).doesNotMatch(MODELER_DEFAULT_ID));
    assertThat(ids).doesNotHaveDuplicates();
    assertThat(formId(file)).doesNotMatch(MODELER_DEFAULT_ID);
  }

  @ParameterizedTest(name = "{0} uses only components form-js 1.8 renders")
  @MethodSource("forms")
  void everyComponentIsOneFormJs18Renders(Path file) throws IOException {
    assertThat(components(read(file))).allSatisfy(c -> assertThat(c.path("type").asText()).isIn(FORM_JS_1_8_TYPES));
  }

  @ParameterizedTest(name = "{0} binds only context snapshots and process variables the server reads")
  @MethodSource("forms")
  void everyInputBindsAContextSnapshotOrAKnownProcessVariable(Path file) throws IOException {
    Set<String> variables = processVariableNames();

    assertThat(inputs(read(file)))
        .allSatisfy(
            input -> {
              String key = input.path("key").asText("");
              assertThat(key).as("key of %s", input.path("id").asText()).isNotEmpty();
              if (!isContext(key)) {
                assertThat(variables).as("ProcessVariables constants").contains(key);
              }
            });
  }

  @ParameterizedTest(name = "{0} shows the context snapshot read-only")
  @MethodSource("forms")
  void contextSnapshotsAreReadOnly(Path file) throws IOException {
    assertThat(inputs(read(file)).stream().filter(c -> isContext(c.path("key").asText())))
        .allSatisfy(
            c -> {
              assertThat(c.path("readonly").asBoolean()).as("%s is readonly", c.path("key").asText()).isTrue();
              assertThat(c.path("validate").path("required").asBoolean()).isFalse();
            });
  }

  @ParameterizedTest(name = "{0} binds each variable to one field only")
  @MethodSource("forms")
  void eachVariableIsBoundToOneFieldOnly(Path file) throws IOException {
    // form-js refuses to import a schema whose keys collide.
    assertThat(inputs(read(file)).stream().map(c -> c.path("key").asText()).toList()).doesNotHaveDuplicates();
  }

  @ParameterizedTest(name = "{0} speaks Vietnamese to the officer")
  @MethodSource("forms")
  void labelsAreInVietnamese(Path file) throws IOException {
    JsonNode form = read(file);
    List<String> labels = labels(form);

    assertThat(inputs(form)).allSatisfy(c -> assertThat(label(c)).as("label of %s", c.path("id").asText()).isNotBlank());
    assertThat(labels).anySatisfy(label -> assertThat(hasVietnameseDiacritic(label)).as(label).isTrue());
  }

  @ParameterizedTest(name = "{0} writes conditions as FEEL expressions")
  @MethodSource("forms")
  void conditionsAreFeelExpressions(Path file) throws IOException {
    assertThat(components(read(file)).stream().filter(c -> c.has("conditional")))
        .allSatisfy(c -> assertThat(c.path("conditional").path("hide").asText()).startsWith("="));
  }

  @ParameterizedTest(name = "{0} takes dynamic options from what the server prepares for it")
  @MethodSource("forms")
  void dynamicOptionsComeFromTheServer(Path file) throws IOException {
    Set<String> prepared = formId(file).equals(START_FORM) ? START_FORM_OPTIONS : OPTION_VARIABLES;
    assertThat(components(read(file)).stream().filter(c -> c.has("valuesKey")))
        .allSatisfy(c -> assertThat(c.path("valuesKey").asText()).isIn(prepared));
  }

  @ParameterizedTest(name = "{0} lists no options the catalogue or the organisation owns")
  @MethodSource("forms")
  void choicesFromDataAreNeverWrittenIntoTheForm(Path file) throws IOException {
    Set<String> fromData = Set.of("unitId", "category", "departmentId", "regulationCodes", "consultDepartmentIds");
    assertThat(inputs(read(file)).stream().filter(c -> fromData.contains(c.path("key").asText())))
        .allSatisfy(
            c -> {
              assertThat(c.has("values")).as("%s lists static options", c.path("key").asText()).isFalse();
              assertThat(c.has("valuesKey")).as("%s takes its options from data", c.path("key").asText()).isTrue();
            });
  }

  // ---------------------------------------------------------------------------------------------
  // Forms and diagrams together

  @Test
  void everyFormTheDiagramsReferenceIsInTheFormsFolderAndNoneIsUnused() throws IOException {
    Set<String> referenced = new TreeSet<>();
    try (Stream<Path> diagrams = Files.list(PROCESSES)) {
      for (Path diagram : diagrams.filter(p -> p.toString().endsWith(".bpmn")).toList()) {
        Matcher m = FORM_REF.matcher(Files.readString(diagram, StandardCharsets.UTF_8));
        while (m.find()) {
          referenced.add(m.group(1));
        }
      }
    }
    Set<String> present;
    try (Stream<Path> files = formFiles()) {
      present = files.map(FormsTest::formId).collect(Collectors.toCollection(TreeSet::new));
    }

    assertThat(present).isEqualTo(referenced);
  }

  // ---------------------------------------------------------------------------------------------
  // What each step asks for

  @ParameterizedTest(name = "{0}: {1} must be filled in")
  @CsvSource({
      "grievance-submission, category",
      "grievance-submission, title",
      "grievance-submission, content",
      "triage, triageDecision",
      "triage, regulationCodes",
      "triage, departmentId",
      "triage, inadmissibleGround",
      "triage, duplicateOf",
      "immediate-answer, regulationCodes",
      "immediate-answer, answerText",
      "department-study, studyText",
      "department-study, proposedAnswer",
      "department-study, studyOutcome",
      "department-study, higherAuthority",
      "consultation, consultationOpinion",
      "head-review, headDecision",
      "head-review, headReturnReason",
      "authority-reply, authorityReply",
      "authority-reply, authorityReplyDate",
      "authority-reply, proposedAnswer",
      "sign-off, signOffDecision",
      "sign-off, signOffReturnReason",
      "unit-response, unitSatisfied",
      "unit-response, notSatisfiedReason",
  })
  void requiredFieldsMustBeFilledIn(String formId, String key) throws IOException {
    JsonNode input = input(formId, key);

    assertThat(input.path("validate").path("required").asBoolean()).isTrue();
    assertThat(input.path("readonly").asBoolean()).isFalse();
    assertThat(input.path("disabled").asBoolean()).isFalse();
  }

  @ParameterizedTest(name = "{0}: {1} is optional")
  @CsvSource({
      "grievance-submission, unitId",
      "grievance-submission, proposal",
      "grievance-submission, contact",
      "triage, overrideReason",
      "triage, triageReason",
      "department-study, consultDepartmentIds",
      "department-study, regulationCodes",
      "authority-reply, regulationCodes",
  })
  void optionalFieldsMayStayEmpty(String formId, String key) throws IOException {
    // Required only in some cases: the server checks, the description says when.
    assertThat(input(formId, key).path("validate").path("required").asBoolean()).isFalse();
  }

  @ParameterizedTest(name = "{0}: {1} appears only when {2} calls for it")
  @CsvSource({
      "triage, regulationCodes, triageDecision",
      "triage, departmentId, triageDecision",
      "triage, overrideReason, triageDecision",
      "triage, inadmissibleGround, triageDecision",
      "triage, duplicateOf, inadmissibleGround",
      "department-study, higherAuthority, studyOutcome",
      "head-review, headReturnReason, headDecision",
      "sign-off, signOffReturnReason, signOffDecision",
      "unit-response, notSatisfiedReason, unitSatisfied",
  })
  void casesFieldsAppearOnlyWhenTheDecisionCallsForThem(String formId, String key, String decision)
      throws IOException {
    assertThat(input(formId, key).path("conditional").path("hide").asText()).startsWith("=").contains(decision);
  }

  @ParameterizedTest(name = "{0}: {1} holds at most {2} characters, as the server allows")
  @CsvSource({
      // IntakeService: TITLE_MAX, CONTENT_MAX, PROPOSAL_MAX, CONTACT_MAX
      "grievance-submission, title, 200",
      "grievance-submission, content, 4000",
      "grievance-submission, proposal, 2000",
      "grievance-submission, contact, 200",
      // TriageService.REASON_MAX
      "triage, overrideReason, 2000",
      "triage, triageReason, 2000",
      // AnswerService.BODY_MAX
      "immediate-answer, answerText, 4000",
      // StudyService: TEXT_MAX, REASON_MAX
      "department-study, studyText, 4000",
      "department-study, proposedAnswer, 4000",
      "consultation, consultationOpinion, 4000",
      "head-review, headReturnReason, 2000",
      "authority-reply, authorityReply, 4000",
      "authority-reply, proposedAnswer, 4000",
      // SignOffService.REASON_MAX, DeliveryService.REASON_MAX
      "sign-off, signOffReturnReason, 2000",
      "unit-response, notSatisfiedReason, 2000",
  })
  void textFieldsStopWhereTheServerWouldRefuse(String formId, String key, int max) throws IOException {
    assertThat(input(formId, key).path("validate").path("maxLength").asInt()).isEqualTo(max);
  }

  @Test
  void theStartFormChoosesTheUnitAndCategoryFromTheServersOptions() throws IOException {
    assertThat(input(START_FORM, "unitId").path("type").asText()).isEqualTo("select");
    assertThat(input(START_FORM, "unitId").path("valuesKey").asText()).isEqualTo(StartFormOptions.UNIT_OPTIONS);
    assertThat(input(START_FORM, "category").path("valuesKey").asText()).isEqualTo(StartFormOptions.CATEGORY_OPTIONS);
  }

  @Test
  void triageOffersExactlyTheThreeRoutes() throws IOException {
    assertThat(staticOptions(input("triage", "triageDecision")).keySet())
        .containsExactlyElementsOf(Arrays.stream(Route.values()).map(Enum::name).toList());
  }

  @Test
  void triageOffersTheInadmissibleGroundsWithTheirVietnameseNames() throws IOException {
    Map<String, String> expected = new LinkedHashMap<>();
    for (InadmissibleGround g : InadmissibleGround.values()) {
      expected.put(g.name(), g.labelVi());
    }

    assertThat(staticOptions(input("triage", "inadmissibleGround"))).isEqualTo(expected);
  }

  @Test
  void triageAcceptsAReferenceAsTheDuplicateOf() throws IOException {
    Pattern pattern = Pattern.compile(input("triage", "duplicateOf").path("validate").path("pattern").asText());

    assertThat(pattern.matcher("KN-2026-000001").matches()).isTrue();
    assertThat(pattern.matcher("trùng").matches()).isFalse();
  }

  @Test
  void triagePreselectsTheSuggestedDepartmentFromTheDepartmentOptions() throws IOException {
    JsonNode department = input("triage", "departmentId");

    assertThat(department.path("type").asText()).isEqualTo("select");
    assertThat(department.path("valuesKey").asText()).isEqualTo("ctxDepartmentOptions");
    assertThat(department.has("defaultValue")).as("the process variable preselects it").isFalse();
  }

  @Test
  void theDepartmentChoosesBetweenAnAnswerAndAHigherAuthority() throws IOException {
    assertThat(staticOptions(input("department-study", "studyOutcome")).keySet())
        .containsExactlyElementsOf(Arrays.stream(StudyOutcome.values()).map(Enum::name).toList());

    Map<String, String> authorities = new LinkedHashMap<>();
    for (HigherAuthority a : HigherAuthority.values()) {
      authorities.put(a.name(), a.labelVi());
    }
    assertThat(staticOptions(input("department-study", "higherAuthority"))).isEqualTo(authorities);
  }

  @Test
  void theAuthorityReplyDateIsADateWithoutTime() throws IOException {
    JsonNode date = input("authority-reply", "authorityReplyDate");

    assertThat(date.path("type").asText()).isEqualTo("datetime");
    assertThat(date.path("subtype").asText()).isEqualTo("date");
  }

  @ParameterizedTest(name = "{0}: {1} is approve or return")
  @CsvSource({"head-review, headDecision", "sign-off, signOffDecision"})
  void reviewersApproveOrReturn(String formId, String key) throws IOException {
    assertThat(staticOptions(input(formId, key)).keySet()).containsExactly("APPROVE", "RETURN");
  }

  @Test
  void theUnitAnswersWithABooleanTheGatewayCanRouteOn() throws IOException {
    // The gateway reads ${unitSatisfied}: a Boolean, not the string "true".
    JsonNode values = input("unit-response", "unitSatisfied").path("values");

    assertThat(values).hasSize(2);
    assertThat(values.get(0).path("value").isBoolean()).isTrue();
    assertThat(values.get(0).path("value").asBoolean()).isTrue();
    assertThat(values.get(1).path("value").isBoolean()).isTrue();
    assertThat(values.get(1).path("value").asBoolean()).isFalse();
  }

  @Test
  void theUnitReadsTheApprovedAnswer() throws IOException {
    assertThat(inputs(read(FORMS.resolve("unit-response.form"))).stream().map(c -> c.path("key").asText()))
        .contains("ctxAnswer", "ctxHistory");
  }

  @Test
  void theLeadershipReadsTheDraftItSigns() throws IOException {
    assertThat(inputs(read(FORMS.resolve("sign-off.form"))).stream().map(c -> c.path("key").asText()))
        .contains("ctxDraftAnswer", "ctxHistory");
  }

  // ---------------------------------------------------------------------------------------------
  // Helpers

  static Stream<Arguments> forms() throws IOException {
    List<Path> files;
    try (Stream<Path> found = formFiles()) {
      files = found.toList();
    }
    assertThat(files).as("forms in %s", FORMS.toAbsolutePath()).isNotEmpty();
    return files.stream().map(f -> arguments(named(formId(f), f)));
  }

  private static Stream<Path> formFiles() throws IOException {
    return Files.list(FORMS).filter(p -> p.getFileName().toString().endsWith(".form")).sorted();
  }

  private static String formId(Path file) {
    String name = file.getFileName().toString();
    return name.substring(0, name.length() - ".form".length());
  }

  private static JsonNode read(Path file) throws IOException {
    return JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
  }

  /** All components, those inside groups included. */
  private static List<JsonNode> components(JsonNode parent) {
    List<JsonNode> result = new ArrayList<>();
    for (JsonNode c : parent.path("components")) {
      result.add(c);
      result.addAll(components(c));
    }
    return result;
  }

  private static List<JsonNode> inputs(JsonNode form) {
    return components(form).stream().filter(c -> INPUT_TYPES.contains(c.path("type").asText())).toList();
  }

  private static JsonNode input(String formId, String key) throws IOException {
    return inputs(read(FORMS.resolve(formId + ".form"))).stream()
        .filter(c -> key.equals(c.path("key").asText()))
        .findFirst()
        .orElseThrow(() -> new AssertionError(formId + " has no field bound to " + key));
  }

  /** Value to label, in the order shown. */
  private static Map<String, String> staticOptions(JsonNode input) {
    Map<String, String> options = new LinkedHashMap<>();
    for (JsonNode v : input.path("values")) {
      options.put(v.path("value").asText(), v.path("label").asText());
    }
    return options;
  }

  /** A datetime field labels its date part with dateLabel. */
  private static String label(JsonNode component) {
    return component.hasNonNull("label") ? component.path("label").asText() : component.path("dateLabel").asText("");
  }

  private static List<String> labels(JsonNode form) {
    return components(form).stream().map(FormsTest::label).filter(l -> !l.isBlank()).toList();
  }

  private static boolean isContext(String key) {
    return key.startsWith("ctx");
  }

  /** Vietnamese letters carry combining marks once decomposed (ấ, ơ, ữ...), except đ. */
  private static boolean hasVietnameseDiacritic(String text) {
    return text.indexOf('đ') >= 0
        || text.indexOf('Đ') >= 0
        || Normalizer.normalize(text, Normalizer.Form.NFD).chars().anyMatch(ch -> Character.getType(ch) == Character.NON_SPACING_MARK);
  }

  private static Set<String> processVariableNames() {
    Set<String> names = new HashSet<>();
    for (Field f : ProcessVariables.class.getDeclaredFields()) {
      int m = f.getModifiers();
      if (Modifier.isStatic(m) && Modifier.isFinal(m) && f.getType() == String.class) {
        try {
          names.add((String) f.get(null));
        } catch (IllegalAccessException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    return names;
  }
}
