package vn.police.grievance.regulation;

public enum RegulationStatus {
  IN_FORCE,
  AMENDED,
  REPEALED
}
