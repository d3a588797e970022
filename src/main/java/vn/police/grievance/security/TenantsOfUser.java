package vn.police.grievance.security;

import java.util.List;

/**
 * The engine tenants of a person signed in with a password, found once when the password was
 * checked and carried with the authentication, so that the engine REST API and the webapps do not
 * look them up again on every request ({@link SpringSecurityAuthenticationProvider}).
 */
record TenantsOfUser(List<String> ids) implements java.io.Serializable {

  TenantsOfUser {
    ids = List.copyOf(ids);
  }
}
