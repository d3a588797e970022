package vn.police.grievance.security;

import vn.police.grievance.system.CurrentUsers;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Hands the person Spring Security signed in to the Camunda webapps and the engine REST API, so
 * that one login serves all of them and the engine's own checks see who is calling.
 * Instantiated by Camunda's filters by class name.
 */
public class SpringSecurityAuthenticationProvider implements AuthenticationProvider {

  @Override
  public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth == null || !auth.isAuthenticated() || auth.getName() == null || "anonymousUser".equals(auth.getName())) {
      return AuthenticationResult.unsuccessful();
    }
    AuthenticationResult result = AuthenticationResult.successful(auth.getName());
    List<String> groups =
        auth.getAuthorities().stream()
            .map(GrantedAuthority::getAuthority)
            .filter(a -> a.startsWith(CurrentUsers.GROUP_PREFIX))
            .map(a -> a.substring(CurrentUsers.GROUP_PREFIX.length()))
            .toList();
    result.setGroups(groups);
    // known from the password check; null (people signed in by SSO) lets the engine's filter ask
    if (auth.getDetails() instanceof TenantsOfUser tenants) {
      result.setTenants(tenants.ids());
    }
    return result;
  }

  @Override
  public void augmentResponseByAuthenticationChallenge(HttpServletResponse response, ProcessEngine engine) {
    // Spring Security answers unauthenticated requests before they reach the engine.
  }
}
