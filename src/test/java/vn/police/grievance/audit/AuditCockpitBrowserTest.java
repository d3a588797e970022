package vn.police.grievance.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.police.grievance.support.ProcessTestSupport.*;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import vn.police.grievance.item.GrievanceItem;
import vn.police.grievance.support.Browser;
import vn.police.grievance.support.BrowserAvailable;
import vn.police.grievance.support.ProcessDriver;
import vn.police.grievance.support.ResponseRecorder;

/**
 * The inspectors' view in Cockpit, in a real browser: an inspector signs in, opens "Thanh tra hồ
 * sơ", finds an item, reads a finished item's timeline, exports it, verifies the journal, and
 * follows a running item into Cockpit's own instance view, without a single refused request.
 */
@BrowserAvailable
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(ResponseRecorder.class)
class AuditCockpitBrowserTest {

  static final String COCKPIT = "/camunda/app/cockpit/default/";

  @LocalServerPort int port;
  @Autowired ProcessDriver driver;
  @Autowired ResponseRecorder responses;
  @Autowired org.camunda.bpm.engine.TaskService tasks;

  Browser browser;

  @BeforeEach
  void openBrowser() {
    browser = new Browser("http://localhost:" + port);
    responses.clear();
  }

  @AfterEach
  void closeBrowser() {
    browser.close();
  }

  private GrievanceItem finishedItem() {
    GrievanceItem item = driver.submit("FACILITIES");
    driver.complete(item, "userTask_triage", "tiepnhan", sendToDepartment("dept-hau-can"));
    driver.complete(item, "userTask_draftStudy", "cv.haucan", study("ANSWER"));
    driver.complete(item, "userTask_headReview", "tp.haucan", headReturns("Bổ sung dự toán kinh phí"));
    driver.complete(item, "userTask_draftStudy", "cv.haucan", study("ANSWER"));
    driver.complete(item, "userTask_headReview", "tp.haucan", headApproves());
    driver.complete(item, "userTask_leadershipSignOff", "lanhdao", approve());
    driver.runAsyncJobs(item);
    driver.complete(item, "userTask_confirmAnswer", "xa.longhoa", satisfied());
    return item;
  }

  private List<String> timelineTexts() {
    return browser.driver().findElements(By.cssSelector("#grievance-audit-timeline tr.ga-entry")).stream()
        .map(e -> e.getDomProperty("innerText")).toList();
  }

  @Test
  void anInspectorFindsAFinishedItemReadsItsTimelineExportsItAndFollowsARunningOneIntoCockpit() throws Exception {
    GrievanceItem finished = finishedItem();
    GrievanceItem running = driver.submit("EQUIPMENT");
    driver.complete(running, "userTask_triage", "tiepnhan", answerNow("42/2021/NĐ-CP"));

    // an inspector, who has no Tasklist, lands in the audit view after signing in
    browser.logIn("thanhtra", "Demo@2026!");
    assertThat(browser.driver().getCurrentUrl()).endsWith(COCKPIT + "#/audit");
    assertThat(browser.waitFor(By.id("grievance-audit-nav")).getText()).isEqualTo("Thanh tra hồ sơ");

    // search by reference, once the view's first listing (every item, the new ones first) is shown: were
    // it to arrive after the search's answer, the finished item's row would be found among twenty
    browser.waitFor(By.cssSelector("#grievance-audit-results tbody tr"));
    WebElement q = browser.waitFor(By.cssSelector("#grievance-audit-search input[name=q]"));
    q.sendKeys(finished.reference());
    browser.driver().findElement(By.cssSelector("#grievance-audit-search button[type=submit]")).click();
    WebElement row = browser.waitFor(By.cssSelector("#grievance-audit-results tr[data-reference='" + finished.reference() + "']"));
    assertThat(row.getText()).contains("Công an xã Long Hòa").contains("Trụ sở, cơ sở vật chất").contains("Đã kết thúc");
    assertThat(browser.driver().findElements(By.cssSelector("#grievance-audit-results tbody tr"))).hasSize(1);
    browser.screenshot("audit-search");

    // the finished item's timeline
    row.findElement(By.cssSelector("a.ga-open")).click();
    browser.waitFor(By.cssSelector("#grievance-audit-timeline tr.ga-entry"));
    browser.waitUntil(d -> timelineTexts().size() > 20);
    String page = browser.driver().findElement(By.id("grievance-audit-file")).getDomProperty("innerText");
    assertThat(page).contains("Hồ sơ kiến nghị " + finished.reference())
        .contains("Trả lời đã được lãnh đạo duyệt")
        .contains("Lãnh đạo Công an tỉnh (lanhdao)")
        .contains("Các tiến trình của hồ sơ đã kết thúc");
    List<String> lines = timelineTexts();
    assertThat(lines.get(0)).contains("Tiếp nhận kiến nghị").contains("Cán bộ Công an xã Long Hòa");
    assertThat(lines).anySatisfy(l -> assertThat(l).contains("Trưởng phòng trả lại").contains("Lý do: Bổ sung dự toán kinh phí"));
    assertThat(lines).anySatisfy(l -> assertThat(l).contains("Hoàn thành bước xử lý").contains("Đúng hạn"));
    assertThat(lines.get(lines.size() - 1)).contains("Kết thúc quy trình");
    assertThat(browser.driver().findElements(By.cssSelector(".ga-open-instance"))).isEmpty();
    browser.screenshot("audit-file");

    // its exports
    browser.driver().findElement(By.id("grievance-audit-file-csv")).click();
    Path csv = browser.download("ho-so-" + finished.reference() + ".csv");
    byte[] csvBytes = Files.readAllBytes(csv);
    assertThat(Arrays.copyOf(csvBytes, 3)).isEqualTo(AuditCsv.BOM);
    assertThat(new String(csvBytes, StandardCharsets.UTF_8)).contains(finished.reference()).contains("Trưởng phòng trả lại");
    browser.driver().findElement(By.id("grievance-audit-file-pdf")).click();
    Path pdf = browser.download("ho-so-" + finished.reference() + ".pdf");
    assertThat(new String(Arrays.copyOf(Files.readAllBytes(pdf), 5), StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

    // back to the search, which remembers it; dates are typed day first, whatever the browser's language
    browser.driver().findElement(By.linkText("‹ Quay lại tra cứu")).click();
    browser.waitFor(By.cssSelector("#grievance-audit-results tr[data-reference='" + finished.reference() + "']"));
    WebElement from = browser.waitFor(By.cssSelector("#grievance-audit-search input[name=from]"));
    assertThat(from.getDomAttribute("type")).isEqualTo("text");
    assertThat(from.getDomAttribute("placeholder")).isEqualTo("dd/mm/yyyy");
    from.sendKeys("31/02/2026");
    browser.driver().findElement(By.cssSelector("#grievance-audit-search button[type=submit]")).click();
    assertThat(browser.waitFor(By.id("grievance-audit-bad-date")).getText()).startsWith("Ngày không hợp lệ");
    from = browser.waitFor(By.cssSelector("#grievance-audit-search input[name=from]"));
    from.clear();
    from.sendKeys("01/01/2020");
    browser.driver().findElement(By.cssSelector("#grievance-audit-search input[name=to]")).sendKeys("31/12/2099");
    browser.driver().findElement(By.cssSelector("#grievance-audit-search button[type=submit]")).click();
    browser.waitFor(By.cssSelector("#grievance-audit-results tr[data-reference='" + finished.reference() + "']"));
    assertThat(browser.driver().findElement(By.id("grievance-audit-export-pdf")).getDomAttribute("href"))
        .contains("from=2020-01-01").contains("to=2099-12-31");
    browser.driver().findElement(By.id("grievance-audit-export-csv")).click();
    assertThat(Files.readString(browser.download("tra-cuu-kien-nghi-"), StandardCharsets.UTF_8)).contains(finished.reference());
    browser.driver().findElement(By.id("grievance-audit-verify")).click();
    assertThat(browser.waitFor(By.id("grievance-audit-chain")).getText()).startsWith("Nhật ký toàn vẹn");

    // a running item links to the engine's own instance view
    browser.open(COCKPIT + "#/audit/" + running.reference());
    browser.waitFor(By.cssSelector(".ga-open-instance")).click();
    browser.waitUntil(d -> d.getCurrentUrl().contains("#/process-instance/" + running.processInstanceId()));
    browser.waitFor(By.cssSelector(".djs-container"));
    // read only: no button of Cockpit's that would change the instance
    browser.waitUntil(d -> {
      try {
        return d.findElements(By.cssSelector(
                ".ctn-toolbar .btn-toolbar, [ng-click^=enableEditMode], [ng-click^=deleteVariable], .cam-table td.actions"))
            .stream().noneMatch(WebElement::isDisplayed);
      } catch (StaleElementReferenceException rerendered) {
        return false;
      }
    });
    browser.screenshot("audit-running-instance");

    assertThat(responses.failures()).as("requests refused or failed while the inspector worked")
        .filteredOn(f -> f.status() != 404 || f.path().startsWith("/api/"))
        .isEmpty();

    // the leadership, whom the engine would let edit variables, is not offered Cockpit's buttons either
    browser.logIn("lanhdao", "Demo@2026!");
    // the instance's variables are listed (their rows carry Cockpit's edit buttons) before the
    // buttons are checked; a page that has not listed them after a minute is opened once more
    By variableRow = By.xpath("//table[contains(@class,'cam-table')]//td[normalize-space(.)='category']");
    for (int attempt = 1; ; attempt++) {
      browser.open(COCKPIT + "#/process-instance/" + running.processInstanceId() + "/runtime");
      try {
        browser.waitUntil(d -> !d.findElements(variableRow).isEmpty());
        break;
      } catch (org.openqa.selenium.TimeoutException notListedYet) {
        browser.screenshot("audit-running-instance-leadership-attempt-" + attempt);
        if (attempt == 3) {
          throw notListedYet;
        }
        browser.driver().navigate().refresh();
      }
    }
    browser.waitUntil(d -> {
      try {
        return d.findElements(By.cssSelector(
                ".ctn-toolbar .btn-toolbar, [ng-click^=enableEditMode], [ng-click^=deleteVariable], .cam-table td.actions"))
            .stream().noneMatch(WebElement::isDisplayed);
      } catch (StaleElementReferenceException rerendered) {
        return false;
      }
    });
    browser.screenshot("audit-running-instance-leadership");

    // Cockpit's own words and dates: an empty tenant reads "Không có", not "null"; a step's dates
    // read day/month/year in Vietnam's time, whatever the browser's time zone (UTC in CI)
    browser.waitUntil(d -> d.findElements(By.cssSelector("dd.tenant-id")).stream()
        .anyMatch(e -> e.isDisplayed() && "Không có".equals(e.getText().trim())));
    assertThat(browser.driver().findElement(By.xpath("//dd[contains(@class,'tenant-id')]/..")).getText())
        .as("the instance's information column").doesNotContain("null");
    java.util.Date created = tasks.createTaskQuery().processInstanceId(running.processInstanceId()).singleResult().getCreateTime();
    String createdAsRead = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss")
        .withZone(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).format(created.toInstant());
    browser.open(COCKPIT + "#/process-instance/" + running.processInstanceId() + "/runtime?tab=user-tasks-tab");
    browser.waitUntil(d -> d.findElements(By.cssSelector("td.created")).stream()
        .anyMatch(e -> createdAsRead.equals(e.getText().trim())));
    assertThat(browser.driver().getPageSource()).doesNotContainPattern(">\\s*\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}");
    browser.screenshot("audit-running-instance-user-tasks");
  }
}
