package vn.police.grievance.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

/**
 * The system's own sign-in page, in Vietnamese: its name, the password form with its CSRF token,
 * what went wrong in words an officer reads (a wrong password, a locked account), and a
 * single sign-on button for each provider when the {@code oidc} profile configures one. Spring's
 * generated page is English and cannot be translated; this one also fits a phone.
 */
class LoginPageFilter extends OncePerRequestFilter {

  static final String PATH = "/login";
  static final String SYSTEM_NAME = "Hệ thống tiếp nhận và giải quyết kiến nghị của Công an cấp xã";

  private final ClientRegistrationRepository providers;

  /** @param providers the single sign-on providers, or null when none is configured */
  LoginPageFilter(ClientRegistrationRepository providers) {
    this.providers = providers;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !"GET".equals(request.getMethod())
        || !PATH.equals(request.getRequestURI().substring(request.getContextPath().length()));
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
    String message = message(request);
    StringBuilder html = new StringBuilder(4096);
    html.append("<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\">")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        // no icon to fetch: an anonymous /favicon.ico request would open a session of its own, whose
        // cookie could replace this page's and have its login refused as forged
        .append("<link rel=\"icon\" href=\"data:,\">")
        .append("<title>Đăng nhập – ").append(esc(SYSTEM_NAME)).append("</title><style>")
        .append("body{margin:0;font-family:'Noto Sans','Segoe UI',Arial,sans-serif;background:#eef1f4;color:#222}")
        .append("main{max-width:380px;margin:8vh auto;background:#fff;border:1px solid #d5dbe1;border-radius:6px;padding:24px 22px}")
        .append("h1{font-size:18px;margin:0 0 4px}p.sub{margin:0 0 18px;color:#555;font-size:13px}")
        .append("label{display:block;font-size:14px;margin:12px 0 4px}")
        .append("input[type=text],input[type=password]{width:100%;box-sizing:border-box;padding:9px;font:inherit;border:1px solid #b8c0c8;border-radius:4px}")
        .append("button,a.sso{display:block;width:100%;box-sizing:border-box;margin-top:18px;padding:10px;font:inherit;border-radius:4px;text-align:center;cursor:pointer}")
        .append("button{background:#2a6fb0;color:#fff;border:1px solid #2a6fb0}a.sso{color:#2a6fb0;border:1px solid #2a6fb0;text-decoration:none}")
        .append(".msg{padding:9px 11px;border-radius:4px;font-size:14px;margin-bottom:8px}.err{background:#ffe8e6;border:1px solid #f3b5b0}")
        .append(".ok{background:#e6f5ea;border:1px solid #a9d8b5}.or{text-align:center;color:#777;font-size:13px;margin-top:16px}")
        .append("</style></head><body><main>")
        .append("<h1>Đăng nhập</h1><p class=\"sub\">").append(esc(SYSTEM_NAME)).append("</p>");
    if (message != null) {
      boolean ok = request.getParameter("logout") != null;
      html.append("<div class=\"msg ").append(ok ? "ok" : "err").append("\" role=\"").append(ok ? "status" : "alert")
          .append("\" id=\"login-message\">").append(esc(message)).append("</div>");
    }
    html.append("<form method=\"post\" action=\"").append(esc(request.getContextPath() + PATH)).append("\">")
        .append("<label for=\"username\">Tên đăng nhập</label>")
        .append("<input type=\"text\" id=\"username\" name=\"username\" autocomplete=\"username\" autocapitalize=\"none\" required autofocus>")
        .append("<label for=\"password\">Mật khẩu</label>")
        .append("<input type=\"password\" id=\"password\" name=\"password\" autocomplete=\"current-password\" required>");
    if (csrf != null) {
      html.append("<input type=\"hidden\" name=\"").append(esc(csrf.getParameterName())).append("\" value=\"")
          .append(esc(csrf.getToken())).append("\">");
    }
    html.append("<button type=\"submit\">Đăng nhập</button></form>");
    List<ClientRegistration> sso = singleSignOn();
    if (!sso.isEmpty()) {
      html.append("<p class=\"or\">hoặc</p>");
      for (ClientRegistration provider : sso) {
        html.append("<a class=\"sso\" href=\"").append(esc(request.getContextPath() + "/oauth2/authorization/" + provider.getRegistrationId()))
            .append("\">Đăng nhập một lần (SSO)").append(sso.size() > 1 ? ": " + esc(provider.getClientName()) : "").append("</a>");
      }
    }
    html.append("</main></body></html>");
    response.setContentType("text/html;charset=UTF-8");
    response.setHeader("Cache-Control", "no-store");
    response.getOutputStream().write(html.toString().getBytes(StandardCharsets.UTF_8));
  }

  /** What the last attempt came to, as the failure handler put it into the address. */
  static String message(HttpServletRequest request) {
    if (request.getParameter("locked") != null) {
      return "Tài khoản đang tạm khóa do đăng nhập sai. Vui lòng chờ một lát rồi thử lại; nếu vẫn không được, liên hệ quản trị hệ thống.";
    }
    if (request.getParameter("error") != null) {
      return "Tên đăng nhập hoặc mật khẩu không đúng.";
    }
    if (request.getParameter("logout") != null) {
      return "Bạn đã đăng xuất.";
    }
    return null;
  }

  private List<ClientRegistration> singleSignOn() {
    List<ClientRegistration> found = new ArrayList<>();
    if (providers instanceof Iterable<?> all) {
      for (Object registration : all) {
        if (registration instanceof ClientRegistration r) {
          found.add(r);
        }
      }
    }
    return found;
  }

  private static String esc(String s) {
    return HtmlUtils.htmlEscape(s, "UTF-8");
  }
}
