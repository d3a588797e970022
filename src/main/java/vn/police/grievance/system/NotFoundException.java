package vn.police.grievance.system;

/** Nothing with that id or reference exists, or the caller may not know that it does. */
public class NotFoundException extends RuntimeException {
  public NotFoundException(String message) {
    super(message);
  }
}
