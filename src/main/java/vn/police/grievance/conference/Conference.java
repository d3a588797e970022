package vn.police.grievance.conference;

import java.time.OffsetDateTime;
import java.util.List;

/** A listening conference, as planned and as it went. */
public record Conference(
    long id,
    String reference,
    String title,
    OffsetDateTime startsAt,
    OrganiserLevel organiserLevel,
    String organiserName,
    String chairId,
    String chairTitle,
    String secretaryId,
    ConferenceFormat format,
    String venue,
    List<String> bridgePoints,
    List<String> invitedUnitIds,
    ConferenceStatus status,
    String conclusions,
    String processInstanceId,
    String plannedBy,
    OffsetDateTime plannedAt,
    OffsetDateTime openedAt,
    OffsetDateTime sessionEndedAt,
    OffsetDateTime closedAt) {

  /** The notice's number symbol and signing line follow who organised the conference. */
  public boolean byPeoplesCommittee() {
    return organiserLevel == OrganiserLevel.PEOPLES_COMMITTEE;
  }

  public boolean isChair(String userId) {
    return chairId.equals(userId);
  }

  public boolean isSecretary(String userId) {
    return secretaryId.equals(userId);
  }
}
