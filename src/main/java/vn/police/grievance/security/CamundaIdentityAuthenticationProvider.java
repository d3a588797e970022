package vn.police.grievance.security;

import vn.police.grievance.system.Groups;
import vn.police.grievance.system.CurrentUsers;
import vn.police.grievance.system.Faults;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Checks passwords against the engine's user store, which hashes them (salted SHA-512) and slows
 * down and locks repeated failed attempts. Groups become authorities {@code GROUP_<id>}.
 *
 * <p>A store that cannot be asked (the database out of reach) is not a wrong password: that
 * failure leaves here as it is, not as an {@link org.springframework.security.core.AuthenticationException},
 * so Spring Security neither answers 401 nor records a failed login; {@link TransientFaultFilter}
 * answers 503.
 */
@Component
class CamundaIdentityAuthenticationProvider implements AuthenticationProvider {

  private final IdentityService identity;

  CamundaIdentityAuthenticationProvider(IdentityService identity) {
    this.identity = identity;
  }

  @Override
  public Authentication authenticate(Authentication authentication) {
    String userId = authentication.getName();
    Object credentials = authentication.getCredentials();
    if (userId == null || userId.isBlank() || credentials == null || !passwordMatches(userId, credentials.toString())) {
      throw new BadCredentialsException("Bad credentials");
    }
    List<SimpleGrantedAuthority> authorities =
        identity.createGroupQuery().groupMember(userId).list().stream()
            .map(g -> new SimpleGrantedAuthority(CurrentUsers.GROUP_PREFIX + g.getId()))
            .toList();
    return UsernamePasswordAuthenticationToken.authenticated(userId, null, authorities);
  }

  /**
   * People provisioned by single sign-on have no password: they never match. Any other failure of
   * the check is the store's, not the person's: when the check fails in a way not recognised as an
   * outage, the store is asked once more, and if it cannot answer either, the failure is an outage.
   */
  private boolean passwordMatches(String userId, String password) {
    try {
      return identity.checkPassword(userId, password);
    } catch (RuntimeException e) {
      if (Faults.databaseUnavailable(e)) {
        throw e;
      }
      if (!storeAnswers(userId)) {
        throw new DataAccessResourceFailureException("The user store did not answer the password check", e);
      }
      return false; // no password stored
    }
  }

  private boolean storeAnswers(String userId) {
    try {
      identity.createUserQuery().userId(userId).count();
      return true;
    } catch (RuntimeException e) {
      return false;
    }
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
