package vn.police.grievance.audit;

import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import vn.police.grievance.system.CurrentUser;
import vn.police.grievance.system.Groups;

/**
 * Who may read items' files. Inspectors read every file, and so do the leadership (who monitor in
 * Cockpit) and administrators. The file holds the internal deliberation (studies, consultations,
 * returns and their reasons), so units, departments and the reception office keep to what the items
 * API shows them.
 */
@Component
public class AuditAccess {

  static final Set<String> READERS = Set.of(Groups.AUDITORS, Groups.LEADERSHIP, Groups.ADMINISTRATORS);

  public boolean mayRead(CurrentUser user) {
    return user.groups().stream().anyMatch(READERS::contains);
  }

  void check(CurrentUser user) {
    if (!mayRead(user)) {
      throw new AccessDeniedException("Only inspectors, the leadership and administrators read items' files");
    }
  }
}
