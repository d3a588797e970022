package vn.police.grievance.figures;

import java.util.Map;
import java.util.Optional;
import vn.police.grievance.item.Step;

/**
 * The user tasks of the grievance processes and the step each one is. Tasks of other diagrams (the
 * listening conference's own) are no step of an item and are not counted.
 */
final class StepKeys {

  private StepKeys() {}

  static final Map<String, Step> BY_TASK =
      Map.of(
          "userTask_triage", Step.TRIAGE,
          "userTask_draftImmediateAnswer", Step.IMMEDIATE_ANSWER,
          "userTask_draftStudy", Step.DEPARTMENT_STUDY,
          "userTask_consult", Step.CONSULTATION,
          "userTask_headReview", Step.HEAD_REVIEW,
          "userTask_recordAuthorityReply", Step.AUTHORITY_REPLY,
          "userTask_leadershipSignOff", Step.SIGN_OFF,
          "userTask_proposalSignOff", Step.SIGN_OFF,
          "userTask_confirmAnswer", Step.UNIT_RESPONSE);

  static Optional<Step> of(String taskDefinitionKey) {
    return Optional.ofNullable(BY_TASK.get(taskDefinitionKey));
  }

  /** A head's group ("dept-hau-can-head") counts for its department. */
  static String responsibleOf(String group) {
    if (group == null) {
      return null;
    }
    return group.endsWith("-head") ? group.substring(0, group.length() - "-head".length()) : group;
  }
}
