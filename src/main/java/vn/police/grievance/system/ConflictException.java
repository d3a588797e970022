package vn.police.grievance.system;

/**
 * A request that conflicts with what is already there (a key used by someone else, a step taken
 * by another person first): answered as 409 with the Vietnamese message it carries.
 */
public class ConflictException extends RuntimeException {

  public ConflictException(String message) {
    super(message);
  }
}
