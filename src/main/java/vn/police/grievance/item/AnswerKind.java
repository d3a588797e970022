package vn.police.grievance.item;

public enum AnswerKind {
  /** Drafted by the reception office, citing the catalogue. */
  IMMEDIATE,
  /** Proposed by a functional department after its study (and any higher authority's reply). */
  DEPARTMENT,
  /** The decision not to take the item up, with its ground. */
  NOT_ADMISSIBLE,
  /** Given on the spot at a listening conference, recorded by its secretary, confirmed by its chair. */
  CONFERENCE
}
