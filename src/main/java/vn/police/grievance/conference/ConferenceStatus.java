package vn.police.grievance.conference;

/** Where a listening conference stands; its own process moves it. */
public enum ConferenceStatus {
  PLANNED("Đã lên kế hoạch"),
  IN_SESSION("Đang họp"),
  CONCLUDING("Đang kết luận"),
  FOLLOW_UP("Đang theo dõi thực hiện"),
  CLOSED("Đã kết thúc");

  private final String labelVi;

  ConferenceStatus(String labelVi) {
    this.labelVi = labelVi;
  }

  public String labelVi() {
    return labelVi;
  }
}
