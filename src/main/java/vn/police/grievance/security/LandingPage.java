package vn.police.grievance.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/**
 * Where a person lands after signing in without having asked for a page: inspectors, who have no
 * Tasklist, in Cockpit's audit view; everyone else in Tasklist. A page asked for before signing in
 * still wins.
 */
class LandingPage extends SavedRequestAwareAuthenticationSuccessHandler {

  static final String TASKLIST = "/camunda/app/tasklist/";
  static final String AUDIT_VIEW = "/camunda/app/cockpit/default/#/audit";

  LandingPage() {
    setDefaultTargetUrl(TASKLIST);
  }

  @Override
  protected String determineTargetUrl(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
    boolean inspector = authentication != null
        && authentication.getAuthorities().stream().anyMatch(a -> ReadOnlyAuditors.AUDITOR.equals(a.getAuthority()));
    return inspector ? AUDIT_VIEW : TASKLIST;
  }
}
