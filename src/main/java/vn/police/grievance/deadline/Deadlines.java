package vn.police.grievance.deadline;

import vn.police.grievance.item.Step;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.HashSet;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Due, follow-up and escalation dates of each step, counted in working days from now. The
 * diagrams call it by name: {@code camunda:dueDate="${deadlines.due('TRIAGE')}"}.
 */
@Component("deadlines")
public class Deadlines {

  private final DeadlineProperties properties;
  private final WorkingDayCalendar calendar;
  private final Clock clock;

  public Deadlines(DeadlineProperties properties, Clock clock) {
    this.properties = properties;
    this.clock = clock;
    Set<LocalDate> extra =
        properties.extraHolidays() == null ? Set.of() : new HashSet<>(properties.extraHolidays());
    this.calendar = new WorkingDayCalendar(new VietnameseHolidays(extra));
  }

  /** The working-day calendar the deadlines are counted in. */
  public WorkingDayCalendar calendar() {
    return calendar;
  }

  /** When the step falls due; the reminder goes out then. */
  public Date due(String step) {
    return afterWorkingDays(properties.workingDays(Step.valueOf(step)));
  }

  /** One working day before the due date, so that the step shows up as "due soon". */
  public Date followUp(String step) {
    return afterWorkingDays(Math.max(0, properties.workingDays(Step.valueOf(step)) - 1));
  }

  /** When an unfinished step is escalated to the leadership. */
  public Date escalation(String step) {
    return afterWorkingDays(properties.workingDays(Step.valueOf(step)) + properties.escalationGrace());
  }

  private Date afterWorkingDays(int days) {
    return Date.from(calendar.addWorkingDays(ZonedDateTime.now(clock), days).toInstant());
  }
}
