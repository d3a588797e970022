package vn.police.grievance.figures;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.police.grievance.item.Page;
import vn.police.grievance.organisation.OrganisationService;
import vn.police.grievance.system.NotFoundException;

/**
 * Weekly, monthly and on-demand reports: figures from {@link FiguresService} (province-wide),
 * written as XLSX and PDF, kept in the archive with who and when, announced for mail
 * ({@link ReportPublished}).
 */
@Service
public class ReportService {

  private static final Logger LOG = LoggerFactory.getLogger(ReportService.class);

  /** The overdue steps a report lists; the rest are counted and found in Cockpit. */
  static final int OVERDUE_ROWS = 500;

  static final String SYSTEM = "system";

  private final FiguresService figures;
  private final ReportArchive archive;
  private final ReportXlsx xlsx;
  private final ReportPdf pdf;
  private final OrganisationService organisation;
  private final WorkingDays days;
  private final ApplicationEventPublisher events;
  private final String place;
  private final org.springframework.transaction.support.TransactionTemplate transactions;

  ReportService(
      FiguresService figures,
      ReportArchive archive,
      ReportXlsx xlsx,
      ReportPdf pdf,
      OrganisationService organisation,
      WorkingDays days,
      ApplicationEventPublisher events,
      @Value("${grievance.reports.place:}") String place,
      org.springframework.transaction.PlatformTransactionManager transactionManager) {
    this.figures = figures;
    this.archive = archive;
    this.xlsx = xlsx;
    this.pdf = pdf;
    this.organisation = organisation;
    this.days = days;
    this.events = events;
    this.place = place;
    this.transactions = new org.springframework.transaction.support.TransactionTemplate(transactionManager);
  }

  record Generated(long id, Report report, byte[] xlsx, byte[] pdf) {}

  /** A report for any period, by a person; archived. */
  @Transactional
  Generated onDemand(LocalDate from, LocalDate to, String by) {
    FiguresService.checkPeriod(from, to);
    return generate(ReportKind.ON_DEMAND, from, to, null, by);
  }

  /** Last week's report (Monday to Sunday before today), once per week whichever node runs it. */
  public void weekly() {
    LocalDate monday = days.today().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1);
    scheduled(ReportKind.WEEKLY, monday, monday.plusDays(6));
  }

  /** Last month's report, once per month. */
  public void monthly() {
    LocalDate first = days.today().withDayOfMonth(1).minusMonths(1);
    scheduled(ReportKind.MONTHLY, first, first.with(TemporalAdjusters.lastDayOfMonth()));
  }

  private void scheduled(ReportKind kind, LocalDate from, LocalDate to) {
    String key = kind + ":" + from;
    if (archive.hasScheduled(key)) {
      return;
    }
    try {
      // its own transaction: a node that loses the race rolls back its copy, and only its copy
      transactions.executeWithoutResult(status -> generate(kind, from, to, key, SYSTEM));
    } catch (DuplicateKeyException e) {
      LOG.info("The {} report from {} was archived by another node", kind, from);
    }
  }

  private Generated generate(ReportKind kind, LocalDate from, LocalDate to, String scheduledKey, String by) {
    OffsetDateTime now = days.now();
    FiguresScope all = FiguresScope.all();
    Dashboard dashboard = figures.dashboard(from, to, all);
    Page<FiguresService.DrillRow> overdue = figures.drill(Drill.of(Drill.Set.OVERDUE), all, 0, OVERDUE_ROWS);
    Report report = new Report(kind, from, to, now, by, issuer(), place, dashboard, overdue.content(), overdue.totalElements());
    byte[] workbook = xlsx.write(report);
    byte[] document = pdf.write(report);
    long id = archive.store(kind, from, to, scheduledKey, now, by, workbook, document);
    events.publishEvent(new ReportPublished(id, kind.name(), report.title(), from, to, by));
    LOG.info("Report {} archived: {} ({} bytes XLSX, {} bytes PDF) by {}", id, report.title(), workbook.length,
        document.length, by);
    return new Generated(id, report, workbook, document);
  }

  private String issuer() {
    return organisation.find("province").map(u -> u.shortName()).orElse("Công an tỉnh");
  }

  /** An archived report as listed: kind, period, who and when. */
  record Listed(long id, String kind, String kindLabel, String title, LocalDate from, LocalDate to,
      OffsetDateTime generatedAt, String generatedBy) {}

  @Transactional(readOnly = true)
  List<Listed> archived(int limit) {
    return archive.latest(limit).stream().map(this::listed).toList();
  }

  private Listed listed(ReportArchive.Entry e) {
    Report shape = new Report(e.kind(), e.from(), e.to(), e.generatedAt(), e.generatedBy(), "", "", null, List.of(), 0);
    return new Listed(e.id(), e.kind().name(), e.kind().labelVi, shape.title(), e.from(), e.to(),
        days.local(e.generatedAt()), e.generatedBy());
  }

  record File(String name, byte[] bytes) {}

  @Transactional(readOnly = true)
  File file(long id, String format) {
    ReportArchive.Entry entry = archive.find(id).orElseThrow(() -> new NotFoundException("Report " + id + " not found"));
    byte[] bytes = archive.file(id, format).orElseThrow(() -> new NotFoundException("Report " + id + " not found"));
    Report shape = new Report(entry.kind(), entry.from(), entry.to(), entry.generatedAt(), entry.generatedBy(), "", "", null,
        List.of(), 0);
    return new File(shape.fileName() + "." + format, bytes);
  }
}
