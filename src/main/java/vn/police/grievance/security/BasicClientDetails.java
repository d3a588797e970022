package vn.police.grievance.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.authentication.AuthenticationDetailsSource;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * The details Spring Security attaches to credentials sent with HTTP Basic, as opposed to those of
 * the login form: they tell the password check that an API client is asking ({@link
 * VerifiedCredentials}). Set on the Basic filter only ({@code SecurityConfig}).
 */
final class BasicClientDetails extends WebAuthenticationDetails {

  private static final long serialVersionUID = 1L;

  BasicClientDetails(HttpServletRequest request) {
    super(request);
  }

  static AuthenticationDetailsSource<HttpServletRequest, BasicClientDetails> source() {
    return BasicClientDetails::new;
  }
}
