package vn.police.grievance.organisation;

/** The kinds of organisation unit; each unit is also a Camunda group of the same id. */
public enum UnitKind {
  PROVINCE,
  LEADERSHIP,
  RECEPTION,
  DEPARTMENT,
  DISTRICT,
  COMMUNE,
  AUDIT,
  ADMINISTRATION
}
