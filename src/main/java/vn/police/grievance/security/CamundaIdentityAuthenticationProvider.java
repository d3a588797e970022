package vn.police.grievance.security;

import vn.police.grievance.system.Groups;
import vn.police.grievance.system.CurrentUsers;
import vn.police.grievance.system.Faults;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
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

  /** People provisioned by single sign-on have no password: they never match. */
  private boolean passwordMatches(String userId, String password) {
    try {
      return identity.checkPassword(userId, password);
    } catch (RuntimeException e) {
      if (Faults.databaseUnavailable(e)) {
        throw e;
      }
      return false; // no password stored
    }
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
