package vn.police.grievance.item;

import vn.police.grievance.system.Enums;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import vn.police.grievance.item.JournalEvent.*;

/**
 * Writes journal events as JSON and reads them back, by event type and payload version; and reads
 * the rows written before the journal was typed (free text in {@code step} and {@code detail}),
 * once, here, so that no reader of the journal ever parses a string again.
 */
public final class JournalEvents {

  private static final ObjectMapper JSON =
      JsonMapper.builder()
          .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .serializationInclusion(JsonInclude.Include.NON_NULL)
          // dates (a deadline the chair set) as ISO text, readable in the stored JSON
          .addModule(new com.fasterxml.jackson.datatype.jsr310.JavaTimeModule())
          .disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .build();

  private static final Map<EventType, Class<? extends JournalEvent>> TYPES = new EnumMap<>(EventType.class);

  static {
    register(EventType.SUBMITTED, Submitted.class);
    register(EventType.STATUS_CHANGED, StatusChanged.class);
    register(EventType.TRIAGE_DECIDED, TriageDecided.class);
    register(EventType.DEPARTMENT_OVERRIDDEN, DepartmentOverridden.class);
    register(EventType.ANSWER_DRAFTED, AnswerDrafted.class);
    register(EventType.STUDY_DRAFTED, StudyDrafted.class);
    register(EventType.CONSULTATION_ANSWERED, ConsultationAnswered.class);
    register(EventType.HEAD_APPROVED, HeadApproved.class);
    register(EventType.HEAD_RETURNED, HeadReturned.class);
    register(EventType.AUTHORITY_REPLY_RECORDED, AuthorityReplyRecorded.class);
    register(EventType.SIGNED_OFF, SignedOff.class);
    register(EventType.RETURNED_FOR_REVISION, ReturnedForRevision.class);
    register(EventType.ANSWER_DELIVERED, AnswerDelivered.class);
    register(EventType.UNIT_SATISFIED, UnitSatisfied.class);
    register(EventType.UNIT_NOT_SATISFIED, UnitNotSatisfied.class);
    register(EventType.REOPENED, Reopened.class);
    register(EventType.CLOSED, Closed.class);
    register(EventType.CLOSED_WITHOUT_REPLY, ClosedWithoutReply.class);
    register(EventType.REMINDER_SENT, ReminderSent.class);
    register(EventType.ESCALATED, Escalated.class);
    register(EventType.RAISED_AT_CONFERENCE, RaisedAtConference.class);
    register(EventType.ANSWERED_AT_CONFERENCE, AnsweredAtConference.class);
    register(EventType.ASSIGNED_AT_CONFERENCE, AssignedAtConference.class);
    register(EventType.CONFERENCE_ANSWER_CONFIRMED, ConferenceAnswerConfirmed.class);
    register(EventType.CONFERENCE_ANSWER_DECLINED, ConferenceAnswerDeclined.class);
    register(EventType.CONCLUSION_NOTICE_ISSUED, ConclusionNoticeIssued.class);
    register(EventType.ATTACHMENT_ADDED, AttachmentAdded.class);
    register(EventType.PROPOSAL_APPROVED, ProposalApproved.class);
    register(EventType.PROPOSAL_RETURNED, ProposalReturned.class);
    register(EventType.DOCUMENT_ISSUED, DocumentIssued.class);
  }

  private JournalEvents() {}

  private static void register(EventType type, Class<? extends JournalEvent> record) {
    TYPES.put(type, record);
  }

  /** The record type of each event type: every event type has exactly one. */
  static Map<EventType, Class<? extends JournalEvent>> types() {
    return Map.copyOf(TYPES);
  }

  public static String toJson(JournalEvent event) {
    try {
      return JSON.writeValueAsString(event);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A journal event cannot be written: " + event, e);
    }
  }

  public static JournalEvent fromJson(EventType type, int version, String payload) {
    if (version != JournalEvent.PAYLOAD_VERSION) {
      throw new IllegalStateException("Unknown journal payload version " + version + " for " + type);
    }
    try {
      return JSON.readValue(payload, TYPES.get(type));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A journal event of type " + type + " cannot be read", e);
    }
  }

  /**
   * A row written before the journal was typed. Each writer had its own text format: this is the
   * only reader of them.
   */
  public static JournalEvent fromLegacy(EventType type, String step, String detail, String reason) {
    return switch (type) {
      case SUBMITTED -> new Submitted(detail, step);
      case STATUS_CHANGED -> new StatusChanged(Enums.parse(ItemStatus.class, detail));
      case TRIAGE_DECIDED -> legacyTriage(Enums.parse(Route.class, step), detail, reason);
      case DEPARTMENT_OVERRIDDEN -> {
        String[] parts = detail == null ? new String[0] : detail.split(" -> ", 2);
        yield new DepartmentOverridden(parts.length > 0 ? parts[0] : null, parts.length > 1 ? parts[1] : null, reason);
      }
      case ANSWER_DRAFTED -> {
        List<String> codes = List.of();
        String body = detail;
        if (detail != null && detail.startsWith("Căn cứ: ") && detail.contains("\n")) {
          codes = codes(detail.substring("Căn cứ: ".length(), detail.indexOf('\n')));
          body = detail.substring(detail.indexOf('\n') + 1);
        }
        yield new AnswerDrafted(Enums.parse(AnswerKind.class, step), null, body, codes);
      }
      case STUDY_DRAFTED -> legacyStudy(Enums.parse(StudyOutcome.class, step), detail);
      case CONSULTATION_ANSWERED -> new ConsultationAnswered(step, detail);
      case HEAD_APPROVED -> new HeadApproved(reason);
      case HEAD_RETURNED -> new HeadReturned(reason);
      case AUTHORITY_REPLY_RECORDED -> new AuthorityReplyRecorded(Enums.parse(HigherAuthority.class, step), detail);
      case SIGNED_OFF -> new SignedOff(Enums.parse(AnswerKind.class, step), answerId(detail));
      case RETURNED_FOR_REVISION -> new ReturnedForRevision(Enums.parse(AnswerKind.class, step), answerId(detail), reason);
      case ANSWER_DELIVERED -> new AnswerDelivered(Enums.parse(AnswerKind.class, step), answerId(detail));
      case UNIT_SATISFIED -> new UnitSatisfied();
      case UNIT_NOT_SATISFIED -> new UnitNotSatisfied(reason);
      case REOPENED -> new Reopened();
      case CLOSED -> new Closed();
      case CLOSED_WITHOUT_REPLY -> new ClosedWithoutReply();
      case REMINDER_SENT -> new ReminderSent(Enums.parse(Step.class, step), detail);
      case ESCALATED -> new Escalated(Enums.parse(Step.class, step), detail);
      // the listening conference came after the journal was typed: no untyped row of these exists
      case RAISED_AT_CONFERENCE, ANSWERED_AT_CONFERENCE, ASSIGNED_AT_CONFERENCE, CONFERENCE_ANSWER_CONFIRMED,
          CONFERENCE_ANSWER_DECLINED, CONCLUSION_NOTICE_ISSUED, ATTACHMENT_ADDED, PROPOSAL_APPROVED, PROPOSAL_RETURNED,
          DOCUMENT_ISSUED ->
          throw new IllegalStateException("An untyped journal row of type " + type + " cannot exist");
    };
  }

  private static TriageDecided legacyTriage(Route route, String detail, String reason) {
    if (route == null) {
      return new TriageDecided(null, List.of(), null, null, null, reason);
    }
    return switch (route) {
      case ANSWER_NOW -> new TriageDecided(route,
          detail != null && detail.startsWith("Căn cứ: ") ? codes(detail.substring("Căn cứ: ".length())) : List.of(),
          null, null, null, reason);
      case SEND_TO_DEPARTMENT -> new TriageDecided(route, List.of(), detail, null, null, reason);
      case NOT_ADMISSIBLE -> {
        String[] parts = detail == null ? new String[0] : detail.split(" ", 2);
        yield new TriageDecided(route, List.of(), null, parts.length > 0 ? Enums.parse(InadmissibleGround.class, parts[0]) : null,
            parts.length > 1 ? parts[1] : null, reason);
      }
    };
  }

  /** "Bộ Công an: text\nXin ý kiến: a, b" — the authority was written by its label. */
  private static StudyDrafted legacyStudy(StudyOutcome outcome, String detail) {
    String text = detail;
    List<String> consulted = List.of();
    if (text != null && text.contains("\nXin ý kiến: ")) {
      int at = text.lastIndexOf("\nXin ý kiến: ");
      consulted = codes(text.substring(at + "\nXin ý kiến: ".length()));
      text = text.substring(0, at);
    }
    HigherAuthority authority = null;
    if (outcome == StudyOutcome.HIGHER_AUTHORITY && text != null) {
      for (HigherAuthority a : HigherAuthority.values()) {
        if (text.startsWith(a.labelVi() + ": ")) {
          authority = a;
          text = text.substring(a.labelVi().length() + 2);
        }
      }
    }
    return new StudyDrafted(outcome, authority, text, consulted);
  }

  private static List<String> codes(String commaSeparated) {
    List<String> codes = new ArrayList<>();
    for (String c : commaSeparated.split(",")) {
      if (!c.isBlank()) {
        codes.add(c.trim());
      }
    }
    return codes;
  }

  private static Long answerId(String detail) {
    if (detail == null || !detail.startsWith("answer#")) {
      return null;
    }
    try {
      return Long.valueOf(detail.substring("answer#".length()));
    } catch (NumberFormatException e) {
      return null;
    }
  }

}
