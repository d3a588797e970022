package vn.police.grievance.conference;

import static vn.police.grievance.process.ProcessVariables.*;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.police.grievance.organisation.OrganisationService;
import vn.police.grievance.process.Variables;

/**
 * What a conference step's form shows, as read-only snapshots taken when the step starts: the
 * conference, where it stands, how many items were raised and decided, and what the step is about
 * (the answers waiting for the chair, the conclusions to approve, the chair's reason for a return).
 */
@Component
public class ConferenceTaskContextListener implements TaskListener {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");
  private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  private final ConferenceService conferences;
  private final OrganisationService organisation;

  public ConferenceTaskContextListener(ConferenceService conferences, OrganisationService organisation) {
    this.conferences = conferences;
    this.organisation = organisation;
  }

  @Override
  public void notify(DelegateTask task) {
    long id = Variables.longValue(task, CONFERENCE_ID);
    Conference conference = conferences.get(id);
    List<RaisedItem> items = conferences.items(id);
    task.setVariableLocal("ctxConference", conference.reference() + " · " + conference.title());
    task.setVariableLocal("ctxConferenceTime", TIME.format(conference.startsAt().atZoneSameInstant(VIETNAM)));
    task.setVariableLocal("ctxConferenceStatus", conference.status().labelVi());
    task.setVariableLocal("ctxConferenceCounts", counts(items));
    switch (task.getTaskDefinitionKey()) {
      case ConferenceSteps.CONFIRM -> task.setVariableLocal("ctxAnswersToConfirm", fitting(awaiting(items)));
      case ConferenceSteps.DRAFT_NOTICE ->
          task.setVariableLocal("ctxNoticeReturnReason", Variables.string(task, NOTICE_RETURN_REASON));
      case ConferenceSteps.APPROVE_NOTICE -> task.setVariableLocal("ctxConclusions", fitting(conference.conclusions()));
      default -> {}
    }
    task.setName(task.getName() + " – " + conference.reference());
  }

  /** A snapshot cut to a text variable's size; the page shows the whole text. */
  private static String fitting(String text) {
    return Variables.fitting(text, "\n… (xem đầy đủ trên trang Hội nghị)");
  }

  private static String counts(List<RaisedItem> items) {
    long answered = items.stream().filter(r -> r.outcome() == ConferenceOutcome.ANSWERED).count();
    long assigned = items.stream().filter(r -> r.outcome() == ConferenceOutcome.ASSIGNED).count();
    return items.size() + " ý kiến: " + answered + " trả lời tại chỗ, " + assigned + " giao phòng chức năng, "
        + (items.size() - answered - assigned) + " chưa kết luận";
  }

  private String awaiting(List<RaisedItem> items) {
    return items.stream()
        .filter(RaisedItem::awaitsConfirmation)
        .map(r -> r.reference() + " – " + organisation.shortNameOf(r.unitId()) + " – " + r.title()
            + "\nNgười trả lời: " + r.answeredBy() + "\n" + r.answer())
        .collect(Collectors.joining("\n\n"));
  }
}
