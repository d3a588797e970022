package vn.police.grievance.conference;

/** In one room, or online from the provincial bridge point to the localities' bridge points. */
public enum ConferenceFormat {
  IN_PERSON("Trực tiếp"),
  ONLINE("Trực tuyến");

  private final String labelVi;

  ConferenceFormat(String labelVi) {
    this.labelVi = labelVi;
  }

  public String labelVi() {
    return labelVi;
  }
}
