package vn.police.grievance.journal;

import java.time.LocalTime;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long the record of an item is kept, and when it is cleaned up. One period serves the
 * engine's history (every process and decision definition gets it as history time to live, and the
 * engine's history cleanup removes finished instances that long after they end) and the
 * application's journal (rows of items closed that long ago are removed). Both clean up in the
 * same night window, read in the server's time zone as the engine reads it.
 *
 * @param days how long, in days, after an item is finished its record is kept. The default, 3653
 *     days, is 10 years with the most leap days 10 years can hold, so that nothing goes early.
 * @param cleanupWindowStart start of the nightly cleanup window (HH:mm)
 * @param cleanupWindowEnd end of the nightly cleanup window (HH:mm)
 */
@ConfigurationProperties("grievance.retention")
public record RetentionProperties(
    @DefaultValue("" + RetentionProperties.DEFAULT_DAYS) int days,
    @DefaultValue("01:00") LocalTime cleanupWindowStart,
    @DefaultValue("04:00") LocalTime cleanupWindowEnd) {

  /** Ten years: the period every diagram declares as its history time to live. */
  public static final int DEFAULT_DAYS = 3653;

  public RetentionProperties {
    if (days < 1) {
      throw new IllegalArgumentException("grievance.retention.days must be at least 1: " + days);
    }
  }

  /** Whether the time of day falls in the window; a window may run past midnight (22:00–02:00). */
  public boolean inCleanupWindow(LocalTime time) {
    if (cleanupWindowStart.isBefore(cleanupWindowEnd)) {
      return !time.isBefore(cleanupWindowStart) && time.isBefore(cleanupWindowEnd);
    }
    return !time.isBefore(cleanupWindowStart) || time.isBefore(cleanupWindowEnd);
  }
}
