package vn.police.grievance.tracking;

import java.time.OffsetDateTime;
import java.util.List;

/** An item as the API shows it: codes with their Vietnamese labels, and the delivered answer. */
/** An item as the API shows it; {@code stepDue} is when its open step falls due (none when it waits on no one). */
public record ItemView(
    String reference,
    Labelled unit,
    Labelled category,
    String title,
    String content,
    String proposal,
    String contact,
    Labelled status,
    String route,
    Labelled department,
    String submittedBy,
    OffsetDateTime submittedAt,
    OffsetDateTime updatedAt,
    OffsetDateTime closedAt,
    int reopenCount,
    OffsetDateTime stepDue,
    AnswerView answer,
    List<StatusView> statusHistory) {

  public record Labelled(String key, String label) {}

  public record StatusView(String status, String label, OffsetDateTime at, String by) {}

  public record AnswerView(
      String kind,
      String body,
      List<String> regulations,
      String signedBy,
      OffsetDateTime signedAt,
      OffsetDateTime deliveredAt,
      LetterView letter) {}

  /**
   * The official letter the answer went out as: its number and symbol, date, signer, the signed
   * PDF's SHA-256 and where to download it.
   */
  public record LetterView(String numberAndSymbol, OffsetDateTime issuedAt, String signedBy, String pdfSha256, String pdfUrl) {}
}
