package vn.police.grievance.security;

import vn.police.grievance.system.Groups;
import vn.police.grievance.system.CurrentUsers;
import vn.police.grievance.system.Faults;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.AuthenticationException;
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
  private final VerifiedCredentials verified;

  CamundaIdentityAuthenticationProvider(IdentityService identity, VerifiedCredentials verified) {
    this.identity = identity;
    this.verified = verified;
  }

  /**
   * Spring Security asks this provider once through the filter chain's manager and, on a refusal,
   * once more through the application-wide parent manager, with the same credentials object, on the
   * same thread. A second password check would count a second failed attempt (the engine locks after
   * a few) and find the account locked by the first, and the officer would read "locked" after one
   * wrong password: for the same credentials object the first answer stands. (The request's own
   * attributes are not available this early in a real server, only in MockMvc.)
   */
  private static final ThreadLocal<Refusal> LAST_REFUSAL = new ThreadLocal<>();

  private record Refusal(Authentication credentials, AuthenticationException answer) {}

  @Override
  public Authentication authenticate(Authentication authentication) {
    Refusal last = LAST_REFUSAL.get();
    LAST_REFUSAL.remove();
    if (last != null && last.credentials() == authentication) {
      throw last.answer();
    }
    try {
      return check(authentication);
    } catch (AuthenticationException refused) {
      verified.forget(authentication.getName());
      LAST_REFUSAL.set(new Refusal(authentication, refused));
      throw refused;
    }
  }

  private Authentication check(Authentication authentication) {
    String userId = authentication.getName();
    Object credentials = authentication.getCredentials();
    // an API client sending the same right password again within the while: the store is not asked.
    // A sign-in through the login form always asks it: it happens once per session anyway.
    boolean apiClient = authentication.getDetails() instanceof BasicClientDetails;
    var known = apiClient ? verified.recall(userId, credentials == null ? null : credentials.toString())
        : java.util.Optional.<VerifiedCredentials.Verified>empty();
    if (known.isPresent()) {
      return token(userId, known.get());
    }
    if (userId != null && !userId.isBlank() && credentials != null && locked(userId)) {
      // asked before the check: the engine refuses even the right password while it lasts
      throw new org.springframework.security.authentication.LockedException("Locked after failed attempts");
    }
    if (userId == null || userId.isBlank() || credentials == null || !passwordMatches(userId, credentials.toString())) {
      throw new BadCredentialsException("Bad credentials");
    }
    List<org.springframework.security.core.GrantedAuthority> authorities =
        identity.createGroupQuery().groupMember(userId).list().stream()
            .map(g -> (org.springframework.security.core.GrantedAuthority) new SimpleGrantedAuthority(CurrentUsers.GROUP_PREFIX + g.getId()))
            .toList();
    // the tenants the engine REST API and the webapps would otherwise look up on every request
    List<String> tenants =
        identity.createTenantQuery().userMember(userId).includingGroupsOfUser(true).list().stream()
            .map(org.camunda.bpm.engine.identity.Tenant::getId)
            .toList();
    VerifiedCredentials.Verified result = new VerifiedCredentials.Verified(authorities, tenants);
    if (apiClient) {
      verified.remember(userId, credentials.toString(), result);
    }
    return token(userId, result);
  }


  private static Authentication token(String userId, VerifiedCredentials.Verified verified) {
    UsernamePasswordAuthenticationToken token =
        UsernamePasswordAuthenticationToken.authenticated(userId, null, verified.authorities());
    token.setDetails(new TenantsOfUser(verified.tenants()));
    return token;
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

  /**
   * The engine locks an account for a while after failed attempts (and for good after the last
   * allowed one), refusing even the right password meanwhile: the officer is told, not left to
   * retype it. This tells whoever tries a locked account's name that it exists; the accounts are
   * the police's own officers, named in their units' documents, and being told beats calling the
   * help desk to learn why a right password fails.
   */
  private boolean locked(String userId) {
    try {
      var user = identity.createUserQuery().userId(userId).singleResult();
      if (user instanceof org.camunda.bpm.engine.impl.persistence.entity.UserEntity entity) {
        java.util.Date until = entity.getLockExpirationTime();
        return until != null && until.after(org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime());
      }
      return false;
    } catch (RuntimeException e) {
      return false;
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
