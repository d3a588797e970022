package vn.police.grievance.figures;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A report reaches the leadership by mail, XLSX and PDF attached, through a real SMTP server
 * started inside the test (GreenMail); the archive does not wait for it.
 */
@SpringBootTest
@ActiveProfiles("test")
@DirtiesContext
class ReportMailTest {

  static final GreenMail SMTP = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

  @DynamicPropertySource
  static void mailServer(DynamicPropertyRegistry registry) {
    SMTP.start();
    registry.add("spring.mail.host", () -> "127.0.0.1");
    registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
  }

  @AfterAll
  static void stop() {
    SMTP.stop();
  }

  @Autowired ReportService reports;

  @Test
  void aReportIsMailedToTheLeadershipWithItsFiles() throws Exception {
    reports.onDemand(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31), "lanhdao");

    assertThat(SMTP.waitForIncomingEmail(60_000, 1)).as("a mail arrived").isTrue();
    MimeMessage mail = SMTP.getReceivedMessages()[0];
    assertThat(Arrays.stream(mail.getAllRecipients()).map(Object::toString)).contains("lanhdao@demo.invalid");
    assertThat(mail.getSubject()).containsIgnoringCase("báo cáo");
    List<String> attached = new ArrayList<>();
    Multipart parts = (Multipart) mail.getContent();
    for (int i = 0; i < parts.getCount(); i++) {
      if (Part.ATTACHMENT.equalsIgnoreCase(parts.getBodyPart(i).getDisposition())) {
        attached.add(parts.getBodyPart(i).getFileName());
      }
    }
    assertThat(attached).anyMatch(n -> n.endsWith(".xlsx")).anyMatch(n -> n.endsWith(".pdf"));
  }
}
