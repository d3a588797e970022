package vn.police.grievance.regulation;

public enum RegulationStatus {
  IN_FORCE,
  AMENDED,
  REPEALED,
  /** Taken out of the catalogue by its keepers: no longer offered or citable, kept with its history. */
  RETIRED
}
