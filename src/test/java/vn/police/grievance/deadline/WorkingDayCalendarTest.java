package vn.police.grievance.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Deadline arithmetic in working days. */
class WorkingDayCalendarTest {

  private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  private final WorkingDayCalendar calendar = new WorkingDayCalendar(new VietnameseHolidays());

  private static LocalDate date(int year, int month, int day) {
    return LocalDate.of(year, month, day);
  }

  @Test
  void fridayPlusOneWorkingDayIsTheFollowingMonday() {
    assertThat(calendar.addWorkingDays(date(2025, 3, 14), 1)).isEqualTo(date(2025, 3, 17));
  }

  @Test
  void fiveWorkingDaysFromAWednesdayEndOnTheNextWednesday() {
    assertThat(calendar.addWorkingDays(date(2025, 3, 12), 5)).isEqualTo(date(2025, 3, 19));
  }

  @Test
  void fridayBeforeTet2026PlusOneWorkingDayIsTheMondayAfterTet() {
    // Mon 16 Feb (last day of the lunar year) to Fri 20 Feb are Tết, then a weekend.
    assertThat(calendar.addWorkingDays(date(2026, 2, 13), 1)).isEqualTo(date(2026, 2, 23));
  }

  @Test
  void tenWorkingDaysFromTheFridayBeforeTet2026EndOnSixthOfMarch() {
    assertThat(calendar.addWorkingDays(date(2026, 2, 13), 10)).isEqualTo(date(2026, 3, 6));
  }

  @Test
  void tuesdayBeforeVictoryDay2025PlusOneWorkingDayIsFridaySecondOfMay() {
    // 30 April 2025 is a Wednesday and 1 May a Thursday.
    assertThat(calendar.addWorkingDays(date(2025, 4, 29), 1)).isEqualTo(date(2025, 5, 2));
  }

  @Test
  void wednesdayBeforeVictoryDay2026PlusOneWorkingDayIsMondayFourthOfMay() {
    // 30 April 2026 is a Thursday and 1 May a Friday.
    assertThat(calendar.addWorkingDays(date(2026, 4, 29), 1)).isEqualTo(date(2026, 5, 4));
  }

  @Test
  void victoryAndLabourDayOnAWeekendIn2022PushTheNextWorkingDayToWednesday() {
    // 30/4 Saturday and 1/5 Sunday are compensated on Monday 2 and Tuesday 3 May.
    assertThat(calendar.addWorkingDays(date(2022, 4, 29), 1)).isEqualTo(date(2022, 5, 4));
  }

  @Test
  void newYearOnSaturdayIn2022MakesTheFirstWorkingDayOfTheYearTuesdayFourth() {
    assertThat(calendar.isWorkingDay(date(2022, 1, 3))).isFalse();
    assertThat(calendar.addWorkingDays(date(2021, 12, 31), 1)).isEqualTo(date(2022, 1, 4));
  }

  @Test
  void newYearOnSundayIn2023MakesTheFirstWorkingDayOfTheYearTuesdayThird() {
    assertThat(calendar.addWorkingDays(date(2022, 12, 30), 1)).isEqualTo(date(2023, 1, 3));
  }

  @Test
  void hungKingsDayOnMondayIn2025IsSkipped() {
    assertThat(calendar.isWorkingDay(date(2025, 4, 7))).isFalse();
    assertThat(calendar.addWorkingDays(date(2025, 4, 4), 1)).isEqualTo(date(2025, 4, 8));
  }

  @Test
  void zeroWorkingDaysFromAWorkingDayIsThatDay() {
    assertThat(calendar.addWorkingDays(date(2026, 2, 12), 0)).isEqualTo(date(2026, 2, 12));
  }

  @Test
  void zeroWorkingDaysFromASaturdayIsTheMonday() {
    assertThat(calendar.addWorkingDays(date(2025, 3, 15), 0)).isEqualTo(date(2025, 3, 17));
  }

  @Test
  void zeroWorkingDaysFromATetHolidayIsTheFirstWorkingDayAfterTet() {
    assertThat(calendar.addWorkingDays(date(2026, 2, 17), 0)).isEqualTo(date(2026, 2, 23));
  }

  @Test
  void aStartOnAHolidayIsNotCounted() {
    assertThat(calendar.addWorkingDays(date(2026, 2, 17), 1)).isEqualTo(date(2026, 2, 23));
    assertThat(calendar.addWorkingDays(date(2026, 2, 17), 2)).isEqualTo(date(2026, 2, 24));
  }

  @Test
  void negativeWorkingDaysAreRejected() {
    assertThatThrownBy(() -> calendar.addWorkingDays(date(2026, 2, 13), -1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void zonedDeadlineKeepsTheTimeOfDayAndTheZone() {
    ZonedDateTime received = ZonedDateTime.of(date(2026, 2, 13), LocalTime.of(16, 30, 15), VIETNAM);

    ZonedDateTime deadline = calendar.addWorkingDays(received, 1);

    assertThat(deadline).isEqualTo(ZonedDateTime.of(date(2026, 2, 23), LocalTime.of(16, 30, 15), VIETNAM));
    assertThat(deadline.getZone()).isEqualTo(VIETNAM);
  }

  @Test
  void zonedDeadlineWithZeroDaysOnAWeekendMovesToMondayAtTheSameTime() {
    ZonedDateTime received = ZonedDateTime.of(date(2025, 3, 15), LocalTime.of(9, 0), VIETNAM);

    assertThat(calendar.addWorkingDays(received, 0))
        .isEqualTo(ZonedDateTime.of(date(2025, 3, 17), LocalTime.of(9, 0), VIETNAM));
  }

  @Test
  void workingDaysBetweenCountsTheWorkingDaysAfterTheStartUpToTheEnd() {
    assertThat(calendar.workingDaysBetween(date(2026, 2, 13), date(2026, 2, 23))).isEqualTo(1);
    assertThat(calendar.workingDaysBetween(date(2026, 2, 13), date(2026, 2, 20))).isZero();
    assertThat(calendar.workingDaysBetween(date(2026, 2, 13), date(2026, 2, 13))).isZero();
    assertThat(calendar.workingDaysBetween(date(2025, 3, 10), date(2025, 3, 17))).isEqualTo(5);
  }

  @Test
  void workingDaysBetweenReversedDatesIsNegative() {
    assertThat(calendar.workingDaysBetween(date(2026, 2, 23), date(2026, 2, 13))).isEqualTo(-1);
  }

  @Test
  void workingDaysBetweenUndoesAddWorkingDaysAcrossAWholeYear() {
    for (LocalDate start = date(2026, 1, 1); start.getYear() == 2026; start = start.plusDays(3)) {
      for (int days : List.of(1, 2, 5, 10, 15, 30, 45)) {
        LocalDate deadline = calendar.addWorkingDays(start, days);
        assertThat(calendar.workingDaysBetween(start, deadline)).as("%s + %d", start, days).isEqualTo(days);
        assertThat(calendar.isWorkingDay(deadline)).isTrue();
      }
    }
  }

  @Test
  void configuredExtraDayOffIsNotAWorkingDay() {
    WorkingDayCalendar configured = new WorkingDayCalendar(new VietnameseHolidays(Set.of(date(2026, 2, 23))));

    assertThat(configured.isWorkingDay(date(2026, 2, 23))).isFalse();
    assertThat(configured.addWorkingDays(date(2026, 2, 13), 1)).isEqualTo(date(2026, 2, 24));
  }

  @Test
  void aDeclaredMakeUpSaturdayIsAWorkingDay() {
    // Saturday 14 March 2026 worked to repay a bridged day off
    WorkingDayCalendar configured = new WorkingDayCalendar(new VietnameseHolidays(), Set.of(date(2026, 3, 14)));

    assertThat(configured.isWorkingDay(date(2026, 3, 14))).isTrue();
    assertThat(configured.isWorkingDay(date(2026, 3, 15))).isFalse();
    assertThat(configured.addWorkingDays(date(2026, 3, 13), 1)).isEqualTo(date(2026, 3, 14));
    assertThat(calendar.addWorkingDays(date(2026, 3, 13), 1)).isEqualTo(date(2026, 3, 16));
  }

  @Test
  void sharedCalendarGivesTheSameDeadlinesFromManyThreads() {
    WorkingDayCalendar shared = new WorkingDayCalendar(new VietnameseHolidays());
    List<LocalDate> sequential = IntStream.range(0, 400)
        .mapToObj(i -> calendar.addWorkingDays(date(2020, 1, 1).plusDays(i * 7L), 20))
        .toList();

    List<LocalDate> parallel = IntStream.range(0, 400).parallel()
        .mapToObj(i -> shared.addWorkingDays(date(2020, 1, 1).plusDays(i * 7L), 20))
        .toList();

    assertThat(parallel).isEqualTo(sequential);
  }
}
