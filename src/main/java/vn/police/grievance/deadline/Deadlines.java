package vn.police.grievance.deadline;

import vn.police.grievance.item.Step;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;
import org.springframework.stereotype.Component;

/**
 * Due, follow-up and escalation dates of each step, counted in working days from now. The
 * diagrams call it by name: {@code camunda:dueDate="${deadlines.due('TRIAGE')}"}.
 */
@Component("deadlines")
public class Deadlines {

  /** Offices close at 17:00: a deadline set for a day means by the end of that working day. */
  private static final java.time.LocalTime END_OF_WORKING_DAY = java.time.LocalTime.of(17, 0);

  private final DeadlineProperties properties;
  private final DeadlineSettings settings;
  private final Clock clock;

  public Deadlines(DeadlineProperties properties, DeadlineSettings settings, Clock clock) {
    this.properties = properties;
    this.settings = settings;
    this.clock = clock;
  }

  /**
   * The working-day calendar the deadlines are counted in, as the administrators' days off and
   * make-up working days stand now.
   */
  public WorkingDayCalendar calendar() {
    return settings.calendar();
  }

  /** When the step falls due; the reminder goes out then. */
  public Date due(String step) {
    return afterWorkingDays(settings.workingDays(Step.valueOf(step)));
  }

  /** One working day before the due date, so that the step shows up as "due soon". */
  public Date followUp(String step) {
    return afterWorkingDays(Math.max(0, settings.workingDays(Step.valueOf(step)) - 1));
  }

  /** When an unfinished step is escalated to the leadership. */
  public Date escalation(String step) {
    return afterWorkingDays(settings.workingDays(Step.valueOf(step)) + properties.escalationGrace());
  }

  /**
   * A step whose deadline a person set (the chair of a listening conference, for a department's
   * study): due at the end of that day; with none set, as {@link #due(String)}.
   *
   * @param setDeadline the date set, as an ISO date ({@code 2026-12-15}), or null
   */
  public Date due(String step, Object setDeadline) {
    LocalDate set = dateOf(setDeadline);
    return set == null ? due(step) : endOf(set);
  }

  /** The working day before a set deadline (at once when that is past), else {@link #followUp(String)}. */
  public Date followUp(String step, Object setDeadline) {
    LocalDate set = dateOf(setDeadline);
    if (set == null) {
      return followUp(step);
    }
    LocalDate before = set.minusDays(1);
    while (!calendar().isWorkingDay(before)) {
      before = before.minusDays(1);
    }
    ZonedDateTime now = ZonedDateTime.now(clock);
    ZonedDateTime at = before.atStartOfDay(now.getZone());
    return Date.from((at.isBefore(now) ? now : at).toInstant());
  }

  /** The escalation grace counted from a set deadline, else {@link #escalation(String)}. */
  public Date escalation(String step, Object setDeadline) {
    LocalDate set = dateOf(setDeadline);
    return set == null
        ? escalation(step)
        : endOf(calendar().addWorkingDays(set, properties.escalationGrace()));
  }

  /** The end of the working day on a date a step is tied to (a conference's session day). */
  public Date on(Object day) {
    LocalDate date = dateOf(day);
    return date == null ? null : endOf(date);
  }

  /** The end of the working day {@code days} working days after a date a step is tied to. */
  public Date workingDaysAfter(Object day, int days) {
    LocalDate date = dateOf(day);
    return date == null ? null : endOf(calendar().addWorkingDays(date, days));
  }

  private Date endOf(LocalDate day) {
    return Date.from(day.atTime(END_OF_WORKING_DAY).atZone(clock.getZone()).toInstant());
  }

  private static LocalDate dateOf(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof LocalDate d) {
      return d;
    }
    if (value instanceof Date d) {
      return LocalDate.ofInstant(d.toInstant(), java.time.ZoneId.systemDefault());
    }
    String text = value.toString().trim();
    return text.isEmpty() ? null : LocalDate.parse(text);
  }

  private Date afterWorkingDays(int days) {
    return Date.from(calendar().addWorkingDays(ZonedDateTime.now(clock), days).toInstant());
  }
}
