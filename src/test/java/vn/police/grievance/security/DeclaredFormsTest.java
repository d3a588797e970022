package vn.police.grievance.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** What the deployed forms declare, read from the same files the engine deploys. */
class DeclaredFormsTest {

  @Test
  void aConditionReadsTheNamesOutsideItsStringsNeitherKeywordsNorFunctions() {
    assertThat(DeclaredForms.namesRead("=triageDecision != \"SEND_TO_DEPARTMENT\" or departmentId = suggestedDepartmentId"))
        .containsExactly("departmentId", "suggestedDepartmentId", "triageDecision");
    assertThat(DeclaredForms.namesRead("=count(ctxDuplicateOptions) = 0")).containsExactly("ctxDuplicateOptions");
    assertThat(DeclaredForms.namesRead("=note = \"a or \\\"quoted\\\" b\" and not(flag = true) and other != null"))
        .containsExactly("flag", "note", "other");
  }

  @Test
  void theFormsWhoseConditionsCompareWithAnEarlierStepsResultShowThatResult() {
    DeclaredForms forms = DeclaredForms.load();
    Map<String, java.util.Set<String>> read = forms.ids().stream()
        .collect(Collectors.toMap(id -> id, id -> forms.get(id).orElseThrow().conditionsRead()));
    // triage hides the reason for another department when the suggested one is kept; the head sees
    // which way the department proposes to go (answer, the ministry, the provincial committee)
    assertThat(read).containsEntry("triage", java.util.Set.of("suggestedDepartmentId"))
        .containsEntry("head-review", java.util.Set.of("higherAuthority", "studyOutcome"));
    assertThat(read.entrySet()).filteredOn(e -> !Set.of("triage", "head-review").contains(e.getKey()))
        .allSatisfy(e -> assertThat(e.getValue()).as(e.getKey()).isEmpty());
  }
}
