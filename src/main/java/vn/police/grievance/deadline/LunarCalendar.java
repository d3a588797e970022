package vn.police.grievance.deadline;

import java.time.LocalDate;
import java.time.temporal.JulianFields;

/**
 * Converts dates of the Vietnamese lunisolar calendar (âm lịch) to Gregorian dates.
 *
 * <p>Two public holidays are fixed in the lunar calendar (Tết and the Hùng Kings' commemoration),
 * so working-day deadlines cannot be computed without this conversion. There is no official
 * machine-readable table, hence the astronomical computation.
 *
 * <p><b>Algorithm.</b> This is Hồ Ngọc Đức's algorithm for the Vietnamese calendar
 * ("Thuật toán tính âm lịch", Hồ Ngọc Đức, 2004, published with his amlich.js / AmLich.java
 * reference code), the de-facto reference used by Vietnamese calendar software. New moons
 * come from the approximation in Jean Meeus, <i>Astronomical Algorithms</i> (1998), and the sun's
 * longitude from the low-precision formula in the same book. The rules are those of the
 * Vietnamese calendar: a month starts on the day (local time) of a new moon; month 11 contains
 * the winter solstice; in a year with 13 months, the first month after month 11 that contains
 * no major solar term (trung khí) is the leap month and takes the number of the month before it.
 *
 * <p><b>Why UTC+7 matters.</b> Since 1967 Vietnam computes its calendar for the meridian 105°E
 * (UTC+7), while China uses 120°E (UTC+8). A new moon between 16:00 and 17:00 UTC falls on
 * different days in the two places, which moves month starts and sometimes even the leap month.
 * So Tết is not always the Chinese New Year: in 1985 Tết was on 21 January 1985, a month
 * before the Chinese New Year (20 February); in 2007 it was on 17 February, and in 2030 it will be
 * on 2 February, each time one day before China's. Using a Chinese calendar library (there is
 * none in {@code java.time.chrono}) would therefore give wrong holidays.
 *
 * <p>Accuracy: the author validates the algorithm for the years 1800–2199, which is the range
 * accepted here. All methods are pure functions of their arguments: thread-safe, no state.
 */
public final class LunarCalendar {

  /** Vietnam's time zone, UTC+7, in hours; the calendar is defined for this meridian. */
  static final double VIETNAM_TIME_ZONE_HOURS = 7.0;

  /** First lunar year supported (range in which the algorithm is validated). */
  public static final int MIN_YEAR = 1800;
  /** Last lunar year supported. */
  public static final int MAX_YEAR = 2199;

  /** Mean synodic month, days. */
  private static final double SYNODIC_MONTH = 29.530588853;
  /** Julian day number of the new moon of 1 January 1900 (Meeus' k = 0). */
  private static final double NEW_MOON_EPOCH = 2415021.076998695;

  private LunarCalendar() {
  }

  /**
   * Gregorian date of a Vietnamese lunar date.
   *
   * @param lunarDay   1..30
   * @param lunarMonth 1..12
   * @param lunarYear  the lunar year, numbered like the Gregorian year in which its first day falls
   * @param leapMonth  {@code true} for the intercalary month (tháng nhuận) with that number
   * @throws IllegalArgumentException if the date does not exist (month of 29 days, no such leap
   *                                  month that year) or the year is outside {@value #MIN_YEAR}..{@value #MAX_YEAR}
   */
  public static LocalDate toSolar(int lunarDay, int lunarMonth, int lunarYear, boolean leapMonth) {
    return toSolar(lunarDay, lunarMonth, lunarYear, leapMonth, VIETNAM_TIME_ZONE_HOURS);
  }

  /** Gregorian date of Tết Nguyên Đán, the 1st day of the 1st month of the lunar year. */
  public static LocalDate lunarNewYear(int lunarYear) {
    return toSolar(1, 1, lunarYear, false);
  }

  /**
   * The leap month of a lunar year, or 0 if the year has 12 months. Mostly useful to check the
   * implementation against published calendars (e.g. 2020: 4, 2023: 2, 2025: 6).
   */
  public static int leapMonthOf(int lunarYear) {
    checkYear(lunarYear);
    double tz = VIETNAM_TIME_ZONE_HOURS;
    // Months 1..10 of the year lie in the cycle from month 11 of the previous year.
    int leap = leapMonthOfCycle(lunarMonth11(lunarYear - 1, tz), lunarMonth11(lunarYear, tz), tz);
    if (leap >= 1 && leap <= 10) {
      return leap;
    }
    // Months 11 and 12 lie in the next cycle.
    leap = leapMonthOfCycle(lunarMonth11(lunarYear, tz), lunarMonth11(lunarYear + 1, tz), tz);
    return leap == 11 || leap == 12 ? leap : 0;
  }

  /**
   * Same as {@link #toSolar(int, int, int, boolean)} for an arbitrary time zone. Package-private:
   * only there to show in tests that UTC+8 (the Chinese calendar) gives different dates.
   */
  static LocalDate toSolar(int lunarDay, int lunarMonth, int lunarYear, boolean leapMonth, double timeZone) {
    checkYear(lunarYear);
    if (lunarMonth < 1 || lunarMonth > 12) {
      throw new IllegalArgumentException("Lunar month must be 1..12: " + lunarMonth);
    }
    if (lunarDay < 1 || lunarDay > 30) {
      throw new IllegalArgumentException("Lunar day must be 1..30: " + lunarDay);
    }
    long a11;
    long b11;
    if (lunarMonth < 11) {
      a11 = lunarMonth11(lunarYear - 1, timeZone);
      b11 = lunarMonth11(lunarYear, timeZone);
    } else {
      a11 = lunarMonth11(lunarYear, timeZone);
      b11 = lunarMonth11(lunarYear + 1, timeZone);
    }
    long k = (long) Math.floor(0.5 + (a11 - NEW_MOON_EPOCH) / SYNODIC_MONTH);
    int off = lunarMonth - 11;
    if (off < 0) {
      off += 12;
    }
    if (b11 - a11 > 365) {
      // 13 months between two winter-solstice months: there is a leap month.
      int leapOff = leapMonthOffset(a11, timeZone);
      int leapMonthNumber = leapOff - 2;
      if (leapMonthNumber < 0) {
        leapMonthNumber += 12;
      }
      if (leapMonth && lunarMonth != leapMonthNumber) {
        throw noSuchDate(lunarDay, lunarMonth, lunarYear, true);
      } else if (leapMonth || off >= leapOff) {
        off += 1;
      }
    } else if (leapMonth) {
      throw noSuchDate(lunarDay, lunarMonth, lunarYear, true);
    }
    long monthStart = newMoonDay(k + off, timeZone);
    long nextMonthStart = newMoonDay(k + off + 1, timeZone);
    if (lunarDay > nextMonthStart - monthStart) {
      throw noSuchDate(lunarDay, lunarMonth, lunarYear, leapMonth);
    }
    return LocalDate.MIN.with(JulianFields.JULIAN_DAY, monthStart + lunarDay - 1);
  }

  private static void checkYear(int lunarYear) {
    if (lunarYear < MIN_YEAR || lunarYear > MAX_YEAR) {
      throw new IllegalArgumentException(
          "Lunar year outside the supported range " + MIN_YEAR + ".." + MAX_YEAR + ": " + lunarYear);
    }
  }

  private static IllegalArgumentException noSuchDate(int day, int month, int year, boolean leap) {
    return new IllegalArgumentException("No such lunar date: " + day + "/" + month + (leap ? " (leap)" : "")
        + "/" + year);
  }

  /** Leap month number (1..12) of the cycle a11..b11, or 0 if the cycle has 12 months. */
  private static int leapMonthOfCycle(long a11, long b11, double timeZone) {
    if (b11 - a11 <= 365) {
      return 0;
    }
    int leap = leapMonthOffset(a11, timeZone) - 2;
    return leap < 0 ? leap + 12 : leap;
  }

  /**
   * Julian day number of the new moon number {@code k} (counted from 1900-01-01), as a local day in
   * {@code timeZone}. Meeus' approximation, including the ΔT correction from the reference code.
   */
  private static long newMoonDay(long k, double timeZone) {
    double t = k / 1236.85;
    double t2 = t * t;
    double t3 = t2 * t;
    double dr = Math.PI / 180;
    double jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3;
    jd1 = jd1 + 0.00033 * Math.sin((166.56 + 132.87 * t - 0.009173 * t2) * dr);
    double m = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3;
    double mpr = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3;
    double f = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3;
    double c1 = (0.1734 - 0.000393 * t) * Math.sin(m * dr) + 0.0021 * Math.sin(2 * dr * m);
    c1 = c1 - 0.4068 * Math.sin(mpr * dr) + 0.0161 * Math.sin(dr * 2 * mpr);
    c1 = c1 - 0.0004 * Math.sin(dr * 3 * mpr);
    c1 = c1 + 0.0104 * Math.sin(dr * 2 * f) - 0.0051 * Math.sin(dr * (m + mpr));
    c1 = c1 - 0.0074 * Math.sin(dr * (m - mpr)) + 0.0004 * Math.sin(dr * (2 * f + m));
    c1 = c1 - 0.0004 * Math.sin(dr * (2 * f - m)) - 0.0006 * Math.sin(dr * (2 * f + mpr));
    c1 = c1 + 0.0010 * Math.sin(dr * (2 * f - mpr)) + 0.0005 * Math.sin(dr * (2 * mpr + m));
    double deltaT;
    if (t < -11) {
      deltaT = 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3;
    } else {
      deltaT = -0.000278 + 0.000265 * t + 0.000262 * t2;
    }
    double jdNew = jd1 + c1 - deltaT;
    return (long) Math.floor(jdNew + 0.5 + timeZone / 24);
  }

  /**
   * Sector (0..11, 30° each) of the sun's ecliptic longitude at the start of local day
   * {@code dayNumber}; sector changes are the major solar terms (trung khí).
   */
  private static int sunLongitudeSector(long dayNumber, double timeZone) {
    return (int) Math.floor(sunLongitude(dayNumber - 0.5 - timeZone / 24) / Math.PI * 6);
  }

  /** Sun's apparent ecliptic longitude in radians (0..2π) at Julian day {@code jdn}. */
  private static double sunLongitude(double jdn) {
    double t = (jdn - 2451545.0) / 36525;
    double t2 = t * t;
    double dr = Math.PI / 180;
    double m = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2;
    double l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
    double dl = (1.914600 - 0.004817 * t - 0.000014 * t2) * Math.sin(dr * m);
    dl = dl + (0.019993 - 0.000101 * t) * Math.sin(dr * 2 * m) + 0.000290 * Math.sin(dr * 3 * m);
    double l = (l0 + dl) * dr;
    return l - Math.PI * 2 * Math.floor(l / (Math.PI * 2));
  }

  /** Julian day number of the first day of lunar month 11 (the winter-solstice month) of {@code year}. */
  private static long lunarMonth11(int year, double timeZone) {
    long off = LocalDate.of(year, 12, 31).getLong(JulianFields.JULIAN_DAY) - 2415021;
    long k = (long) Math.floor(off / SYNODIC_MONTH);
    long nm = newMoonDay(k, timeZone);
    if (sunLongitudeSector(nm, timeZone) >= 9) {
      // That new moon comes after the solstice: month 11 began one lunation earlier.
      nm = newMoonDay(k - 1, timeZone);
    }
    return nm;
  }

  /** Offset, in months after month 11 starting at {@code a11}, of the leap month of that cycle. */
  private static int leapMonthOffset(long a11, double timeZone) {
    long k = (long) Math.floor((a11 - NEW_MOON_EPOCH) / SYNODIC_MONTH + 0.5);
    int i = 1;
    int arc = sunLongitudeSector(newMoonDay(k + i, timeZone), timeZone);
    int last;
    do {
      last = arc;
      i++;
      arc = sunLongitudeSector(newMoonDay(k + i, timeZone), timeZone);
    } while (arc != last && i < 14);
    return i - 1;
  }
}
