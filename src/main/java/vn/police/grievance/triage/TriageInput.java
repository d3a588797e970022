package vn.police.grievance.triage;

import java.util.List;

/** What the reception office decided at triage, as entered in the form. */
public record TriageInput(
    String decision,
    List<String> regulationCodes,
    String departmentId,
    String suggestedDepartmentId,
    String overrideReason,
    String inadmissibleGround,
    String duplicateOf,
    String reason) {}
