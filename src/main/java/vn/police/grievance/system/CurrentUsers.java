package vn.police.grievance.system;

import vn.police.grievance.system.CurrentUser;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The person behind the current web request, with their groups as Spring authorities. */
@Component
public class CurrentUsers {

  public static final String GROUP_PREFIX = "GROUP_";

  public CurrentUser current() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth == null || !auth.isAuthenticated() || auth.getName() == null) {
      throw new AuthenticationCredentialsNotFoundException("Not signed in");
    }
    Set<String> groups =
        auth.getAuthorities().stream()
            .map(GrantedAuthority::getAuthority)
            .filter(a -> a.startsWith(GROUP_PREFIX))
            .map(a -> a.substring(GROUP_PREFIX.length()))
            .collect(Collectors.toUnmodifiableSet());
    return new CurrentUser(auth.getName(), groups);
  }
}
