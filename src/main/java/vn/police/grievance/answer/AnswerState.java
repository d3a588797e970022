package vn.police.grievance.answer;

public enum AnswerState {
  DRAFT,
  RETURNED,
  APPROVED,
  SUPERSEDED
}
