package vn.police.grievance.item;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import vn.police.grievance.support.Browser;
import vn.police.grievance.support.BrowserAvailable;

/**
 * The inspectors' search in Cockpit when a word matches more items than the cap (ADR 0009): the
 * page says "hơn 1.000 kết quả" and goes on to the next newest matches; a narrower search shows its
 * exact count and its number of pages.
 */
@BrowserAvailable
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CappedSearchBrowserTest {

  @LocalServerPort int port;
  @Autowired ItemRepository items;
  @Autowired JdbcClient jdbc;

  final String tag = CappedSearchTest.letters(UUID.randomUUID().toString().replace("-", "").substring(0, 8));
  final String prefix = "CB-" + tag.toUpperCase() + "-";
  Browser browser;

  @AfterEach
  void cleanUp() {
    if (browser != null) {
      browser.close();
    }
    jdbc.sql("DELETE FROM grievance_item WHERE idempotency_key LIKE ?").param("capped-browser-" + prefix + "%").update();
  }

  private String total(WebDriver d) {
    try {
      return d.findElements(By.id("grievance-audit-total")).stream().map(e -> e.getDomProperty("textContent")).findFirst().orElse("");
    } catch (StaleElementReferenceException e) {
      return "";
    }
  }

  private List<String> rows() {
    return browser.driver().findElements(By.cssSelector("#grievance-audit-results tbody tr")).stream()
        .map(r -> r.getDomAttribute("data-reference")).toList();
  }

  private void search(String q) {
    var input = browser.waitFor(By.cssSelector("#grievance-audit-search input[name=q]"));
    input.clear();
    input.sendKeys(q);
    browser.driver().findElement(By.cssSelector("#grievance-audit-search button[type=submit]")).click();
  }

  @Test
  void aSearchPastTheCapSaysMoreThanAThousandAndPagesOnNewestFirst() {
    String common = "chung" + tag;
    String rare = "hiem" + tag;
    OffsetDateTime oldest = OffsetDateTime.of(2002, 1, 1, 8, 0, 0, 0, ZoneOffset.ofHours(7));
    List<String> newestFirst = new ArrayList<>();
    for (int n = 0; n <= CappedSearch.TOTAL_CAP; n++) {
      String reference = prefix + String.format("%04d", n);
      items.insert(new ItemRepository.NewItem(reference, "cax-long-hoa", Category.FACILITIES, "Trụ sở xuống cấp",
          "Mái dột " + common + (n % 100 == 0 ? " " + rare : "") + ".", null, null, "xa.longhoa", oldest.plusMinutes(n),
          "capped-browser-" + reference));
      newestFirst.add(0, reference);
    }

    browser = new Browser("http://localhost:" + port);
    browser.logIn("thanhtra", "Demo@2026!");
    // the view lists every item first, without a text: counted exactly, however many
    browser.waitUntil(d -> total(d).startsWith("Trang 1/"));
    search(common);
    browser.waitUntil(d -> total(d).equals("Trang 1 · hơn 1.000 kết quả"));
    assertThat(browser.driver().findElement(By.id("grievance-audit-total")).getDomAttribute("data-capped")).isEqualTo("true");
    assertThat(rows()).containsExactlyElementsOf(newestFirst.subList(0, 20));
    browser.screenshot("audit-search-capped");

    var next = browser.driver().findElements(By.cssSelector("#grievance-audit-results .ga-actions button")).stream()
        .filter(b -> b.getDomProperty("textContent").equals("Trang sau ›")).findFirst().orElseThrow();
    ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView(); arguments[0].click();", next);
    browser.waitUntil(d -> total(d).equals("Trang 2 · hơn 1.000 kết quả"));
    assertThat(rows()).containsExactlyElementsOf(newestFirst.subList(20, 40));

    search(rare + " " + common);
    browser.waitUntil(d -> total(d).equals("Trang 1/1 · 11 kiến nghị"));
    assertThat(browser.driver().findElement(By.id("grievance-audit-total")).getDomAttribute("data-capped")).isEqualTo("false");
    assertThat(rows()).hasSize(11);
  }
}
