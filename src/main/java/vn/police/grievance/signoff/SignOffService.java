package vn.police.grievance.signoff;

import static vn.police.grievance.process.ProcessVariables.*;

import vn.police.grievance.item.JournalEvent;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.police.grievance.answer.Answer;
import vn.police.grievance.answer.AnswerRepository;
import vn.police.grievance.answer.AnswerService;
import vn.police.grievance.answer.AnswerState;
import vn.police.grievance.item.HigherAuthority;
import vn.police.grievance.item.ItemService;
import vn.police.grievance.letter.OutgoingLetters;
import vn.police.grievance.system.Enums;
import vn.police.grievance.system.Checks;
import vn.police.grievance.system.Text;

/**
 * The leadership approves the current draft answer (which is then issued as the signed answer
 * letter to the unit), or returns it with a reason; and approves or returns a department's proposal
 * to a higher authority, which goes out only with that approval.
 */
@Service
public class SignOffService {

  static final int REASON_MAX = 2000;

  private final AnswerService answerService;
  private final AnswerRepository answers;
  private final ItemService items;
  private final OutgoingLetters letters;

  SignOffService(AnswerService answerService, AnswerRepository answers, ItemService items, OutgoingLetters letters) {
    this.answerService = answerService;
    this.answers = answers;
    this.items = items;
    this.letters = letters;
  }

  /** Returns true when approved. */
  @Transactional
  public boolean decide(long itemId, String decision, String reason, String actor) {
    boolean approve = Checks.review(decision, SIGN_OFF_DECISION, reason, SIGN_OFF_RETURN_REASON, REASON_MAX);
    Answer draft = answerService.currentDraft(itemId);
    if (approve) {
      answers.decide(draft.id(), AnswerState.APPROVED, actor, items.now());
      items.record(itemId, actor, new JournalEvent.SignedOff(draft.kind(), draft.id()));
      letters.issueAnswerLetter(itemId, draft, actor);
    } else {
      answers.decide(draft.id(), AnswerState.RETURNED, actor, items.now());
      items.record(itemId, actor, new JournalEvent.ReturnedForRevision(draft.kind(), draft.id(), Text.clean(reason)));
    }
    return approve;
  }

  /**
   * The leadership approves the department's proposal to a higher authority (it is then issued),
   * or returns it to the department with a reason. Returns true when approved.
   */
  @Transactional
  public boolean decideProposal(long itemId, String higherAuthority, String decision, String reason, String actor) {
    boolean approve = Checks.review(decision, PROPOSAL_DECISION, reason, PROPOSAL_RETURN_REASON, REASON_MAX);
    HigherAuthority authority = Enums.parse(HigherAuthority.class, higherAuthority);
    items.record(
        itemId,
        actor,
        approve ? new JournalEvent.ProposalApproved(authority) : new JournalEvent.ProposalReturned(authority, Text.clean(reason)));
    return approve;
  }
}
