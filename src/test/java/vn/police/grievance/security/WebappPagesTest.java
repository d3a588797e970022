package vn.police.grievance.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * A webapp page is sent whole every time, never "304 Not Modified": its script nonce must match
 * the policy header it comes with, and a revalidated page would keep an old nonce under a new header.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class WebappPagesTest {

  static final Pattern NONCE = Pattern.compile("nonce=\"([^\"]+)\"");

  @LocalServerPort int port;

  @Test
  void aWebappPageIsNeverStoredNorAnsweredNotModifiedAndItsNonceMatchesItsPolicy() throws Exception {
    HttpSession officer = HttpSession.login("http://localhost:" + port, "lanhdao", "Demo@2026!");
    for (String page : new String[] {"/camunda/app/tasklist/default/", "/camunda/app/cockpit/default/", "/camunda/app/welcome/default/"}) {
      HttpResponse<String> first = officer.get(page);
      assertThat(first.statusCode()).as(page).isEqualTo(200);
      assertThat(first.headers().firstValue("Cache-Control")).as(page).contains("no-store");
      String etag = first.headers().firstValue("ETag").orElse("\"any\"");
      String modified = first.headers().firstValue("Last-Modified").orElse("Thu, 01 Jan 2026 00:00:00 GMT");
      HttpResponse<String> again = officer.send("GET", page, null, "If-None-Match: " + etag);
      HttpResponse<String> sinceThen = officer.send("GET", page, null, "If-Modified-Since: " + modified);
      for (HttpResponse<String> response : java.util.List.of(again, sinceThen)) {
        assertThat(response.statusCode()).as(page + " revalidated").isEqualTo(200);
        Matcher inPage = NONCE.matcher(response.body());
        if (inPage.find()) {
          assertThat(response.headers().firstValue("Content-Security-Policy").orElse(""))
              .as("the page's nonce is the one its policy allows").contains("'nonce-" + inPage.group(1) + "'");
        }
      }
    }
  }
}
