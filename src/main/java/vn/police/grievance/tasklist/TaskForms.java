package vn.police.grievance.tasklist;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The variables each Camunda Form in {@code forms/} shows: its fields' keys and the task
 * variables that carry their choices ({@code valuesKey}). These are all a task lets its reader see
 * through the engine REST API (the front door's rule), so they are all the task context needs to
 * hold. Read from the same files that are deployed with the diagrams.
 */
@Component
public class TaskForms {

  private final Map<String, Set<String>> shownByForm;

  public TaskForms() {
    ObjectMapper json = new ObjectMapper();
    Map<String, Set<String>> forms = new HashMap<>();
    try {
      for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:forms/*.form")) {
        try (InputStream in = resource.getInputStream()) {
          JsonNode schema = json.readTree(in);
          Set<String> shown = new HashSet<>();
          collect(schema.path("components"), shown);
          forms.put(schema.path("id").asText(), Set.copyOf(shown));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("The forms cannot be read", e);
    }
    this.shownByForm = Map.copyOf(forms);
  }

  /** What the form shows; null when the form is unknown (then nothing may be left out). */
  public Set<String> shownBy(String formId) {
    return formId == null ? null : shownByForm.get(formId);
  }

  private static void collect(JsonNode components, Set<String> into) {
    for (JsonNode c : components) {
      if (c.hasNonNull("key")) {
        into.add(c.get("key").asText());
      }
      if (c.hasNonNull("valuesKey")) {
        into.add(c.get("valuesKey").asText());
      }
      collect(c.path("components"), into);
    }
  }
}
