package vn.police.grievance.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The webapps' pages (Tasklist, Cockpit, Admin, Welcome) are never stored by the browser nor
 * revalidated. Each page carries a fresh script nonce that must match the Content-Security-Policy
 * header sent with it. When a browser revalidates a stored page and gets a 304, it keeps the old
 * body but takes the new header from the 304: the nonces no longer match, the page's own scripts
 * are blocked and the officer sees an empty page until a hard reload. Seen in headless Chromium
 * after a logout and a new login; a page is small, so it is simply sent again every time.
 *
 * <p>Scripts, styles, fonts and pictures (anything with a file extension other than .html) keep
 * the webapps' own caching.
 */
class WebappPagesUncached extends OncePerRequestFilter {

  /** A path under /camunda/app/ that names a file other than a page. */
  private static final Pattern ASSET = Pattern.compile(".*/[^/]+\\.(?!html?$)[a-zA-Z0-9]{1,8}$");

  private static final Set<String> CONDITIONAL =
      Set.of("if-none-match", "if-modified-since", "if-match", "if-unmodified-since");

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return !"GET".equals(request.getMethod()) || !path.startsWith("/camunda/app/") || ASSET.matcher(path).matches();
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    response.setHeader("Cache-Control", "no-store");
    chain.doFilter(new Unconditional(request), new NoStore(response));
  }

  /** The request as if the browser held no copy: never answered 304. */
  private static final class Unconditional extends HttpServletRequestWrapper {
    Unconditional(HttpServletRequest request) {
      super(request);
    }

    @Override
    public String getHeader(String name) {
      return CONDITIONAL.contains(name.toLowerCase(Locale.ROOT)) ? null : super.getHeader(name);
    }

    @Override
    public Enumeration<String> getHeaders(String name) {
      return CONDITIONAL.contains(name.toLowerCase(Locale.ROOT)) ? Collections.emptyEnumeration() : super.getHeaders(name);
    }

    @Override
    public long getDateHeader(String name) {
      return CONDITIONAL.contains(name.toLowerCase(Locale.ROOT)) ? -1 : super.getDateHeader(name);
    }
  }

  /** Keeps "no-store" whatever the webapp sets later. */
  private static final class NoStore extends HttpServletResponseWrapper {
    NoStore(HttpServletResponse response) {
      super(response);
    }

    @Override
    public void setHeader(String name, String value) {
      super.setHeader(name, isCaching(name) ? "no-store" : value);
    }

    @Override
    public void addHeader(String name, String value) {
      if (isCaching(name)) {
        super.setHeader(name, "no-store");
      } else {
        super.addHeader(name, value);
      }
    }

    private static boolean isCaching(String name) {
      return "cache-control".equalsIgnoreCase(name);
    }
  }
}
