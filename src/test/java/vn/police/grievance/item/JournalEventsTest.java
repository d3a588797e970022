package vn.police.grievance.item;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.police.grievance.item.JournalEvent.*;

/** The journal's events on their own: one record per type, JSON both ways, old rows read once. */
class JournalEventsTest {

  /** One event of every type, with every field set where it has one. */
  static final List<JournalEvent> EVERY_KIND = List.of(
      new Submitted("cax-long-hoa", "intake"),
      new StatusChanged(ItemStatus.AT_DEPARTMENT),
      new TriageDecided(Route.ANSWER_NOW, List.of("42/2021/NĐ-CP", "MAU-01/2026/CAT"), null, null, null, "Đã có quy định"),
      new TriageDecided(Route.NOT_ADMISSIBLE, List.of(), null, InadmissibleGround.DUPLICATE, "KN-2026-000001", "Trùng"),
      new DepartmentOverridden("dept-hau-can", "dept-phap-che", "Cần căn cứ pháp lý"),
      new AnswerDrafted(AnswerKind.IMMEDIATE, 7L, "Bố trí kinh phí quý IV.", List.of("42/2021/NĐ-CP")),
      new StudyDrafted(StudyOutcome.HIGHER_AUTHORITY, HigherAuthority.MINISTRY_OF_PUBLIC_SECURITY, "Đã rà soát", List.of("dept-phap-che")),
      new ConsultationAnswered("dept-phap-che", "Đồng ý"),
      new HeadApproved(null),
      new HeadReturned("Bổ sung dự toán"),
      new AuthorityReplyRecorded(HigherAuthority.PROVINCIAL_PEOPLES_COMMITTEE, "UBND tỉnh đồng ý"),
      new SignedOff(AnswerKind.DEPARTMENT, 9L),
      new ReturnedForRevision(AnswerKind.IMMEDIATE, 8L, "Trích dẫn thiếu"),
      new AnswerDelivered(AnswerKind.DEPARTMENT, 9L),
      new UnitSatisfied(),
      new UnitNotSatisfied("Chưa rõ thời gian"),
      new Reopened(),
      new Closed(),
      new ClosedWithoutReply(),
      new ReminderSent(Step.TRIAGE, "reception"),
      new Escalated(Step.SIGN_OFF, "leadership"),
      new RaisedAtConference("HN-2026-001", 3, true),
      new AnsweredAtConference(11L, "Năm 2027 bố trí kinh phí", List.of("42/2021/NĐ-CP"), "Phó Giám đốc Nguyễn Văn B"),
      new AssignedAtConference("dept-to-chuc-can-bo", java.time.LocalDate.of(2026, 12, 31), "Rà soát biên chế"),
      new ConferenceAnswerConfirmed(11L, "tiepnhan"),
      new ConferenceAnswerDeclined(12L, "Cần nghiên cứu thêm"),
      new ConclusionNoticeIssued("HN-2026-001", "05/TB-CAT", "a".repeat(64), "b".repeat(64)),
      new AttachmentAdded(3L, "anh-tru-so.jpg", "image/jpeg", 102400L, "c".repeat(64)),
      new AuthorityReplyRecorded(HigherAuthority.MINISTRY_OF_PUBLIC_SECURITY, "Bộ đồng ý", "07/CAT-PHC"),
      new ProposalApproved(HigherAuthority.MINISTRY_OF_PUBLIC_SECURITY),
      new ProposalReturned(HigherAuthority.PROVINCIAL_PEOPLES_COMMITTEE, "Bổ sung số liệu"),
      new DocumentIssued("ANSWER_LETTER", "12/CAT-PTM", java.time.LocalDate.of(2026, 11, 29), "Công an xã Long Hòa",
          "lanhdao", "CN=Lãnh đạo, OU=DEMO", "d".repeat(64), "e".repeat(64)));

  @Test
  void everyEventTypeHasExactlyOneRecordAndTheRecordSaysItsType() {
    Map<EventType, Class<? extends JournalEvent>> types = JournalEvents.types();
    assertThat(types.keySet()).containsExactlyInAnyOrder(EventType.values());
    assertThat(types.values()).doesNotHaveDuplicates();
    assertThat(EVERY_KIND).extracting(JournalEvent::type).containsAll(List.of(EventType.values()));
    for (JournalEvent e : EVERY_KIND) {
      assertThat(types.get(e.type())).isEqualTo(e.getClass());
    }
  }

  @Test
  void everyEventReadsBackFromItsJsonAsItWasWritten() {
    for (JournalEvent e : EVERY_KIND) {
      String json = JournalEvents.toJson(e);
      assertThat(JournalEvents.fromJson(e.type(), JournalEvent.PAYLOAD_VERSION, json)).as(json).isEqualTo(e);
    }
  }

  @Test
  void theJsonIsStableSoThatTheSameEventAlwaysSealsTheSame() {
    assertThat(JournalEvents.toJson(new DepartmentOverridden("dept-hau-can", "dept-phap-che", "Lý do")))
        .isEqualTo("{\"chosenDepartmentId\":\"dept-phap-che\",\"reason\":\"Lý do\",\"suggestedDepartmentId\":\"dept-hau-can\"}");
    assertThat(JournalEvents.toJson(new Reopened())).isEqualTo("{}");
    // a date is written as ISO text, never as a number that depends on the mapper's settings
    assertThat(JournalEvents.toJson(new AssignedAtConference("dept-hau-can", java.time.LocalDate.of(2026, 12, 31), null)))
        .isEqualTo("{\"deadline\":\"2026-12-31\",\"departmentId\":\"dept-hau-can\"}");
  }

  /** Each text format the services wrote before the journal was typed, and the event it was. */
  @Test
  void rowsWrittenBeforeTheJournalWasTypedReadAsTheEventsTheyRecorded() {
    assertThat(JournalEvents.fromLegacy(EventType.SUBMITTED, "intake", "cax-long-hoa", null))
        .isEqualTo(new Submitted("cax-long-hoa", "intake"));
    assertThat(JournalEvents.fromLegacy(EventType.STATUS_CHANGED, null, "AT_DEPARTMENT", null))
        .isEqualTo(new StatusChanged(ItemStatus.AT_DEPARTMENT));
    assertThat(JournalEvents.fromLegacy(EventType.TRIAGE_DECIDED, "ANSWER_NOW", "Căn cứ: 42/2021/NĐ-CP, MAU-01/2026/CAT", "Đã có quy định"))
        .isEqualTo(EVERY_KIND.get(2));
    assertThat(JournalEvents.fromLegacy(EventType.TRIAGE_DECIDED, "NOT_ADMISSIBLE", "DUPLICATE KN-2026-000001", "Trùng"))
        .isEqualTo(EVERY_KIND.get(3));
    assertThat(JournalEvents.fromLegacy(EventType.TRIAGE_DECIDED, "SEND_TO_DEPARTMENT", "dept-hau-can", null))
        .isEqualTo(new TriageDecided(Route.SEND_TO_DEPARTMENT, List.of(), "dept-hau-can", null, null, null));
    assertThat(JournalEvents.fromLegacy(EventType.DEPARTMENT_OVERRIDDEN, "TRIAGE", "dept-hau-can -> dept-phap-che", "Cần căn cứ pháp lý"))
        .isEqualTo(EVERY_KIND.get(4));
    assertThat(JournalEvents.fromLegacy(EventType.ANSWER_DRAFTED, "IMMEDIATE", "Căn cứ: 42/2021/NĐ-CP\nBố trí kinh phí quý IV.", null))
        .isEqualTo(new AnswerDrafted(AnswerKind.IMMEDIATE, null, "Bố trí kinh phí quý IV.", List.of("42/2021/NĐ-CP")));
    assertThat(JournalEvents.fromLegacy(EventType.STUDY_DRAFTED, "HIGHER_AUTHORITY", "Bộ Công an: Đã rà soát\nXin ý kiến: dept-phap-che", null))
        .isEqualTo(EVERY_KIND.get(6));
    assertThat(JournalEvents.fromLegacy(EventType.CONSULTATION_ANSWERED, "dept-phap-che", "Đồng ý", null))
        .isEqualTo(EVERY_KIND.get(7));
    assertThat(JournalEvents.fromLegacy(EventType.AUTHORITY_REPLY_RECORDED, "PROVINCIAL_PEOPLES_COMMITTEE", "UBND tỉnh đồng ý", null))
        .isEqualTo(EVERY_KIND.get(10));
    assertThat(JournalEvents.fromLegacy(EventType.SIGNED_OFF, "DEPARTMENT", "answer#9", null)).isEqualTo(EVERY_KIND.get(11));
    assertThat(JournalEvents.fromLegacy(EventType.RETURNED_FOR_REVISION, "IMMEDIATE", "answer#8", "Trích dẫn thiếu"))
        .isEqualTo(EVERY_KIND.get(12));
    assertThat(JournalEvents.fromLegacy(EventType.UNIT_NOT_SATISFIED, "UNIT_RESPONSE", null, "Chưa rõ thời gian"))
        .isEqualTo(EVERY_KIND.get(15));
    assertThat(JournalEvents.fromLegacy(EventType.REMINDER_SENT, "TRIAGE", "reception", null)).isEqualTo(EVERY_KIND.get(19));
    assertThat(JournalEvents.fromLegacy(EventType.ESCALATED, "SIGN_OFF", "leadership", null)).isEqualTo(EVERY_KIND.get(20));
  }
}
