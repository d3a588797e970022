package vn.police.grievance.system;

/** Group ids with a fixed meaning; every organisation unit is a group of its own id as well. */
public final class Groups {

  private Groups() {}

  public static final String ADMINISTRATORS = "camunda-admin";
  public static final String RECEPTION = "reception";
  public static final String LEADERSHIP = "leadership";
  public static final String AUDITORS = "auditors";
  /**
   * Operations staff: read the service's metrics, health details and build information
   * (/actuator), and nothing of the items. A group of its own, not an organisation unit.
   */
  public static final String OPERATORS = "operators";
}
