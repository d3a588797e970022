package vn.police.grievance.figures;

import java.util.Set;

/**
 * The items whose figures a person sees: every item (leadership, inspectors, administrators), or
 * those of some communes (a district's) and of some departments (a head's own).
 */
record FiguresScope(boolean everything, Set<String> unitIds, Set<String> departmentIds, String label) {

  static FiguresScope all() {
    return new FiguresScope(true, Set.of(), Set.of(), "Toàn tỉnh");
  }

  static FiguresScope of(Set<String> unitIds, Set<String> departmentIds, String label) {
    return new FiguresScope(false, Set.copyOf(unitIds), Set.copyOf(departmentIds), label);
  }
}
