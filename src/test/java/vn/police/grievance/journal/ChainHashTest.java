package vn.police.grievance.journal;

import vn.police.grievance.journal.ChainHash;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ChainHashTest {

  static final OffsetDateTime AT = OffsetDateTime.of(2026, 3, 2, 9, 15, 30, 123_456_000, ZoneOffset.ofHours(7));

  static ChainHash.Row row(String detail, String reason) {
    return new ChainHash.Row(7, 42, AT, "tiepnhan", "TRIAGE_DECIDED", "ANSWER_NOW", detail, reason);
  }

  @Test
  void theSameRowAndPredecessorAlwaysGiveTheSameHash() {
    assertThat(ChainHash.of(ChainHash.GENESIS, row("Căn cứ: 42/2021/NĐ-CP", null)))
        .isEqualTo(ChainHash.of(ChainHash.GENESIS, row("Căn cứ: 42/2021/NĐ-CP", null)))
        .hasSize(64)
        .matches("[0-9a-f]{64}");
  }

  @Test
  void theSameInstantInAnotherOffsetGivesTheSameHash() {
    ChainHash.Row utc = new ChainHash.Row(7, 42, AT.withOffsetSameInstant(ZoneOffset.UTC), "tiepnhan", "TRIAGE_DECIDED",
        "ANSWER_NOW", "x", null);
    assertThat(ChainHash.of(ChainHash.GENESIS, utc)).isEqualTo(ChainHash.of(ChainHash.GENESIS, row("x", null)));
  }

  @Test
  void everyFieldAndThePredecessorChangeTheHash() {
    String base = ChainHash.of(ChainHash.GENESIS, row("a", "b"));
    assertThat(ChainHash.of("1".repeat(64), row("a", "b"))).isNotEqualTo(base);
    assertThat(ChainHash.of(ChainHash.GENESIS, row("a ", "b"))).isNotEqualTo(base);
    assertThat(ChainHash.of(ChainHash.GENESIS, row("a", "B"))).isNotEqualTo(base);
    assertThat(ChainHash.of(ChainHash.GENESIS, new ChainHash.Row(8, 42, AT, "tiepnhan", "TRIAGE_DECIDED", "ANSWER_NOW", "a", "b")))
        .isNotEqualTo(base);
    assertThat(ChainHash.of(ChainHash.GENESIS, new ChainHash.Row(7, 42, AT.plusNanos(1000), "tiepnhan", "TRIAGE_DECIDED",
        "ANSWER_NOW", "a", "b"))).isNotEqualTo(base);
    assertThat(ChainHash.of(ChainHash.GENESIS, new ChainHash.Row(7, 42, AT, "lanhdao", "TRIAGE_DECIDED", "ANSWER_NOW", "a", "b")))
        .isNotEqualTo(base);
  }

  @Test
  void aMissingTextAndAnEmptyOneAreNotTheSameRecord() {
    assertThat(ChainHash.of(ChainHash.GENESIS, row(null, null))).isNotEqualTo(ChainHash.of(ChainHash.GENESIS, row("", null)));
    // moving text from one field into the next is a different record too
    assertThat(ChainHash.of(ChainHash.GENESIS, row("a;b", null))).isNotEqualTo(ChainHash.of(ChainHash.GENESIS, row("a", "b")));
  }

  @Test
  void timeIsKeptToTheMicrosecondLikeTheDatabase() {
    assertThat(ChainHash.truncate(AT.plusNanos(999))).isEqualTo(AT);
  }
}
