package vn.police.grievance.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.police.grievance.system.Faults;

/**
 * Outside Spring Security and everything after it: a database outage or a lost race that escapes
 * a filter is answered as a problem detail (503 with Retry-After, or 409) instead of the
 * container's 500. The login is the main case: {@link CamundaIdentityAuthenticationProvider} lets
 * a database failure pass Spring Security untouched, so that it is neither a 401 nor a failed
 * login. Our API and the engine's REST APIs answer their own (ProblemDetailsAdvice, {@link
 * EngineFaultProblems}); this catches what reaches no handler: the login, the engine's filters.
 */
class TransientFaultFilter extends OncePerRequestFilter {

  private static final Logger LOG = LoggerFactory.getLogger(TransientFaultFilter.class);

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    try {
      chain.doFilter(request, response);
    } catch (ServletException | IOException | RuntimeException e) {
      boolean lostRace = Faults.lostRace(e);
      boolean unavailable = !lostRace && Faults.databaseUnavailable(e);
      if (!(lostRace || unavailable) || response.isCommitted()) {
        throw e;
      }
      response.resetBuffer();
      if (unavailable) {
        LOG.warn("Database unavailable, answered 503 to {} {}: {}", request.getMethod(), request.getRequestURI(), Faults.rootMessage(e));
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(Faults.RETRY_AFTER_SECONDS));
        ProblemAuthenticationEntryPoint.write(response, 503, Faults.UNAVAILABLE, Faults.UNAVAILABLE_TITLE, Faults.UNAVAILABLE_DETAIL, request);
      } else {
        LOG.info("Lost a race, answered 409 to {} {}: {}", request.getMethod(), request.getRequestURI(), Faults.rootMessage(e));
        ProblemAuthenticationEntryPoint.write(response, 409, Faults.CONFLICT, Faults.CONFLICT_TITLE, Faults.conflictDetail(e), request);
      }
    }
  }
}
