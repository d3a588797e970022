package vn.police.grievance.item;

import java.util.List;

/**
 * What can happen to an item, one record type per event, with the facts of the event as typed
 * fields: the journal stores them as versioned JSON and reads them back as these records, so that
 * nobody formats a detail string that someone else parses back. One renderer turns them into what
 * people read (the inspectors' file, a task's history, the reports).
 *
 * <p>Adding a field is backwards compatible (older rows read it as null); renaming or removing one
 * needs a new {@link #PAYLOAD_VERSION} and a reader for the old one in {@link JournalEvents}.
 */
public sealed interface JournalEvent {

  /** The version of the JSON written for every event type. */
  int PAYLOAD_VERSION = 1;

  EventType type();

  /** The reason a person gave, where the event has one. */
  default String reason() {
    return null;
  }

  /** The item was received, from a unit or recorded by the reception office. */
  record Submitted(String unitId, String channel) implements JournalEvent {
    public EventType type() {
      return EventType.SUBMITTED;
    }
  }

  record StatusChanged(ItemStatus status) implements JournalEvent {
    public EventType type() {
      return EventType.STATUS_CHANGED;
    }
  }

  /**
   * The reception office's decision: answer now citing {@code regulationCodes}, send to {@code
   * departmentId}, or not admissible on a {@code ground} (a duplicate of {@code duplicateOf}).
   */
  record TriageDecided(
      Route route,
      List<String> regulationCodes,
      String departmentId,
      InadmissibleGround ground,
      String duplicateOf,
      String reason)
      implements JournalEvent {
    public TriageDecided {
      regulationCodes = regulationCodes == null ? List.of() : List.copyOf(regulationCodes);
    }

    public EventType type() {
      return EventType.TRIAGE_DECIDED;
    }
  }

  /** Triage chose another department than the decision table suggested. */
  record DepartmentOverridden(String suggestedDepartmentId, String chosenDepartmentId, String reason)
      implements JournalEvent {
    public EventType type() {
      return EventType.DEPARTMENT_OVERRIDDEN;
    }
  }

  record AnswerDrafted(AnswerKind kind, Long answerId, String body, List<String> regulationCodes) implements JournalEvent {
    public AnswerDrafted {
      regulationCodes = regulationCodes == null ? List.of() : List.copyOf(regulationCodes);
    }

    public EventType type() {
      return EventType.ANSWER_DRAFTED;
    }
  }

  record StudyDrafted(
      StudyOutcome outcome, HigherAuthority authority, String studyText, List<String> consultedDepartmentIds)
      implements JournalEvent {
    public StudyDrafted {
      consultedDepartmentIds = consultedDepartmentIds == null ? List.of() : List.copyOf(consultedDepartmentIds);
    }

    public EventType type() {
      return EventType.STUDY_DRAFTED;
    }
  }

  record ConsultationAnswered(String departmentId, String opinion) implements JournalEvent {
    public EventType type() {
      return EventType.CONSULTATION_ANSWERED;
    }
  }

  record HeadApproved(String reason) implements JournalEvent {
    public EventType type() {
      return EventType.HEAD_APPROVED;
    }
  }

  record HeadReturned(String reason) implements JournalEvent {
    public EventType type() {
      return EventType.HEAD_RETURNED;
    }
  }

  /**
   * The higher authority's reply; {@code inReplyTo} is the number and symbol of the proposal it
   * answers (null for proposals sent before proposals were issued as documents).
   */
  record AuthorityReplyRecorded(HigherAuthority authority, String reply, String inReplyTo) implements JournalEvent {
    public AuthorityReplyRecorded(HigherAuthority authority, String reply) {
      this(authority, reply, null);
    }

    public EventType type() {
      return EventType.AUTHORITY_REPLY_RECORDED;
    }
  }

  record SignedOff(AnswerKind kind, Long answerId) implements JournalEvent {
    public EventType type() {
      return EventType.SIGNED_OFF;
    }
  }

  record ReturnedForRevision(AnswerKind kind, Long answerId, String reason) implements JournalEvent {
    public EventType type() {
      return EventType.RETURNED_FOR_REVISION;
    }
  }

  record AnswerDelivered(AnswerKind kind, Long answerId) implements JournalEvent {
    public EventType type() {
      return EventType.ANSWER_DELIVERED;
    }
  }

  record UnitSatisfied() implements JournalEvent {
    public EventType type() {
      return EventType.UNIT_SATISFIED;
    }
  }

  record UnitNotSatisfied(String reason) implements JournalEvent {
    public EventType type() {
      return EventType.UNIT_NOT_SATISFIED;
    }
  }

  record Reopened() implements JournalEvent {
    public EventType type() {
      return EventType.REOPENED;
    }
  }

  record Closed() implements JournalEvent {
    public EventType type() {
      return EventType.CLOSED;
    }
  }

  record ClosedWithoutReply() implements JournalEvent {
    public EventType type() {
      return EventType.CLOSED_WITHOUT_REPLY;
    }
  }

  /** A step fell due: its group was reminded. */
  record ReminderSent(Step step, String recipientGroup) implements JournalEvent {
    public EventType type() {
      return EventType.REMINDER_SENT;
    }
  }

  /** A step is overdue: the leadership was told, naming the group responsible. */
  record Escalated(Step step, String responsibleGroup) implements JournalEvent {
    public EventType type() {
      return EventType.ESCALATED;
    }
  }

  /** Raised at a listening conference (or sent to it in advance), as its {@code position}th item. */
  record RaisedAtConference(String conferenceReference, int position, boolean inAdvance) implements JournalEvent {
    public EventType type() {
      return EventType.RAISED_AT_CONFERENCE;
    }
  }

  /**
   * The secretary recorded the answer {@code answeredBy} gave on the spot (the actor is the
   * secretary); it reaches the unit only once the chair confirms it.
   */
  record AnsweredAtConference(Long answerId, String answer, List<String> regulationCodes, String answeredBy)
      implements JournalEvent {
    public AnsweredAtConference {
      regulationCodes = regulationCodes == null ? List.of() : List.copyOf(regulationCodes);
    }

    public EventType type() {
      return EventType.ANSWERED_AT_CONFERENCE;
    }
  }

  /** The secretary recorded the chair's assignment: the department, its deadline and the direction. */
  record AssignedAtConference(String departmentId, java.time.LocalDate deadline, String direction)
      implements JournalEvent {
    public EventType type() {
      return EventType.ASSIGNED_AT_CONFERENCE;
    }
  }

  /** The chair confirmed an on-the-spot answer: the leadership's sign-off (the actor is the chair). */
  record ConferenceAnswerConfirmed(Long answerId, String recordedBy) implements JournalEvent {
    public EventType type() {
      return EventType.CONFERENCE_ANSWER_CONFIRMED;
    }
  }

  /** The chair did not confirm a recorded answer: the item goes to triage instead. */
  record ConferenceAnswerDeclined(Long answerId, String reason) implements JournalEvent {
    public EventType type() {
      return EventType.CONFERENCE_ANSWER_DECLINED;
    }
  }

  /** The conclusion notice of the conference the item was raised at was issued, kept with its hashes. */
  record ConclusionNoticeIssued(String conferenceReference, String numberAndSymbol, String pdfSha256, String docxSha256)
      implements JournalEvent {
    public EventType type() {
      return EventType.CONCLUSION_NOTICE_ISSUED;
    }
  }

  /**
   * A file was attached to the item: its name, type, size and SHA-256 (the file is kept unchanged),
   * and the step it was attached in, when an officer attached it while working on one (recorded
   * since attachments on steps; earlier rows read it as null).
   */
  record AttachmentAdded(Long attachmentId, String fileName, String contentType, long sizeBytes, String sha256,
      String stepName) implements JournalEvent {
    public AttachmentAdded(Long attachmentId, String fileName, String contentType, long sizeBytes, String sha256) {
      this(attachmentId, fileName, contentType, sizeBytes, sha256, null);
    }

    public EventType type() {
      return EventType.ATTACHMENT_ADDED;
    }
  }

  /** The leadership approved the department's proposal to a higher authority: it may be issued and sent. */
  record ProposalApproved(HigherAuthority authority) implements JournalEvent {
    public EventType type() {
      return EventType.PROPOSAL_APPROVED;
    }
  }

  /** The leadership returned the department's proposal to a higher authority for redrafting, with a reason. */
  record ProposalReturned(HigherAuthority authority, String reason) implements JournalEvent {
    public EventType type() {
      return EventType.PROPOSAL_RETURNED;
    }
  }

  /**
   * An official document of the item was issued: its purpose (the answer letter to the unit, the
   * proposal to a higher authority), number and date from the register, addressee, signer, the
   * signing certificate's subject and the kept files' hashes (the PDF as signed).
   */
  record DocumentIssued(
      String purpose,
      String numberAndSymbol,
      java.time.LocalDate issuedOn,
      String addressee,
      String signerId,
      String certificateSubject,
      String pdfSha256,
      String docxSha256)
      implements JournalEvent {
    public EventType type() {
      return EventType.DOCUMENT_ISSUED;
    }
  }
}
