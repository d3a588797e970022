package vn.police.grievance.figures;

import static vn.police.grievance.figures.Dashboard.*;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.function.Function;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.police.grievance.item.Page;
import vn.police.grievance.item.Step;
import vn.police.grievance.organisation.OrganisationService;
import vn.police.grievance.system.InvalidInputException;

/**
 * The leadership's figures for a period and a scope, from the read model; the dashboard and the
 * reports both take them from here, so they cannot disagree. "Now" figures (open items, overdue
 * and due-soon steps) are as of the clock; period figures count what happened on the local days
 * from {@code from} to {@code to}, both included.
 */
@Service
public class FiguresService {

  /** A period longer than this is refused: ten years of weeks is already more than a chart shows. */
  static final int MAX_PERIOD_DAYS = 3700;

  static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM");
  static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/yyyy");

  private final FiguresRepository figures;
  private final OrganisationService organisation;
  private final WorkingDays days;

  FiguresService(FiguresRepository figures, OrganisationService organisation, WorkingDays days) {
    this.figures = figures;
    this.organisation = organisation;
    this.days = days;
  }

  /** The default period: this month and the two before it, to today. */
  LocalDate defaultFrom() {
    return days.today().withDayOfMonth(1).minusMonths(2);
  }

  LocalDate today() {
    return days.today();
  }

  static void checkPeriod(LocalDate from, LocalDate to) {
    if (to.isBefore(from)) {
      throw new InvalidInputException("to", "Ngày kết thúc phải sau ngày bắt đầu (to must not be before from)");
    }
    if (from.plusDays(MAX_PERIOD_DAYS).isBefore(to)) {
      throw new InvalidInputException("from", "Kỳ báo cáo tối đa 10 năm (the period is at most ten years)");
    }
  }

  @Transactional(readOnly = true)
  Dashboard dashboard(LocalDate from, LocalDate to, FiguresScope scope) {
    checkPeriod(from, to);
    OffsetDateTime now = days.now();
    Labels labels = new Labels(organisation.all());
    Series series = series(from, to, now, scope);
    List<FiguresRepository.Answered> answered = figures.answered(from, to, scope);
    return new Dashboard(
        from, to, now, scope.label(),
        open(scope, labels),
        steps(now, scope, labels),
        onTime(from, to, scope),
        timeToAnswer(answered, labels, from, to),
        reopen(answered, from, to),
        bucket(from, to, "", series).totals(),
        trend(from, to, series),
        conferences(from, to, now, scope));
  }

  private Open open(FiguresScope scope, Labels labels) {
    Drill open = Drill.of(Drill.Set.OPEN);
    List<Figure> byStatus = figuresOf(figures.openBy("status", scope), Labels::status, open::status);
    long total = byStatus.stream().mapToLong(Figure::count).sum();
    return new Open(
        new Figure("OPEN", "Đang xử lý", total, open.query()),
        byStatus,
        figuresOf(figures.openBy("category", scope), Labels::category, open::category),
        figuresOf(figures.openBy("unit_id", scope), labels::unit, open::unit),
        figuresOf(figures.openBy("department_id", scope), labels::unit, open::department));
  }

  private static List<Figure> figuresOf(
      List<FiguresRepository.Count> counts, Function<String, String> label, Function<String, Drill> drill) {
    return counts.stream()
        .map(c -> new Figure(c.key() == null ? Drill.NONE : c.key(), label.apply(c.key()), c.count(),
            drill.apply(c.key()).query()))
        .sorted(Comparator.comparingLong(Figure::count).reversed().thenComparing(Figure::label))
        .toList();
  }

  private List<StepLoad> steps(OffsetDateTime now, FiguresScope scope, Labels labels) {
    List<StepLoad> loads = new ArrayList<>();
    for (FiguresRepository.StepCount c : figures.openSteps(now, scope)) {
      Drill overdue = Drill.of(Drill.Set.OVERDUE).step(c.step()).department(c.responsible());
      Drill dueSoon = Drill.of(Drill.Set.DUE_SOON).step(c.step()).department(c.responsible());
      loads.add(new StepLoad(c.step(), Labels.step(c.step()), c.responsible(), labels.unit(c.responsible()),
          new Figure("OVERDUE", "Quá hạn", c.overdue(), overdue.query()),
          new Figure("DUE_SOON", "Sắp đến hạn", c.dueSoon(), dueSoon.query())));
    }
    loads.sort(Comparator.comparingLong((StepLoad l) -> l.overdue().count()).reversed()
        .thenComparing(l -> Step.valueOf(l.step()).ordinal())
        .thenComparing(StepLoad::responsibleLabel));
    return loads;
  }

  private List<OnTime> onTime(LocalDate from, LocalDate to, FiguresScope scope) {
    List<OnTime> rates = new ArrayList<>();
    for (FiguresRepository.StepRate r : figures.stepsDone(from, to, scope)) {
      Drill done = Drill.of(Drill.Set.DONE, from, to).step(r.step());
      rates.add(new OnTime(r.step(), Labels.step(r.step()),
          new Figure("DONE", "Đã xử lý", r.done(), done.query()),
          new Figure("LATE", "Trễ hạn", r.done() - r.onTime(), done.onTime(false).query()),
          percent(r.onTime(), r.done())));
    }
    rates.sort(Comparator.comparing(r -> Step.valueOf(r.step()).ordinal()));
    return rates;
  }

  private TimeToAnswer timeToAnswer(List<FiguresRepository.Answered> rows, Labels labels, LocalDate from, LocalDate to) {
    Drill answered = Drill.of(Drill.Set.ANSWERED, from, to);
    Map<Integer, Long> all = new TreeMap<>();
    rows.forEach(r -> all.merge(r.days(), r.count(), Long::sum));
    return new TimeToAnswer(
        answerTime("ALL", "Tất cả", all, answered),
        answerTimes(rows, FiguresRepository.Answered::route, Labels::route, answered::route),
        answerTimes(rows, FiguresRepository.Answered::category, Labels::category, answered::category),
        answerTimes(rows, FiguresRepository.Answered::department, labels::unit, answered::department));
  }

  private static List<AnswerTime> answerTimes(List<FiguresRepository.Answered> rows,
      Function<FiguresRepository.Answered, String> keyOf, Function<String, String> label, Function<String, Drill> drill) {
    Map<String, Map<Integer, Long>> byKey = new LinkedHashMap<>();
    for (FiguresRepository.Answered r : rows) {
      String key = keyOf.apply(r);
      byKey.computeIfAbsent(key == null ? Drill.NONE : key, k -> new TreeMap<>()).merge(r.days(), r.count(), Long::sum);
    }
    List<AnswerTime> times = new ArrayList<>();
    byKey.forEach((key, histogram) -> {
      String raw = Drill.NONE.equals(key) ? null : key;
      times.add(answerTime(key, label.apply(raw), histogram, drill.apply(raw)));
    });
    times.sort(Comparator.comparingLong(AnswerTime::count).reversed().thenComparing(AnswerTime::label));
    return times;
  }

  private static AnswerTime answerTime(String key, String label, Map<Integer, Long> histogram, Drill drill) {
    long count = histogram.values().stream().mapToLong(Long::longValue).sum();
    return new AnswerTime(key, label, count, Percentiles.of(histogram, 0.5), Percentiles.of(histogram, 0.9), drill.query());
  }

  /** Counted in the same scan as the time to answer, by the conditions of the ANSWERED and REOPENED drill-downs. */
  private static Reopen reopen(List<FiguresRepository.Answered> rows, LocalDate from, LocalDate to) {
    long answered = rows.stream().mapToLong(FiguresRepository.Answered::count).sum();
    long reopened = rows.stream().mapToLong(FiguresRepository.Answered::reopened).sum();
    return new Reopen(
        new Figure("ANSWERED", "Đã trả lời", answered, Drill.of(Drill.Set.ANSWERED, from, to).query()),
        new Figure("REOPENED", "Bị mở lại", reopened, Drill.of(Drill.Set.REOPENED, from, to).query()),
        percent(reopened, answered));
  }

  private record Series(NavigableMap<LocalDate, Long> received, NavigableMap<LocalDate, Long> answered,
      NavigableMap<LocalDate, Long> closed, NavigableMap<LocalDate, Long> late) {}

  private Series series(LocalDate from, LocalDate to, OffsetDateTime now, FiguresScope scope) {
    return new Series(
        perDay(figures.itemsPerDay("received_on", from, to, scope)),
        perDay(figures.itemsPerDay("answered_on", from, to, scope)),
        perDay(figures.itemsPerDay("closed_on", from, to, scope)),
        perDay(figures.lateStepsPerDay(from, to, now, scope)));
  }

  private Trend trend(LocalDate from, LocalDate to, Series s) {
    List<Bucket> weeks = new ArrayList<>();
    for (LocalDate start = from.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)); !start.isAfter(to);
        start = start.plusWeeks(1)) {
      LocalDate a = start.isBefore(from) ? from : start;
      LocalDate b = start.plusDays(6).isAfter(to) ? to : start.plusDays(6);
      String label = "Tuần " + start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR) + "/" + start.get(IsoFields.WEEK_BASED_YEAR)
          + " (" + a.format(DAY) + "–" + b.format(DAY) + ")";
      weeks.add(bucket(a, b, label, s).bucket());
    }
    List<Bucket> months = new ArrayList<>();
    for (LocalDate start = from.withDayOfMonth(1); !start.isAfter(to); start = start.plusMonths(1)) {
      LocalDate a = start.isBefore(from) ? from : start;
      LocalDate end = start.with(TemporalAdjusters.lastDayOfMonth());
      LocalDate b = end.isAfter(to) ? to : end;
      months.add(bucket(a, b, "Tháng " + start.format(MONTH), s).bucket());
    }
    return new Trend(weeks, months);
  }

  private record Sums(LocalDate from, LocalDate to, String label, long received, long answered, long closed, long late) {
    Figure figure(Drill.Set set, String label, long count) {
      return new Figure(set.name(), label, count, Drill.of(set, from, to).query());
    }

    Bucket bucket() {
      Totals t = totals();
      return new Bucket(from, to, label, t.received(), t.answered(), t.closed(), t.late());
    }

    Totals totals() {
      return new Totals(
          figure(Drill.Set.RECEIVED, "Tiếp nhận", received),
          figure(Drill.Set.ANSWERED, "Đã trả lời", answered),
          figure(Drill.Set.CLOSED, "Đã kết thúc", closed),
          figure(Drill.Set.LATE, "Bước trễ hạn", late));
    }
  }

  private static Sums bucket(LocalDate from, LocalDate to, String label, Series s) {
    return new Sums(from, to, label, sum(s.received(), from, to), sum(s.answered(), from, to), sum(s.closed(), from, to),
        sum(s.late(), from, to));
  }

  private static long sum(NavigableMap<LocalDate, Long> perDay, LocalDate from, LocalDate to) {
    return perDay.subMap(from, true, to, true).values().stream().mapToLong(Long::longValue).sum();
  }

  private static NavigableMap<LocalDate, Long> perDay(List<FiguresRepository.DayCount> counts) {
    TreeMap<LocalDate, Long> map = new TreeMap<>();
    counts.forEach(c -> map.merge(c.day(), c.count(), Long::sum));
    return map;
  }

  private List<ConferenceFigures> conferences(LocalDate from, LocalDate to, OffsetDateTime now, FiguresScope scope) {
    OffsetDateTime fromAt = from.atStartOfDay(days.zone()).toOffsetDateTime();
    OffsetDateTime toAt = to.plusDays(1).atStartOfDay(days.zone()).toOffsetDateTime();
    List<ConferenceFigures> list = new ArrayList<>();
    for (FiguresRepository.ConferenceRow c : figures.conferences(fromAt, toAt, now, scope)) {
      Drill d = Drill.of(Drill.Set.CONFERENCE);
      list.add(new ConferenceFigures(c.id(), c.reference(), c.title(), days.local(c.startsAt()),
          new Figure("ITEMS", "Ý kiến nêu", c.items(), d.conference(c.id(), null).query()),
          new Figure("ANSWERED", "Trả lời tại chỗ", c.answered(), d.conference(c.id(), "ANSWERED").query()),
          new Figure("ASSIGNED", "Giao phòng chức năng", c.assigned(), d.conference(c.id(), "ASSIGNED").query()),
          new Figure("OPEN", "Còn đang xử lý", c.open(), d.conference(c.id(), "OPEN").query()),
          new Figure("OVERDUE", "Quá hạn", c.overdue(), d.conference(c.id(), "OVERDUE").query())));
    }
    return list;
  }

  static Double percent(long part, long whole) {
    return whole == 0 ? null : Math.round(1000.0 * part / whole) / 10.0;
  }

  // --- Drill-down ---------------------------------------------------------------------------------

  /** One item (or step) behind a figure, as officers read it. */
  record DrillRow(
      String reference, String title, String unit, String category, String status, String route, String department,
      OffsetDateTime receivedAt, OffsetDateTime answeredAt, Integer answerWorkingDays, OffsetDateTime closedAt,
      int reopenCount, String step, String responsible, OffsetDateTime dueAt, OffsetDateTime completedAt,
      String completedBy, Integer lateWorkingDays) {}

  @Transactional(readOnly = true)
  Page<DrillRow> drill(Drill drill, FiguresScope scope, int page, int size) {
    if (drill.from() != null && drill.to() != null) {
      checkPeriod(drill.from(), drill.to());
    }
    OffsetDateTime now = days.now();
    Labels labels = new Labels(organisation.all());
    long total = figures.count(drill, now, scope);
    List<DrillRow> rows = figures.list(drill, now, scope, page * size, size).stream()
        .map(r -> new DrillRow(r.reference(), r.title(), labels.unit(r.unitId()), Labels.category(r.category()),
            Labels.status(r.status()), r.route() == null ? null : Labels.route(r.route()),
            r.departmentId() == null ? null : labels.unit(r.departmentId()), days.local(r.receivedAt()),
            days.local(r.answeredAt()), r.answerWorkingDays(), days.local(r.closedAt()), r.reopenCount(),
            r.step() == null ? null : Labels.step(r.step()), r.responsible() == null ? null : labels.unit(r.responsible()),
            days.local(r.dueAt()), days.local(r.completedAt()), r.completedBy(),
            r.lateWorkingDays()))
        .toList();
    return new Page<>(rows, page, size, total);
  }
}
