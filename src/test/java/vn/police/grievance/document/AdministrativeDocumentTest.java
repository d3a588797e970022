package vn.police.grievance.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a document says before any layout: its date, its number line, its tables' shape. */
class AdministrativeDocumentTest {

  @ParameterizedTest(name = "{0} is written \"{1}\"")
  @CsvSource({
      "2026-02-05, ngày 05 tháng 02 năm 2026",
      "2026-01-29, ngày 29 tháng 01 năm 2026",
      "2026-03-05, ngày 05 tháng 3 năm 2026",
      "2026-11-15, ngày 15 tháng 11 năm 2026",
      "2026-12-01, ngày 01 tháng 12 năm 2026",
      "2026-10-10, ngày 10 tháng 10 năm 2026",
      "2026-09-09, ngày 09 tháng 9 năm 2026"})
  void daysBelowTenAndTheMonthsOneAndTwoTakeALeadingZeroAsTheDecreeSays(LocalDate date, String written) {
    assertThat(AdministrativeDocument.writtenDate(date)).isEqualTo(written);
  }

  @Test
  void thePlaceComesBeforeTheDate() {
    assertThat(SampleDocuments.notice(1, false).placeAndDate()).isEqualTo("Cà Mau, ngày 05 tháng 02 năm 2026");
  }

  @Test
  void aDraftWithoutNumberSaysSoAndAnIssuedOneLeavesTheNumberToTheClerk() {
    assertThat(SampleDocuments.notice(1, false).numberLine()).isEqualTo("Số: 12/TB-CAT");
    assertThat(SampleDocuments.notice(1, true).numberLine()).isEqualTo("Số: (dự thảo)");
    AdministrativeDocument unnumbered = new AdministrativeDocument(null, "CÔNG AN TỈNH CÀ MAU", null, "Cà Mau",
        LocalDate.of(2026, 2, 5), "THÔNG BÁO", "Kết luận", List.of(), List.of(), null, "GIÁM ĐỐC", "Nguyễn Văn A", false);
    assertThat(unnumbered.numberLine()).startsWith("Số:").doesNotContain("dự thảo");
  }

  @Test
  void aTableRowMustHaveAsManyCellsAsTheTableHasColumns() {
    assertThatThrownBy(() -> new Block.Table(List.of("A", "B"), List.of(List.of("1", "2"), List.of("3"))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 cells").hasMessageContaining("2 columns");
    assertThatThrownBy(() -> new Block.Table(List.of("A", "B"), List.of(), new float[] {1}))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Block.Table(List.of("A", "B"), List.of(), new float[] {1, 0}))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Block.Table(List.of(), List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aTableCannotBeChangedAfterItWasChecked() {
    float[] widths = {1, 2};
    java.util.ArrayList<String> row = new java.util.ArrayList<>(List.of("1", "2"));
    Block.Table table = new Block.Table(List.of("A", "B"), List.of(row), widths);
    widths[0] = -1;
    table.relativeWidths()[1] = -1;
    row.add("3");
    assertThat(table.relativeWidths()).containsExactly(1, 2);
    assertThat(table.rows().get(0)).containsExactly("1", "2");
    assertThat(table).isEqualTo(new Block.Table(List.of("A", "B"), List.of(List.of("1", "2")), new float[] {1, 2}));
  }

  @Test
  void anEmptyCellIsBlankAndMissingWidthsMakeEqualColumns() {
    Block.Table table = new Block.Table(List.of("A", "B"), List.of(java.util.Arrays.asList("1", null)));
    assertThat(table.rows().get(0)).containsExactly("1", "");
    assertThat(table.relativeWidths()).containsExactly(1, 1);
  }
}
