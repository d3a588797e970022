package vn.police.grievance.organisation;

public record OrgUnit(
    String id, UnitKind kind, String nameVi, String nameEn, String parentId, boolean active, boolean demo) {

  /** Appended to the Vietnamese name of every demo unit, so that nobody takes it for a real one. */
  public static final String DEMO_MARK = " (dữ liệu mẫu)";

  /**
   * The name where space is short (task names in the Tasklist list): without the demo mark, which
   * the full name keeps and the task's form shows.
   */
  public String shortName() {
    return demo && nameVi.endsWith(DEMO_MARK) ? nameVi.substring(0, nameVi.length() - DEMO_MARK.length()) : nameVi;
  }

  /** Department heads form a group of their own, so the review step reaches only them. */
  public String headGroupId() {
    return id + "-head";
  }
}
