package vn.police.grievance.deadline;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Working-day arithmetic for deadlines: a working day is a Monday–Friday that is not a day off of
 * {@link VietnameseHolidays} (statutory holiday, compensatory day or configured extra day off).
 *
 * <p>Deadlines in grievance handling are set in working days, so "10 working days after receipt"
 * must skip weekends and holidays. Day counts follow the usual legal reading: the start day itself is
 * never counted.
 *
 * <p>Holidays are computed once per year (the lunar conversion is not free) and cached in a
 * {@link ConcurrentHashMap}. The cache only memoises a pure function, so instances behave as
 * immutable and are safe to share between threads, e.g. as a singleton bean.
 */
public final class WorkingDayCalendar {

  private final VietnameseHolidays holidays;
  private final Set<LocalDate> makeUpWorkingDays;
  private final ConcurrentMap<Integer, Set<LocalDate>> daysOffByYear = new ConcurrentHashMap<>();

  public WorkingDayCalendar(VietnameseHolidays holidays) {
    this(holidays, Set.of());
  }

  /**
   * @param makeUpWorkingDays days the province declares working days although they fall on a
   *     weekend (a Saturday worked to repay a bridged day off)
   */
  public WorkingDayCalendar(VietnameseHolidays holidays, Set<LocalDate> makeUpWorkingDays) {
    this.holidays = Objects.requireNonNull(holidays, "holidays");
    this.makeUpWorkingDays = Set.copyOf(makeUpWorkingDays);
  }

  /**
   * {@code true} for a declared make-up working day; otherwise unless the date is a Saturday, a
   * Sunday or a day off of {@link VietnameseHolidays}.
   */
  public boolean isWorkingDay(LocalDate date) {
    Objects.requireNonNull(date, "date");
    if (makeUpWorkingDays.contains(date)) {
      return true;
    }
    return !VietnameseHolidays.isWeeklyDayOff(date) && !daysOffOf(date.getYear()).contains(date);
  }

  /**
   * The date {@code days} working days after {@code start}, not counting {@code start} itself.
   * With {@code days == 0} this is {@code start} when it is a working day, otherwise the next
   * working day (a deadline never falls on a day off).
   *
   * @throws IllegalArgumentException if {@code days} is negative
   */
  public LocalDate addWorkingDays(LocalDate start, int days) {
    Objects.requireNonNull(start, "start");
    if (days < 0) {
      throw new IllegalArgumentException("days must be >= 0: " + days);
    }
    LocalDate date = start;
    if (days == 0) {
      while (!isWorkingDay(date)) {
        date = date.plusDays(1);
      }
      return date;
    }
    int remaining = days;
    while (remaining > 0) {
      date = date.plusDays(1);
      if (isWorkingDay(date)) {
        remaining--;
      }
    }
    return date;
  }

  /**
   * Same as {@link #addWorkingDays(LocalDate, int)} on the local date of {@code start}, keeping its
   * time of day and zone. The working day is judged on the date in {@code start}'s own zone, so
   * pass times in Vietnam's zone (Asia/Ho_Chi_Minh) for the expected result.
   */
  public ZonedDateTime addWorkingDays(ZonedDateTime start, int days) {
    Objects.requireNonNull(start, "start");
    // with(LocalDate) keeps the local time and the zone (and the offset where still valid).
    return start.with(addWorkingDays(start.toLocalDate(), days));
  }

  /**
   * Number of working days in the interval ({@code fromExclusive}, {@code toInclusive}], e.g. the
   * working days used since receipt. Consistent with {@link #addWorkingDays(LocalDate, int)}:
   * {@code workingDaysBetween(d, addWorkingDays(d, n)) == n} for {@code n > 0}. When
   * {@code toInclusive} is before {@code fromExclusive} the result is the negated count of the
   * reversed interval (useful for "overdue by N working days"); equal dates give 0.
   */
  public int workingDaysBetween(LocalDate fromExclusive, LocalDate toInclusive) {
    Objects.requireNonNull(fromExclusive, "fromExclusive");
    Objects.requireNonNull(toInclusive, "toInclusive");
    if (toInclusive.isBefore(fromExclusive)) {
      return -workingDaysBetween(toInclusive, fromExclusive);
    }
    int count = 0;
    for (LocalDate date = fromExclusive.plusDays(1); !date.isAfter(toInclusive); date = date.plusDays(1)) {
      if (isWorkingDay(date)) {
        count++;
      }
    }
    return count;
  }

  private Set<LocalDate> daysOffOf(int year) {
    return daysOffByYear.computeIfAbsent(year, holidays::daysOffOf);
  }
}
