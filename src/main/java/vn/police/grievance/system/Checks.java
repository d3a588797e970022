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

  public Checks required(String field, String value, int max) {
    if (value == null || value.isBlank()) {
      problems.add(new FieldProblem(field, "Bắt buộc nhập (required)"));
    } else {
      maxLength(field, value, max);
    }
    return this;
  }

  public Checks maxLength(String field, String value, int max) {
    if (value != null && value.length() > max) {
      problems.add(
          new FieldProblem(
              field,
              "Tối đa " + max + " ký tự, đã nhập " + value.length() + " (at most " + max + " characters)"));
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
        .check(approve || (reason != null && !reason.isBlank()), reasonField, "Nêu lý do trả lại (a reason is required)")
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
