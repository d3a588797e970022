package vn.police.grievance.item;

/** What can happen to an item; each is one row of its journal. */
public enum EventType {
  SUBMITTED("Tiếp nhận kiến nghị"),
  STATUS_CHANGED("Chuyển trạng thái"),
  TRIAGE_DECIDED("Quyết định hướng xử lý"),
  DEPARTMENT_OVERRIDDEN("Chọn phòng khác với đề xuất"),
  ANSWER_DRAFTED("Soạn dự thảo trả lời"),
  STUDY_DRAFTED("Phòng chức năng nghiên cứu, đề xuất"),
  CONSULTATION_ANSWERED("Phòng phối hợp cho ý kiến"),
  HEAD_APPROVED("Trưởng phòng duyệt"),
  HEAD_RETURNED("Trưởng phòng trả lại"),
  AUTHORITY_REPLY_RECORDED("Ghi nhận ý kiến cấp có thẩm quyền"),
  SIGNED_OFF("Lãnh đạo duyệt trả lời"),
  RETURNED_FOR_REVISION("Lãnh đạo trả lại để chỉnh sửa"),
  ANSWER_DELIVERED("Gửi trả lời cho đơn vị"),
  UNIT_SATISFIED("Đơn vị đồng ý với trả lời"),
  UNIT_NOT_SATISFIED("Đơn vị chưa đồng ý"),
  REOPENED("Mở lại kiến nghị"),
  CLOSED("Kết thúc"),
  CLOSED_WITHOUT_REPLY("Kết thúc do đơn vị không phản hồi"),
  REMINDER_SENT("Nhắc hạn"),
  ESCALATED("Báo cáo lãnh đạo do quá hạn"),
  RAISED_AT_CONFERENCE("Nêu tại hội nghị lắng nghe ý kiến"),
  ANSWERED_AT_CONFERENCE("Trả lời tại hội nghị"),
  ASSIGNED_AT_CONFERENCE("Chủ trì giao phòng chức năng tại hội nghị"),
  CONFERENCE_ANSWER_CONFIRMED("Chủ trì xác nhận trả lời tại hội nghị"),
  CONFERENCE_ANSWER_DECLINED("Chủ trì không xác nhận trả lời tại hội nghị"),
  CONCLUSION_NOTICE_ISSUED("Ban hành thông báo kết luận hội nghị"),
  ATTACHMENT_ADDED("Đính kèm tài liệu"),
  PROPOSAL_APPROVED("Lãnh đạo duyệt văn bản đề xuất cấp trên"),
  PROPOSAL_RETURNED("Lãnh đạo trả lại văn bản đề xuất cấp trên"),
  DOCUMENT_ISSUED("Ban hành văn bản");

  private final String labelVi;

  EventType(String labelVi) {
    this.labelVi = labelVi;
  }

  public String labelVi() {
    return labelVi;
  }
}
