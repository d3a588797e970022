package vn.police.grievance.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextTest {

  @Test
  void textOfWhitespaceAndInvisibleCharactersOnlyIsNothing() {
    for (String s : new String[] {null, "", " ", "\t\r\n", "\u200B", "\u200C\u200D", "\u2060", "\uFEFF", "\u3000", "\u00A0",
        "\u202F\u2007", "\u200B\u3000\u00A0", "\u200E\u200F", "\uDB40\uDC01"}) {
      assertThat(Text.clean(s)).as("%s", s == null ? null : s.codePoints().mapToObj(Integer::toHexString).toList()).isNull();
      assertThat(Text.isBlank(s)).isTrue();
    }
  }

  @Test
  void onlyTheEndsAreCleanedAndVietnameseIsKept() {
    assertThat(Text.clean("\uFEFF\u00A0 Công an xã Long Hòa\u3000\u200B")).isEqualTo("Công an xã Long Hòa");
    assertThat(Text.clean("Trụ sở\u200B bị dột")).isEqualTo("Trụ sở\u200B bị dột");
    assertThat(Text.clean("Dòng 1\nDòng 2\n")).isEqualTo("Dòng 1\nDòng 2");
    assertThat(Text.clean("-2")).isEqualTo("-2");
    assertThat(Text.clean("😀\u200B")).isEqualTo("😀");
    assertThat(Text.isBlank(" x ")).isFalse();
  }

  @Test
  void requiredTreatsInvisibleTextAsMissingAndCountsWhatIsStored() {
    Checks checks = Checks.start().required("title", "\u200B\u3000\u00A0", 5).required("content", "\u200Babcde\u3000", 5)
        .maxLength("proposal", "\u00A0" + "x".repeat(5) + "\u00A0", 5);
    assertThat(checks.hasProblem("title")).isTrue();
    assertThat(checks.hasProblem("content")).isFalse();
    assertThat(checks.hasProblem("proposal")).isFalse();
  }
}
