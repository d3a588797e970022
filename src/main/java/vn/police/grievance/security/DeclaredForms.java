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

  record Form(String id, Map<String, Field> fields) {
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
    return new Form(schema.path("id").asText(), Collections.unmodifiableMap(fields));
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
