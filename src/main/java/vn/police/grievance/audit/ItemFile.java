package vn.police.grievance.audit;

import java.time.OffsetDateTime;
import java.util.List;
import vn.police.grievance.tracking.ItemView.Labelled;

/**
 * The complete file of one item as auditors read it: what was raised, where it stands, the answer
 * that went out and who signed it, the regulations cited and departments consulted, and every line
 * of its history in time order.
 *
 * @param running whether any of its processes is still running
 * @param runningProcessInstanceIds the running process instances (the engine's instance view exists
 *     only for these)
 */
public record ItemFile(
    String reference,
    Labelled unit,
    Labelled category,
    String title,
    String content,
    String proposal,
    String contact,
    Labelled status,
    Labelled route,
    Labelled department,
    String submittedBy,
    OffsetDateTime submittedAt,
    OffsetDateTime closedAt,
    int reopenCount,
    boolean running,
    String processInstanceId,
    List<String> runningProcessInstanceIds,
    FinalAnswer finalAnswer,
    List<RegulationRef> regulationsCited,
    List<Labelled> departmentsConsulted,
    List<TimelineEntry> entries) {

  /** The last approved answer: what the unit received (or will receive once delivered). */
  public record FinalAnswer(
      Labelled kind,
      String body,
      List<RegulationRef> regulations,
      String signedBy,
      String signedByName,
      OffsetDateTime signedAt,
      OffsetDateTime deliveredAt) {}

  public record RegulationRef(String code, String title) {}
}
