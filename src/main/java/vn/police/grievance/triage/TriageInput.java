package vn.police.grievance.triage;

import java.util.List;

/**
 * What the reception office decided at triage, as entered in the form. {@code duplicateCandidate} is
 * the one-click choice among the likely duplicates the form lists: a reference, {@link
 * #NOT_DUPLICATE} or nothing.
 */
public record TriageInput(
    String decision,
    List<String> regulationCodes,
    String departmentId,
    String suggestedDepartmentId,
    String overrideReason,
    String inadmissibleGround,
    String duplicateOf,
    String reason,
    String duplicateCandidate) {

  public static final String NOT_DUPLICATE = "NOT_DUPLICATE";

  public TriageInput(String decision, List<String> regulationCodes, String departmentId, String suggestedDepartmentId,
      String overrideReason, String inadmissibleGround, String duplicateOf, String reason) {
    this(decision, regulationCodes, departmentId, suggestedDepartmentId, overrideReason, inadmissibleGround, duplicateOf,
        reason, null);
  }

  /** The likely duplicate picked in the form, if one was. */
  public java.util.Optional<String> pickedDuplicate() {
    return duplicateCandidate == null || duplicateCandidate.isBlank() || NOT_DUPLICATE.equals(duplicateCandidate.trim())
        ? java.util.Optional.empty()
        : java.util.Optional.of(duplicateCandidate.trim());
  }
}
