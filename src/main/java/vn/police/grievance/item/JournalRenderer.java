package vn.police.grievance.item;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.stream.Collectors;
import vn.police.grievance.item.AnswerKind;
import vn.police.grievance.item.JournalEvent;
import vn.police.grievance.item.JournalEvent.*;
import vn.police.grievance.item.Route;
import vn.police.grievance.item.Step;
import vn.police.grievance.item.StudyOutcome;

/**
 * The one place where a journal event becomes what people read, in Vietnamese: its label, the
 * step it concerns, its detail and the reason given. The inspectors' file, a task's history and
 * the reports all render through here, each choosing what its readers may see.
 *
 * <p>Pure: names of units and people and the answers an event points to are looked up through
 * the functions it is given, so each reader can cache them for a whole file.
 */
public final class JournalRenderer {

  private static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");

  public static final Map<Route, String> ROUTES = Map.of(
      Route.ANSWER_NOW, "Trả lời ngay",
      Route.SEND_TO_DEPARTMENT, "Chuyển phòng chức năng nghiên cứu",
      Route.NOT_ADMISSIBLE, "Không thụ lý");

  public static final Map<AnswerKind, String> ANSWER_KINDS = Map.of(
      AnswerKind.CONFERENCE, "Trả lời tại hội nghị",
      AnswerKind.IMMEDIATE, "Trả lời ngay",
      AnswerKind.DEPARTMENT, "Trả lời theo đề xuất của phòng chức năng",
      AnswerKind.NOT_ADMISSIBLE, "Thông báo không thụ lý");

  public static final Map<StudyOutcome, String> STUDY_OUTCOMES = Map.of(
      StudyOutcome.ANSWER, "Đề xuất nội dung trả lời",
      StudyOutcome.HIGHER_AUTHORITY, "Đề xuất xin ý kiến cấp có thẩm quyền");

  /** An event as read: the label of its type, the step it concerns (or null), its detail, its reason. */
  public record Rendered(String label, String step, String detail, String reason) {}

  /** What the renderer shows of an answer an event points to. */
  public record AnswerShown(AnswerKind kind, long id, String draftedBy, List<String> regulationCodes, String body) {}

  private final Function<String, String> nameOf;
  private final LongFunction<AnswerShown> answerOf;

  /**
   * @param nameOf the name of a unit, group or person by id (ids it does not know come back as they are)
   * @param answerOf an answer of the item by id, or null
   */
  public JournalRenderer(Function<String, String> nameOf, LongFunction<AnswerShown> answerOf) {
    this.nameOf = nameOf;
    this.answerOf = answerOf;
  }

  public Rendered render(JournalEvent event) {
    Step step = stepOf(event);
    return new Rendered(event.type().labelVi(), step == null ? null : step.labelVi(), detail(event), event.reason());
  }

  /** The step an event concerns, where it names one (a reminder, an escalation, an override at triage). */
  public static Step stepOf(JournalEvent event) {
    if (event instanceof ReminderSent r) {
      return r.step();
    }
    if (event instanceof Escalated e) {
      return e.step();
    }
    if (event instanceof DepartmentOverridden) {
      return Step.TRIAGE;
    }
    return null;
  }

  /** The event's facts in words; null for events that are all in their label (and reason). */
  public String detail(JournalEvent event) {
    if (event instanceof Submitted s) {
      return "Đơn vị gửi: " + name(s.unitId());
    }
    if (event instanceof StatusChanged s) {
      return "Trạng thái: " + (s.status() == null ? "—" : s.status().labelVi());
    }
    if (event instanceof TriageDecided t) {
      return triage(t);
    }
    if (event instanceof DepartmentOverridden o) {
      return "Bảng quyết định gợi ý: " + name(o.suggestedDepartmentId()) + "; chọn: " + name(o.chosenDepartmentId());
    }
    if (event instanceof AnswerDrafted a) {
      return kind(a.kind())
          + (a.regulationCodes().isEmpty() ? "" : "\nCăn cứ: " + String.join(", ", a.regulationCodes()))
          + (a.body() == null ? "" : "\n" + a.body());
    }
    if (event instanceof StudyDrafted s) {
      return outcome(s.outcome())
          + "\n" + (s.authority() == null ? "" : s.authority().labelVi() + ": ")
          + (s.studyText() == null ? "" : s.studyText())
          + (s.consultedDepartmentIds().isEmpty() ? "" : "\nXin ý kiến: " + names(s.consultedDepartmentIds()));
    }
    if (event instanceof ConsultationAnswered c) {
      return name(c.departmentId()) + ": " + c.opinion();
    }
    if (event instanceof AuthorityReplyRecorded r) {
      return (r.authority() == null ? "Cấp có thẩm quyền" : r.authority().labelVi())
          + (r.inReplyTo() == null ? "" : " (trả lời văn bản số " + r.inReplyTo() + ")")
          + (r.reply() == null ? "" : ": " + r.reply());
    }
    if (event instanceof ProposalApproved p) {
      return "Gửi: " + (p.authority() == null ? "cấp có thẩm quyền" : p.authority().labelVi());
    }
    if (event instanceof ProposalReturned p) {
      return "Gửi: " + (p.authority() == null ? "cấp có thẩm quyền" : p.authority().labelVi());
    }
    if (event instanceof DocumentIssued d) {
      return purpose(d.purpose()) + " số " + d.numberAndSymbol()
          + (d.issuedOn() == null ? "" : " ngày " + DAY.format(d.issuedOn()))
          + (d.addressee() == null ? "" : "\nNơi nhận: " + d.addressee())
          + "\nNgười ký: " + name(d.signerId())
          + (d.certificateSubject() == null ? "" : "\nChứng thư số: " + d.certificateSubject())
          + "\nSHA-256 PDF (đã ký): " + d.pdfSha256() + "\nSHA-256 DOCX: " + d.docxSha256();
    }
    if (event instanceof SignedOff a) {
      return answer(a.kind(), a.answerId());
    }
    if (event instanceof ReturnedForRevision a) {
      return answer(a.kind(), a.answerId());
    }
    if (event instanceof AnswerDelivered a) {
      return answer(a.kind(), a.answerId());
    }
    if (event instanceof ReminderSent r) {
      return "Nhắc nhóm: " + name(r.recipientGroup());
    }
    if (event instanceof Escalated e) {
      return "Đơn vị chịu trách nhiệm: " + name(e.responsibleGroup()) + "; báo cáo Ban Giám đốc";
    }
    if (event instanceof RaisedAtConference r) {
      return "Hội nghị " + r.conferenceReference() + ", ý kiến thứ " + r.position()
          + (r.inAdvance() ? " (đơn vị gửi trước hội nghị)" : "");
    }
    if (event instanceof AnsweredAtConference a) {
      return "Người trả lời: " + (a.answeredBy() == null ? "—" : a.answeredBy())
          + (a.regulationCodes().isEmpty() ? "" : "\nCăn cứ: " + String.join(", ", a.regulationCodes()))
          + (a.answer() == null ? "" : "\n" + a.answer());
    }
    if (event instanceof AssignedAtConference a) {
      return "Giao: " + name(a.departmentId())
          + (a.deadline() == null ? "" : "; hạn " + DAY.format(a.deadline()))
          + (a.direction() == null ? "" : "\nChỉ đạo: " + a.direction());
    }
    if (event instanceof ConferenceAnswerConfirmed c) {
      return answer(AnswerKind.CONFERENCE, c.answerId()) + "\nThư ký ghi nhận: " + name(c.recordedBy());
    }
    if (event instanceof ConferenceAnswerDeclined d) {
      return answer(AnswerKind.CONFERENCE, d.answerId());
    }
    if (event instanceof ConclusionNoticeIssued n) {
      return "Thông báo số " + n.numberAndSymbol() + " (hội nghị " + n.conferenceReference() + ")"
          + "\nSHA-256 PDF: " + n.pdfSha256() + "\nSHA-256 DOCX: " + n.docxSha256();
    }
    if (event instanceof AttachmentAdded a) {
      return a.fileName() + " (" + a.contentType() + ", " + a.sizeBytes() + " byte)"
          + (a.stepName() == null ? "" : "\nĐính kèm tại bước: " + a.stepName()) + "\nSHA-256: " + a.sha256();
    }
    // head's review, the unit's reply, reopening, closing: the label and the reason say it all
    return null;
  }

  /** What an issued document is for, as the journal names it. */
  private static String purpose(String purpose) {
    if ("ANSWER_LETTER".equals(purpose)) {
      return "Công văn trả lời đơn vị";
    }
    if ("PROPOSAL".equals(purpose)) {
      return "Công văn đề xuất cấp có thẩm quyền";
    }
    return "Văn bản";
  }

  private String triage(TriageDecided t) {
    if (t.route() == null) {
      return null;
    }
    String label = ROUTES.get(t.route());
    switch (t.route()) {
      case ANSWER_NOW:
        return label + (t.regulationCodes().isEmpty() ? "" : ". Căn cứ: " + String.join(", ", t.regulationCodes()));
      case SEND_TO_DEPARTMENT:
        return label + ": " + name(t.departmentId());
      default:
        return label + (t.ground() == null ? "" : ": " + t.ground().labelVi()) + (t.duplicateOf() == null ? "" : " " + t.duplicateOf());
    }
  }

  /** An answer the event points to: its kind, draft number, author, basis and text. */
  private String answer(AnswerKind kind, Long answerId) {
    AnswerShown answer = answerId == null ? null : answerOf.apply(answerId);
    if (answer == null) {
      return kind(kind) + (answerId == null ? "" : " (dự thảo số " + answerId + ")");
    }
    return kind(answer.kind()) + " (dự thảo số " + answer.id() + ", soạn bởi " + name(answer.draftedBy()) + ")"
        + (answer.regulationCodes().isEmpty() ? "" : "\nCăn cứ: " + String.join(", ", answer.regulationCodes()))
        + "\n" + answer.body();
  }

  private static String kind(AnswerKind kind) {
    return kind == null ? "Trả lời" : ANSWER_KINDS.get(kind);
  }

  private static String outcome(StudyOutcome outcome) {
    return outcome == null ? "Kết quả nghiên cứu" : STUDY_OUTCOMES.get(outcome);
  }

  private String name(String id) {
    if (id == null) {
      return "—";
    }
    String name = nameOf.apply(id);
    return name == null ? id : name;
  }

  private String names(List<String> ids) {
    return ids.stream().map(this::name).collect(Collectors.joining(", "));
  }
}
