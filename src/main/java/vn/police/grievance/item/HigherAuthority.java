package vn.police.grievance.item;

public enum HigherAuthority {
  MINISTRY_OF_PUBLIC_SECURITY("Bộ Công an"),
  PROVINCIAL_PEOPLES_COMMITTEE("Ủy ban nhân dân tỉnh");

  private final String labelVi;

  HigherAuthority(String labelVi) {
    this.labelVi = labelVi;
  }

  public String labelVi() {
    return labelVi;
  }
}
