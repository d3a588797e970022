package vn.police.grievance.security;

import vn.police.grievance.system.Groups;
import vn.police.grievance.system.CurrentUsers;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * Inspectors change nothing, whatever the engine's own authorizations say: the front door refuses
 * every request of a member of the auditors group that is not a read. Reads are the safe methods
 * (GET, HEAD, OPTIONS) and the handful of POST endpoints of the engine REST API and Cockpit that
 * only query (Camunda sends long queries as POST bodies). Signing in and out are handled before
 * this rule. Holds with the engine's authorization checks on or off.
 */
final class ReadOnlyAuditors {

  private ReadOnlyAuditors() {}

  static final String AUDITOR = CurrentUsers.GROUP_PREFIX + Groups.AUDITORS;

  private static final AuthenticationTrustResolver TRUST = new AuthenticationTrustResolverImpl();

  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

  private static final String ENGINE = "(/engine-rest|/camunda/api/engine/engine/[^/]+)";

  /** POST endpoints that run a query and nothing else. */
  private static final Pattern QUERIES = Pattern.compile(
      "^" + ENGINE + "/(history/)?(process-instance|task|variable-instance|activity-instance|execution|job|"
          + "external-task|job-log|external-task-log|detail|decision-instance|incident|case-instance)(/count)?$"
          + "|^" + ENGINE + "/filter/[^/]+/(list|count|singleResult)$"
          + "|^/camunda/api/cockpit/plugin/base/[^/]+/.+$");

  /** A request that could change something. */
  static boolean isWrite(HttpServletRequest request) {
    if (SAFE_METHODS.contains(request.getMethod())) {
      return false;
    }
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return !("POST".equals(request.getMethod()) && QUERIES.matcher(path).matches());
  }

  /** Writes are for signed-in people who are not inspectors. */
  static AuthorizationManager<RequestAuthorizationContext> notAnAuditor() {
    return (Supplier<Authentication> authentication, RequestAuthorizationContext context) -> {
      Authentication auth = authentication.get();
      boolean signedIn = TRUST.isAuthenticated(auth);
      boolean auditor = signedIn && auth.getAuthorities().stream().anyMatch(a -> AUDITOR.equals(a.getAuthority()));
      return new AuthorizationDecision(signedIn && !auditor);
    };
  }
}
