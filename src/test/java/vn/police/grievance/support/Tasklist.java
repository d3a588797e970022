package vn.police.grievance.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Camunda Tasklist as an officer uses it, in headless Chromium: log in, pick a filter, open a
 * task, claim it, fill its form, complete it; open the start form. Elements are found by what
 * the officer reads (Vietnamese labels) or by the ids our forms give their fields (form-js renders
 * a field {@code field_title} with the id {@code fjs-form-<random>-field_title}).
 */
public final class Tasklist implements AutoCloseable {

  public static final String PASSWORD = "Demo@2026!";

  static final Duration TIMEOUT = Duration.ofSeconds(20);
  static final Dimension WINDOW = new Dimension(1400, 1000);

  private final ChromeDriverService service;
  private final ChromeDriver driver;
  private final WebDriverWait wait;
  private final Path screenshots;
  private String baseUrl;

  private Tasklist(ChromeDriverService service, ChromeDriver driver, Path screenshots) {
    this.service = service;
    this.driver = driver;
    // Tasklist re-renders its list and panels whenever it reloads them (after a search, a claim,
    // its own polling): an element found a moment ago may be gone. Every wait looks again.
    this.wait = new WebDriverWait(driver, TIMEOUT, Duration.ofMillis(100));
    this.wait.ignoring(StaleElementReferenceException.class);
    this.screenshots = screenshots;
  }

  /**
   * Starts Debian's Chromium through its own driver, both given by path so that Selenium never
   * looks for (or downloads) a browser. Vietnamese language, Vietnamese time zone.
   */
  public static Tasklist start(Path screenshots) {
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(BrowserCondition.chromedriver().toFile())
            .usingAnyFreePort()
            .withEnvironment(Map.of("TZ", "Asia/Ho_Chi_Minh"))
            .build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(BrowserCondition.chromium().toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--lang=vi",
        "--window-size=" + WINDOW.width + "," + WINDOW.height);
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "vi,en"));
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().window().setSize(WINDOW);
    return new Tasklist(service, driver, screenshots);
  }

  public Tasklist at(String baseUrl) {
    this.baseUrl = baseUrl;
    return this;
  }

  public WebDriver driver() {
    return driver;
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      service.stop();
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Logging in and finding work

  /** Logs in on the application's login page and lands in Tasklist, as the given user only. */
  public void login(String user) {
    Browser.openLoginPageWithoutSession(driver, baseUrl);
    // Tasklist keeps drafts and list settings per browser; every officer starts clean
    ((JavascriptExecutor) driver).executeScript("window.localStorage.clear(); window.sessionStorage.clear();");
    driver.findElement(By.name("username")).sendKeys(user);
    driver.findElement(By.name("password")).sendKeys(PASSWORD);
    driver.findElement(By.cssSelector("button[type=submit]")).click();
    wait.until(ExpectedConditions.urlContains("/camunda/app/tasklist/"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".task-filters .task-filter")));
  }

  /** The names of the filters in the left column, in their order. */
  public List<String> filterNames() {
    return driver.findElements(By.cssSelector(".task-filters .task-filter h4 a")).stream()
        // the open filter shows its task count after the name
        .map(a -> a.getText().replaceAll("\\s*\\(?\\d+\\)?\\s*$", "").trim())
        .toList();
  }

  public void openFilter(String name) {
    By filter = By.xpath("//div[contains(@class,'task-filter')][.//h4/a[contains(normalize-space(.), " + literal(name) + ")]]");
    click(By.xpath("//div[contains(@class,'task-filter')]//h4/a[contains(normalize-space(.), " + literal(name) + ")]"));
    wait.until(ExpectedConditions.attributeContains(filter, "class", "active"));
  }

  /**
   * Narrows the open filter to one item, as an officer does with the search box ("Số tham chiếu
   * (khóa nghiệp vụ)" = the reference): the search lives in the page's address, like the link
   * Tasklist offers to share it. A busy queue shows 15 tasks a page, soonest due first.
   */
  public void searchReference(String reference) {
    String search = "[{\"type\":\"processInstanceBusinessKey\",\"operator\":\"eq\",\"value\":\"" + reference + "\"}]";
    ((JavascriptExecutor) driver)
        .executeScript(
            "var hash = window.location.hash, at = hash.indexOf('?');"
                + "var params = new URLSearchParams(at < 0 ? '' : hash.substring(at + 1));"
                + "params.set('searchQuery', arguments[0]); params.delete('page');"
                + "window.location.hash = (at < 0 ? hash : hash.substring(0, at)) + '?' + params.toString();",
            search);
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".tasks-list [cam-widget-search]"), reference));
  }

  private By card(String reference, String step) {
    return By.xpath("//li[contains(@class,'task')]//h4/a[contains(., " + literal(reference) + ") and contains(., " + literal(step) + ")]");
  }

  private By cardItem(String reference, String step) {
    return By.xpath("//li[contains(@class,'task')][.//h4/a[contains(., " + literal(reference) + ") and contains(., " + literal(step) + ")]]");
  }

  /** Waits until the current filter lists the item's step (the list reloads itself). */
  public void waitForCard(String reference, String step) {
    wait.until(ExpectedConditions.visibilityOfElementLocated(card(reference, step)));
  }

  /**
   * The text of a task's card in the current filter: name, dates, the variables shown. Found and
   * read in one go, again if the list re-rendered in between.
   */
  public String cardText(String reference, String step) {
    By item = cardItem(reference, step);
    return wait.until(
        d -> d.findElements(item).stream().filter(WebElement::isDisplayed).findFirst().map(WebElement::getText).orElse(null));
  }

  public boolean listShows(String reference, String step) {
    return !driver.findElements(card(reference, step)).isEmpty();
  }

  public void openTask(String reference, String step) {
    click(card(reference, step));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".task-details h2.task"), reference));
    waitForForm();
  }

  public String openTaskTitle() {
    return driver.findElement(By.cssSelector(".task-details h2.task")).getText();
  }

  public void claim() {
    click(By.cssSelector(".task-details [ng-click='claim()']"));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".task-details button.unclaim")));
    waitForForm();
  }

  // ---------------------------------------------------------------------------------------------
  // Forms

  /** The form of the open task. */
  public Form taskForm() {
    waitForForm();
    return new Form(this, TASK_FORM);
  }

  static final By TASK_FORM = By.cssSelector(".task-details .fjs-form");
  static final By START_FORM = By.cssSelector(".modal .fjs-form");

  private void waitForForm() {
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-form")));
  }

  /** Completes the open task and waits until Tasklist has let go of it. */
  public void complete() {
    click(COMPLETE);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".task-details .no-task")));
  }

  /** Presses "Hoàn thành" when the form should refuse; returns once the refusal shows. */
  public void completeExpectingRefusal() {
    dismissNotifications();
    click(COMPLETE);
    wait.until(
        d -> !d.findElements(By.cssSelector(".fjs-form-field-error li")).isEmpty()
            || d.findElements(By.cssSelector(".page-notifications .alert-danger")).stream().anyMatch(WebElement::isDisplayed));
  }

  private static final By COMPLETE = By.xpath("//section[contains(@class,'task-details')]//button[normalize-space(.)='Hoàn thành']");

  /** The error notifications Tasklist shows at the bottom right, newest last. */
  public List<String> errorNotifications() {
    return driver.findElements(By.cssSelector(".page-notifications .alert-danger")).stream()
        .filter(WebElement::isDisplayed)
        .map(WebElement::getText)
        .toList();
  }

  /** Waits until no error notification shows (a later success clears the earlier refusal). */
  public void waitForNoErrorNotifications() {
    wait.until(d -> d.findElements(By.cssSelector(".page-notifications .alert-danger")).stream().noneMatch(WebElement::isDisplayed));
  }

  /** The header's actions (navbar entries), by their visible text. */
  public List<String> headerActions() {
    return driver.findElements(By.cssSelector("[cam-widget-header] li[ng-repeat] a")).stream()
        .filter(WebElement::isDisplayed)
        .map(WebElement::getText)
        .map(String::trim)
        .toList();
  }

  /** The list's sorting as Tasklist keeps it in the page's address, once it shows a list. */
  public String listSorting() {
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".tasks-list [cam-sorting-choices] li.sorting-choice")));
    return wait.until(d -> {
      String url = java.net.URLDecoder.decode(d.getCurrentUrl(), java.nio.charset.StandardCharsets.UTF_8);
      int at = url.indexOf("sorting=");
      return at < 0 ? null : url.substring(at + "sorting=".length()).split("&")[0];
    });
  }

  public void dismissNotifications() {
    ((JavascriptExecutor) driver)
        .executeScript("document.querySelectorAll('.page-notifications .alert .close').forEach(b => b.click())");
  }

  /** Opens "Khởi tạo quy trình", picks the process and returns its start form. */
  public Form startForm(String processName) {
    click(By.xpath("//a[contains(normalize-space(.),'Khởi tạo quy trình')]"));
    click(By.xpath("//div[contains(@class,'modal')]//ul[contains(@class,'processes')]//a[normalize-space(.)=" + literal(processName) + "]"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(START_FORM));
    return new Form(this, START_FORM);
  }

  /** The processes "Khởi tạo quy trình" offers. */
  public List<String> startableProcesses() {
    click(By.xpath("//a[contains(normalize-space(.),'Khởi tạo quy trình')]"));
    List<String> names =
        wait.until(ExpectedConditions.visibilityOfAllElementsLocatedBy(By.cssSelector(".modal ul.processes li a"))).stream()
            .map(WebElement::getText)
            .map(String::trim)
            .toList();
    click(By.xpath("//div[contains(@class,'modal')]//button[normalize-space(.)='Đóng']"));
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".modal")));
    return names;
  }

  /** Presses "Bắt đầu" in the start dialog and waits until Tasklist confirms the start. */
  public void start() {
    click(By.xpath("//div[contains(@class,'modal-footer')]//button[normalize-space(.)='Bắt đầu']"));
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".modal")));
  }

  /** Presses "Bắt đầu" when the start form should refuse; returns once the refusal shows. */
  public void startExpectingRefusal() {
    click(By.xpath("//div[contains(@class,'modal-footer')]//button[normalize-space(.)='Bắt đầu']"));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".modal .fjs-form-field-error li")));
  }

  // ---------------------------------------------------------------------------------------------
  // Screenshots

  /**
   * Saves what the officer sees as {@code <name>.png}, the whole form included: the window grows
   * to the height of the scrolled panel for the shot, then returns to its size.
   */
  public Path screenshot(String name) {
    JavascriptExecutor js = driver;
    // the form scrolls inside its panel (or the start dialog): grow the window by what is hidden,
    // and again if the taller panel lays the form out taller still
    String hiddenHeight =
        "var form = document.querySelector('.modal .fjs-form') || document.querySelector('.task-details .fjs-form');"
            + "var hidden = 0;"
            + "for (var el = form && form.parentElement; el && el !== document.body; el = el.parentElement) {"
            + "  var overflow = getComputedStyle(el).overflowY;"
            + "  if ((overflow === 'auto' || overflow === 'scroll') && el.scrollHeight > el.clientHeight) {"
            + "    hidden += el.scrollHeight - el.clientHeight; el.scrollTop = 0; }"
            + "}"
            + "return hidden;";
    int height = WINDOW.height;
    try {
      for (int round = 0; round < 4; round++) {
        int hidden = ((Number) js.executeScript(hiddenHeight)).intValue();
        if (hidden <= 0 || height >= 8000) {
          break;
        }
        height = Math.min(8000, height + hidden + 20);
        driver.manage().window().setSize(new Dimension(WINDOW.width, height));
        settle();
      }
      Path target = screenshots.resolve(name + ".png");
      Files.createDirectories(screenshots);
      Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      if (height > WINDOW.height) {
        driver.manage().window().setSize(WINDOW);
      }
    }
  }

  // ---------------------------------------------------------------------------------------------

  public WebDriverWait waiting() {
    return wait;
  }

  /**
   * Clicks what the locator finds, found afresh on every attempt: a list or panel that re-renders
   * between finding and clicking leaves a stale element, and the attempt is simply made again.
   * Scrolls the element to the middle of its panel first: the footer would take a click at the edge.
   */
  void click(By locator) {
    wait.ignoring(ElementClickInterceptedException.class)
        .until(
            d -> {
              WebElement element = d.findElements(locator).stream().filter(WebElement::isDisplayed).findFirst().orElse(null);
              if (element == null || !element.isEnabled()) {
                return false;
              }
              ((JavascriptExecutor) d).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
              element.click();
              return true;
            });
  }

  /** Clicks an element found within a form; the form re-finds it if it went stale. */
  public void click(WebElement element) {
    ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    wait.until(ExpectedConditions.elementToBeClickable(element)).click();
  }

  /** Lets a layout change (window size, an opening list) be drawn. */
  void settle() {
    try {
      Thread.sleep(300);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** An XPath string literal for any text (Vietnamese text has no quotes, but be safe). */
  public static String literal(String text) {
    if (!text.contains("'")) {
      return "'" + text + "'";
    }
    return "concat('" + text.replace("'", "', \"'\", '") + "')";
  }
}
