package vn.police.grievance.organisation;

public record OrgUnit(
    String id, UnitKind kind, String nameVi, String nameEn, String parentId, boolean active, boolean demo) {

  /** Department heads form a group of their own, so the review step reaches only them. */
  public String headGroupId() {
    return id + "-head";
  }
}
