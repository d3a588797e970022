package vn.police.grievance.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through its own chromedriver (paths given explicitly, so that
 * nothing is downloaded). Screenshots go to target/screenshots, downloads to a folder of their own.
 */
public final class Browser implements AutoCloseable {

  private final ChromeDriver driver;
  private final Path downloads;
  private final String baseUrl;

  public Browser(String baseUrl) {
    this.baseUrl = baseUrl;
    try {
      this.downloads = Files.createDirectories(Path.of("target", "downloads")).resolve("run-" + System.nanoTime());
      Files.createDirectories(downloads);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(BrowserCondition.chromium().toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--window-size=1400,1000", "--lang=vi-VN");
    options.setExperimentalOption("prefs", Map.of(
        "download.default_directory", downloads.toAbsolutePath().toString(),
        "download.prompt_for_download", false,
        "intl.accept_languages", "vi-VN,vi"));
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(BrowserCondition.chromedriver().toFile())
        .usingAnyFreePort()
        .build();
    this.driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
  }

  public WebDriver driver() {
    return driver;
  }

  public void open(String path) {
    driver.get(baseUrl + path);
  }

  /**
   * Leaves whatever page was open for the login page, with no session. The login form needs the
   * session its page opened (its token is kept there; a login without it is refused as forged, 403),
   * so nothing may remove or replace that session's cookie in between: the open page is left first
   * (a webapp still open could send one more request and open a session of its own), and the new
   * page is asked for only once the browser holds no cookie any more. A request the browser makes by
   * itself used to break this: its icon, asked for anonymously, opened a session whose cookie arrived
   * after the deletion and replaced the login page's (the application now answers it without one).
   */
  public void openLoginPageWithoutSession() {
    openLoginPageWithoutSession(driver, baseUrl);
  }

  /** {@link #openLoginPageWithoutSession()} for any driver of the application (Tasklist's too). */
  static void openLoginPageWithoutSession(WebDriver driver, String baseUrl) {
    WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    driver.get(baseUrl + "/login");
    driver.manage().deleteAllCookies();
    wait.until(d -> d.manage().getCookies().isEmpty());
    driver.get(baseUrl + "/login");
    wait.until(d -> d.manage().getCookieNamed("JSESSIONID") != null);
  }

  /** Signs in on the application's login page, with no session of an earlier sign-in. */
  public void logIn(String user, String password) {
    openLoginPageWithoutSession();
    waitFor(By.id("username")).sendKeys(user);
    driver.findElement(By.id("password")).sendKeys(password);
    driver.findElement(By.cssSelector("button[type=submit]")).click();
    new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> !d.getCurrentUrl().contains("/login"));
  }

  public WebElement waitFor(By locator) {
    return new WebDriverWait(driver, Duration.ofSeconds(60)).until(ExpectedConditions.visibilityOfElementLocated(locator));
  }

  public void waitUntil(java.util.function.Function<WebDriver, Boolean> condition) {
    new WebDriverWait(driver, Duration.ofSeconds(60)).until(condition::apply);
  }

  public Path screenshot(String name) {
    try {
      Path folder = Files.createDirectories(Path.of("target", "screenshots"));
      Path file = folder.resolve(name + ".png");
      Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Waits for a finished download whose name starts with the prefix. */
  public Path download(String prefix) {
    return download(prefix, "");
  }

  /** Waits for a finished download whose name starts with the prefix and ends with the suffix. */
  public Path download(String prefix, String suffix) {
    long deadline = System.currentTimeMillis() + 60_000;
    while (System.currentTimeMillis() < deadline) {
      Optional<Path> done = finished(prefix, suffix);
      if (done.isPresent()) {
        return done.get();
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    throw new AssertionError("No download starting with " + prefix + " in " + downloads);
  }

  private Optional<Path> finished(String prefix, String suffix) {
    try (Stream<Path> files = Files.list(downloads)) {
      return files.filter(f -> f.getFileName().toString().startsWith(prefix))
          .filter(f -> f.getFileName().toString().endsWith(suffix))
          .filter(f -> !f.getFileName().toString().endsWith(".crdownload"))
          .findFirst();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    driver.quit();
  }
}
