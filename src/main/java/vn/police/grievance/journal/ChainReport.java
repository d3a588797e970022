package vn.police.grievance.journal;

import java.time.OffsetDateTime;

/**
 * The outcome of verifying the journal's hash chain: how much was checked, the head an auditor can
 * write down to compare later, and the first broken link if any.
 *
 * @param checked rows checked
 * @param firstPosition position of the first row still kept (earlier ones removed by retention)
 * @param lastPosition position of the head of the chain
 * @param headHash hash of the head: recorded elsewhere, it shows later whether the chain was rebuilt
 * @param prunedUpTo last position removed by the retention policy (0 when none)
 */
public record ChainReport(
    boolean intact,
    long checked,
    long firstPosition,
    long lastPosition,
    String headHash,
    long prunedUpTo,
    OffsetDateTime verifiedAt,
    ChainBreak firstBreak) {

  /** What is wrong at the first broken link. */
  public enum Problem {
    /** The row's content no longer matches its hash. */
    ALTERED,
    /** The row does not point at the hash of the row before it. */
    RELINKED,
    /** No row at this position: removed. */
    MISSING,
    /** A committed row that was never sealed into the chain. */
    UNSEALED,
    /** The last row and the recorded head of the chain disagree. */
    HEAD_MISMATCH
  }

  /**
   * @param position the position in the chain where the break is found (null for an unsealed row)
   * @param eventId the journal row, when it still exists
   * @param itemReference the item the row belongs to, when known
   */
  public record ChainBreak(Long position, Long eventId, String itemReference, Problem problem, String message) {}

  /** One line for logs and the command line. */
  public String summary() {
    if (intact) {
      return "Nhật ký toàn vẹn (audit chain intact): " + checked + " bản ghi, vị trí " + firstPosition + ".."
          + lastPosition + ", mã băm đầu chuỗi (head hash) " + headHash;
    }
    return "Nhật ký bị sai lệch (audit chain broken) tại vị trí (at position) " + firstBreak.position() + ": "
        + firstBreak.problem() + (firstBreak.eventId() == null ? "" : ", event " + firstBreak.eventId())
        + (firstBreak.itemReference() == null ? "" : ", " + firstBreak.itemReference()) + " — "
        + firstBreak.message();
  }
}
