package vn.police.grievance.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * What each Camunda Form in {@code forms/} declares: its fields, which of them a person may fill
 * in, and the values a choice allows. The engine write gate holds every completed form and every
 * start to this, so that a task writes exactly the variables its form shows and nothing else.
 * Read from the same files that are deployed with the diagrams, so the two cannot drift apart.
 */
final class DeclaredForms {

  /** form-js components that hold a value (the others only show text, pictures or group fields). */
  static final Set<String> VALUE_TYPES =
      Set.of("textfield", "textarea", "number", "checkbox", "checklist", "taglist", "radio", "select", "datetime", "expression");

  /**
   * One field. {@code writable} is false for read-only and disabled fields: a read-only field
   * shows the task's context (form-js submits it back unchanged), a disabled one another step's
   * input. {@code values} are the choices written into the form; {@code valuesKey} names the
   * task variable that carries the choices when they come from data.
   */
  record Field(String key, String type, boolean readonly, boolean disabled, List<JsonNode> values, String valuesKey) {

    boolean writable() {
      return !readonly && !disabled && !"expression".equals(type);
    }

    boolean multiple() {
      return "taglist".equals(type) || "checklist".equals(type);
    }
  }

  /**
   * A form: its fields, and the variables its conditions read that are not fields (the triage form
   * hides the reason for another department when the chosen one is the suggested one, which the
   * decision table put in the process). A form shows those too, or its conditions would compare
   * with nothing.
   */
  record Form(String id, Map<String, Field> fields, Set<String> conditionsRead) {
    Optional<Field> field(String key) {
      return Optional.ofNullable(fields.get(key));
    }

    /** The task variables that carry the form's data-driven choices. */
    Set<String> valuesKeys() {
      return fields.values().stream().map(Field::valuesKey).filter(java.util.Objects::nonNull)
          .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }
  }

  private final Map<String, Form> forms;

  private DeclaredForms(Map<String, Form> forms) {
    this.forms = Collections.unmodifiableMap(forms);
  }

  /** Every {@code forms/*.form} on the class path, by the form's id (the diagrams' formRef). */
  static DeclaredForms load() {
    ObjectMapper json = new ObjectMapper();
    Map<String, Form> forms = new LinkedHashMap<>();
    try {
      for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:forms/*.form")) {
        try (InputStream in = resource.getInputStream()) {
          Form form = parse(json.readTree(in));
          forms.put(form.id(), form);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("The forms cannot be read", e);
    }
    if (forms.isEmpty()) {
      throw new IllegalStateException("No form found under forms/: every task write would be refused");
    }
    return new DeclaredForms(forms);
  }

  static Form parse(JsonNode schema) {
    Map<String, Field> fields = new LinkedHashMap<>();
    collect(schema.path("components"), false, false, fields);
    Set<String> read = new java.util.TreeSet<>();
    conditions(schema.path("components"), read);
    read.removeAll(fields.keySet());
    fields.values().stream().map(Field::valuesKey).filter(java.util.Objects::nonNull).forEach(read::remove);
    return new Form(schema.path("id").asText(), Collections.unmodifiableMap(fields), Collections.unmodifiableSet(read));
  }

  /** A FEEL string (skipped), or a word and whether a call's parenthesis follows it. */
  private static final java.util.regex.Pattern FEEL_TOKEN =
      java.util.regex.Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"|([A-Za-z_][A-Za-z0-9_]*)(\\s*\\()?");

  /** FEEL words that are not variables. */
  private static final Set<String> FEEL_WORDS = Set.of("and", "or", "not", "true", "false", "null", "if", "then", "else",
      "for", "in", "return", "some", "every", "satisfies", "between", "instance", "of", "function");

  /** The names a FEEL expression reads: its words outside strings, neither keywords nor called functions. */
  static Set<String> namesRead(String expression) {
    Set<String> names = new java.util.TreeSet<>();
    java.util.regex.Matcher word = FEEL_TOKEN.matcher(expression.startsWith("=") ? expression.substring(1) : expression);
    while (word.find()) {
      if (word.group(1) != null && word.group(2) == null && !FEEL_WORDS.contains(word.group(1))) {
        names.add(word.group(1));
      }
    }
    return names;
  }

  private static void conditions(JsonNode components, Set<String> into) {
    for (JsonNode c : components) {
      String hide = c.path("conditional").path("hide").asText("");
      if (hide.startsWith("=")) {
        into.addAll(namesRead(hide));
      }
      conditions(c.path("components"), into);
    }
  }

  /** Walks groups as well: a group's fields are the form's fields. */
  private static void collect(JsonNode components, boolean readonly, boolean disabled, Map<String, Field> into) {
    for (JsonNode c : components) {
      boolean ro = readonly || c.path("readonly").asBoolean(false);
      boolean off = disabled || c.path("disabled").asBoolean(false);
      String type = c.path("type").asText();
      if (c.hasNonNull("key") && VALUE_TYPES.contains(type)) {
        List<JsonNode> values = new ArrayList<>();
        c.path("values").forEach(v -> values.add(v.path("value")));
        String valuesKey = c.hasNonNull("valuesKey") ? c.get("valuesKey").asText() : null;
        into.put(c.get("key").asText(), new Field(c.get("key").asText(), type, ro, off, List.copyOf(values), valuesKey));
      }
      collect(c.path("components"), ro, off, into);
    }
  }

  Optional<Form> get(String id) {
    return Optional.ofNullable(forms.get(id));
  }

  Set<String> ids() {
    return forms.keySet();
  }
}
