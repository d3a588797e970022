package vn.police.grievance.conference;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import vn.police.grievance.support.Browser;
import vn.police.grievance.support.BrowserAvailable;

/**
 * The listening conference in a real browser: the secretary plans it, opens the session, records
 * what units raise from the keyboard only and imports a prepared list (one with a bad row first,
 * refused whole), records an answer given on the spot and an assignment; the chair confirms the
 * answer; the secretary ends the session and drafts the notice; the chair approves it; the PDF's
 * text and the DOCX are read back; the unit sees its answer; the board shows the figures.
 * Screenshots for the README land in target/screenshots/.
 */
@BrowserAvailable
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext
class ConferenceBrowserTest {

  static final String PASSWORD = "Demo@2026!";
  static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  static Browser browser;

  @LocalServerPort int port;
  @Autowired ManagementService management;
  @Autowired vn.police.grievance.notification.Notifications notifications;

  @org.junit.jupiter.api.BeforeEach
  void open() {
    // the base URL is known once the server has its port
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
  void theSecretaryHoldsAConferenceTheChairAnswersAndConcludesAndTheUnitReadsItsAnswer() throws Exception {
    WebDriver driver = browser.driver();

    // --- the secretary plans ---------------------------------------------------------------
    signIn("tiepnhan");
    browser.open("/hoi-nghi/#/moi");
    browser.waitFor(By.id("plan-form"));
    String title = "Hội nghị lắng nghe ý kiến Công an xã, phường quý IV";
    WebElement titleInput = driver.findElement(By.name("title"));
    titleInput.clear();
    titleInput.sendKeys(title);
    js("document.querySelector('[name=startsAt]').value = arguments[0];",
        LocalDate.now(VIETNAM).plusDays(1) + "T08:00");
    new Select(driver.findElement(By.name("chairId"))).selectByValue("lanhdao");
    WebElement chairTitle = driver.findElement(By.name("chairTitle"));
    chairTitle.clear();
    chairTitle.sendKeys("Phó Giám đốc");
    new Select(driver.findElement(By.name("secretaryId"))).selectByValue("tiepnhan");
    driver.findElement(By.name("venue")).sendKeys("Hội trường Công an tỉnh");
    driver.findElement(By.name("bridgePoints")).sendKeys("Công an xã Long Hòa\nCông an xã Phước Lâm");
    for (WebElement unit : driver.findElements(By.cssSelector("#invited-units input[type=checkbox]"))) {
      if (List.of("cax-long-hoa", "cax-phuoc-lam").contains(unit.getAttribute("value"))) {
        unit.click();
      }
    }
    browser.screenshot("conference-1-plan");
    driver.findElement(By.cssSelector("#plan-form button[type=submit]")).click();
    browser.waitUntil(d -> textOf(By.id("conference-status")).equals("Đã lên kế hoạch"));
    String conferenceUrl = driver.getCurrentUrl();

    // --- the session: keyboard-only entry ----------------------------------------------------
    click(By.id("open-session"));
    browser.waitUntil(d -> textOf(By.id("conference-status")).equals("Đang họp"));
    browser.waitFor(By.id("entry-form"));
    enterByKeyboard("Công an xã Long Hòa", "Trụ sở", "Trụ sở làm việc xuống cấp", "Mái dột, tường nứt.", "Đề nghị sửa chữa");
    waitForItems(1);
    enterByKeyboard("Công an xã Phước Lâm", "Biên chế", "Thiếu cán bộ điều tra", "Chỉ có 01 điều tra viên.", "Bổ sung biên chế");
    waitForItems(2);
    enterByKeyboard("Công an xã Phước Lâm", "Chế độ báo cáo", "Quá nhiều báo cáo chuyên đề", "Mỗi tuần 6 báo cáo.", "");
    waitForItems(3);

    // --- an import with a bad row is refused whole, a good one is taken --------------------
    Path bad = xlsx("danh-sach-loi", List.of(
        List.of("Công an xã Long Hòa", "Phương tiện, trang thiết bị", "Thiếu máy tính", "Máy tính cũ hỏng.", ""),
        List.of("Công an xã Không Có", "Khác", "Đơn vị sai", "Dòng này sai đơn vị.", "")));
    upload(bad);
    browser.waitUntil(d -> textOf(By.id("status")).contains("Dòng 3"));
    assertThat(textOf(By.id("status"))).contains("Không nhập được tệp", "Đơn vị");
    assertThat(itemRows()).hasSize(3);
    browser.screenshot("conference-2-import-refused");
    Path good = xlsx("danh-sach", List.of(
        List.of("Công an xã Long Hòa", "Phương tiện, trang thiết bị", "Thiếu máy tính", "Máy tính cũ hỏng.", "Cấp máy tính"),
        List.of("Công an xã Phước Lâm", "Phụ cấp, chế độ chính sách", "Phụ cấp lực lượng bảo vệ", "Mức phụ cấp thấp.", "")));
    upload(good);
    waitForItems(5);

    // --- on-the-spot answer and an assignment ------------------------------------------------
    openDecision(1, "answer");
    fill("[data-form=answer] [name=answer]", "Năm 2027 bố trí kinh phí sửa chữa trụ sở.");
    fill("[data-form=answer] [name=regulationCodes]", "42/2021/NĐ-CP");
    click(By.cssSelector("[data-form=answer] button[type=submit]"));
    browser.waitUntil(d -> rowText(1).contains("chờ chủ trì xác nhận"));
    openDecision(2, "assign");
    new Select(browser.waitFor(By.cssSelector("[data-form=assign] [name=departmentId]"))).selectByValue("dept-to-chuc-can-bo");
    js("document.querySelector('[data-form=assign] [name=deadline]').value = arguments[0];",
        LocalDate.now(VIETNAM).plusDays(30).toString());
    fill("[data-form=assign] [name=direction]", "Rà soát, đề xuất bổ sung biên chế.");
    click(By.cssSelector("[data-form=assign] button[type=submit]"));
    browser.waitUntil(d -> rowText(2).contains("Giao Phòng Tổ chức cán bộ"));
    js("document.getElementById('items').scrollIntoView();");
    browser.screenshot("conference-3-session");
    assertThat(textOf(By.id("items"))).doesNotContain("null", "undefined").contains("Chưa kết luận");

    // --- the chair confirms the answer -------------------------------------------------------
    signIn("lanhdao");
    driver.get(conferenceUrl);
    browser.waitUntil(d -> rowText(1).contains("chờ chủ trì xác nhận"));
    click(By.cssSelector("#items tr[data-item] [data-action=confirm]"));
    browser.waitUntil(d -> rowText(1).contains("đã xác nhận"));
    runDeliveries();
    browser.screenshot("conference-4-chair-confirms");

    // --- the secretary ends the session and drafts the notice --------------------------------
    signIn("tiepnhan");
    driver.get(conferenceUrl);
    click(By.id("end-session"));
    browser.waitUntil(d -> textOf(By.id("conference-status")).equals("Đang kết luận"));
    assertThat(rowText(2)).contains("Phòng chức năng đang nghiên cứu");
    assertThat(rowText(3)).contains("Đang phân loại");
    fill("#conclusions", "Các phòng chức năng khẩn trương giải quyết; báo cáo kết quả trước ngày 30 hằng tháng.");
    click(By.id("submit-conclusions"));
    browser.waitUntil(d -> textOf(By.id("status")).contains("Đã trình chủ trì"));

    // --- the chair approves: the notice is issued --------------------------------------------
    signIn("lanhdao");
    driver.get(conferenceUrl);
    browser.waitFor(By.id("approve-notice"));
    browser.screenshot("conference-5-approve-notice");
    click(By.id("approve-notice"));
    browser.waitUntil(d -> textOf(By.id("conference-status")).equals("Đang theo dõi thực hiện"));
    String number = textOf(By.id("notice-number")).replace("Số ", "");
    assertThat(number).matches("\\d+/TB-CAT");

    click(By.id("notice-pdf"));
    String pdf = pdfText(browser.download("thong-bao-ket-luan-", ".pdf"));
    assertThat(pdf).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Số: " + number,
        "THÔNG BÁO", "Trụ sở làm việc xuống cấp", "Năm 2027 bố trí kinh phí sửa chữa trụ sở",
        "Phòng Tổ chức cán bộ", "Thiếu máy tính", "báo cáo kết quả trước ngày 30 hằng tháng", "Nơi nhận", "PHÓ GIÁM ĐỐC");
    driver.get(conferenceUrl);
    click(By.id("notice-docx"));
    String docx = docxText(browser.download("thong-bao-ket-luan-", ".docx"));
    assertThat(docx).contains("Số: " + number, "THÔNG BÁO", "Thiếu cán bộ điều tra", "Nơi nhận");

    // --- the board ---------------------------------------------------------------------------
    click(By.id("board-link"));
    browser.waitUntil(d -> textOf(By.cssSelector("#count-raised b")).equals("5"));
    assertThat(textOf(By.cssSelector("#count-answered b"))).isEqualTo("1");
    assertThat(textOf(By.cssSelector("#count-assigned b"))).isEqualTo("1");
    browser.screenshot("conference-6-board");

    // --- the unit reads its answer -----------------------------------------------------------
    signIn("xa.longhoa");
    driver.get(conferenceUrl);
    browser.waitUntil(d -> itemRows().size() == 2);
    assertThat(rowText(1)).contains("Năm 2027 bố trí kinh phí sửa chữa trụ sở", "Đã trả lời");
    browser.screenshot("conference-7-unit");

    // --- the unit's own view: its items, the answer, its notices read and unread -------------
    browser.open("/don-vi/");
    browser.waitUntil(d -> d.findElements(By.cssSelector("#unit-items tr[data-reference]")).size() >= 2);
    assertThat(textOf(By.id("unit-items"))).contains("Trụ sở làm việc xuống cấp", "Thiếu máy tính", "Đã trả lời");
    browser.waitUntil(d -> !textOf(By.id("unread")).isEmpty());
    int unread = Integer.parseInt(textOf(By.id("unread")));
    assertThat(unread).as("a notice of each reference and of the answer").isGreaterThanOrEqualTo(3);
    click(By.linkText(firstReferenceOf("Trụ sở làm việc xuống cấp")));
    browser.waitUntil(d -> textOf(By.id("item-answer")).contains("Năm 2027 bố trí kinh phí sửa chữa trụ sở"));
    // the unit backs its item with a scan
    Path scan = Files.createDirectories(Path.of("target", "conference-imports")).resolve("bien-ban-" + System.nanoTime() + ".pdf");
    Files.write(scan, "%PDF-1.4\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    browser.waitUntil(d -> !d.findElements(By.id("attach-file")).isEmpty());
    browser.driver().findElement(By.id("attach-file")).sendKeys(scan.toAbsolutePath().toString());
    browser.waitUntil(d -> textOf(By.id("attach-file-name")).equals(scan.getFileName().toString()));
    click(By.id("attach-submit"));
    browser.waitUntil(d -> textOf(By.id("attachments")).contains(scan.getFileName().toString()));
    browser.screenshot("unit-1-item");
    // a notice that names an office by its id (as the deadline's notices do) reads its name
    notifications.send("cax-long-hoa", null, "ESCALATION", "Quá hạn bước \"Phân loại\" (đơn vị chịu trách nhiệm: reception)");
    browser.open("/don-vi/#/thong-bao");
    browser.waitUntil(d -> textOf(By.id("notices")).contains("Đã tiếp nhận kiến nghị"));
    browser.waitUntil(d -> textOf(By.id("notices")).contains("(đơn vị chịu trách nhiệm: Bộ phận tiếp nhận – Phòng Tham mưu)"));
    assertThat(textOf(By.id("notices"))).doesNotContain("reception");
    browser.screenshot("unit-2-notices");
    click(By.id("read-all"));
    browser.waitUntil(d -> textOf(By.id("unread")).isEmpty());
    assertThat(browser.driver().findElements(By.cssSelector("#notices tr.unread"))).isEmpty();
  }

  /** The reference of the unit's item with this title, as its list shows it. */
  private String firstReferenceOf(String title) {
    for (WebElement row : browser.driver().findElements(By.cssSelector("#unit-items tr[data-reference]"))) {
      if (row.getText().contains(title)) {
        return row.getAttribute("data-reference");
      }
    }
    throw new AssertionError("no item titled " + title);
  }

  @Test
  void tasklistLinksTheApplicationsPagesAndSigningOutLeavesTheWebappForTheSignInPage() {
    // a unit lands in Tasklist; Tasklist first draws its own page, then its header's plugins
    signIn("xa.longhoa");
    browser.waitUntil(d -> d.getCurrentUrl().contains("/camunda/app/tasklist/"));
    browser.waitFor(By.cssSelector(".task-filters .task-filter"));
    browser.waitUntil(d -> !d.findElements(By.id("grievance-app-link")).isEmpty());
    assertThat(textOf(By.id("grievance-app-link"))).startsWith("Kiến nghị");
    // the header stays on one line: a second line would cover the top of the filter list
    Object headerHeight = js("return document.querySelector('[cam-widget-header]').getBoundingClientRect().height;");
    assertThat(((Number) headerHeight).doubleValue()).isLessThan(80);
    // what the webapp's "Đăng xuất" sends: its sign-out request, with the webapp's CSRF token
    js("var x = new XMLHttpRequest(); x.open('POST', '/camunda/api/admin/auth/user/default/logout');"
        + " var t = document.cookie.match(/XSRF-TOKEN=([^;]+)/); if (t) { x.setRequestHeader('X-XSRF-TOKEN', t[1]); }"
        + " x.send();");
    browser.waitUntil(d -> d.getCurrentUrl().contains("/login?logout"));
    assertThat(textOf(By.id("login-message"))).isEqualTo("Bạn đã đăng xuất.");
    assertThat(textOf(By.tagName("h1"))).isEqualTo("Đăng nhập");
  }

  @Test
  void theReceptionOfficeAddsEditsAndRetiresAnAnswerTemplateInItsPage() {
    signIn("tiepnhan");
    browser.open("/mau-tra-loi/");
    browser.waitFor(By.id("add-form"));
    String title = "Mẫu phụ cấp " + System.nanoTime();
    new Select(browser.driver().findElement(By.cssSelector("#add-form [name=category]"))).selectByValue("ALLOWANCES");
    fill("#add-form [name=regulationCode]", "30/2023/QH15");
    fill("#add-form [name=title]", title);
    fill("#add-form [name=body]", "Mức phụ cấp thực hiện theo Luật Lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở.");
    click(By.cssSelector("#add-form button[type=submit]"));
    browser.waitUntil(d -> textOf(By.id("templates")).contains(title));
    click(By.xpath("//tr[td[contains(., '" + title + "')]]//button[@data-action='edit']"));
    fill("#edit-form [name=body]", "Mức phụ cấp do Hội đồng nhân dân tỉnh quyết định.");
    click(By.cssSelector("#edit-form button[type=submit]"));
    browser.waitUntil(d -> textOf(By.id("status")).contains("Đã lưu phiên bản mới"));
    assertThat(textOf(By.id("templates"))).contains("Mức phụ cấp do Hội đồng nhân dân tỉnh quyết định.");
    browser.screenshot("templates-1-list");
    click(By.xpath("//tr[td[contains(., '" + title + "')]]//button[@data-action='retire']"));
    browser.waitUntil(d -> !textOf(By.id("templates")).contains(title));
    browser.open("/mau-tra-loi/#/tat-ca");
    browser.waitUntil(d -> textOf(By.id("templates")).contains(title) && textOf(By.id("templates")).contains("Đã ngừng dùng"));
  }

  // --- helpers ---------------------------------------------------------------------------------

  private void signIn(String user) {
    browser.openLoginPageWithoutSession();
    // the webapps keep list settings per browser; every officer starts clean
    js("window.localStorage.clear(); window.sessionStorage.clear();");
    browser.logIn(user, PASSWORD);
  }

  /** One item, typed as the secretary would: focus starts on the unit, Tab moves on, Enter records. */
  private void enterByKeyboard(String unit, String category, String title, String content, String proposal) {
    browser.waitUntil(d -> {
      WebElement active = d.switchTo().activeElement();
      return "entry-unit".equals(active.getAttribute("id"));
    });
    WebDriver d = browser.driver();
    d.switchTo().activeElement().sendKeys(unit);
    d.switchTo().activeElement().sendKeys(Keys.TAB);
    d.switchTo().activeElement().sendKeys(category);
    d.switchTo().activeElement().sendKeys(Keys.TAB);
    d.switchTo().activeElement().sendKeys(title, Keys.TAB);
    d.switchTo().activeElement().sendKeys(content, Keys.TAB);
    d.switchTo().activeElement().sendKeys(proposal, Keys.ENTER);
  }

  private void waitForItems(int count) {
    browser.waitUntil(d -> itemRows().size() == count && textOf(By.id("status")).contains("Đã ghi nhận ý kiến " + count)
        || itemRows().size() == count && textOf(By.id("status")).contains("Đã nhập"));
  }

  private List<WebElement> itemRows() {
    return browser.driver().findElements(By.cssSelector("#items tr[data-item]"));
  }

  /** The text of the item at a position, read afresh (the table is redrawn after every change). */
  private String rowText(int position) {
    try {
      for (WebElement row : itemRows()) {
        if (row.findElement(By.cssSelector("td")).getText().trim().equals(Integer.toString(position))) {
          return row.getText();
        }
      }
      return "";
    } catch (StaleElementReferenceException redrawn) {
      return "";
    }
  }

  private void openDecision(int position, String action) {
    browser.waitUntil(d -> {
      try {
        for (WebElement row : itemRows()) {
          if (row.findElement(By.cssSelector("td")).getText().trim().equals(Integer.toString(position))) {
            row.findElement(By.cssSelector("[data-action=" + action + "]")).click();
            return true;
          }
        }
        return false;
      } catch (StaleElementReferenceException redrawn) {
        return false;
      }
    });
    browser.waitFor(By.cssSelector("[data-form=" + (action.equals("assign") ? "assign" : action) + "]"));
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

  private void fill(String css, String text) {
    WebElement input = browser.waitFor(By.cssSelector(css));
    input.clear();
    input.sendKeys(text);
  }

  private Object js(String script, Object... args) {
    return ((JavascriptExecutor) browser.driver()).executeScript(script, args);
  }

  private void upload(Path file) {
    // the file input itself is invisible behind its Vietnamese label: it is there, not shown
    browser.waitUntil(d -> !d.findElements(By.id("import-file")).isEmpty());
    browser.driver().findElement(By.id("import-file")).sendKeys(file.toAbsolutePath().toString());
    browser.waitUntil(d -> textOf(By.id("import-file-name")).equals(file.getFileName().toString()));
    click(By.id("import-submit"));
  }

  /** Delivery after a confirmation is an asynchronous job; the job executor is off in tests. */
  private void runDeliveries() {
    for (Job job : management.createJobQuery().messages().list()) {
      management.executeJob(job.getId());
    }
  }

  private static Path xlsx(String name, List<List<String>> rows) throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      XSSFSheet sheet = workbook.createSheet("Kiến nghị");
      List<String> headers = List.of("Đơn vị", "Lĩnh vực", "Tiêu đề", "Nội dung", "Đề xuất");
      var header = sheet.createRow(0);
      for (int i = 0; i < headers.size(); i++) {
        header.createCell(i).setCellValue(headers.get(i));
      }
      for (int r = 0; r < rows.size(); r++) {
        var row = sheet.createRow(r + 1);
        for (int i = 0; i < rows.get(r).size(); i++) {
          row.createCell(i).setCellValue(rows.get(r).get(i));
        }
      }
      workbook.write(out);
      Path file = Files.createDirectories(Path.of("target", "conference-imports")).resolve(name + "-" + System.nanoTime() + ".xlsx");
      Files.write(file, out.toByteArray());
      return file;
    }
  }

  private static String pdfText(Path file) throws IOException {
    try (PDDocument document = Loader.loadPDF(file.toFile())) {
      // lines wrap wherever the layout breaks them: compare words, not lines
      return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }
  }

  private static String docxText(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file); XWPFDocument document = new XWPFDocument(in)) {
      String paragraphs = document.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
      String tables = document.getTables().stream().map(t -> t.getText()).collect(Collectors.joining("\n"));
      return paragraphs + "\n" + tables;
    }
  }
}
