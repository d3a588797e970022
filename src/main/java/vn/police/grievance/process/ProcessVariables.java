package vn.police.grievance.process;

/**
 * Every process variable name in one place. The processes carry ids and routing facts; the item
 * itself lives in the application's tables. Form fields write the variables marked "form".
 */
public final class ProcessVariables {

  private ProcessVariables() {}

  public static final String GRIEVANCE_PROCESS = "grievance-handling";
  public static final String DEPARTMENT_STUDY_PROCESS = "department-study";
  public static final String CONFERENCE_PROCESS = "listening-conference";

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
  /** One of the likely duplicates the triage form lists, picked with one click (or NOT_DUPLICATE). */
  public static final String DUPLICATE_CANDIDATE = "duplicateCandidate";
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

  // Leadership sign-off of a proposal to a higher authority (form)
  public static final String PROPOSAL_DECISION = "proposalDecision";
  public static final String PROPOSAL_RETURN_REASON = "proposalReturnReason";

  // The unit's response (form)
  public static final String UNIT_SATISFIED = "unitSatisfied";
  public static final String NOT_SATISFIED_REASON = "notSatisfiedReason";

  // Local input of reminder and escalation tasks
  public static final String STEP = "step";
  public static final String RECIPIENT_GROUP = "recipientGroup";
  public static final String WITHOUT_REPLY = "withoutReply";

  // The listening conference: an item raised there carries its conference; the conference's own
  // process carries its chair and secretary, who hold its tasks.
  public static final String CONFERENCE_ID = "conferenceId";
  public static final String CHAIR_ID = "chairId";
  public static final String SECRETARY_ID = "secretaryId";
  /** What the conference decided on an item (ConferenceOutcome): ANSWERED, ASSIGNED or TRIAGE. */
  public static final String CONFERENCE_OUTCOME = "conferenceOutcome";
  /** The deadline the chair set for a department's study, as an ISO date. */
  public static final String CHAIR_DEADLINE = "chairDeadline";
  /** The conference's session day, as an ISO date: its steps fall due counted from it. */
  public static final String SESSION_DAY = "sessionDay";
  public static final String CONFERENCE_OUTCOME_MESSAGE = "conferenceOutcome";
  public static final String CONFERENCE_ITEMS_CLOSED_MESSAGE = "conferenceItemsClosed";
  // The conference's forms
  public static final String SESSION_OPENED = "sessionOpened";
  public static final String SESSION_ENDED = "sessionEnded";
  public static final String CONFIRM_ALL = "confirmAll";
  public static final String CONCLUSIONS = "conclusions";
  public static final String NOTICE_DECISION = "noticeDecision";
  public static final String NOTICE_RETURN_REASON = "noticeReturnReason";
  /** Set by the process: whether recorded answers still wait for the chair, whether all items are closed. */
  public static final String ANSWERS_TO_CONFIRM = "answersToConfirm";
  public static final String ALL_ITEMS_CLOSED = "allItemsClosed";
}
