package vn.police.grievance.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.police.grievance.system.InvalidInputException.FieldProblem;

class OfficerTextTest {

  @Test
  void anOfficerReadsTheVietnameseWithoutTheEnglishAside() {
    assertThat(OfficerText.plain("Chọn phòng chức năng (choose a department)")).isEqualTo("Chọn phòng chức năng");
    assertThat(OfficerText.plain("Phòng chức năng không tồn tại (unknown department): dept-x"))
        .isEqualTo("Phòng chức năng không tồn tại: dept-x");
  }

  @Test
  void vietnameseAsidesAndAbbreviationsStay() {
    assertThat(OfficerText.plain("Công an xã Long Hòa (dữ liệu mẫu)")).isEqualTo("Công an xã Long Hòa (dữ liệu mẫu)");
    assertThat(OfficerText.plain("Tệp báo cáo (PDF) quá lớn")).isEqualTo("Tệp báo cáo (PDF) quá lớn");
  }

  @Test
  void fieldProblemsReadAsSentencesWithoutFieldNamesEachOnce() {
    assertThat(OfficerText.plain(List.of(
            new FieldProblem("overrideReason", "Nêu lý do (a reason is required)"),
            new FieldProblem("reason", "Nêu lý do (a reason is required)"),
            new FieldProblem("title", "Tối đa 200 ký tự."))))
        .isEqualTo("Nêu lý do. Tối đa 200 ký tự.");
  }
}
