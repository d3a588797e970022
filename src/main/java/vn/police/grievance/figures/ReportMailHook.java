package vn.police.grievance.figures;

import jakarta.mail.internet.MimeMessage;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import vn.police.grievance.process.People;
import vn.police.grievance.system.Groups;

/**
 * Mails every archived report, XLSX and PDF attached, to the leadership when an SMTP server is
 * configured ({@code spring.mail.host}): after the archive has committed, on a thread of its own,
 * tried three times, so that a mail server that is down never holds up or undoes a report. The
 * addresses are the leaders' in the user store (or their single sign-on token).
 */
@Component
class ReportMailHook {

  private static final Logger LOG = LoggerFactory.getLogger(ReportMailHook.class);
  static final long[] WAIT_BEFORE_RETRY_MS = {2_000, 10_000};

  private final ObjectProvider<JavaMailSender> mail;
  private final ReportService reports;
  private final People people;
  /** One thread of its own: mailing waits on the mail server, never on the engine's or the web's threads. */
  private final java.util.concurrent.ExecutorService executor =
      java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "report-mail");
        t.setDaemon(true);
        return t;
      });
  private final String from;

  ReportMailHook(
      ObjectProvider<JavaMailSender> mail,
      ReportService reports,
      People people,
      @Value("${grievance.mail.from:he-thong-kien-nghi@localhost}") String from) {
    this.mail = mail;
    this.reports = reports;
    this.people = people;
    this.from = from;
  }

  @jakarta.annotation.PreDestroy
  void stop() {
    executor.shutdownNow();
  }

  @TransactionalEventListener(fallbackExecution = true)
  void published(ReportPublished report) {
    JavaMailSender sender = mail.getIfAvailable();
    if (sender == null) {
      LOG.info("Report {} ({}) is in the archive; no mail server is configured, so none is sent", report.reportId(), report.title());
      return;
    }
    List<String> to = people.emailsOf(Groups.LEADERSHIP);
    if (to.isEmpty()) {
      LOG.warn("Report {} is in the archive; no leader has an e-mail address", report.reportId());
      return;
    }
    executor.execute(() -> send(sender, report, to));
  }

  private void send(JavaMailSender sender, ReportPublished report, List<String> to) {
    for (int attempt = 0; ; attempt++) {
      try {
        ReportService.File xlsx = reports.file(report.reportId(), "xlsx");
        ReportService.File pdf = reports.file(report.reportId(), "pdf");
        MimeMessage message = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
        helper.setFrom(from);
        helper.setTo(to.toArray(String[]::new));
        helper.setSubject(report.title());
        helper.setText("Kính gửi Ban Giám đốc,\n\nHệ thống gửi " + report.title()
            + " (từ ngày " + report.from() + " đến ngày " + report.to() + "), bản XLSX và PDF đính kèm."
            + "\nBáo cáo được lưu trong kho báo cáo của hệ thống.\n\nHệ thống tiếp nhận và giải quyết kiến nghị của Công an cấp xã");
        helper.addAttachment(xlsx.name(), new ByteArrayResource(xlsx.bytes()),
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        helper.addAttachment(pdf.name(), new ByteArrayResource(pdf.bytes()), "application/pdf");
        sender.send(message);
        LOG.info("Report {} mailed to {} leaders", report.reportId(), to.size());
        return;
      } catch (Exception e) {
        if (attempt >= WAIT_BEFORE_RETRY_MS.length) {
          LOG.error("Report {} could not be mailed after {} attempts: {}", report.reportId(), attempt + 1, e.toString());
          return;
        }
        LOG.warn("Report {} not mailed (attempt {}), trying again: {}", report.reportId(), attempt + 1, e.toString());
        try {
          Thread.sleep(WAIT_BEFORE_RETRY_MS[attempt]);
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
  }
}
