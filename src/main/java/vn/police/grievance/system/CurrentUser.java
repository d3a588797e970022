package vn.police.grievance.system;

import java.util.Set;

/** The signed-in person and the groups (units, roles) they belong to. */
public record CurrentUser(String userId, Set<String> groups) {

  public boolean isIn(String group) {
    return groups.contains(group);
  }

  public boolean isAdministrator() {
    return isIn(Groups.ADMINISTRATORS);
  }
}
