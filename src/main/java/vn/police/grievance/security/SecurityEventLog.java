package vn.police.grievance.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.police.grievance.system.Faults;

/**
 * Logins, logouts, failed logins and refused requests, with user, time (the log's timestamp) and
 * source address, on the logger named SECURITY so that operations can route them to their own file.
 */
@Component
class SecurityEventLog {

  static final Logger SECURITY = LoggerFactory.getLogger("SECURITY");

  @EventListener
  void loggedIn(InteractiveAuthenticationSuccessEvent event) {
    SECURITY.info("Login user={} source={}", event.getAuthentication().getName(), source(event.getAuthentication()));
  }

  @EventListener
  void loginFailed(AbstractAuthenticationFailureEvent event) {
    if (Faults.databaseUnavailable(event.getException())) {
      // the credentials were never checked: not a failed login, whatever wrapped the failure
      SECURITY.warn(
          "Login not checked, database unavailable user={} source={}",
          event.getAuthentication().getName(),
          source(event.getAuthentication()));
      return;
    }
    SECURITY.warn(
        "Login failed user={} source={} reason={}",
        event.getAuthentication().getName(),
        source(event.getAuthentication()),
        event.getException().getClass().getSimpleName());
  }

  @EventListener
  void loggedOut(LogoutSuccessEvent event) {
    SECURITY.info("Logout user={} source={}", event.getAuthentication().getName(), source(event.getAuthentication()));
  }

  private static String source(Authentication authentication) {
    return authentication.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : "-";
  }

  /**
   * Every 401 and 403, whoever answered it: Spring Security, our API, the engine, the webapps. The
   * user is taken when the status is set, while the security context still holds it.
   */
  static class DeniedResponses extends OncePerRequestFilter {
    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      StatusWatch watch = new StatusWatch(response);
      try {
        chain.doFilter(request, watch);
      } finally {
        int status = response.getStatus();
        if (status == 401 || status == 403) {
          SECURITY.warn(
              "Denied {} {} {} user={} source={}",
              status,
              request.getMethod(),
              request.getRequestURI(),
              watch.user == null ? "-" : watch.user,
              request.getRemoteAddr());
        }
      }
    }
  }

  static final class StatusWatch extends jakarta.servlet.http.HttpServletResponseWrapper {
    String user;

    StatusWatch(HttpServletResponse response) {
      super(response);
    }

    private void note(int status) {
      if ((status == 401 || status == 403) && user == null) {
        Authentication auth = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.isAuthenticated() && !"anonymousUser".equals(auth.getName())) {
          user = auth.getName();
        }
      }
    }

    @Override
    public void setStatus(int sc) {
      note(sc);
      super.setStatus(sc);
    }

    @Override
    public void sendError(int sc) throws IOException {
      note(sc);
      super.sendError(sc);
    }

    @Override
    public void sendError(int sc, String msg) throws IOException {
      note(sc);
      super.sendError(sc, msg);
    }
  }
}
