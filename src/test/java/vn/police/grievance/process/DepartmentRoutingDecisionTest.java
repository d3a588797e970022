package vn.police.grievance.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import vn.police.grievance.journal.RetentionProperties;
import vn.police.grievance.item.Category;

/** The department suggested for each category, one row each, evaluated by the real DMN engine. */
class DepartmentRoutingDecisionTest {

  static DmnEngine dmn;
  static DmnDecision decision;

  @BeforeAll
  static void parse() throws Exception {
    dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream in = Files.newInputStream(Path.of("processes", "department-routing.dmn"))) {
      decision = dmn.parseDecision("department-routing", in);
    }
  }

  private static String suggest(String category) {
    return dmn.evaluateDecisionTable(decision, Variables.createVariables().putValue("category", category))
        .getSingleResult()
        .getSingleEntry();
  }

  @ParameterizedTest(name = "{0} goes to {1}")
  @CsvSource({
    "REPORTING, dept-tham-muu",
    "FACILITIES, dept-hau-can",
    "EQUIPMENT, dept-hau-can",
    "STAFFING, dept-to-chuc-can-bo",
    "ALLOWANCES, dept-to-chuc-can-bo",
    "PUBLIC_ORDER, dept-qlhc",
    "PROFESSIONAL, dept-qlhc",
    "OTHER, dept-tham-muu"
  })
  void suggestsTheResponsibleDepartmentForEachCategory(String category, String department) {
    assertThat(suggest(category)).isEqualTo(department);
  }

  @ParameterizedTest
  @EnumSource(Category.class)
  void everyCategoryOfTheApplicationHasExactlyOneRow(Category category) {
    assertThat(suggest(category.name())).isNotBlank();
  }

  @Test
  void anUnknownCategoryGetsNoSuggestion() {
    assertThat(dmn.evaluateDecisionTable(decision, Variables.createVariables().putValue("category", "UNKNOWN")).isEmpty())
        .isTrue();
    assertThat(Arrays.stream(Category.values()).map(Enum::name)).doesNotContain("UNKNOWN");
  }

  @Test
  void keepsItsHistoryForTheRetentionPeriod() throws Exception {
    assertThat(Files.readString(Path.of("processes", "department-routing.dmn"))).contains("camunda:historyTimeToLive=\"" + RetentionProperties.DEFAULT_DAYS + "\"");
  }
}
