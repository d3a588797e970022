package vn.police.grievance.deadline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.Collections;
import java.util.List;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Public holidays of Vietnam, as the non-working days that extend grievance deadlines.
 *
 * <p><b>Statutory holidays</b> — Labour Code 2019 (Bộ luật Lao động số 45/2019/QH14), Article 112(1):
 * <ul>
 *   <li>New Year (Tết Dương lịch): 1 January;</li>
 *   <li>Lunar New Year (Tết Âm lịch): 5 days. We take the last day of the old lunar year plus the
 *       first four days of the new one. The last day is the 30th of month 12 or, when that month
 *       has only 29 days, the 29th; it is computed as the day before lunar 1/1, so leap months 12
 *       and month lengths need no special case;</li>
 *   <li>Victory Day: 30 April; International Labour Day: 1 May;</li>
 *   <li>National Day: 2 September plus one adjacent day, before or after, chosen each year by the
 *       Prime Minister (Article 112(3)). We fix it to <b>1 September</b>. Together with the
 *       compensatory rule below this reproduces the official schedules of 2022–2025 (2024: 1 September
 *       is a Sunday, so the compensation lands on Tuesday 3 September, the day actually granted),
 *       but not 2021, when 3 September was chosen;</li>
 *   <li>Hùng Kings' commemoration (Giỗ Tổ Hùng Vương): 10th day of the 3rd lunar month (never the
 *       leap 3rd month).</li>
 * </ul>
 *
 * <p><b>Compensatory days</b> — Article 111(3) of the same Code: when a weekly day off coincides with
 * a holiday of Article 112(1), the worker takes the day off on the next working day. We apply it to
 * the solar-dated holidays only (1/1, 30/4, 1/5, 1/9 and 2/9), each taking the first later day that
 * is neither a weekend, a statutory holiday nor an already assigned compensatory day (so 30/4 on
 * Saturday and 1/5 on Sunday give Monday and Tuesday). The lunar holidays are left out, as specified
 * for this product: Tết days are arranged every year by the Prime Minister's decision, which the
 * extension point below captures. The Code does cover Hùng Kings' day too (Sunday 10 April 2022 was
 * compensated on Monday 11 April), so until that is decided, a weekend Hùng Kings' day needs its
 * Monday configured as an extra day off (next case: Sunday 26 April 2026, Monday 27 April).
 * Configured extra days off are <em>not</em> skipped: they normally come from an official schedule
 * that already contains the compensatory day, so the two must merge, not add up.
 *
 * <p><b>Known simplification: government day swaps.</b> Each year the Prime Minister / Ministry of
 * Home Affairs swaps working days to build long breaks (e.g. a Tết break of 7–9 days, a Friday off
 * repaid by working a Saturday). These decisions are announced yearly and cannot be computed, so
 * they are not modelled. Extra days off can be supplied through the constructor (typically from
 * application configuration); make-up working Saturdays are not modelled at all.
 *
 * <p>The current law is applied to every year, including years before it took effect (2021);
 * the product only computes present and future deadlines.
 *
 * <p>The weekly days off are Saturday and Sunday, the 40-hour week of state agencies
 * (Decision 188/1999/QĐ-TTg).
 *
 * <p>Immutable and thread-safe; results are computed on every call — cache them per year (as
 * {@link WorkingDayCalendar} does).
 */
public final class VietnameseHolidays {

  private final Set<LocalDate> extraDaysOff;

  /** Statutory holidays and compensatory days only. */
  public VietnameseHolidays() {
    this(Set.of());
  }

  /**
   * @param extraDaysOff additional non-working days of any years, e.g. the days off announced by
   *                     the government for Tết, taken from configuration; copied defensively
   */
  public VietnameseHolidays(Set<LocalDate> extraDaysOff) {
    this.extraDaysOff = Set.copyOf(Objects.requireNonNull(extraDaysOff, "extraDaysOff"));
  }

  /** Saturday or Sunday: the weekly days off of state agencies. */
  public static boolean isWeeklyDayOff(LocalDate date) {
    DayOfWeek dayOfWeek = date.getDayOfWeek();
    return dayOfWeek == DayOfWeek.SATURDAY || dayOfWeek == DayOfWeek.SUNDAY;
  }

  /** The five Tết days of Gregorian year {@code year}: last day of the old lunar year + lunar 1/1..4/1. */
  public static NavigableSet<LocalDate> tetDaysOf(int year) {
    // Lunar 1/1 always falls between 21 January and 20 February, so lunar year == Gregorian year.
    LocalDate newYear = LunarCalendar.lunarNewYear(year);
    TreeSet<LocalDate> days = new TreeSet<>();
    for (int i = -1; i <= 3; i++) {
      days.add(newYear.plusDays(i));
    }
    return Collections.unmodifiableNavigableSet(days);
  }

  /** Hùng Kings' commemoration of Gregorian year {@code year}: 10th day of the (regular) 3rd lunar month. */
  public static LocalDate hungKingsDayOf(int year) {
    return LunarCalendar.toSolar(10, 3, year, false);
  }

  /** The 11 statutory holidays of Article 112(1) falling in {@code year}, weekends included. */
  public NavigableSet<LocalDate> statutoryHolidaysOf(int year) {
    TreeSet<LocalDate> days = new TreeSet<>(solarHolidaysOf(year));
    days.addAll(tetDaysOf(year));
    days.add(hungKingsDayOf(year));
    return Collections.unmodifiableNavigableSet(days);
  }

  /**
   * Compensatory days off of {@code year} (Article 111(3)) for solar holidays falling on a Saturday
   * or Sunday. Independent of the configured extra days off (see the class comment).
   */
  public NavigableSet<LocalDate> compensatoryDaysOf(int year) {
    NavigableSet<LocalDate> statutory = statutoryHolidaysOf(year);
    TreeSet<LocalDate> compensatory = new TreeSet<>();
    for (LocalDate holiday : solarHolidaysOf(year)) {
      if (!isWeeklyDayOff(holiday)) {
        continue;
      }
      LocalDate day = holiday.plusDays(1);
      // The solar holidays are far from year ends and from Tết, so `statutory` of the same year suffices.
      while (isWeeklyDayOff(day) || statutory.contains(day) || compensatory.contains(day)) {
        day = day.plusDays(1);
      }
      compensatory.add(day);
    }
    return Collections.unmodifiableNavigableSet(compensatory);
  }

  /** The configured extra days off falling in {@code year}. */
  public NavigableSet<LocalDate> extraDaysOffOf(int year) {
    TreeSet<LocalDate> days = new TreeSet<>();
    for (LocalDate day : extraDaysOff) {
      if (day.getYear() == year) {
        days.add(day);
      }
    }
    return Collections.unmodifiableNavigableSet(days);
  }

  /**
   * Every non-working day of {@code year} besides ordinary weekends: statutory holidays,
   * compensatory days and configured extra days off. May contain weekend dates.
   */
  public NavigableSet<LocalDate> daysOffOf(int year) {
    TreeSet<LocalDate> days = new TreeSet<>(statutoryHolidaysOf(year));
    days.addAll(compensatoryDaysOf(year));
    days.addAll(extraDaysOffOf(year));
    return Collections.unmodifiableNavigableSet(days);
  }

  /** Holidays fixed in the Gregorian calendar, in date order; the only ones given compensatory days. */
  private static List<LocalDate> solarHolidaysOf(int year) {
    return List.of(
        LocalDate.of(year, Month.JANUARY, 1),
        LocalDate.of(year, Month.APRIL, 30),
        LocalDate.of(year, Month.MAY, 1),
        LocalDate.of(year, Month.SEPTEMBER, 1),
        LocalDate.of(year, Month.SEPTEMBER, 2));
  }
}
