package vn.police.grievance.item;

import java.util.Set;

/**
 * The items a person may see: every item, or those of some units (their own commune, a district's
 * communes) and of some departments (sent to it, or on which it was consulted).
 */
public record ItemScope(boolean everything, Set<String> unitIds, Set<String> departmentIds) {

  public static ItemScope all() {
    return new ItemScope(true, Set.of(), Set.of());
  }

  public static ItemScope of(Set<String> unitIds, Set<String> departmentIds) {
    return new ItemScope(false, Set.copyOf(unitIds), Set.copyOf(departmentIds));
  }

  public boolean isEmpty() {
    return !everything && unitIds.isEmpty() && departmentIds.isEmpty();
  }
}
