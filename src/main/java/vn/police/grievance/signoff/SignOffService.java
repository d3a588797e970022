package vn.police.grievance.signoff;

import static vn.police.grievance.process.ProcessVariables.*;

import vn.police.grievance.item.JournalEvent;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.police.grievance.answer.Answer;
import vn.police.grievance.answer.AnswerRepository;
import vn.police.grievance.answer.AnswerService;
import vn.police.grievance.answer.AnswerState;
import vn.police.grievance.item.ItemService;
import vn.police.grievance.system.Checks;
import vn.police.grievance.system.Text;

/** The leadership approves the current draft answer, or returns it with a reason. */
@Service
public class SignOffService {

  static final int REASON_MAX = 2000;

  private final AnswerService answerService;
  private final AnswerRepository answers;
  private final ItemService items;

  SignOffService(AnswerService answerService, AnswerRepository answers, ItemService items) {
    this.answerService = answerService;
    this.answers = answers;
    this.items = items;
  }

  /** Returns true when approved. */
  @Transactional
  public boolean decide(long itemId, String decision, String reason, String actor) {
    boolean approve = Checks.review(decision, SIGN_OFF_DECISION, reason, SIGN_OFF_RETURN_REASON, REASON_MAX);
    Answer draft = answerService.currentDraft(itemId);
    if (approve) {
      answers.decide(draft.id(), AnswerState.APPROVED, actor, items.now());
      items.record(itemId, actor, new JournalEvent.SignedOff(draft.kind(), draft.id()));
    } else {
      answers.decide(draft.id(), AnswerState.RETURNED, actor, items.now());
      items.record(itemId, actor, new JournalEvent.ReturnedForRevision(draft.kind(), draft.id(), Text.clean(reason)));
    }
    return approve;
  }
}
