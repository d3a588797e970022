package vn.police.grievance.intake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.List;
import vn.police.grievance.intake.StartFormChoices.Option;

/**
 * Writes a person's {@link StartFormChoices} into a Camunda Form schema before Tasklist renders it.
 *
 * <p>Why the schema and not the form's input data: for a task form the 7.24 Tasklist loads the
 * task's variables and hands them to form-js, so a {@code valuesKey} finds its options there; for a
 * start form it loads no variables at all (there is no task yet, and it does not ask the engine for
 * start form variables), so a {@code valuesKey} would find nothing and the select would stay empty.
 * The form keeps its {@code valuesKey}s, as every other form does; here each one the choices know is
 * replaced by the options themselves, which form-js renders without any input data.
 */
final class StartFormSchema {

  private static final ObjectMapper JSON = new ObjectMapper();

  private StartFormSchema() {}

  /** The schema with the choices written in; anything that is not a form schema is returned as is. */
  static byte[] fill(byte[] schema, StartFormChoices choices) {
    JsonNode form;
    try {
      form = JSON.readTree(schema);
    } catch (IOException notJson) {
      return schema; // an embedded HTML start form: nothing to fill
    }
    if (form == null || !form.path("components").isArray()) {
      return schema;
    }
    fillComponents(form.path("components"), choices);
    try {
      return JSON.writeValueAsBytes(form);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write the start form schema", e);
    }
  }

  private static void fillComponents(JsonNode components, StartFormChoices choices) {
    for (JsonNode node : components) {
      if (!(node instanceof ObjectNode component)) {
        continue;
      }
      fillComponents(component.path("components"), choices);
      String valuesKey = component.path("valuesKey").asText(null);
      List<Option> options = valuesKey == null ? null : choices.optionsByValuesKey().get(valuesKey);
      if (options != null) {
        ArrayNode values = component.putArray("values");
        options.forEach(o -> values.addObject().put("label", o.label()).put("value", o.value()));
        // form-js takes options from input data whenever valuesKey is present
        component.remove("valuesKey");
      }
      String key = component.path("key").asText(null);
      if (key == null) {
        continue;
      }
      String fixed = choices.fixedValues().get(key);
      if (fixed != null) {
        component.put("defaultValue", fixed);
        component.put("readonly", true);
      }
      if (choices.requiredKeys().contains(key)) {
        validate(component).put("required", true);
      }
    }
  }

  private static ObjectNode validate(ObjectNode component) {
    return component.get("validate") instanceof ObjectNode v ? v : component.putObject("validate");
  }
}
