package vn.police.grievance.item;

import vn.police.grievance.item.JournalRenderer;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.police.grievance.item.AnswerKind;
import vn.police.grievance.item.EventType;
import vn.police.grievance.item.HigherAuthority;
import vn.police.grievance.item.InadmissibleGround;
import vn.police.grievance.item.JournalEvent.*;
import vn.police.grievance.item.JournalEvents;
import vn.police.grievance.item.Route;
import vn.police.grievance.item.Step;
import vn.police.grievance.item.StudyOutcome;

/** What people read of each event, in Vietnamese, whatever year the row was written. */
class JournalRendererTest {

  static final Map<String, String> NAMES = Map.of(
      "cax-long-hoa", "Công an xã Long Hòa", "dept-hau-can", "Phòng Hậu cần", "dept-phap-che", "Phòng Pháp chế",
      "reception", "Bộ phận tiếp nhận");

  final JournalRenderer renderer = new JournalRenderer(NAMES::get, id -> null);

  @Test
  void eachEventReadsInVietnameseWithTheNamesOfUnitsNotTheirIds() {
    assertThat(renderer.detail(new Submitted("cax-long-hoa", "intake"))).isEqualTo("Đơn vị gửi: Công an xã Long Hòa");
    assertThat(renderer.detail(new TriageDecided(Route.ANSWER_NOW, List.of("42/2021/NĐ-CP"), null, null, null, null)))
        .isEqualTo("Trả lời ngay. Căn cứ: 42/2021/NĐ-CP");
    assertThat(renderer.detail(new TriageDecided(Route.SEND_TO_DEPARTMENT, List.of(), "dept-hau-can", null, null, null)))
        .isEqualTo("Chuyển phòng chức năng nghiên cứu: Phòng Hậu cần");
    assertThat(renderer.detail(new TriageDecided(Route.NOT_ADMISSIBLE, List.of(), null, InadmissibleGround.DUPLICATE, "KN-2026-000001", "x")))
        .isEqualTo("Không thụ lý: Trùng với kiến nghị đã tiếp nhận KN-2026-000001");
    assertThat(renderer.render(new DepartmentOverridden("dept-hau-can", "dept-phap-che", "Cần căn cứ")))
        .isEqualTo(new JournalRenderer.Rendered("Chọn phòng khác với đề xuất", Step.TRIAGE.labelVi(),
            "Bảng quyết định gợi ý: Phòng Hậu cần; chọn: Phòng Pháp chế", "Cần căn cứ"));
    assertThat(renderer.detail(new StudyDrafted(StudyOutcome.HIGHER_AUTHORITY, HigherAuthority.MINISTRY_OF_PUBLIC_SECURITY,
            "Đã rà soát", List.of("dept-phap-che"))))
        .isEqualTo("Đề xuất xin ý kiến cấp có thẩm quyền\nBộ Công an: Đã rà soát\nXin ý kiến: Phòng Pháp chế");
    assertThat(renderer.detail(new ConsultationAnswered("dept-phap-che", "Đồng ý"))).isEqualTo("Phòng Pháp chế: Đồng ý");
    assertThat(renderer.render(new ReminderSent(Step.TRIAGE, "reception")))
        .isEqualTo(new JournalRenderer.Rendered("Nhắc hạn", Step.TRIAGE.labelVi(), "Nhắc nhóm: Bộ phận tiếp nhận", null));
    assertThat(renderer.detail(new SignedOff(AnswerKind.IMMEDIATE, 3L))).isEqualTo("Trả lời ngay (dự thảo số 3)");
    assertThat(renderer.render(new UnitNotSatisfied("Chưa rõ"))).isEqualTo(
        new JournalRenderer.Rendered("Đơn vị chưa đồng ý", null, null, "Chưa rõ"));
  }

  @Test
  void aRowWrittenBeforeTheJournalWasTypedReadsExactlyLikeOneWrittenToday() {
    assertThat(renderer.render(JournalEvents.fromLegacy(EventType.STUDY_DRAFTED, "HIGHER_AUTHORITY",
            "Bộ Công an: Đã rà soát\nXin ý kiến: dept-phap-che", null)))
        .isEqualTo(renderer.render(new StudyDrafted(StudyOutcome.HIGHER_AUTHORITY, HigherAuthority.MINISTRY_OF_PUBLIC_SECURITY,
            "Đã rà soát", List.of("dept-phap-che"))));
    assertThat(renderer.render(JournalEvents.fromLegacy(EventType.DEPARTMENT_OVERRIDDEN, "TRIAGE", "dept-hau-can -> dept-phap-che", "Lý do")))
        .isEqualTo(renderer.render(new DepartmentOverridden("dept-hau-can", "dept-phap-che", "Lý do")));
  }
}
