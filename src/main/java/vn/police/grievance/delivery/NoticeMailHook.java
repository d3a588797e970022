package vn.police.grievance.delivery;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import vn.police.grievance.item.ItemService;
import vn.police.grievance.notification.MailPreferences;
import vn.police.grievance.notification.NoticeSent;
import vn.police.grievance.process.People;

/**
 * Mails every notice to the members of its group who have an address (the user store's, which a
 * single sign-on login fills from the token's email claim) and have not opted out, when an SMTP
 * server is configured ({@code spring.mail.host}). After the step that wrote the notice has
 * committed, on a thread of its own, each mail tried three times with growing waits: a mail server
 * that is slow or down never holds up, fails or undoes a step; the in-app notice is there anyway.
 */
@Component
class NoticeMailHook {

  private static final Logger LOG = LoggerFactory.getLogger(NoticeMailHook.class);

  private final ObjectProvider<JavaMailSender> mail;
  private final People people;
  private final MailPreferences preferences;
  private final ItemService items;
  private final String from;
  private final String linkBase;
  private final List<Duration> waits;
  /** One thread of its own: mailing waits on the mail server, never on the engine's or the web's threads. */
  private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "notice-mail");
    t.setDaemon(true);
    return t;
  });
  /** Attempts that failed, for the operators' log and the tests. */
  final AtomicInteger failedAttempts = new AtomicInteger();

  NoticeMailHook(
      ObjectProvider<JavaMailSender> mail,
      People people,
      MailPreferences preferences,
      ItemService items,
      @Value("${grievance.mail.from:he-thong-kien-nghi@localhost}") String from,
      @Value("${grievance.mail.link-base:http://localhost:8080}") String linkBase,
      @Value("${grievance.mail.retry-waits:2s,10s}") List<Duration> waits) {
    this.mail = mail;
    this.people = people;
    this.preferences = preferences;
    this.items = items;
    this.from = from;
    this.linkBase = linkBase;
    this.waits = List.copyOf(waits);
  }

  @jakarta.annotation.PreDestroy
  void stop() {
    executor.shutdownNow();
  }

  @TransactionalEventListener(fallbackExecution = true)
  void sent(NoticeSent notice) {
    JavaMailSender sender = mail.getIfAvailable();
    if (sender == null) {
      return;
    }
    try {
      executor.execute(() -> mailTo(sender, notice));
    } catch (RuntimeException shuttingDown) {
      LOG.warn("Notice {} not mailed: {}", notice.notificationId(), shuttingDown.toString());
    }
  }

  private void mailTo(JavaMailSender sender, NoticeSent notice) {
    try {
      String reference = notice.itemId() == null ? null : items.get(notice.itemId()).reference();
      for (People.Addressee to : people.addresseesOf(notice.recipientGroup())) {
        if (preferences.wantsEmail(to.id())) {
          send(sender, NoticeMails.of(notice.kind(), reference, notice.message(), to.name(), linkBase), to, notice);
        }
      }
    } catch (RuntimeException e) {
      LOG.error("Notice {} could not be mailed: {}", notice.notificationId(), e.toString());
    }
  }

  private void send(JavaMailSender sender, NoticeMails.Mail content, People.Addressee to, NoticeSent notice) {
    for (int attempt = 0; ; attempt++) {
      try {
        MimeMessage message = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
        helper.setFrom(from);
        helper.setTo(to.email());
        helper.setSubject(content.subject());
        helper.setText(content.body());
        sender.send(message);
        LOG.info("Notice {} mailed to {}", notice.notificationId(), to.id());
        return;
      } catch (Exception e) {
        failedAttempts.incrementAndGet();
        if (attempt >= waits.size()) {
          LOG.error("Notice {} could not be mailed to {} after {} attempts: {}", notice.notificationId(), to.id(),
              attempt + 1, e.toString());
          return;
        }
        LOG.warn("Notice {} not mailed to {} (attempt {}), trying again: {}", notice.notificationId(), to.id(),
            attempt + 1, e.toString());
        try {
          Thread.sleep(waits.get(attempt).toMillis());
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
  }
}
