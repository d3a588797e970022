package vn.police.grievance.support;

import java.util.Map;

/** Form values as officers enter them, per step. */
public final class ProcessTestSupport {

  private ProcessTestSupport() {}

  public static Map<String, Object> answerNow(String... regulationCodes) {
    return Map.of("triageDecision", "ANSWER_NOW", "regulationCodes", String.join(",", regulationCodes));
  }

  public static Map<String, Object> sendToDepartment(String departmentId) {
    return Map.of("triageDecision", "SEND_TO_DEPARTMENT", "departmentId", departmentId);
  }

  public static Map<String, Object> immediateAnswer(String text, String... regulationCodes) {
    return Map.of("answerText", text, "regulationCodes", String.join(",", regulationCodes));
  }

  public static Map<String, Object> approve() {
    return Map.of("signOffDecision", "APPROVE");
  }

  public static Map<String, Object> returnForRevision(String reason) {
    return Map.of("signOffDecision", "RETURN", "signOffReturnReason", reason);
  }

  public static Map<String, Object> satisfied() {
    return Map.of("unitSatisfied", true);
  }

  public static Map<String, Object> notSatisfied(String reason) {
    return Map.of("unitSatisfied", false, "notSatisfiedReason", reason);
  }

  public static Map<String, Object> study(String outcome) {
    return Map.of(
        "studyText", "Đã rà soát quy hoạch trụ sở Công an xã năm 2026.",
        "proposedAnswer", "Đưa trụ sở Công an xã Long Hòa vào kế hoạch đầu tư năm 2027.",
        "studyOutcome", outcome);
  }

  public static Map<String, Object> headApproves() {
    return Map.of("headDecision", "APPROVE");
  }

  public static Map<String, Object> headReturns(String reason) {
    return Map.of("headDecision", "RETURN", "headReturnReason", reason);
  }

  public static Map<String, Object> approveProposal() {
    return Map.of("proposalDecision", "APPROVE");
  }

  public static Map<String, Object> returnProposal(String reason) {
    return Map.of("proposalDecision", "RETURN", "proposalReturnReason", reason);
  }
}
