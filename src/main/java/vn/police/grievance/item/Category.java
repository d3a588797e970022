package vn.police.grievance.item;

/**
 * What a commune unit raises (docs/domain.md, "What units raise"). Labels are what officers read.
 */
public enum Category {
  REPORTING("Chế độ báo cáo", "Reporting"),
  FACILITIES("Trụ sở, cơ sở vật chất", "Facilities"),
  EQUIPMENT("Phương tiện, trang thiết bị", "Equipment"),
  STAFFING("Biên chế, tổ chức cán bộ", "Staffing"),
  ALLOWANCES("Phụ cấp, chế độ chính sách", "Allowances"),
  PUBLIC_ORDER("Tình hình an ninh trật tự", "Public order"),
  PROFESSIONAL("Nghiệp vụ", "Professional matters"),
  OTHER("Khác", "Other");

  private final String labelVi;
  private final String labelEn;

  Category(String labelVi, String labelEn) {
    this.labelVi = labelVi;
    this.labelEn = labelEn;
  }

  public String labelVi() {
    return labelVi;
  }

  public String labelEn() {
    return labelEn;
  }

  /** Lenient parse for API and form input; null when the key is unknown. */
  public static Category parse(String key) {
    if (key == null) {
      return null;
    }
    for (Category c : values()) {
      if (c.name().equalsIgnoreCase(key.trim())) {
        return c;
      }
    }
    return null;
  }
}
