package vn.police.grievance.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Checks the lunar conversion against published Vietnamese calendars. */
class LunarCalendarTest {

  /** China's calendar is computed for UTC+8; only used to show where the two calendars part. */
  private static final double CHINA_TIME_ZONE_HOURS = 8.0;

  @ParameterizedTest(name = "Tết {0} falls on {1}")
  @CsvSource({
      "2020, 2020-01-25",
      "2021, 2021-02-12",
      "2022, 2022-02-01",
      "2023, 2023-01-22",
      "2024, 2024-02-10",
      "2025, 2025-01-29",
      "2026, 2026-02-17",
      "2027, 2027-02-06",
      "2028, 2028-01-26",
      "2029, 2029-02-13",
      // Not 3 February: that is the Chinese New Year, see tetOf2030ComesOneDayBeforeTheChineseNewYear.
      "2030, 2030-02-02",
  })
  void tetFrom2020To2030FallsOnThePublishedDates(int year, LocalDate expected) {
    assertThat(LunarCalendar.lunarNewYear(year)).isEqualTo(expected);
  }

  @Test
  void tetOf2026StartsOnSeventeenthOfFebruary() {
    assertThat(LunarCalendar.toSolar(1, 1, 2026, false)).isEqualTo(LocalDate.of(2026, 2, 17));
  }

  @Test
  void tetOf1985CameAMonthBeforeTheChineseNewYear() {
    assertThat(LunarCalendar.lunarNewYear(1985)).isEqualTo(LocalDate.of(1985, 1, 21));
    assertThat(LunarCalendar.toSolar(1, 1, 1985, false, CHINA_TIME_ZONE_HOURS))
        .isEqualTo(LocalDate.of(1985, 2, 20));
  }

  @Test
  void tetOf2007CameOneDayBeforeTheChineseNewYear() {
    assertThat(LunarCalendar.lunarNewYear(2007)).isEqualTo(LocalDate.of(2007, 2, 17));
    assertThat(LunarCalendar.toSolar(1, 1, 2007, false, CHINA_TIME_ZONE_HOURS))
        .isEqualTo(LocalDate.of(2007, 2, 18));
  }

  @Test
  void tetOf2030ComesOneDayBeforeTheChineseNewYear() {
    // New moon on 2 February 2030 around 16:07 UTC: 23:07 in Hanoi, already 3 February in Beijing.
    assertThat(LunarCalendar.lunarNewYear(2030)).isEqualTo(LocalDate.of(2030, 2, 2));
    assertThat(LunarCalendar.toSolar(1, 1, 2030, false, CHINA_TIME_ZONE_HOURS))
        .isEqualTo(LocalDate.of(2030, 2, 3));
  }

  @ParameterizedTest(name = "lunar year {0} has leap month {1} (0 = none)")
  @CsvSource({"2020, 4", "2021, 0", "2022, 0", "2023, 2", "2024, 0", "2025, 6", "2026, 0", "2028, 5"})
  void leapMonthsMatchThePublishedCalendars(int year, int leapMonth) {
    assertThat(LunarCalendar.leapMonthOf(year)).isEqualTo(leapMonth);
  }

  @Test
  void leapSixthMonthOf2025StartsOneLunationAfterTheRegularSixthMonth() {
    assertThat(LunarCalendar.toSolar(1, 6, 2025, false)).isEqualTo(LocalDate.of(2025, 6, 25));
    assertThat(LunarCalendar.toSolar(1, 6, 2025, true)).isEqualTo(LocalDate.of(2025, 7, 25));
    assertThat(LunarCalendar.toSolar(1, 7, 2025, false)).isEqualTo(LocalDate.of(2025, 8, 23));
  }

  @Test
  void aLeapMonthThatDoesNotExistIsRejected() {
    assertThatThrownBy(() -> LunarCalendar.toSolar(1, 5, 2025, true))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> LunarCalendar.toSolar(1, 3, 2026, true))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void lastDayOfTheYearOfTheDragonWasTheTwentyNinthOfTheTwelfthMonth() {
    // Month 12 of Giáp Thìn (2024) had 29 days: there was no "30 Tết" before Tết 2025.
    assertThat(LunarCalendar.toSolar(29, 12, 2024, false)).isEqualTo(LocalDate.of(2025, 1, 28));
    assertThatThrownBy(() -> LunarCalendar.toSolar(30, 12, 2024, false))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void everyLunarYearHasThirteenMonthsExactlyWhenItHasALeapMonth() {
    for (int year = 1900; year <= 2100; year++) {
      long days = ChronoUnit.DAYS.between(LunarCalendar.lunarNewYear(year), LunarCalendar.lunarNewYear(year + 1));
      long months = Math.round(days / 29.530588853);
      int leap = LunarCalendar.leapMonthOf(year);
      assertThat(months).as("months in lunar year %d", year).isEqualTo(leap == 0 ? 12 : 13);
      if (leap != 0) {
        assertThat(LunarCalendar.toSolar(1, leap, year, true))
            .as("leap month %d of %d follows the regular one", leap, year)
            .isAfter(LunarCalendar.toSolar(1, leap, year, false));
      }
    }
  }

  @Test
  void tetAlwaysFallsBetweenTwentyFirstOfJanuaryAndTwentiethOfFebruary() {
    for (int year = 1900; year <= 2199; year++) {
      assertThat(LunarCalendar.lunarNewYear(year))
          .as("Tết %d", year)
          .isBetween(LocalDate.of(year, 1, 21), LocalDate.of(year, 2, 20));
    }
  }

  @Test
  void yearsOutsideTheValidatedRangeAreRejected() {
    assertThatThrownBy(() -> LunarCalendar.lunarNewYear(1799)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> LunarCalendar.lunarNewYear(2200)).isInstanceOf(IllegalArgumentException.class);
  }
}
