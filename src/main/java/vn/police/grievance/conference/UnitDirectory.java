package vn.police.grievance.conference;

import java.util.Optional;

/**
 * Finds the unit a row of an imported list names. An interface so that the import is checked
 * without a database; the caller backs it with the organisation.
 */
@FunctionalInterface
interface UnitDirectory {

  /**
   * The id of the unit whose id or exact Vietnamese name (case ignored) this is; empty when there
   * is none, or when the unit may not raise items.
   */
  Optional<String> resolve(String idOrName);
}
