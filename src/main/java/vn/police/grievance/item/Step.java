package vn.police.grievance.item;

/** The human steps that carry a deadline. */
public enum Step {
  TRIAGE("Phân loại, đề xuất hướng xử lý"),
  IMMEDIATE_ANSWER("Soạn trả lời ngay"),
  DEPARTMENT_STUDY("Nghiên cứu, đề xuất của phòng chức năng"),
  CONSULTATION("Cho ý kiến phối hợp"),
  HEAD_REVIEW("Trưởng phòng xem xét"),
  AUTHORITY_REPLY("Chờ ý kiến cấp có thẩm quyền"),
  SIGN_OFF("Lãnh đạo duyệt trả lời"),
  UNIT_RESPONSE("Đơn vị xác nhận kết quả");

  private final String labelVi;

  Step(String labelVi) {
    this.labelVi = labelVi;
  }

  public String labelVi() {
    return labelVi;
  }
}
