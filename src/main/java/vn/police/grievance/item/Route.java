package vn.police.grievance.item;

/** The three ways triage can send an item. */
public enum Route {
  /** A regulation already covers the matter: the reception office answers now. */
  ANSWER_NOW,
  /** The matter exceeds the office's authority or no regulation exists. */
  SEND_TO_DEPARTMENT,
  /** Duplicate of another item, or out of scope. */
  NOT_ADMISSIBLE
}
