package vn.police.grievance.security;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A browser-like client for security tests: Basic credentials, or a real login session with cookies. */
final class HttpSession {

  final String base;
  private final HttpClient client;
  private final CookieManager cookies = new CookieManager();
  private final String basic;

  private HttpSession(String base, String user, String password, boolean useBasic) {
    this.base = base;
    this.client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    this.basic = useBasic && user != null
        ? "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8))
        : null;
  }

  static HttpSession anonymous(String base) {
    return new HttpSession(base, null, null, false);
  }

  static HttpSession basic(String base, String user, String password) {
    return new HttpSession(base, user, password, true);
  }

  /** Logs in through the login form, as a browser does, and keeps the session cookie. */
  static HttpSession login(String base, String user, String password) throws IOException, InterruptedException {
    HttpSession session = new HttpSession(base, user, password, false);
    HttpResponse<String> response = session.submitLoginForm(user, password);
    if (response.statusCode() != 302 || response.headers().firstValue("Location").orElse("").contains("error")) {
      throw new IllegalStateException("login failed for " + user + ": " + response.statusCode());
    }
    return session;
  }

  /** Fills in the login page's form, with the page's CSRF token, and answers what the server answered. */
  HttpResponse<String> submitLoginForm(String user, String password) throws IOException, InterruptedException {
    String page = send("GET", "/login", null, null).body();
    Matcher token = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(page);
    if (!token.find()) {
      throw new IllegalStateException("no CSRF token on the login page");
    }
    String form = "username=" + enc(user) + "&password=" + enc(password) + "&_csrf=" + enc(token.group(1));
    return client.send(
        HttpRequest.newBuilder(URI.create(base + "/login"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> send(String method, String path, String json, String extraHeader) throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
        .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
        .header("Accept", "application/json");
    if (json != null) {
      request.header("Content-Type", "application/json");
    }
    if (basic != null) {
      request.header("Authorization", basic);
    }
    if (extraHeader != null) {
      String[] kv = extraHeader.split(":", 2);
      request.header(kv[0].trim(), kv[1].trim());
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> sendRaw(String method, String path, String body, String contentType)
      throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
        .method(method, HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", contentType)
        .header("Accept", "application/json");
    if (basic != null) {
      request.header("Authorization", basic);
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return send("GET", path, null, null);
  }

  String cookie(String name) {
    return cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals(name)).map(HttpCookie::getValue).findFirst().orElse(null);
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
