package vn.police.grievance.process;

/**
 * Every process variable name in one place. The processes carry ids and routing facts; the item
 * itself lives in the application's tables. Form fields write the variables marked "form".
 */
public final class ProcessVariables {

  private ProcessVariables() {}

  public static final String GRIEVANCE_PROCESS = "grievance-handling";
  public static final String DEPARTMENT_STUDY_PROCESS = "department-study";

  // Identity and routing facts
  public static final String GRIEVANCE_ID = "grievanceId";
  public static final String REFERENCE = "reference";
  public static final String UNIT_ID = "unitId";
  public static final String CATEGORY = "category";
  public static final String INITIATOR = "initiator";
  public static final String SUGGESTED_DEPARTMENT_ID = "suggestedDepartmentId";
  public static final String DEPARTMENT_ID = "departmentId";
  public static final String ROUTE = "route";
  public static final String DRAFT_ANSWER_ID = "draftAnswerId";

  // Start form (form)
  public static final String TITLE = "title";
  public static final String CONTENT = "content";
  public static final String PROPOSAL = "proposal";
  public static final String CONTACT = "contact";

  // Triage (form)
  public static final String TRIAGE_DECISION = "triageDecision";
  public static final String OVERRIDE_REASON = "overrideReason";
  public static final String INADMISSIBLE_GROUND = "inadmissibleGround";
  public static final String DUPLICATE_OF = "duplicateOf";
  public static final String TRIAGE_REASON = "triageReason";
  public static final String REGULATION_CODES = "regulationCodes";

  // Answers (form)
  public static final String ANSWER_TEXT = "answerText";

  // Department study (form)
  public static final String STUDY_TEXT = "studyText";
  public static final String PROPOSED_ANSWER = "proposedAnswer";
  public static final String STUDY_OUTCOME = "studyOutcome";
  public static final String HIGHER_AUTHORITY = "higherAuthority";
  public static final String CONSULT_DEPARTMENT_IDS = "consultDepartmentIds";
  public static final String CONSULTATION_DEPARTMENTS = "consultationDepartments";
  public static final String CONSULTED_DEPARTMENT_ID = "consultedDepartmentId";
  public static final String CONSULTATION_OPINION = "consultationOpinion";
  public static final String HEAD_DECISION = "headDecision";
  public static final String HEAD_RETURN_REASON = "headReturnReason";
  public static final String AUTHORITY_REPLY = "authorityReply";
  public static final String AUTHORITY_REPLY_DATE = "authorityReplyDate";

  // Leadership sign-off (form)
  public static final String SIGN_OFF_DECISION = "signOffDecision";
  public static final String SIGN_OFF_RETURN_REASON = "signOffReturnReason";

  // The unit's response (form)
  public static final String UNIT_SATISFIED = "unitSatisfied";
  public static final String NOT_SATISFIED_REASON = "notSatisfiedReason";

  // Local input of reminder and escalation tasks
  public static final String STEP = "step";
  public static final String RECIPIENT_GROUP = "recipientGroup";
  public static final String WITHOUT_REPLY = "withoutReply";
}
