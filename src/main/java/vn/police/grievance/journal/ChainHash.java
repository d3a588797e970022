package vn.police.grievance.journal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * The hash of one journal row: SHA-256 over a canonical form of the row and the hash of the row
 * before it. Every field is written with its length, so that no two different rows (a null and an
 * empty text, a text that contains the separator) share a canonical form. Time is written as the
 * UTC instant to the microsecond, the precision both databases keep.
 *
 * <p>The format is part of every stored hash: changing it breaks every existing chain. A new format
 * needs a new version tag and a verifier that knows both. Version 1 covers the rows written before
 * the journal was typed (free text in step and detail); version 2 covers typed rows, whose facts are
 * a versioned JSON payload. A row says which it is by its payload version (none for version 1).
 */
public final class ChainHash {

  /** The hash before the first row of a chain. */
  public static final String GENESIS = "0".repeat(64);

  static final String VERSION = "grievance-audit-v1";
  static final String VERSION_2 = "grievance-audit-v2";

  private static final DateTimeFormatter UTC_MICROS =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

  private ChainHash() {}

  /** The fields of a journal row that the hash covers. */
  public record Row(
      long seq,
      long itemId,
      OffsetDateTime occurredAt,
      String actor,
      String type,
      String step,
      String detail,
      String reason,
      Integer payloadVersion,
      String payload) {

    /** A row of the untyped journal (version 1). */
    public Row(long seq, long itemId, OffsetDateTime occurredAt, String actor, String type, String step, String detail, String reason) {
      this(seq, itemId, occurredAt, actor, type, step, detail, reason, null, null);
    }
  }

  public static String of(String previousHash, Row row) {
    StringBuilder canonical = new StringBuilder(256);
    boolean typed = row.payloadVersion() != null;
    field(canonical, typed ? VERSION_2 : VERSION);
    field(canonical, previousHash);
    field(canonical, Long.toString(row.seq()));
    field(canonical, Long.toString(row.itemId()));
    field(canonical, row.occurredAt() == null ? null : UTC_MICROS.format(micros(row.occurredAt())));
    field(canonical, row.actor());
    field(canonical, row.type());
    field(canonical, row.step());
    field(canonical, row.detail());
    field(canonical, row.reason());
    if (typed) {
      field(canonical, Integer.toString(row.payloadVersion()));
      field(canonical, row.payload());
    }
    return sha256(canonical.toString());
  }

  /** Timestamps are stored to the microsecond; anything finer would not survive the database. */
  public static OffsetDateTime truncate(OffsetDateTime at) {
    return at == null ? null : at.truncatedTo(ChronoUnit.MICROS);
  }

  private static Instant micros(OffsetDateTime at) {
    return at.toInstant().truncatedTo(ChronoUnit.MICROS);
  }

  private static void field(StringBuilder sb, String value) {
    if (value == null) {
      sb.append("-;");
    } else {
      sb.append(value.length()).append(':').append(value).append(';');
    }
  }

  private static String sha256(String s) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
