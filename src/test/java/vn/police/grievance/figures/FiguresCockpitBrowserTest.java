package vn.police.grievance.figures;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import vn.police.grievance.intake.IntakeService;
import vn.police.grievance.support.Browser;
import vn.police.grievance.support.BrowserAvailable;
import vn.police.grievance.support.ProcessDriver;
import vn.police.grievance.support.ResponseRecorder;

/**
 * The leader's dashboard in Cockpit, in a real browser, on the known items ({@link KnownItems}):
 * the start page's summary, the dashboard, a new period, a drill-down to the items behind a figure
 * and on to an item's file, and the period's report downloaded as XLSX and PDF and read back.
 */
@BrowserAvailable
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestPropertySource(properties = {
    "spring.datasource.url=jdbc:h2:mem:figures-browser;DB_CLOSE_DELAY=-1",
    "spring.datasource.username=sa",
    "spring.datasource.password="})
@Import(ResponseRecorder.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FiguresCockpitBrowserTest {

  static final String COCKPIT = "/camunda/app/cockpit/default/";

  @LocalServerPort int port;
  @Autowired ProcessDriver driver;
  @Autowired IntakeService intake;
  @Autowired JdbcClient jdbc;
  @Autowired ResponseRecorder responses;
  @Autowired TestRestTemplate http;
  @Autowired ObjectMapper json;

  KnownItems known;

  @BeforeAll
  void driveTheKnownItems() {
    known = new KnownItems(driver, intake, jdbc);
    known.drive();
  }

  @AfterAll
  void resetClock() {
    ClockUtil.reset();
  }

  /** The element's text as rendered, whitespace collapsed; parts of the page scrolled out of view included. */
  private String text(String id) {
    return browser.driver().findElement(By.id(id)).getDomProperty("innerText").replaceAll("\\s+", " ").trim();
  }

  Browser browser;

  /** Types into a field as an officer would, replacing what it held. */
  private void type(String id, String value) {
    var field = browser.driver().findElement(By.id(id));
    field.clear();
    field.sendKeys(value);
  }

  /** Clicks what may be below the fold of Cockpit's view, once it is on the page. */
  private void click(By locator) {
    browser.waitUntil(d -> !d.findElements(locator).isEmpty());
    var element = browser.driver().findElement(locator);
    ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    element.click();
  }

  @Test
  void theLeaderOpensTheDashboardChangesThePeriodDrillsDownAndDownloadsTheReport() throws Exception {
    KnownItems.atNow();
    responses.clear();
    browser = new Browser("http://localhost:" + port);
    try {
      browser.logIn("lanhdao", "Demo@2026!");

      // Cockpit's start page: the summary, in Vietnamese, from the default period (January to today)
      browser.open(COCKPIT + "#/dashboard");
      browser.waitFor(By.id("gf-summary-open"));
      String summary = text("grievance-figures-summary");
      assertThat(summary).contains("Số liệu kiến nghị (01/01/2027 – 22/03/2027)").contains("Đang xử lý")
          .contains("Bước quá hạn");
      browser.screenshot("figures-start-page");

      // the dashboard
      browser.driver().findElement(By.id("gf-summary-open")).click();
      browser.waitFor(By.id("gf-open"));
      assertThat(text("gf-open")).startsWith("5");
      assertThat(text("gf-received")).as("A to F since January").startsWith("6");
      assertThat(text("gf-overdue")).startsWith("2");

      // another period: March alone, typed day/month/year whatever the browser's language
      assertThat(browser.driver().findElement(By.id("gf-from")).getDomAttribute("type")).isEqualTo("text");
      assertThat(browser.driver().findElement(By.id("gf-from")).getDomAttribute("placeholder")).isEqualTo("dd/mm/yyyy");
      type("gf-from", "31/02/2027");
      browser.driver().findElement(By.id("gf-apply")).click();
      browser.waitUntil(d -> d.findElement(By.id("gf-bad-date")).isDisplayed());
      assertThat(text("gf-bad-date")).contains("Ngày không hợp lệ");
      type("gf-from", "01/03/2027");
      type("gf-to", "31/03/2027");
      browser.driver().findElement(By.id("gf-apply")).click();
      browser.waitUntil(d -> "2027-03-01".equals(
          d.findElement(By.id("gf-period")).getDomAttribute("data-from")) && text("gf-received").startsWith("5"));
      assertThat(text("gf-period")).contains("01/03/2027 – 31/03/2027").contains("Toàn tỉnh");
      assertThat(text("gf-answered")).startsWith("3");
      assertThat(text("gf-late")).startsWith("5");
      assertThat(text("gf-reopen")).startsWith("33,3%");
      assertThat(text("gf-on-time")).contains("Lãnh đạo duyệt trả lời 3 1 66,7%");
      assertThat(text("gf-answer-overall")).isEqualTo("Số kiến nghị: 3 · Trung vị: 4 · Phân vị 90: 10");
      assertThat(text("gf-conferences")).contains("HN-2027-001");
      assertThat(browser.driver().findElements(By.cssSelector("#gf-trend-weeks tbody tr"))).hasSize(5);
      browser.screenshot("figures-dashboard");

      // drill down: the reopened items of the period, then on to the item's file
      browser.driver().findElement(By.cssSelector("#gf-reopen a.gf-drill")).click();
      browser.waitFor(By.cssSelector("#gf-items-total[data-total='1']"));
      browser.waitFor(By.cssSelector("#grievance-figures-drill tr[data-reference='" + known.b.reference() + "']"));
      browser.screenshot("figures-drill-down");
      browser.driver().findElement(By.cssSelector("tr[data-reference='" + known.b.reference() + "'] a.gf-file")).click();
      browser.waitUntil(d -> d.findElements(By.id("grievance-audit-file")).size() == 1
          && d.findElement(By.id("grievance-audit-file")).getText().contains("Hồ sơ kiến nghị " + known.b.reference()));

      // and the overdue steps of the sign-off, from a bar of the chart of the dashboard
      browser.open(COCKPIT + "#/figures");
      browser.waitUntil(d -> "2027-03-01".equals(d.findElement(By.id("gf-period")).getDomAttribute("data-from")));
      assertThat(browser.driver().findElement(By.id("gf-from")).getDomProperty("value"))
          .as("the remembered period, shown day/month/year").isEqualTo("01/03/2027");
      browser.driver().findElement(By.cssSelector("#gf-steps tr[data-step='SIGN_OFF'] a.gf-drill[data-figure='OVERDUE']")).click();
      browser.waitFor(By.cssSelector("#grievance-figures-drill tr[data-reference='" + known.f.reference() + "']"));
      assertThat(text("grievance-figures-drill")).contains("Lãnh đạo duyệt trả lời").contains("08/03/2027 09:00");
      browser.driver().findElement(By.id("gf-back")).click();

      // the period's report, as a workbook and as a document
      click(By.id("gf-report-xlsx"));
      byte[] xlsx = Files.readAllBytes(browser.download("bao-cao-2027-03-01-den-2027-03-31.xlsx"));
      JsonNode dashboard = json.readTree(http.withBasicAuth("lanhdao", "Demo@2026!")
          .getForObject("/api/figures/dashboard?from=2027-03-01&to=2027-03-31", String.class));
      ReportReading.checkWorkbook(xlsx, dashboard);
      click(By.id("gf-report-pdf"));
      String pdf = ReportReading.pdfText(Files.readAllBytes(browser.download("bao-cao-2027-03-01-den-2027-03-31.pdf")));
      assertThat(pdf).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").contains("đã tiếp nhận 5 kiến nghị")
          .contains(known.f.reference());

      assertThat(responses.failures()).as("requests refused or failed while the leader worked")
          .filteredOn(f -> f.status() != 404 || f.path().startsWith("/api/"))
          .isEmpty();
    } finally {
      browser.close();
    }
  }
}
