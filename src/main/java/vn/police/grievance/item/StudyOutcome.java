package vn.police.grievance.item;

public enum StudyOutcome {
  /** The department proposes the answer itself. */
  ANSWER,
  /** The matter needs a higher authority; the department proposes to it and awaits its reply. */
  HIGHER_AUTHORITY
}
