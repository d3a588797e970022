package vn.police.grievance.process;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.json.SpinJsonNode;

/**
 * Typed reads of process variables, so that delegates do not cast strings by hand. Form values
 * arrive in several shapes (a taglist as Json, a textfield as a comma-separated string), all read
 * here.
 */
public final class Variables {

  private Variables() {}

  public static String string(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    if (value == null) {
      return null;
    }
    String s = value.toString().trim();
    return s.isEmpty() ? null : s;
  }

  public static Long longValue(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    if (value == null) {
      return null;
    }
    if (value instanceof Number n) {
      return n.longValue();
    }
    return Long.valueOf(value.toString().trim());
  }

  public static Boolean bool(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    if (value == null) {
      return null;
    }
    if (value instanceof Boolean b) {
      return b;
    }
    String s = value.toString().trim();
    return s.isEmpty() ? null : Boolean.valueOf(s);
  }

  /** A list of strings from a Json array, a Java collection or a comma-separated string. */
  public static List<String> strings(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    List<String> result = new ArrayList<>();
    if (value == null) {
      return result;
    }
    if (value instanceof SpinJsonNode json) {
      if (json.isArray()) {
        for (SpinJsonNode element : json.elements()) {
          addNonBlank(result, element.isString() ? element.stringValue() : element.toString());
        }
      } else if (json.isString()) {
        splitInto(result, json.stringValue());
      }
    } else if (value instanceof Collection<?> collection) {
      collection.forEach(o -> addNonBlank(result, o == null ? null : o.toString()));
    } else {
      splitInto(result, value.toString());
    }
    return result.stream().distinct().toList();
  }

  private static void splitInto(List<String> result, String text) {
    for (String part : text.split("[,;\\n]")) {
      addNonBlank(result, part);
    }
  }

  private static void addNonBlank(List<String> result, String s) {
    if (s != null && !s.isBlank()) {
      result.add(s.trim());
    }
  }

  /** The engine keeps a text variable up to this many characters (ACT_RU_VARIABLE.TEXT_). */
  public static final int TEXT_MAX = 4000;

  /** A text cut to what a text variable holds, ending with {@code tail} when it had to be cut. */
  public static String fitting(CharSequence text, String tail) {
    if (text == null) {
      return null;
    }
    return text.length() <= TEXT_MAX ? text.toString() : text.subSequence(0, TEXT_MAX - tail.length()) + tail;
  }
}
