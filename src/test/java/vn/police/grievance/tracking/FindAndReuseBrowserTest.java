package vn.police.grievance.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import vn.police.grievance.intake.IntakeService;
import vn.police.grievance.intake.SubmitItemRequest;
import vn.police.grievance.item.GrievanceItem;
import vn.police.grievance.item.InadmissibleGround;
import vn.police.grievance.item.JournalEvent;
import vn.police.grievance.support.Browser;
import vn.police.grievance.support.BrowserAvailable;
import vn.police.grievance.support.Form;
import vn.police.grievance.support.ProcessDriver;
import vn.police.grievance.support.Tasklist;

/**
 * Finding and reusing what was raised before, in a real browser: a unit typing without accents is
 * warned in Tasklist's start form of the item it raised already and submits anyway; the reception
 * office marks the new item a duplicate with one click in triage; an inspector finds an item in
 * Cockpit by a phrase of its content typed without accents.
 */
@BrowserAvailable
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class FindAndReuseBrowserTest {

  static final String PROCESS = "Tiếp nhận và giải quyết kiến nghị của Công an cấp xã";
  static final String TRIAGE = "Phân loại, đề xuất hướng xử lý";

  static Tasklist tasklist;

  @LocalServerPort int port;
  @Autowired IntakeService intake;
  @Autowired ProcessDriver driver;
  @Autowired JdbcClient jdbc;

  @BeforeAll
  static void openBrowser() {
    tasklist = Tasklist.start(Path.of("target", "screenshots"));
  }

  @AfterAll
  static void closeBrowser() {
    if (tasklist != null) {
      tasklist.close();
    }
  }

  @Test
  void aUnitIsWarnedOfItsLikelyDuplicateAndTriageMarksItADuplicateWithOneClick() {
    String place = "Thôn " + UUID.randomUUID().toString().substring(0, 6);
    GrievanceItem first = intake.submit(
        new SubmitItemRequest(null, "FACILITIES", "Chưa có trụ sở làm việc riêng ở " + place,
            "Công an xã đang làm việc nhờ tại hội trường Ủy ban nhân dân xã.", null, null),
        UUID.randomUUID().toString(), ProcessDriver.LONG_HOA).item();

    // the same matter typed without accents: the start form names the first item before submitting
    tasklist.at("http://localhost:" + port);
    tasklist.login("xa.longhoa");
    String title = "Chua co tru so lam viec rieng o " + place.replace("Thôn", "Thon");
    Form start = tasklist.startForm(PROCESS);
    start.select("field_category", "Trụ sở, cơ sở vật chất")
        .text("field_title", title)
        .text("field_content", "Cong an xa lam viec nho hoi truong Uy ban nhan dan xa.");
    WebElement warning = tasklist.waiting()
        .until(ExpectedConditions.visibilityOfElementLocated(By.id("grievance-similar-warning")));
    tasklist.waiting().until(d -> warning.getText().contains(first.reference()));
    assertThat(warning.getText()).contains("Đơn vị đã có kiến nghị tương tự").contains("(giống ")
        .contains("Chưa có trụ sở làm việc riêng ở " + place);
    tasklist.screenshot("find-01-start-form-similar-warning");
    tasklist.start();
    String second = jdbc.sql("SELECT reference FROM grievance_item WHERE title = ? ORDER BY id DESC")
        .param(title).query(String.class).list().get(0);

    // triage lists it as a likely duplicate; one click on it is the whole decision
    tasklist.login("tiepnhan");
    tasklist.openFilter("Chờ nhận xử lý");
    tasklist.searchReference(second);
    tasklist.openTask(second, TRIAGE);
    tasklist.claim();
    tasklist.openFilter("Việc của tôi");
    tasklist.openTask(second, TRIAGE);
    Form triage = tasklist.taskForm();
    assertThat(triage.value("field_ctxSimilarItems")).contains(first.reference());
    WebElement choice = tasklist.waiting().until(ExpectedConditions.visibilityOfElementLocated(
        By.xpath("//label[input[contains(@id,'-field_duplicateCandidate-')]][starts-with(normalize-space(.),"
            + Tasklist.literal("Trùng với " + first.reference()) + ")]/input")));
    tasklist.click(choice);
    tasklist.waiting().until(ExpectedConditions.invisibilityOfElementLocated(
        By.cssSelector("[id*='-field_triageDecision-']")));
    tasklist.screenshot("find-02-triage-one-click-duplicate");
    tasklist.complete();

    GrievanceItem marked = driver.byReference(second);
    assertThat(driver.events(marked)).anySatisfy(e -> assertThat(e.event())
        .isInstanceOfSatisfying(JournalEvent.TriageDecided.class, d -> {
          assertThat(d.ground()).isEqualTo(InadmissibleGround.DUPLICATE);
          assertThat(d.duplicateOf()).isEqualTo(first.reference());
          assertThat(d.reason()).contains(first.reference());
        }));
  }

  @Test
  void anInspectorFindsAnItemByAPhraseOfItsContentTypedWithoutAccents() {
    String place = "Ấp " + UUID.randomUUID().toString().substring(0, 6);
    GrievanceItem item = intake.submit(
        new SubmitItemRequest(null, "EQUIPMENT", "Thiếu phương tiện tuần tra ở " + place,
            "Đơn vị chỉ có một xe mô tô đã hỏng, không đủ để tuần tra đường ven biển " + place + ".", null, null),
        UUID.randomUUID().toString(), ProcessDriver.LONG_HOA).item();

    Browser browser = new Browser("http://localhost:" + port);
    try {
      browser.logIn("thanhtra", "Demo@2026!");
      WebElement q = browser.waitFor(By.cssSelector("#grievance-audit-search input[name=q]"));
      q.sendKeys("tuan tra duong ven bien " + place.replace("Ấp", "ap"));
      browser.driver().findElement(By.cssSelector("#grievance-audit-search button[type=submit]")).click();
      WebElement row = browser.waitFor(By.cssSelector("#grievance-audit-results tr[data-reference='" + item.reference() + "']"));
      assertThat(row.getText()).contains("Thiếu phương tiện tuần tra ở " + place);
      assertThat(browser.driver().findElements(By.cssSelector("#grievance-audit-results tbody tr"))).hasSize(1);
      browser.screenshot("find-03-audit-search-without-accents");
    } finally {
      browser.close();
    }
  }

  @Test
  void theOfficerHoldingTriageAttachesAFileInTheStepsTabAndSeesItBesideTheUnits() throws Exception {
    GrievanceItem item = driver.submit("FACILITIES");
    Path scan = java.nio.file.Files.createTempFile("doi-chieu-", ".pdf");
    java.nio.file.Files.write(scan, "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));

    tasklist.at("http://localhost:" + port);
    tasklist.login("tiepnhan");
    tasklist.openFilter("Chờ nhận xử lý");
    tasklist.searchReference(item.reference());
    tasklist.openTask(item.reference(), TRIAGE);
    tasklist.claim();
    tasklist.openFilter("Việc của tôi");
    tasklist.openTask(item.reference(), TRIAGE);
    tasklist.click(tasklist.waiting().until(ExpectedConditions.elementToBeClickable(
        By.xpath("//ul[contains(@class,'nav-tabs')]//a[normalize-space(.)='Tệp đính kèm']"))));
    WebElement input = tasklist.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("grievance-step-file")));
    input.sendKeys(scan.toAbsolutePath().toString());
    tasklist.click(tasklist.waiting().until(ExpectedConditions.elementToBeClickable(By.id("grievance-step-file-send"))));
    tasklist.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("grievance-step-file-status"), "Đã đính kèm"));
    WebElement table = tasklist.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("table#grievance-step-attachments")));
    assertThat(table.getText()).contains(scan.getFileName().toString()).contains("Phân loại, đề xuất hướng xử lý").contains("tiepnhan");
    tasklist.screenshot("find-04-step-attachment-tab");
    assertThat(jdbc.sql("SELECT step_key FROM item_attachment WHERE item_id = ?").param(item.id()).query(String.class).list())
        .containsExactly("userTask_triage");
  }
}
