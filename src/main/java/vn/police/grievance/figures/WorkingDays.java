package vn.police.grievance.figures;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.springframework.stereotype.Component;
import vn.police.grievance.deadline.Deadlines;

/**
 * Days as the figures count them: local dates in Vietnam's zone (the application clock's), and
 * working days on the same calendar the deadlines are set in (weekends, Vietnamese holidays and
 * the configured extra days off skipped; the start day not counted).
 */
@Component
class WorkingDays {

  // asked each time: administrators change the days off while the application runs
  private final Deadlines deadlines;
  private final Clock clock;

  WorkingDays(Deadlines deadlines, Clock clock) {
    this.deadlines = deadlines;
    this.clock = clock;
  }

  ZoneId zone() {
    return clock.getZone();
  }

  OffsetDateTime now() {
    return OffsetDateTime.now(clock);
  }

  LocalDate today() {
    return LocalDate.now(clock);
  }

  /** The same moment in Vietnam's zone: PostgreSQL hands times back in UTC, H2 as stored. */
  OffsetDateTime local(OffsetDateTime at) {
    return at == null ? null : at.atZoneSameInstant(zone()).toOffsetDateTime();
  }

  LocalDate dayOf(OffsetDateTime at) {
    return at == null ? null : at.atZoneSameInstant(zone()).toLocalDate();
  }

  /** Working days from one moment to a later one, by their local dates. */
  int between(OffsetDateTime from, OffsetDateTime to) {
    return Math.max(0, deadlines.calendar().workingDaysBetween(dayOf(from), dayOf(to)));
  }
}
