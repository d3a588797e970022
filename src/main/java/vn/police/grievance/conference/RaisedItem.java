package vn.police.grievance.conference;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import vn.police.grievance.item.Category;
import vn.police.grievance.item.ItemStatus;

/** An item raised at a conference, with what was decided on it there and where it stands now. */
public record RaisedItem(
    long itemId,
    String reference,
    String unitId,
    Category category,
    String title,
    String content,
    String proposal,
    ItemStatus status,
    String processInstanceId,
    int position,
    boolean inAdvance,
    ConferenceOutcome outcome,
    Long answerId,
    String answer,
    String answeredBy,
    List<String> regulationCodes,
    String departmentId,
    LocalDate deadline,
    String direction,
    String decidedBy,
    OffsetDateTime decidedAt,
    String confirmedBy,
    OffsetDateTime confirmedAt,
    OffsetDateTime releasedAt,
    OffsetDateTime closedAt) {

  /** An on-the-spot answer recorded and not yet confirmed by the chair. */
  public boolean awaitsConfirmation() {
    return outcome == ConferenceOutcome.ANSWERED && confirmedAt == null;
  }

  public boolean isClosed() {
    return status == ItemStatus.CLOSED;
  }
}
