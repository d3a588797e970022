package vn.police.grievance.deadline;

import vn.police.grievance.item.Step;
import java.time.LocalDate;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Working days allowed per step; defaults from docs/domain.md, "Deadlines". */
@ConfigurationProperties("grievance.deadlines")
public record DeadlineProperties(
    @DefaultValue("2") int triage,
    @DefaultValue("5") int immediateAnswer,
    @DefaultValue("15") int departmentStudy,
    @DefaultValue("5") int consultation,
    @DefaultValue("3") int headReview,
    @DefaultValue("30") int authorityReply,
    @DefaultValue("3") int signOff,
    @DefaultValue("10") int unitResponse,
    @DefaultValue("1") int escalationGrace,
    List<LocalDate> extraHolidays) {

  public int workingDays(Step step) {
    return switch (step) {
      case TRIAGE -> triage;
      case IMMEDIATE_ANSWER -> immediateAnswer;
      case DEPARTMENT_STUDY -> departmentStudy;
      case CONSULTATION -> consultation;
      case HEAD_REVIEW -> headReview;
      case AUTHORITY_REPLY -> authorityReply;
      case SIGN_OFF -> signOff;
      case UNIT_RESPONSE -> unitResponse;
    };
  }
}
