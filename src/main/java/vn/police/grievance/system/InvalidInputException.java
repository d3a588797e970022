package vn.police.grievance.system;

import java.util.List;

/**
 * Input that breaks a business rule. Carries field-level messages, becomes an RFC 7807 problem on
 * the API and an error message in Tasklist; thrown before anything is written, or inside the
 * transaction that it rolls back.
 */
public class InvalidInputException extends RuntimeException {

  private final List<FieldProblem> problems;

  public InvalidInputException(List<FieldProblem> problems) {
    super(summary(problems));
    this.problems = List.copyOf(problems);
  }

  public InvalidInputException(String field, String message) {
    this(List.of(new FieldProblem(field, message)));
  }

  public List<FieldProblem> problems() {
    return problems;
  }

  private static String summary(List<FieldProblem> problems) {
    StringBuilder sb = new StringBuilder();
    for (FieldProblem p : problems) {
      if (!sb.isEmpty()) {
        sb.append("; ");
      }
      sb.append(p.field()).append(": ").append(p.message());
    }
    return sb.toString();
  }

  public record FieldProblem(String field, String message) {}
}
