package vn.police.grievance.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Holidays of Labour Code 2019, Article 112(1), and compensatory days of Article 111(3). */
class VietnameseHolidaysTest {

  private final VietnameseHolidays holidays = new VietnameseHolidays();

  private static LocalDate date(int year, int month, int day) {
    return LocalDate.of(year, month, day);
  }

  @ParameterizedTest(name = "Hùng Kings'' day {0} falls on {1}")
  @CsvSource({"2024, 2024-04-18", "2025, 2025-04-07", "2026, 2026-04-26"})
  void hungKingsDayFallsOnTheTenthOfTheThirdLunarMonth(int year, LocalDate expected) {
    assertThat(VietnameseHolidays.hungKingsDayOf(year)).isEqualTo(expected);
  }

  @Test
  void tetHolidaysOf2026RunFromSixteenthToTwentiethOfFebruary() {
    assertThat(VietnameseHolidays.tetDaysOf(2026)).containsExactly(
        date(2026, 2, 16), date(2026, 2, 17), date(2026, 2, 18), date(2026, 2, 19), date(2026, 2, 20));
  }

  @Test
  void tetHolidaysOf2025StartOnTheTwentyNinthOfTheTwelfthMonthWhenThereIsNoThirtieth() {
    assertThat(VietnameseHolidays.tetDaysOf(2025)).containsExactly(
        date(2025, 1, 28), date(2025, 1, 29), date(2025, 1, 30), date(2025, 1, 31), date(2025, 2, 1));
  }

  @Test
  void statutoryHolidaysOf2026AreTheElevenDaysOfArticle112() {
    assertThat(holidays.statutoryHolidaysOf(2026)).containsExactly(
        date(2026, 1, 1),
        date(2026, 2, 16), date(2026, 2, 17), date(2026, 2, 18), date(2026, 2, 19), date(2026, 2, 20),
        date(2026, 4, 26),
        date(2026, 4, 30), date(2026, 5, 1),
        date(2026, 9, 1), date(2026, 9, 2));
  }

  @Test
  void newYearOnSaturdayIn2022GivesMondayThirdOfJanuaryOff() {
    assertThat(holidays.compensatoryDaysOf(2022)).contains(date(2022, 1, 3));
    assertThat(holidays.daysOffOf(2022)).contains(date(2022, 1, 1), date(2022, 1, 3));
  }

  @Test
  void newYearOnSundayIn2023GivesMondaySecondOfJanuaryOff() {
    assertThat(holidays.compensatoryDaysOf(2023)).contains(date(2023, 1, 2));
  }

  @Test
  void victoryDayOnSaturdayAndLabourDayOnSundayIn2022GiveMondayAndTuesdayOff() {
    assertThat(holidays.compensatoryDaysOf(2022)).contains(date(2022, 5, 2), date(2022, 5, 3));
  }

  @Test
  void nationalDayOnSaturdayIn2023GivesMondayFourthOfSeptemberOff() {
    assertThat(holidays.compensatoryDaysOf(2023)).contains(date(2023, 9, 4));
  }

  @Test
  void nationalDayBreakOf2024EndsOnTuesdayThirdOfSeptemberLikeTheOfficialSchedule() {
    // 1 September 2024 is a Sunday and 2 September a Monday: the compensation lands on Tuesday 3rd.
    assertThat(holidays.compensatoryDaysOf(2024)).containsExactly(date(2024, 9, 3));
  }

  @Test
  void solarHolidaysOnWeekdaysGiveNoCompensatoryDay() {
    // 2026: 1/1 Thursday, 30/4 Thursday, 1/5 Friday, 1/9 Tuesday, 2/9 Wednesday.
    assertThat(holidays.compensatoryDaysOf(2026)).isEmpty();
  }

  @Test
  void hungKingsDayOnSundayIn2026GetsNoCompensatoryDayBecauseOnlySolarHolidaysAreCompensated() {
    assertThat(VietnameseHolidays.hungKingsDayOf(2026).getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
    assertThat(holidays.daysOffOf(2026)).doesNotContain(date(2026, 4, 27));
  }

  @Test
  void configuredExtraDaysOffAreDaysOffOfTheirYearOnly() {
    VietnameseHolidays configured = new VietnameseHolidays(Set.of(date(2025, 1, 27), date(2026, 2, 13)));

    assertThat(configured.daysOffOf(2025)).contains(date(2025, 1, 27)).doesNotContain(date(2026, 2, 13));
    assertThat(configured.daysOffOf(2026)).contains(date(2026, 2, 13));
    assertThat(configured.statutoryHolidaysOf(2025)).doesNotContain(date(2025, 1, 27));
  }

  @Test
  void aConfiguredDayOffThatIsAlsoTheCompensatoryDayDoesNotPushTheCompensationFurther() {
    // An official schedule for 2022 already lists Monday 3 January; it must not create a 4 January.
    VietnameseHolidays configured = new VietnameseHolidays(Set.of(date(2022, 1, 3)));

    assertThat(configured.daysOffOf(2022)).contains(date(2022, 1, 3)).doesNotContain(date(2022, 1, 4));
  }
}
