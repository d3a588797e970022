package vn.police.grievance.intake;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the start form offers one person: the options of each data-fed field (by the form's
 * {@code valuesKey}), the fields whose value is fixed for them (shown, chosen and read-only), and
 * the fields they must fill in although others may leave them empty.
 */
public record StartFormChoices(
    Map<String, List<Option>> optionsByValuesKey, Map<String, String> fixedValues, Set<String> requiredKeys) {

  /** One entry of a select, as form-js reads it. */
  public record Option(String label, String value) {}
}
