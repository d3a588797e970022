package vn.police.grievance.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Spring Security's firewall, applied to the URL before anything else reads it. Spring Security
 * applies it too, but only after Spring MVC has parsed the path for it, and that parsing already
 * fails (500) on a path parameter in front of a servlet's own path, such as
 * {@code /engine-rest;x=1/task}. Here the refusal reaches the {@link RequestRejectedHandler} instead.
 * The request goes on unchanged: Spring Security firewalls it again, headers and parameters included.
 */
class UrlFirewall extends OncePerRequestFilter {

  private final HttpFirewall firewall;
  private final RequestRejectedHandler rejected;

  UrlFirewall(HttpFirewall firewall, RequestRejectedHandler rejected) {
    this.firewall = firewall;
    this.rejected = rejected;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    try {
      firewall.getFirewalledRequest(request);
    } catch (RequestRejectedException e) {
      rejected.handle(request, response, e);
      return;
    }
    chain.doFilter(request, response);
  }
}
