package vn.police.grievance.figures;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Generates the periodic reports: by default on Monday at 07:00 (last week) and on the first of
 * the month at 07:00 (last month), Vietnam time. "-" switches one off (the tests do).
 */
@Component
class ReportSchedule {

  private final ReportService reports;

  ReportSchedule(ReportService reports) {
    this.reports = reports;
  }

  @Scheduled(cron = "${grievance.reports.weekly-cron:0 0 7 * * MON}", zone = "${grievance.time-zone:Asia/Ho_Chi_Minh}")
  void weekly() {
    reports.weekly();
  }

  @Scheduled(cron = "${grievance.reports.monthly-cron:0 0 7 1 * *}", zone = "${grievance.time-zone:Asia/Ho_Chi_Minh}")
  void monthly() {
    reports.monthly();
  }
}
