package vn.police.grievance.conference;

/** The user steps of processes/listening-conference.bpmn, by their ids. */
final class ConferenceSteps {

  static final String PREPARE = "userTask_prepareConference";
  static final String HOLD = "userTask_holdSession";
  static final String CONFIRM = "userTask_confirmAnswers";
  static final String DRAFT_NOTICE = "userTask_draftNotice";
  static final String APPROVE_NOTICE = "userTask_approveNotice";

  private ConferenceSteps() {}
}
