package vn.police.grievance.conference;

/** What the conference decided on an item raised there. */
public enum ConferenceOutcome {
  /** Nothing yet; after the session it goes to triage as usual. */
  PENDING("Chưa kết luận tại hội nghị, chuyển phân loại"),
  /** Answered on the spot: delivered once the chair confirms the recorded answer. */
  ANSWERED("Trả lời tại hội nghị"),
  /** The chair assigned a department, with a deadline: its study starts without triage. */
  ASSIGNED("Giao phòng chức năng nghiên cứu");

  private final String labelVi;

  ConferenceOutcome(String labelVi) {
    this.labelVi = labelVi;
  }

  public String labelVi() {
    return labelVi;
  }
}
