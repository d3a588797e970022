package vn.police.grievance.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Single sign-on through OpenID Connect against a real provider implementation started inside the
 * test: the authorization-code flow end to end, groups taken from the token's claim.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "oidc"})
class OidcLoginTest {

  static final MockOAuth2Server PROVIDER = new MockOAuth2Server();

  static {
    PROVIDER.start();
  }

  @DynamicPropertySource
  static void provider(DynamicPropertyRegistry registry) {
    registry.add("spring.security.oauth2.client.provider.sso.issuer-uri", () -> PROVIDER.issuerUrl("police").toString());
    registry.add("spring.security.oauth2.client.registration.sso.client-id", () -> "grievance");
    registry.add("spring.security.oauth2.client.registration.sso.client-secret", () -> "secret");
  }

  @AfterAll
  static void stop() {
    PROVIDER.shutdown();
  }

  @LocalServerPort int port;
  @Autowired ObjectMapper json;
  @Autowired org.camunda.bpm.engine.IdentityService identity;

  private final HttpClient browser =
      HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();

  private HttpResponse<String> get(String url) throws Exception {
    return browser.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html,application/json").GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private String location(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
    String location = response.headers().firstValue("Location").orElseThrow();
    return location.startsWith("http") ? location : "http://localhost:" + port + location;
  }

  @Test
  void aReceptionOfficerSignsInThroughTheProviderAndGetsTheRightsOfTheGroupsInTheToken() throws Exception {
    PROVIDER.enqueueCallback(new DefaultOAuth2TokenCallback("police", "f3a1-officer", "JWT", List.of("grievance"),
        Map.of("preferred_username", "sso.tiepnhan", "groups", List.of("/reception")), 3600));
    String app = "http://localhost:" + port;

    assertThat(get(app + "/login").body()).contains("/oauth2/authorization/sso");
    String authorize = location(get(app + "/oauth2/authorization/sso"));
    assertThat(authorize).startsWith(PROVIDER.issuerUrl("police").toString());
    String callback = location(get(authorize));
    assertThat(callback).contains("/login/oauth2/code/sso").contains("code=");
    String landing = location(get(callback));
    assertThat(landing).contains("/camunda/app/tasklist/");

    assertThat(get(app + "/camunda/app/tasklist/default/").statusCode()).isEqualTo(200);
    JsonNode me = json.readTree(get(app + "/camunda/api/admin/auth/user/default").body());
    assertThat(me.get("userId").asText()).isEqualTo("sso.tiepnhan");
    assertThat(me.get("authorizedApps").toString()).contains("tasklist").doesNotContain("cockpit");
    // the application API sees the same person and groups
    assertThat(get(app + "/api/items?size=1").statusCode()).isEqualTo(200);
    // the person exists in the engine with exactly the token's groups, and no password
    assertThat(identity.createUserQuery().userId("sso.tiepnhan").memberOfGroup("reception").count()).isEqualTo(1);
    assertThat(HttpSession.basic(app, "sso.tiepnhan", "anything").get("/api/items").statusCode()).isEqualTo(401);
  }

  @Test
  void withoutTheProviderNobodyGetsIn() throws Exception {
    assertThat(get("http://localhost:" + port + "/api/items").statusCode()).isEqualTo(401);
    assertThat(get("http://localhost:" + port + "/camunda/app/tasklist/default/").statusCode()).isEqualTo(302);
  }

  @Test
  void keycloakGroupPathsBecomeGroupIds() {
    assertThat(OidcUsers.groups(List.of("/reception", "/units/cax-long-hoa", "leadership", "/")))
        .containsExactly("reception", "cax-long-hoa", "leadership");
    assertThat(OidcUsers.groups(null)).isEmpty();
  }
}
