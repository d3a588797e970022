package vn.police.grievance.study;

import java.util.List;

/** A department officer's study and proposal, as entered in the form. */
public record StudyInput(
    String studyText,
    String proposedAnswer,
    String outcome,
    String higherAuthority,
    List<String> consultDepartmentIds,
    List<String> regulationCodes) {}
