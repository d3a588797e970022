package vn.police.grievance.triage;

import static vn.police.grievance.process.ProcessVariables.*;

import vn.police.grievance.system.Enums;
import vn.police.grievance.item.JournalEvent;
import vn.police.grievance.item.InadmissibleGround;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.police.grievance.item.AnswerKind;
import vn.police.grievance.answer.AnswerService;
import vn.police.grievance.item.GrievanceItem;
import vn.police.grievance.item.ItemRepository;
import vn.police.grievance.item.ItemService;
import vn.police.grievance.item.Route;
import vn.police.grievance.organisation.OrganisationService;
import vn.police.grievance.regulation.Regulation;
import vn.police.grievance.system.Checks;
import vn.police.grievance.system.Text;

/**
 * The reception office's decision on an item: answer now citing the catalogue, send to a
 * functional department (overriding the suggested one only with a reason), or not admissible.
 */
@Service
public class TriageService {

  static final int REASON_MAX = 2000;

  private final ItemService items;
  private final ItemRepository itemRepository;
  private final OrganisationService organisation;
  private final AnswerService answers;

  public TriageService(
      ItemService items, ItemRepository itemRepository, OrganisationService organisation, AnswerService answers) {
    this.items = items;
    this.itemRepository = itemRepository;
    this.organisation = organisation;
    this.answers = answers;
  }

  /** Checks and records the decision; returns the route and, for a department, its id. */
  @Transactional
  public TriageOutcome decide(long itemId, TriageInput input, String actor) {
    GrievanceItem item = items.get(itemId);
    if (input.pickedDuplicate().isPresent()) {
      return pickedDuplicate(item, input, input.pickedDuplicate().get(), actor);
    }
    Route route = Enums.parse(Route.class, input.decision());
    Checks.start()
        .check(route != null, TRIAGE_DECISION, "Chọn một hướng xử lý (choose a decision)")
        .maxLength(TRIAGE_REASON, input.reason(), REASON_MAX)
        .throwIfAny();
    return switch (route) {
      case ANSWER_NOW -> answerNow(item, input, actor);
      case SEND_TO_DEPARTMENT -> sendToDepartment(item, input, actor);
      case NOT_ADMISSIBLE -> notAdmissible(item, input, actor);
    };
  }

  private TriageOutcome answerNow(GrievanceItem item, TriageInput input, String actor) {
    List<Regulation> basis = answers.citableRegulations(REGULATION_CODES, input.regulationCodes(), true);
    items.route(item.id(), Route.ANSWER_NOW, null);
    items.record(
        item.id(),
        actor,
        new JournalEvent.TriageDecided(
            Route.ANSWER_NOW, basis.stream().map(Regulation::code).toList(), null, null, null, Text.clean(input.reason())));
    return new TriageOutcome(Route.ANSWER_NOW, null);
  }

  private TriageOutcome sendToDepartment(GrievanceItem item, TriageInput input, String actor) {
    String department = trim(input.departmentId());
    boolean overridden = department != null && !department.equals(input.suggestedDepartmentId());
    Checks.start()
        .check(department != null, DEPARTMENT_ID, "Chọn phòng chức năng (choose a department)")
        .check(
            department == null || organisation.isDepartment(department),
            DEPARTMENT_ID,
            "Phòng chức năng không tồn tại (unknown department): " + department)
        .check(
            !overridden || input.suggestedDepartmentId() == null || !Text.isBlank(input.overrideReason()),
            OVERRIDE_REASON,
            "Nêu lý do khi chọn phòng khác với đề xuất (a reason is required to override the suggested department)")
        .maxLength(OVERRIDE_REASON, input.overrideReason(), REASON_MAX)
        .throwIfAny();
    items.route(item.id(), Route.SEND_TO_DEPARTMENT, department);
    items.record(
        item.id(), actor, new JournalEvent.TriageDecided(Route.SEND_TO_DEPARTMENT, List.of(), department, null, null, Text.clean(input.reason())));
    if (overridden && input.suggestedDepartmentId() != null) {
      items.record(
          item.id(),
          actor,
          new JournalEvent.DepartmentOverridden(input.suggestedDepartmentId(), department, Text.clean(input.overrideReason())));
    }
    return new TriageOutcome(Route.SEND_TO_DEPARTMENT, department);
  }

  /**
   * One click on a likely duplicate in the form says it all: not admissible as a duplicate of that
   * item. The pick wins over the form's other decision fields: the form hides them once a duplicate
   * is picked, so what the process still holds there is an earlier round's (after the leadership
   * returned a decision), not this officer's. The reason the unit reads defaults to naming the item
   * it duplicates.
   */
  private TriageOutcome pickedDuplicate(GrievanceItem item, TriageInput input, String reference, String actor) {
    Checks.start().maxLength(TRIAGE_REASON, input.reason(), REASON_MAX).throwIfAny();
    String reason = Text.isBlank(input.reason())
        ? "Nội dung trùng với kiến nghị " + reference + " đã tiếp nhận; đơn vị theo dõi kết quả giải quyết tại kiến nghị đó."
        : input.reason();
    return notAdmissible(item, new TriageInput(Route.NOT_ADMISSIBLE.name(), List.of(), null, null, null,
        InadmissibleGround.DUPLICATE.name(), reference, reason), actor);
  }

  private TriageOutcome notAdmissible(GrievanceItem item, TriageInput input, String actor) {
    InadmissibleGround ground = Enums.parse(InadmissibleGround.class, input.inadmissibleGround());
    String duplicateOf = trim(input.duplicateOf());
    Checks checks =
        Checks.start()
            .check(ground != null, INADMISSIBLE_GROUND, "Chọn căn cứ không thụ lý (choose a ground)")
            .required(TRIAGE_REASON, input.reason(), REASON_MAX);
    if (ground == InadmissibleGround.DUPLICATE) {
      checks
          .check(duplicateOf != null, DUPLICATE_OF, "Nhập số tham chiếu kiến nghị bị trùng (reference required)")
          .check(
              duplicateOf == null || !duplicateOf.equals(item.reference()),
              DUPLICATE_OF,
              "Không thể trùng với chính kiến nghị này (cannot duplicate itself)")
          .check(
              duplicateOf == null || itemRepository.findByReference(duplicateOf).isPresent(),
              DUPLICATE_OF,
              "Không tìm thấy kiến nghị (unknown reference): " + duplicateOf);
    }
    checks.throwIfAny();
    String body =
        "Kiến nghị " + item.reference() + " không được thụ lý: " + ground.labelVi()
            + (ground == InadmissibleGround.DUPLICATE ? " " + duplicateOf : "")
            + ". Lý do: " + Text.clean(input.reason());
    items.route(item.id(), Route.NOT_ADMISSIBLE, null);
    items.record(
        item.id(), actor, new JournalEvent.TriageDecided(Route.NOT_ADMISSIBLE, List.of(), null, ground, duplicateOf, Text.clean(input.reason())));
    answers.draft(item.id(), AnswerKind.NOT_ADMISSIBLE, TRIAGE_REASON, body, List.of(), actor);
    return new TriageOutcome(Route.NOT_ADMISSIBLE, null);
  }

  private static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }

  private static String trim(String s) {
    return isBlank(s) ? null : s.trim();
  }

  public record TriageOutcome(Route route, String departmentId) {}
}
