package vn.police.grievance.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import vn.police.grievance.system.InvalidInputException.FieldProblem;

/** The approve-or-return review shared by the department head and the leadership, and how checks collect problems. */
class ChecksRulesTest {

  static final String CHOOSE = "Chọn duyệt hoặc trả lại (approve or return)";
  static final String REASON_REQUIRED = "Nêu lý do trả lại (a reason is required)";

  @Test
  void anApprovalNeedsNoReason() {
    assertThat(review("APPROVE", null)).isTrue();
    assertThat(review("APPROVE", " \u200B")).isTrue();
  }

  @Test
  void anApprovalMayCarryARemark() {
    assertThat(review("APPROVE", "Đồng ý")).isTrue();
  }

  @Test
  void aReturnWithAReasonIsAReturn() {
    assertThat(review("RETURN", "Bổ sung")).isFalse();
  }

  @Test
  void aReturnWithoutAReasonIsRefusedOnTheCallersField() {
    for (String reason : new String[] {null, "", "\t\n", "\u200B\u00A0\u3000"}) {
      assertThat(problems(() -> review("RETURN", reason)))
          .containsExactly(new FieldProblem("returnReason", REASON_REQUIRED));
    }
  }

  @Test
  void theDecisionMustBeExactlyApproveOrReturn() {
    for (String decision : new String[] {"REJECT", "approve", "return", " APPROVE", ""}) {
      assertThat(problems(() -> review(decision, "Lý do")))
          .as(decision)
          .containsExactly(new FieldProblem("decision", CHOOSE));
    }
  }

  @Test
  void aMissingDecisionIsRefusedOnTheCallersField() {
    assertThat(problems(() -> review(null, "Lý do"))).containsExactly(new FieldProblem("decision", CHOOSE));
  }

  @Test
  void aReasonOverTheLimitIsRefusedWhateverTheDecision() {
    FieldProblem tooLong = new FieldProblem("returnReason", "Tối đa 10 ký tự, đã nhập 11 (at most 10 characters)");
    assertThat(problems(() -> review("RETURN", "x".repeat(11)))).containsExactly(tooLong);
    assertThat(problems(() -> review("APPROVE", "x".repeat(11)))).containsExactly(tooLong);
  }

  @Test
  void theLimitCountsTheReasonAsItIsStored() {
    assertThat(review("RETURN", "\u200B " + "x".repeat(10) + "\u00A0\u3000")).isFalse();
  }

  @Test
  void anUnknownDecisionAndAnOverlongReasonAreReportedTogether() {
    assertThat(problems(() -> review("MAYBE", "x".repeat(11))))
        .containsExactly(
            new FieldProblem("decision", CHOOSE),
            new FieldProblem("returnReason", "Tối đa 10 ký tự, đã nhập 11 (at most 10 characters)"));
  }

  @Test
  void checksCollectEveryProblemInOrderAndThrowOnlyWhenThereIsOne() {
    Checks none = Checks.start().required("title", "Trụ sở", 10).maxLength("proposal", null, 5).check(true, "x", "never");
    none.throwIfAny();

    Checks some =
        Checks.start().required("title", null, 10).check(false, "unit", "Đơn vị không tồn tại").maxLength("proposal", "abcdef", 5);
    assertThat(some.hasProblem("title")).isTrue();
    assertThat(some.hasProblem("contact")).isFalse();
    assertThatThrownBy(some::throwIfAny)
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.problems())
                .containsExactly(
                    new FieldProblem("title", "Bắt buộc nhập (required)"),
                    new FieldProblem("unit", "Đơn vị không tồn tại"),
                    new FieldProblem("proposal", "Tối đa 5 ký tự, đã nhập 6 (at most 5 characters)")))
        .hasMessage(
            "title: Bắt buộc nhập (required); unit: Đơn vị không tồn tại;"
                + " proposal: Tối đa 5 ký tự, đã nhập 6 (at most 5 characters)");
  }

  // --- helpers ---

  static boolean review(String decision, String reason) {
    return Checks.review(decision, "decision", reason, "returnReason", 10);
  }

  static List<FieldProblem> problems(ThrowingCallable call) {
    InvalidInputException[] thrown = new InvalidInputException[1];
    assertThatThrownBy(call).isInstanceOfSatisfying(InvalidInputException.class, e -> thrown[0] = e);
    return thrown[0].problems();
  }
}
