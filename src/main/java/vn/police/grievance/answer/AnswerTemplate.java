package vn.police.grievance.answer;

import java.time.OffsetDateTime;

/** Wording kept for an answer; {@code status} is ACTIVE or RETIRED; each change is a new version. */
public record AnswerTemplate(
    long id,
    String category,
    String regulationCode,
    String title,
    String body,
    String status,
    int version,
    String updatedBy,
    OffsetDateTime updatedAt) {

  public static final String ACTIVE = "ACTIVE";
  public static final String RETIRED = "RETIRED";
}
