package vn.police.grievance.security;

import vn.police.grievance.system.CurrentUsers;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * A person signed in through OpenID Connect: their groups come from a token claim and become the
 * same {@code GROUP_<id>} authorities as for a password login, so every rule applies unchanged.
 */
final class OidcUsers implements OAuth2UserService<OidcUserRequest, OidcUser> {

  private final OidcUserService delegate = new OidcUserService();
  private final String groupsClaim;
  private final IdentityService identity;

  OidcUsers(String groupsClaim, IdentityService identity) {
    this.groupsClaim = groupsClaim;
    this.identity = identity;
  }

  @Override
  public OidcUser loadUser(OidcUserRequest request) {
    OidcUser user = delegate.loadUser(request);
    String nameAttribute =
        request.getClientRegistration().getProviderDetails().getUserInfoEndpoint().getUserNameAttributeName();
    DefaultOidcUser named = new DefaultOidcUser(user.getAuthorities(), user.getIdToken(), user.getUserInfo(),
        nameAttribute == null || nameAttribute.isBlank() ? "sub" : nameAttribute);
    List<String> groups = groups(user.getClaims().get(groupsClaim)).stream()
        .filter(g -> identity.createGroupQuery().groupId(g).count() > 0)
        .toList();
    provision(named.getName(), user, groups);
    List<GrantedAuthority> authorities = new ArrayList<>(user.getAuthorities());
    groups.forEach(g -> authorities.add(new SimpleGrantedAuthority(CurrentUsers.GROUP_PREFIX + g)));
    return new DefaultOidcUser(authorities, user.getIdToken(), user.getUserInfo(), named.getName().equals(user.getSubject()) ? "sub"
        : (nameAttribute == null || nameAttribute.isBlank() ? "sub" : nameAttribute));
  }

  /**
   * The webapps and Tasklist know people through the engine's user store: a person who signs in
   * through the provider gets a record there (no password, so no password login) and exactly the
   * memberships the token gives, refreshed at every login.
   */
  private void provision(String userId, OidcUser token, List<String> groups) {
    User record = identity.createUserQuery().userId(userId).singleResult();
    if (record == null) {
      record = identity.newUser(userId);
    }
    record.setFirstName(token.getGivenName() == null ? userId : token.getGivenName());
    record.setLastName(token.getFamilyName() == null ? "" : token.getFamilyName());
    record.setEmail(token.getEmail());
    identity.saveUser(record);
    for (Group held : identity.createGroupQuery().groupMember(userId).list()) {
      if (!groups.contains(held.getId())) {
        identity.deleteMembership(userId, held.getId());
      }
    }
    for (String group : groups) {
      if (identity.createUserQuery().userId(userId).memberOfGroup(group).count() == 0) {
        identity.createMembership(userId, group);
      }
    }
  }

  /** Keycloak sends group paths ("/reception", "/units/cax-long-hoa"): the last segment is the id. */
  static List<String> groups(Object claim) {
    List<String> groups = new ArrayList<>();
    if (claim instanceof Collection<?> values) {
      for (Object value : values) {
        String path = String.valueOf(value);
        String id = path.substring(path.lastIndexOf('/') + 1).trim();
        if (!id.isEmpty()) {
          groups.add(id);
        }
      }
    }
    return groups;
  }
}
