package vn.police.grievance.item;

/** The status a submitting unit reads; it always mirrors where the process is. */
public enum ItemStatus {
  RECEIVED("Đã tiếp nhận", "Received"),
  AT_CONFERENCE("Đang xem xét tại hội nghị", "At the listening conference"),
  IN_TRIAGE("Đang phân loại", "In triage"),
  ANSWERING("Đang soạn trả lời", "Answering"),
  AT_DEPARTMENT("Phòng chức năng đang nghiên cứu", "At department"),
  AWAITING_HIGHER_AUTHORITY("Chờ ý kiến cấp trên", "Awaiting higher authority"),
  AWAITING_SIGN_OFF("Chờ lãnh đạo duyệt", "Awaiting sign-off"),
  ANSWERED("Đã trả lời", "Answered"),
  REOPENED("Mở lại", "Reopened"),
  CLOSED("Đã kết thúc", "Closed"),
  NOT_ADMISSIBLE("Không thụ lý", "Not admissible");

  private final String labelVi;
  private final String labelEn;

  ItemStatus(String labelVi, String labelEn) {
    this.labelVi = labelVi;
    this.labelEn = labelEn;
  }

  public String labelVi() {
    return labelVi;
  }

  public String labelEn() {
    return labelEn;
  }
}
