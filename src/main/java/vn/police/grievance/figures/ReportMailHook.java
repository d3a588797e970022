package vn.police.grievance.figures;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Where reports would be mailed to the leadership. The application sends no mail yet (no mail
 * server is configured anywhere); until it does, a report's publication is logged, and the
 * leadership finds it in the archive (Cockpit → Số liệu → Lưu trữ báo cáo).
 */
@Component
class ReportMailHook {

  private static final Logger LOG = LoggerFactory.getLogger(ReportMailHook.class);

  @TransactionalEventListener
  void published(ReportPublished report) {
    LOG.info("Report {} ({}) is in the archive; no mail is configured, so none is sent", report.reportId(), report.title());
  }
}
