package vn.police.grievance.system;

import java.util.ArrayList;
import java.util.List;
import vn.police.grievance.system.InvalidInputException.FieldProblem;

/**
 * Collects field problems for one input so that the caller sees all of them at once. Messages are
 * Vietnamese (what officers read) with the English in brackets for the team and the API clients.
 */
public final class Checks {

  private final List<FieldProblem> problems = new ArrayList<>();

  public static Checks start() {
    return new Checks();
  }

  /**
   * The field must hold visible text: whitespace and invisible characters alone count as missing
   * (see {@link Text#clean}).
   */
  public Checks required(String field, String value, int max) {
    if (Text.isBlank(value)) {
      problems.add(new FieldProblem(field, "Bắt buộc nhập (required)"));
    } else {
      maxLength(field, value, max);
    }
    return this;
  }

  /** At most {@code max} characters of the text as it is stored, that is as {@link Text#clean} leaves it. */
  public Checks maxLength(String field, String value, int max) {
    String stored = Text.clean(value);
    if (stored != null && stored.length() > max) {
      problems.add(
          new FieldProblem(
              field,
              "Tối đa " + max + " ký tự, đã nhập " + stored.length() + " (at most " + max + " characters)"));
    }
    return this;
  }

  public Checks check(boolean ok, String field, String message) {
    if (!ok) {
      problems.add(new FieldProblem(field, message));
    }
    return this;
  }

  /**
   * An approve-or-return review (department head, leadership): the decision must be one of the
   * two, and a return needs a reason. Returns true when approved.
   */
  public static boolean review(String decision, String decisionField, String reason, String reasonField, int reasonMax) {
    boolean approve = "APPROVE".equals(decision);
    start()
        .check(approve || "RETURN".equals(decision), decisionField, "Chọn duyệt hoặc trả lại (approve or return)")
        .check(approve || !Text.isBlank(reason), reasonField, "Nêu lý do trả lại (a reason is required)")
        .maxLength(reasonField, reason, reasonMax)
        .throwIfAny();
    return approve;
  }

  public boolean hasProblem(String field) {
    return problems.stream().anyMatch(p -> p.field().equals(field));
  }

  public void throwIfAny() {
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }
}
