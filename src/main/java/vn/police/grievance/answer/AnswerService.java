package vn.police.grievance.answer;

import vn.police.grievance.item.JournalEvent;
import vn.police.grievance.item.AnswerKind;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.police.grievance.item.ItemService;
import vn.police.grievance.regulation.Regulation;
import vn.police.grievance.regulation.RegulationRepository;
import vn.police.grievance.system.Checks;
import vn.police.grievance.system.InvalidInputException;
import vn.police.grievance.system.Text;

/** Drafts answers with their legal basis; a new draft replaces any earlier open one. */
@Service
public class AnswerService {

  public static final int BODY_MAX = 4000;

  private final AnswerRepository answers;
  private final RegulationRepository regulations;
  private final ItemService items;

  public AnswerService(AnswerRepository answers, RegulationRepository regulations, ItemService items) {
    this.answers = answers;
    this.regulations = regulations;
    this.items = items;
  }

  /**
   * Checks the cited codes against the catalogue: each must exist and still be in force.
   *
   * @param required whether at least one regulation must be cited
   */
  public List<Regulation> citableRegulations(String field, List<String> codes, boolean required) {
    List<Regulation> found = regulations.findByCodes(codes);
    Checks checks = Checks.start();
    checks.check(!required || !codes.isEmpty(), field, "Phải trích dẫn ít nhất một văn bản (cite at least one regulation)");
    for (String code : codes) {
      Regulation r = found.stream().filter(x -> x.code().equals(code)).findFirst().orElse(null);
      checks.check(r != null, field, "Văn bản không có trong danh mục (unknown regulation): " + code);
      checks.check(r == null || r.citable(), field, "Văn bản đã hết hiệu lực (repealed): " + code);
    }
    checks.throwIfAny();
    return found;
  }

  @Transactional
  public long draft(
      long itemId, AnswerKind kind, String field, String body, List<Regulation> basis, String actor) {
    Checks.start().required(field, body, BODY_MAX).throwIfAny();
    answers.supersedeOpenDrafts(itemId);
    long id =
        answers.insertDraft(
            itemId, kind, Text.clean(body), basis.stream().map(Regulation::id).toList(), actor, items.now());
    items.record(
        itemId, actor, new JournalEvent.AnswerDrafted(kind, id, Text.clean(body), basis.stream().map(Regulation::code).toList()));
    return id;
  }

  /** Drafts recorded by mistake or replaced by another decision never go out. */
  @Transactional
  public void withdrawDrafts(long itemId) {
    answers.supersedeOpenDrafts(itemId);
  }

  /**
   * The leadership approves a draft outside the sign-off step (the chair of a listening conference
   * confirming an answer given there); the caller journals the approval as its own event.
   */
  @Transactional
  public void approve(long itemId, long answerId, String actor) {
    Answer draft = currentDraft(itemId);
    if (draft.id() != answerId) {
      throw new vn.police.grievance.system.ConflictException("Trả lời đã được thay bằng dự thảo khác (the answer was replaced)");
    }
    answers.decide(answerId, AnswerState.APPROVED, actor, items.now());
  }

  public Answer currentDraft(long itemId) {
    return answers
        .currentDraft(itemId)
        .orElseThrow(() -> new InvalidInputException("answer", "Chưa có dự thảo trả lời (no draft answer)"));
  }
}
