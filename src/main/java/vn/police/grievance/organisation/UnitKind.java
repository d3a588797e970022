package vn.police.grievance.organisation;

/**
 * The kinds of organisation unit; each unit is also a Camunda group of the same id. Since 1 July
 * 2025 local police have two levels, the province and the commune level (xã, phường, đặc khu);
 * a district is history, kept only as an optional grouping of communes.
 */
public enum UnitKind {
  PROVINCE("Công an tỉnh"),
  LEADERSHIP("Ban Giám đốc"),
  RECEPTION("Bộ phận tiếp nhận"),
  DEPARTMENT("Phòng chức năng"),
  DISTRICT("Khu vực (Công an huyện cũ)"),
  COMMUNE("Công an xã, phường"),
  SPECIAL_ZONE("Công an đặc khu"),
  AUDIT("Thanh tra"),
  ADMINISTRATION("Quản trị");

  private final String labelVi;

  UnitKind(String labelVi) {
    this.labelVi = labelVi;
  }

  public String labelVi() {
    return labelVi;
  }

  /** The commune level: the units that raise items (communes, wards and special zones). */
  public boolean isCommuneLevel() {
    return this == COMMUNE || this == SPECIAL_ZONE;
  }
}
