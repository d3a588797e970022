package vn.police.grievance.organisation;

/** Published when an administrator adds a unit, so that its access rights follow at once. */
public record UnitAdded(OrgUnit unit) {}
