package vn.police.grievance.system;

/**
 * Reads a code (a route, a status, a ground …) from what a form or a query sent: trimmed, case
 * ignored. The one parser of the application's codes.
 */
public final class Enums {

  private Enums() {}

  /** The constant the text names; null when the text is blank or names none. */
  public static <E extends Enum<E>> E parse(Class<E> type, String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String name = text.trim();
    for (E e : type.getEnumConstants()) {
      if (e.name().equalsIgnoreCase(name)) {
        return e;
      }
    }
    return null;
  }

  /** The same, and a text that names none is a problem of the field. */
  public static <E extends Enum<E>> E parse(Class<E> type, String text, String field, Checks checks) {
    E value = parse(type, text);
    checks.check(value != null || text == null || text.isBlank(), field, "Giá trị không hợp lệ (unknown value): " + text);
    return value;
  }
}
