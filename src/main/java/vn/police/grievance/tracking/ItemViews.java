package vn.police.grievance.tracking;

import vn.police.grievance.item.ItemRepository;
import vn.police.grievance.item.GrievanceItem;
import org.springframework.stereotype.Component;
import vn.police.grievance.answer.Answer;
import vn.police.grievance.answer.AnswerRepository;
import vn.police.grievance.organisation.OrganisationService;
import vn.police.grievance.regulation.Regulation;

/** Turns an item into what the API shows: labels resolved, the delivered answer attached. */
@Component
public class ItemViews {

  private final OrganisationService organisation;
  private final AnswerRepository answers;
  private final ItemRepository items;

  private final vn.police.grievance.process.GrievanceProcess process;
  private final vn.police.grievance.document.DocumentRegister register;

  public ItemViews(
      OrganisationService organisation,
      AnswerRepository answers,
      ItemRepository items,
      vn.police.grievance.process.GrievanceProcess process,
      vn.police.grievance.document.DocumentRegister register) {
    this.organisation = organisation;
    this.answers = answers;
    this.items = items;
    this.process = process;
    this.register = register;
  }

  /** The full view: delivered answer and status history included. */
  public ItemView of(GrievanceItem item) {
    ItemView.AnswerView answer =
        answers
            .latestApproved(item.id())
            .filter(a -> a.deliveredAt() != null)
            .map(a -> answerView(a, letter(item)))
            .orElse(null);
    return build(
        item,
        due(item.closedAt() == null ? process.dueOfOpenSteps(java.util.List.of(item.reference())).get(item.reference()) : null),
        answer,
        items.statusHistory(item.id()).stream()
            .map(c -> new ItemView.StatusView(c.status().name(), c.status().labelVi(), c.at(), c.by()))
            .toList());
  }

  /** The list view: no answer body, no history. */
  public ItemView summary(GrievanceItem item) {
    return build(item, null, null, null);
  }

  /** A page of the list view, with when each item's open step falls due (one query for the page). */
  public vn.police.grievance.item.Page<ItemView> summaries(vn.police.grievance.item.Page<GrievanceItem> page) {
    java.util.Map<String, java.util.Date> due = process.dueOfOpenSteps(
        page.content().stream().filter(i -> i.closedAt() == null).map(GrievanceItem::reference).toList());
    return page.map(item -> build(item, due(due.get(item.reference())), null, null));
  }

  private static java.time.OffsetDateTime due(java.util.Date date) {
    return date == null ? null : date.toInstant().atOffset(java.time.ZoneOffset.UTC);
  }

  private ItemView build(
      GrievanceItem item, java.time.OffsetDateTime stepDue, ItemView.AnswerView answer, java.util.List<ItemView.StatusView> history) {
    return new ItemView(
        item.reference(),
        new ItemView.Labelled(item.unitId(), organisation.nameOf(item.unitId())),
        new ItemView.Labelled(item.category().name(), item.category().labelVi()),
        item.title(),
        item.content(),
        item.proposal(),
        item.contact(),
        new ItemView.Labelled(item.status().name(), item.status().labelVi()),
        item.route() == null ? null : item.route().name(),
        item.departmentId() == null
            ? null
            : new ItemView.Labelled(item.departmentId(), organisation.nameOf(item.departmentId())),
        item.submittedBy(),
        item.submittedAt(),
        item.updatedAt(),
        item.closedAt(),
        item.reopenCount(),
        stepDue,
        answer,
        history);
  }

  private static ItemView.AnswerView answerView(Answer a, ItemView.LetterView letter) {
    return new ItemView.AnswerView(
        a.kind().name(),
        a.body(),
        a.regulations().stream().map(Regulation::code).toList(),
        a.decidedBy(),
        a.decidedAt(),
        a.deliveredAt(),
        letter);
  }

  /** The item's latest answer letter, if one was issued. */
  private ItemView.LetterView letter(GrievanceItem item) {
    return register.ofItem(item.id(), "ANSWER_LETTER")
        .map(d -> new ItemView.LetterView(
            d.numberAndSymbol(), d.issuedAt(), d.signerName(), d.pdfSha256(), "/api/items/" + item.reference() + "/letter.pdf"))
        .orElse(null);
  }
}
