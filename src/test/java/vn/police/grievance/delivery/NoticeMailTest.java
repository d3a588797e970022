package vn.police.grievance.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import vn.police.grievance.intake.IntakeService;
import vn.police.grievance.intake.SubmitItemRequest;
import vn.police.grievance.item.GrievanceItem;
import vn.police.grievance.item.ItemStatus;
import vn.police.grievance.organisation.NewUnit;
import vn.police.grievance.organisation.OrganisationService;
import vn.police.grievance.support.ProcessDriver;
import vn.police.grievance.support.TcpProxy;
import vn.police.grievance.system.CurrentUser;

/**
 * Notices reach people by e-mail through a real SMTP server started inside the test (GreenMail),
 * reached through a proxy the test cuts to play a mail server that is down: Vietnamese subject and
 * body with the reference and the link, retried until the server is back, never for those who
 * opted out, and never holding up or undoing the step that wrote the notice.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@DirtiesContext
class NoticeMailTest {

  static final GreenMail SMTP = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
  static TcpProxy proxy;

  @DynamicPropertySource
  static void mailServer(DynamicPropertyRegistry registry) throws IOException {
    SMTP.start();
    proxy = new TcpProxy("127.0.0.1", SMTP.getSmtp().getPort());
    registry.add("spring.mail.host", () -> "127.0.0.1");
    registry.add("spring.mail.port", () -> proxy.port());
    registry.add("grievance.mail.retry-waits", () -> "1s,2s");
    registry.add("grievance.mail.link-base", () -> "https://kiennghi.example/");
  }

  @AfterAll
  static void stop() throws IOException {
    proxy.close();
    SMTP.stop();
  }

  @Autowired MockMvc mvc;
  @Autowired OrganisationService organisation;
  @Autowired IdentityService identity;
  @Autowired IntakeService intake;
  @Autowired ProcessDriver driver;
  @Autowired NoticeMailHook hook;

  String unitId;

  /** A commune of its own with two officers who have addresses, so that other tests' mail never mixes in. */
  @BeforeEach
  void unit() throws Exception {
    proxy.restore();
    SMTP.purgeEmailFromAllMailboxes();
    unitId = "cax-mail-" + UUID.randomUUID().toString().substring(0, 6);
    organisation.add(new NewUnit(unitId, "COMMUNE", "Công an xã Thư Điện Tử", "Mail commune police", null), "quantri");
    for (String who : List.of("an", "binh")) {
      User user = identity.newUser(unitId + "-" + who);
      user.setFirstName("Cán bộ");
      user.setLastName(who.equals("an") ? "Nguyễn Văn An" : "Trần Thị Bình");
      user.setEmail(unitId + "-" + who + "@mail.invalid");
      user.setPassword("Demo@2026!");
      identity.saveUser(user);
      identity.createMembership(user.getId(), unitId);
    }
  }

  private GrievanceItem submit() {
    return intake.submit(new SubmitItemRequest(null, "FACILITIES", "Trụ sở xuống cấp", "Mái trụ sở bị dột.", null, null),
        UUID.randomUUID().toString(), new CurrentUser(unitId + "-an", Set.of(unitId))).item();
  }

  private static void await(BooleanSupplier condition, String what) throws InterruptedException {
    for (int i = 0; i < 600 && !condition.getAsBoolean(); i++) {
      Thread.sleep(100);
    }
    assertThat(condition.getAsBoolean()).as(what).isTrue();
  }

  private static List<MimeMessage> mailTo(String address) {
    return Arrays.stream(SMTP.getReceivedMessages()).filter(m -> {
      try {
        return Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().equals(address));
      } catch (jakarta.mail.MessagingException e) {
        throw new IllegalStateException(e);
      }
    }).toList();
  }

  @Test
  void aReceivedNoticeIsMailedInVietnameseWithTheReferenceAndTheLinkToEveryOfficerOfTheUnit() throws Exception {
    GrievanceItem item = submit();

    await(() -> mailTo(unitId + "-an@mail.invalid").size() == 1 && mailTo(unitId + "-binh@mail.invalid").size() == 1,
        "both officers got the notice");
    MimeMessage mail = mailTo(unitId + "-binh@mail.invalid").get(0);
    assertThat(mail.getSubject()).isEqualTo("[" + item.reference() + "] Đã tiếp nhận kiến nghị");
    String body = String.valueOf(mail.getContent());
    assertThat(body)
        .contains("Kính gửi đồng chí Cán bộ Trần Thị Bình")
        .contains("Công an tỉnh đã tiếp nhận kiến nghị của đơn vị đồng chí.")
        .contains("Số kiến nghị: " + item.reference())
        .contains("Xem chi tiết: https://kiennghi.example/don-vi/#/" + item.reference());
  }

  @Test
  void whoOptedOutGetsNoMailAndOnlyTheirOwnChoiceChanges() throws Exception {
    var binh = httpBasic(unitId + "-binh", "Demo@2026!");
    mvc.perform(get("/api/notifications/preferences").with(binh)).andExpect(status().isOk())
        .andExpect(jsonPath("$.email").value(true));
    mvc.perform(put("/api/notifications/preferences").with(binh).contentType(MediaType.APPLICATION_JSON).content("{}"))
        .andExpect(status().isBadRequest());
    mvc.perform(put("/api/notifications/preferences").with(binh).contentType(MediaType.APPLICATION_JSON)
            .content("{\"email\":false}"))
        .andExpect(status().isOk()).andExpect(jsonPath("$.email").value(false));
    mvc.perform(get("/api/notifications/preferences").with(httpBasic(unitId + "-an", "Demo@2026!")))
        .andExpect(jsonPath("$.email").value(true));

    GrievanceItem first = submit();
    GrievanceItem second = submit();
    await(() -> mailTo(unitId + "-an@mail.invalid").size() == 2, "the officer who did not opt out got both");
    // the mails go out one after another: once the second has reached An, Bình's would have too
    assertThat(mailTo(unitId + "-binh@mail.invalid")).isEmpty();
    assertThat(mailTo(unitId + "-an@mail.invalid")).extracting(MimeMessage::getSubject)
        .containsExactlyInAnyOrder("[" + first.reference() + "] Đã tiếp nhận kiến nghị",
            "[" + second.reference() + "] Đã tiếp nhận kiến nghị");
  }

  @Test
  void aMailServerThatIsDownAtFirstGetsTheMailOnARetryAndTheStepIsNotHeldUp() throws Exception {
    proxy.cut();
    int failedBefore = hook.failedAttempts.get();
    GrievanceItem item = submit();
    // the step committed at once: the item is in triage whatever the mail server does
    assertThat(driver.status(item)).isEqualTo(ItemStatus.IN_TRIAGE);
    assertThat(driver.task(item, "userTask_triage")).isNotNull();

    await(() -> hook.failedAttempts.get() > failedBefore, "the first attempt failed");
    try {
      proxy.restore();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    await(() -> mailTo(unitId + "-an@mail.invalid").size() == 1, "the mail arrived on a later attempt");
    assertThat(mailTo(unitId + "-an@mail.invalid").get(0).getSubject()).contains(item.reference());
  }

  @Test
  void aMailServerThatStaysDownNeverUndoesAStep() throws Exception {
    proxy.cut();
    int failedBefore = hook.failedAttempts.get();
    GrievanceItem item = submit();
    // two officers, three attempts each
    await(() -> hook.failedAttempts.get() >= failedBefore + 6, "every attempt failed");
    assertThat(driver.reload(item).reference()).isEqualTo(item.reference());
    assertThat(driver.status(item)).isEqualTo(ItemStatus.IN_TRIAGE);
    assertThat(SMTP.getReceivedMessages()).isEmpty();
  }
}
