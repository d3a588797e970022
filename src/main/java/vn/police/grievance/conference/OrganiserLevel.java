package vn.police.grievance.conference;

/**
 * Who holds the conference: the provincial police hearing its commune-level units, or a commune's
 * People's Committee hearing its police and directing its specialised offices.
 */
public enum OrganiserLevel {
  PROVINCIAL_POLICE("Công an tỉnh"),
  PEOPLES_COMMITTEE("Ủy ban nhân dân cấp xã");

  private final String labelVi;

  OrganiserLevel(String labelVi) {
    this.labelVi = labelVi;
  }

  public String labelVi() {
    return labelVi;
  }
}
