package vn.police.grievance.regulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import vn.police.grievance.support.Browser;
import vn.police.grievance.support.BrowserAvailable;

/**
 * The administration page in a real browser: the reception office sees only the regulation
 * catalogue, adds a document and sees it listed, retires it; an administrator reads the change in
 * the journal.
 */
@BrowserAvailable
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext
class AdminPageBrowserTest {

  static final String PASSWORD = "Demo@2026!";
  static Browser browser;

  @LocalServerPort int port;

  @BeforeEach
  void open() {
    if (browser == null) {
      browser = new Browser("http://localhost:" + port);
    }
  }

  @AfterAll
  static void close() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void theReceptionOfficeAddsARegulationAndSeesItListedAndTheAdministratorReadsTheJournal() {
    WebDriver driver = browser.driver();
    String code = "TRANG-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase() + "/2026/CAT";
    signIn("tiepnhan");
    browser.open("/quan-tri/");
    browser.waitFor(By.id("regulation-add-form"));
    // the reception office keeps the catalogue only: no links to units, deadlines or the journal
    assertThat(driver.findElements(By.cssSelector("#sections [data-admin]"))).isEmpty();

    WebElement form = driver.findElement(By.id("regulation-add-form"));
    form.findElement(By.name("code")).sendKeys(code);
    form.findElement(By.name("issuingBody")).sendKeys("Công an tỉnh");
    form.findElement(By.name("title")).sendKeys("Hướng dẫn bảo quản phương tiện (thử trên trình duyệt)");
    form.findElement(By.cssSelector("input[name=categories][value=EQUIPMENT]")).click();
    form.findElement(By.cssSelector("button[type=submit]")).click();

    By row = By.cssSelector("#regulations tr[data-code='" + code + "']");
    browser.waitUntil(d -> textOf(By.cssSelector("#status .message")).equals("Đã thêm văn bản vào danh mục."));
    browser.waitUntil(d -> textOf(row).contains("Hướng dẫn bảo quản phương tiện (thử trên trình duyệt)"));
    assertThat(textOf(row)).contains("Còn hiệu lực");

    click(By.cssSelector("#regulations tr[data-code='" + code + "'] [data-action=retire]"));
    browser.waitUntil(d -> textOf(row).contains("Ngừng sử dụng"));

    signIn("quantri");
    browser.open("/quan-tri/#/nhat-ky");
    browser.waitUntil(d -> textOf(By.id("journal")).contains(code));
    assertThat(textOf(By.id("journal"))).contains("tiepnhan").contains("Ngừng sử dụng").contains("Thêm");
  }

  private void signIn(String user) {
    browser.logIn(user, PASSWORD);
  }

  private String textOf(By locator) {
    try {
      List<WebElement> found = browser.driver().findElements(locator);
      return found.isEmpty() ? "" : found.get(0).getText().trim();
    } catch (StaleElementReferenceException redrawn) {
      return "";
    }
  }

  private void click(By locator) {
    browser.waitUntil(d -> {
      try {
        List<WebElement> found = d.findElements(locator);
        if (found.isEmpty() || !found.get(0).isDisplayed() || !found.get(0).isEnabled()) {
          return false;
        }
        found.get(0).click();
        return true;
      } catch (StaleElementReferenceException | org.openqa.selenium.ElementClickInterceptedException e) {
        return false;
      }
    });
  }
}
