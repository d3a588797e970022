package vn.police.grievance.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.police.grievance.system.InvalidInputException.FieldProblem;

/**
 * Holds the variables of one completed form (or one start) to what the form declares: every name
 * a field of the form, every value of the field's type, every choice one the field offers. What
 * the form does not declare is refused, never silently dropped: a caller that sends it is not
 * using the form.
 */
final class FormSubmission {

  /** Longest text any field takes; the services apply each field's own, smaller limit. */
  static final int TEXT_MAX = 20_000;

  static final Set<String> TEXT_TYPES = Set.of("String");
  static final Set<String> NUMBER_TYPES = Set.of("Integer", "Long", "Short", "Double");
  static final Set<String> CHOICE_TYPES = Set.of("String", "Boolean", "Integer", "Long", "Short", "Double");

  private static final ObjectMapper JSON = new ObjectMapper();

  /** What the gate knows of the task being completed: the choices it offers. */
  interface TaskState {
    /** The values a data-driven choice offers (from the context value named by the field's valuesKey). */
    Set<String> options(String valuesKey);
  }

  /** The variables that carry the data-driven choices of the fields a submission sends. */
  static Set<String> valuesKeysSent(JsonNode body, DeclaredForms.Form form) {
    Set<String> keys = new java.util.HashSet<>();
    JsonNode variables = body == null ? null : body.path("variables");
    if (variables != null && variables.isObject()) {
      variables.fieldNames().forEachRemaining(name ->
          form.field(name).map(DeclaredForms.Field::valuesKey).ifPresent(keys::add));
    }
    return keys;
  }

  /**
   * Takes the form's read-only fields out of a task's submission: they show the task's context,
   * which form-js sends back with the rest, and are never an input. True when any was taken out.
   */
  static boolean dropReadOnly(JsonNode body, DeclaredForms.Form form) {
    JsonNode variables = body == null ? null : body.path("variables");
    if (variables == null || !variables.isObject()) {
      return false;
    }
    List<String> readOnly = new ArrayList<>();
    variables.fieldNames().forEachRemaining(name -> {
      if (form.field(name).map(DeclaredForms.Field::readonly).orElse(false)) {
        readOnly.add(name);
      }
    });
    ((com.fasterxml.jackson.databind.node.ObjectNode) variables).remove(readOnly);
    return !readOnly.isEmpty();
  }

  private FormSubmission() {}

  /**
   * The problems of a request body; empty when it may pass. {@code allowedTopLevel} names the
   * keys the endpoint takes besides {@code variables}.
   */
  static List<FieldProblem> check(
      JsonNode body, Set<String> allowedTopLevel, DeclaredForms.Form form, Optional<TaskState> task) {
    List<FieldProblem> problems = new ArrayList<>();
    if (body == null || body.isNull() || body.isMissingNode()) {
      return problems;
    }
    if (!body.isObject()) {
      problems.add(new FieldProblem("$", "Nội dung phải là một đối tượng JSON (a JSON object is expected)"));
      return problems;
    }
    for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!"variables".equals(name) && !allowedTopLevel.contains(name)) {
        problems.add(new FieldProblem(name, "Không được phép gửi kèm (not accepted here)"));
      }
    }
    JsonNode variables = body.path("variables");
    if (variables.isMissingNode() || variables.isNull()) {
      return problems;
    }
    if (!variables.isObject()) {
      problems.add(new FieldProblem("variables", "Phải là một đối tượng (an object is expected)"));
      return problems;
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = variables.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> variable = it.next();
      String name = variable.getKey();
      Optional<DeclaredForms.Field> field = form.field(name);
      if (field.isEmpty()) {
        problems.add(new FieldProblem(name, "Biểu mẫu không có trường này (the form declares no such field)"));
        continue;
      }
      checkVariable(field.get(), variable.getValue(), task).ifPresent(message -> problems.add(new FieldProblem(name, message)));
    }
    return problems;
  }

  private static Optional<String> checkVariable(DeclaredForms.Field field, JsonNode dto, Optional<TaskState> task) {
    if (!dto.isObject()) {
      return Optional.of("Phải có dạng {\"value\": …} (a variable object is expected)");
    }
    for (Iterator<String> keys = dto.fieldNames(); keys.hasNext(); ) {
      String key = keys.next();
      if (!Set.of("value", "type", "valueInfo").contains(key)) {
        return Optional.of("Thuộc tính không được phép: " + key + " (not accepted)");
      }
    }
    JsonNode info = dto.path("valueInfo");
    if (!info.isMissingNode() && !info.isNull() && !(info.isObject() && info.isEmpty())) {
      return Optional.of("Không được gửi valueInfo (valueInfo is not accepted)");
    }
    String type = dto.hasNonNull("type") ? dto.get("type").asText() : null;
    JsonNode value = dto.path("value");
    boolean empty = value.isMissingNode() || value.isNull();

    if (field.disabled()) {
      return Optional.of("Trường này thuộc bước khác, không được sửa (another step's field)");
    }
    if (field.readonly()) {
      // a task's read-only fields are taken out before (dropReadOnly); a start form's say nothing
      return empty || value.asText().isBlank() ? Optional.empty() : Optional.of("Trường chỉ đọc, không được sửa (read-only field)");
    }
    switch (field.type()) {
      case "textfield", "textarea" -> {
        if (type != null && !TEXT_TYPES.contains(type)) {
          return wrongType(type);
        }
        if (!empty && !value.isTextual()) {
          return Optional.of("Phải là văn bản (text expected)");
        }
        if (!empty && value.asText().length() > TEXT_MAX) {
          return Optional.of("Quá dài (too long)");
        }
        return Optional.empty();
      }
      case "datetime" -> {
        if (type != null && !Set.of("String", "Date").contains(type)) {
          return wrongType(type);
        }
        return !empty && (!value.isTextual() || value.asText().length() > 40)
            ? Optional.of("Phải là ngày (a date expected)")
            : Optional.empty();
      }
      case "number" -> {
        if (type != null && !NUMBER_TYPES.contains(type)) {
          return wrongType(type);
        }
        return !empty && !value.isNumber() ? Optional.of("Phải là số (a number expected)") : Optional.empty();
      }
      case "checkbox" -> {
        if (type != null && !"Boolean".equals(type)) {
          return wrongType(type);
        }
        return !empty && !value.isBoolean() ? Optional.of("Phải là đúng/sai (true or false expected)") : Optional.empty();
      }
      case "radio", "select" -> {
        if (type != null && !CHOICE_TYPES.contains(type)) {
          return wrongType(type);
        }
        if (empty || (value.isTextual() && value.asText().isEmpty())) {
          return Optional.empty();
        }
        if (!value.isValueNode()) {
          return Optional.of("Phải là một lựa chọn (a single choice expected)");
        }
        return offered(field, task).map(allowed -> allowed.contains(value.asText())
                ? Optional.<String>empty()
                : Optional.of("Giá trị không có trong danh sách lựa chọn (not one of the choices): " + value.asText()))
            .orElse(Optional.empty());
      }
      case "taglist", "checklist" -> {
        if (type != null && !Set.of("Json", "String").contains(type)) {
          return wrongType(type);
        }
        if (empty) {
          return Optional.empty();
        }
        List<String> chosen = elements(value);
        if (chosen == null) {
          return Optional.of("Phải là danh sách lựa chọn (a list of choices expected)");
        }
        Optional<Set<String>> allowed = offered(field, task);
        if (allowed.isPresent()) {
          for (String c : chosen) {
            if (!allowed.get().contains(c)) {
              return Optional.of("Giá trị không có trong danh sách lựa chọn (not one of the choices): " + c);
            }
          }
        }
        return Optional.empty();
      }
      default -> {
        return Optional.of("Trường này không nhận dữ liệu (this field takes no input)");
      }
    }
  }

  /**
   * The choices the field offers: written in the form, or carried by the task. Empty (no check
   * here) only for data-driven choices of a start form, which the intake checks itself.
   */
  private static Optional<Set<String>> offered(DeclaredForms.Field field, Optional<TaskState> task) {
    if (!field.values().isEmpty()) {
      return Optional.of(field.values().stream().map(JsonNode::asText).collect(java.util.stream.Collectors.toSet()));
    }
    if (field.valuesKey() != null && task.isPresent()) {
      return Optional.of(task.get().options(field.valuesKey()));
    }
    return field.valuesKey() == null ? Optional.of(Set.of()) : Optional.empty();
  }

  /** A list's elements: a JSON array, a JSON array in a string (the Json type), or a comma-separated string. */
  private static List<String> elements(JsonNode value) {
    JsonNode array = value;
    if (value.isTextual()) {
      String text = value.asText().trim();
      if (text.startsWith("[")) {
        try {
          array = JSON.readTree(text);
        } catch (IOException e) {
          return null;
        }
      } else {
        List<String> parts = new ArrayList<>();
        for (String part : text.split("[,;\\n]")) {
          if (!part.isBlank()) {
            parts.add(part.trim());
          }
        }
        return parts;
      }
    }
    if (!array.isArray()) {
      return null;
    }
    List<String> result = new ArrayList<>();
    for (JsonNode e : array) {
      if (!e.isValueNode() || e.isNull()) {
        return null;
      }
      result.add(e.asText());
    }
    return result;
  }

  /** The values of an options variable ({@code [{"label": …, "value": …}]}), as text. */
  static Set<String> optionValues(Object options) {
    if (options == null) {
      return Set.of();
    }
    try {
      JsonNode node = JSON.readTree(options.toString());
      Set<String> values = new java.util.HashSet<>();
      node.forEach(o -> values.add(o.path("value").asText()));
      return values;
    } catch (IOException e) {
      return Set.of();
    }
  }

  private static Optional<String> wrongType(String type) {
    return Optional.of("Kiểu dữ liệu không được phép: " + type + " (type not accepted)");
  }
}
