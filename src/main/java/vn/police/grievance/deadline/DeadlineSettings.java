package vn.police.grievance.deadline;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.police.grievance.system.AfterTransaction;
import vn.police.grievance.item.Step;
import vn.police.grievance.journal.AdminJournal;
import vn.police.grievance.system.Checks;
import vn.police.grievance.system.ConflictException;
import vn.police.grievance.system.CurrentUser;
import vn.police.grievance.system.NotFoundException;
import vn.police.grievance.system.Text;

/**
 * The deadlines as administrators keep them: working days per step (the configuration's value
 * until an administrator sets one) and the province's own calendar, extra days off and make-up
 * working days (on top of the configured extra holidays). Every change is journalled and counts
 * from the next deadline set, on every node: the step values are read when a deadline is set, and
 * the calendar is rebuilt when its table's fingerprint changes.
 */
@Service
public class DeadlineSettings {

  static final String SUBJECT_STEP = "STEP_DEADLINE";
  static final String SUBJECT_DAY = "CALENDAR_DAY";
  static final int MAX_WORKING_DAYS = 365;

  /** What kind of day the province declares. */
  public enum DayKind {
    DAY_OFF("Ngày nghỉ bổ sung"),
    WORKING_DAY("Ngày làm việc bù");

    private final String labelVi;

    DayKind(String labelVi) {
      this.labelVi = labelVi;
    }

    public String labelVi() {
      return labelVi;
    }
  }

  /** A step's working days: the value in force, the configured default, the version to edit. */
  public record StepDeadline(String step, String labelVi, int workingDays, int defaultDays, int version) {}

  /** A day the province declared. */
  public record CalendarDay(LocalDate date, String kind, String kindVi, String note, String createdBy) {}

  /** An edit of a step's deadline. */
  public record DeadlineChange(Integer workingDays) {}

  /** A declared day, as added. */
  public record NewCalendarDay(LocalDate date, String kind, String note) {}

  private record Fingerprint(long count, OffsetDateTime latest) {}

  private record CachedCalendar(Fingerprint fingerprint, WorkingDayCalendar calendar, long checkedAt) {}

  /**
   * How long a node trusts its calendar before it looks at the table again: the figures count
   * working days for thousands of rows per request. A change made on this node counts at once.
   */
  private static final long RECHECK_NANOS = 5_000_000_000L;

  private final JdbcClient jdbc;
  private final DeadlineProperties properties;
  private final AdminJournal journal;
  private final Clock clock;
  private volatile CachedCalendar cached;

  public DeadlineSettings(JdbcClient jdbc, DeadlineProperties properties, AdminJournal journal, Clock clock) {
    this.jdbc = jdbc;
    this.properties = properties;
    this.journal = journal;
    this.clock = clock;
  }

  /**
   * The working days allowed for a step now. Every step of every item asks (due date, follow-up,
   * escalation), so a node reads the stored days of all steps at most once per {@link
   * #RECHECK_NANOS}, as for the calendar; a change made on this node counts at once.
   */
  public int workingDays(Step step) {
    Integer stored = storedDays().get(step.name());
    return stored != null ? stored : properties.workingDays(step);
  }

  private record CachedDays(Map<String, Integer> days, long checkedAt) {}

  private volatile CachedDays cachedDays;

  private Map<String, Integer> storedDays() {
    CachedDays recent = cachedDays;
    if (recent != null && System.nanoTime() - recent.checkedAt() < RECHECK_NANOS) {
      return recent.days();
    }
    Map<String, Integer> days = new java.util.HashMap<>();
    jdbc.sql("SELECT step, working_days FROM step_deadline")
        .query((rs, i) -> days.put(rs.getString("step"), rs.getInt("working_days")))
        .list();
    cachedDays = new CachedDays(Map.copyOf(days), System.nanoTime());
    return cachedDays.days();
  }

  /** Now and again once the change commits, so that no reader keeps the days from before it. */
  private void forgetDays() {
    AfterTransaction.nowAndAtCompletion(() -> cachedDays = null);
  }

  public List<StepDeadline> steps() {
    return Arrays.stream(Step.values())
        .map(s -> stored(s).orElse(new StepDeadline(s.name(), s.labelVi(), properties.workingDays(s), properties.workingDays(s), 0)))
        .toList();
  }

  /**
   * Sets a step's working days; {@code version} is the one the editor read (0 while the
   * configured default applies). Someone else's change since is a 409.
   */
  @Transactional
  public StepDeadline setWorkingDays(String stepName, int version, DeadlineChange change, CurrentUser user) {
    administrator(user);
    Step step = Arrays.stream(Step.values()).filter(s -> s.name().equals(stepName)).findFirst()
        .orElseThrow(() -> new NotFoundException("Không có bước " + stepName + " (no such step)"));
    Integer days = change == null ? null : change.workingDays();
    Checks.start()
        .check(days != null && days >= 1 && days <= MAX_WORKING_DAYS, "workingDays",
            "Số ngày làm việc từ 1 đến " + MAX_WORKING_DAYS + " (1 to " + MAX_WORKING_DAYS + " working days)")
        .throwIfAny();
    StepDeadline before = steps().get(step.ordinal());
    if (before.version() != version) {
      throw stale();
    }
    OffsetDateTime now = OffsetDateTime.now(clock);
    if (version == 0) {
      try {
        jdbc.sql("INSERT INTO step_deadline (step, working_days, version, updated_by, updated_at) VALUES (?,?,1,?,?)")
            .params(step.name(), days, user.userId(), now).update();
      } catch (DuplicateKeyException e) {
        throw stale();
      }
    } else if (jdbc.sql("UPDATE step_deadline SET working_days = ?, version = version + 1, updated_by = ?, updated_at = ?"
            + " WHERE step = ? AND version = ?")
        .params(days, user.userId(), now, step.name(), version).update() == 0) {
      throw stale();
    }
    StepDeadline after = stored(step).orElseThrow();
    forgetDays();
    journal.record(user.userId(), SUBJECT_STEP, step.name(), "EDIT", before, after);
    return after;
  }

  public List<CalendarDay> days() {
    return jdbc.sql("SELECT * FROM calendar_exception ORDER BY on_date")
        .query((rs, i) -> {
          DayKind kind = DayKind.valueOf(rs.getString("kind"));
          return new CalendarDay(rs.getObject("on_date", LocalDate.class), kind.name(), kind.labelVi(),
              rs.getString("note"), rs.getString("created_by"));
        })
        .list();
  }

  /** Declares a day off or a make-up working day; a day already declared is a 409. */
  @Transactional
  public CalendarDay addDay(NewCalendarDay day, CurrentUser user) {
    administrator(user);
    DayKind kind = day == null || day.kind() == null ? null
        : Arrays.stream(DayKind.values()).filter(k -> k.name().equals(day.kind().trim())).findFirst().orElse(null);
    Checks.start()
        .check(day != null && day.date() != null, "date", "Chọn ngày (choose a date)")
        .check(kind != null, "kind", "Loại ngày phải là DAY_OFF hoặc WORKING_DAY")
        .required("note", day == null ? null : day.note(), 200)
        .throwIfAny();
    if (find(day.date()).isPresent()) {
      throw new ConflictException("Ngày " + day.date() + " đã được khai báo (the day is already declared)");
    }
    try {
      jdbc.sql("INSERT INTO calendar_exception (on_date, kind, note, created_by, created_at) VALUES (?,?,?,?,?)")
          .params(day.date(), kind.name(), Text.clean(day.note()), user.userId(), OffsetDateTime.now(clock)).update();
    } catch (DuplicateKeyException e) {
      throw new ConflictException("Ngày " + day.date() + " đã được khai báo (the day is already declared)");
    }
    CalendarDay added = find(day.date()).orElseThrow();
    journal.record(user.userId(), SUBJECT_DAY, day.date().toString(), "ADD", null, added);
    forgetCalendar();
    return added;
  }

  @Transactional
  public void removeDay(LocalDate date, CurrentUser user) {
    administrator(user);
    CalendarDay before = find(date)
        .orElseThrow(() -> new NotFoundException("Ngày " + date + " chưa được khai báo (no such day)"));
    jdbc.sql("DELETE FROM calendar_exception WHERE on_date = ?").param(date).update();
    journal.record(user.userId(), SUBJECT_DAY, date.toString(), "REMOVE", before, null);
    forgetCalendar();
  }

  /** The calendar with the configured and the declared days; rebuilt when a declared day changes. */
  public WorkingDayCalendar calendar() {
    CachedCalendar recent = cached;
    if (recent != null && System.nanoTime() - recent.checkedAt() < RECHECK_NANOS) {
      return recent.calendar();
    }
    Fingerprint now = jdbc.sql("SELECT COUNT(*) AS n, MAX(created_at) AS latest FROM calendar_exception")
        .query((rs, i) -> new Fingerprint(rs.getLong("n"), rs.getObject("latest", OffsetDateTime.class)))
        .single();
    CachedCalendar current = cached;
    if (current != null && current.fingerprint().equals(now)) {
      cached = new CachedCalendar(now, current.calendar(), System.nanoTime());
      return current.calendar();
    }
    List<CalendarDay> declared = days();
    Set<LocalDate> daysOff = new HashSet<>(properties.extraHolidays() == null ? List.of() : properties.extraHolidays());
    Set<LocalDate> workingDays = new HashSet<>();
    for (CalendarDay d : declared) {
      (DayKind.WORKING_DAY.name().equals(d.kind()) ? workingDays : daysOff).add(d.date());
    }
    WorkingDayCalendar calendar = new WorkingDayCalendar(new VietnameseHolidays(daysOff), workingDays);
    cached = new CachedCalendar(now, calendar, System.nanoTime());
    return calendar;
  }

  /** Now and again once the change commits, so that no reader keeps the calendar from before it. */
  private void forgetCalendar() {
    AfterTransaction.nowAndAtCompletion(() -> cached = null);
  }

  private Optional<CalendarDay> find(LocalDate date) {
    return days().stream().filter(d -> d.date().equals(date)).findFirst();
  }

  private Optional<StepDeadline> stored(Step step) {
    return jdbc.sql("SELECT working_days, version FROM step_deadline WHERE step = ?").param(step.name())
        .query((rs, i) -> new StepDeadline(step.name(), step.labelVi(), rs.getInt("working_days"),
            properties.workingDays(step), rs.getInt("version")))
        .optional();
  }

  private static ConflictException stale() {
    return new ConflictException("Thời hạn vừa được người khác sửa; tải lại rồi sửa tiếp (changed by someone else)");
  }

  private static void administrator(CurrentUser user) {
    if (!user.isAdministrator()) {
      throw new AccessDeniedException("Chỉ quản trị viên sửa thời hạn và ngày nghỉ (administrators only)");
    }
  }
}
