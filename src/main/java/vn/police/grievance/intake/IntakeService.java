package vn.police.grievance.intake;

import static vn.police.grievance.process.ProcessVariables.*;

import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import vn.police.grievance.item.Category;
import vn.police.grievance.item.GrievanceItem;
import vn.police.grievance.item.ItemRepository;
import vn.police.grievance.item.ItemRepository.NewItem;
import vn.police.grievance.item.ItemService;
import vn.police.grievance.notification.Notifications;
import vn.police.grievance.organisation.OrgUnit;
import vn.police.grievance.organisation.OrganisationService;
import vn.police.grievance.process.GrievanceProcess;
import vn.police.grievance.system.CurrentUser;
import vn.police.grievance.system.Groups;
import vn.police.grievance.system.Checks;
import vn.police.grievance.system.ConflictException;
import vn.police.grievance.system.InvalidInputException;
import vn.police.grievance.system.Text;

/**
 * Receives an item from any channel (REST API, Tasklist start form), checks it once with the same
 * rules, saves it with a fresh reference and starts its handling.
 */
@Service
public class IntakeService {

  static final int TITLE_MAX = 200;
  static final int CONTENT_MAX = 4000;
  static final int PROPOSAL_MAX = 2000;
  static final int CONTACT_MAX = 200;
  static final int IDEMPOTENCY_KEY_MAX = 100;

  private final ItemRepository items;
  private final ItemService itemService;
  private final OrganisationService organisation;
  private final ReferenceGenerator references;
  private final GrievanceProcess process;
  private final TransactionTemplate transaction;
  private final Notifications notifications;
  private final vn.police.grievance.tracking.Attachments attachments;

  /** Files a unit may send with one submission; more are attached afterwards, one by one. */
  public static final int MAX_FILES = 5;

  IntakeService(
      ItemRepository items,
      ItemService itemService,
      OrganisationService organisation,
      ReferenceGenerator references,
      GrievanceProcess process,
      TransactionTemplate transaction,
      Notifications notifications,
      vn.police.grievance.tracking.Attachments attachments) {
    this.items = items;
    this.itemService = itemService;
    this.organisation = organisation;
    this.references = references;
    this.process = process;
    this.transaction = transaction;
    this.notifications = notifications;
    this.attachments = attachments;
  }

  /**
   * Submits over the API. A retry with the same idempotency key returns the item created the first
   * time; the item and its process start commit together or not at all.
   */
  public Submission submit(SubmitItemRequest request, String idempotencyKey, CurrentUser user) {
    return submit(request, idempotencyKey, user, List.of());
  }

  /** A file sent with a submission: its name as the unit gave it and its bytes. */
  public record NewFile(String fileName, byte[] content) {}

  /**
   * Submits with files attached in the same request: the item, its files and its process start
   * commit together, and a file refused (not a PDF, PNG or JPEG by its content, empty, too large)
   * leaves nothing behind. The files are kept before the process starts, so triage's first view of
   * the item lists them.
   */
  public Submission submit(SubmitItemRequest request, String idempotencyKey, CurrentUser user, List<NewFile> files) {
    Checks.start()
        .maxLength("Idempotency-Key", idempotencyKey, IDEMPOTENCY_KEY_MAX)
        .check(files.size() <= MAX_FILES, "files", "Gửi tối đa " + MAX_FILES + " tệp cùng kiến nghị (at most " + MAX_FILES + " files)")
        .throwIfAny();
    Optional<Submission> earlier = earlierSubmission(idempotencyKey, user);
    if (earlier.isPresent()) {
      return earlier.get();
    }
    try {
      GrievanceItem item =
          transaction.execute(
              status -> {
                GrievanceItem saved = register(request, idempotencyKey, user);
                for (NewFile file : files) {
                  attachments.add(saved, file.fileName(), file.content(), user);
                }
                // the registration step binds the item to its new instance; this checks it did
                String instance = process.start(saved, user);
                if (!itemService.bindProcess(saved.id(), instance)) {
                  throw new IllegalStateException("Item " + saved.id() + " is bound to another process instance");
                }
                return itemService.get(saved.id());
              });
      return new Submission(item, true);
    } catch (DuplicateKeyException concurrentRetry) {
      // Two retries raced; the first one won and its transaction has committed.
      return earlierSubmission(idempotencyKey, user).orElseThrow(() -> concurrentRetry);
    }
  }

  /**
   * Saves a new item without starting a process: the caller is either {@link #submit} or the
   * process itself, when it was started from the Tasklist start form.
   */
  public GrievanceItem register(SubmitItemRequest request, String idempotencyKey, CurrentUser user) {
    return register(request, idempotencyKey, user, "intake");
  }

  /**
   * Saves a new item received through {@code channel} (a listening conference records its items
   * here too, with the same checks), without starting a process.
   */
  public GrievanceItem register(SubmitItemRequest request, String idempotencyKey, CurrentUser user, String channel) {
    OrgUnit unit = submittingUnit(request.unitId(), user);
    Category category = Category.parse(request.category());
    Checks.start()
        .required(CATEGORY, request.category(), 20)
        .check(
            request.category() == null || request.category().isBlank() || category != null,
            CATEGORY,
            "Lĩnh vực không hợp lệ (unknown category): " + request.category())
        .required(TITLE, request.title(), TITLE_MAX)
        .required(CONTENT, request.content(), CONTENT_MAX)
        .maxLength(PROPOSAL, request.proposal(), PROPOSAL_MAX)
        .maxLength(CONTACT, request.contact(), CONTACT_MAX)
        .throwIfAny();
    NewItem newItem =
        new NewItem(
            references.next(),
            unit.id(),
            category,
            Text.clean(request.title()),
            Text.clean(request.content()),
            Text.clean(request.proposal()),
            Text.clean(request.contact()),
            user.userId(),
            itemService.now(),
            idempotencyKey);
    GrievanceItem saved = itemService.get(itemService.register(newItem, channel));
    // the unit learns the reference at once, wherever the item came from (its own form, the API,
    // a conference's secretary): a notice in its list and in the webapps' header
    notifications.send(
        saved.unitId(), saved.id(), "RECEIVED", "Đã tiếp nhận kiến nghị " + saved.reference() + ": " + saved.title());
    return saved;
  }

  /**
   * A commune officer submits for their own unit; the reception office records items raised at a
   * listening conference for any commune unit; nobody else submits.
   */
  private OrgUnit submittingUnit(String requestedUnitId, CurrentUser user) {
    Optional<OrgUnit> own = organisation.communeOf(user.groups());
    if (own.isPresent()) {
      if (requestedUnitId != null
          && !requestedUnitId.isBlank()
          && !requestedUnitId.trim().equals(own.get().id())) {
        throw new AccessDeniedException("A commune unit submits only for itself");
      }
      if (!own.get().active()) {
        // its officers keep their accounts while their items run out; new items go nowhere
        throw new vn.police.grievance.system.ConflictException(
            "Đơn vị đã ngừng hoạt động, không gửi kiến nghị mới (the unit has been retired)");
      }
      return own.get();
    }
    if (!user.isIn(Groups.RECEPTION) && !user.isAdministrator()) {
      throw new AccessDeniedException("Only commune units and the reception office submit items");
    }
    if (requestedUnitId == null || requestedUnitId.isBlank()) {
      throw new InvalidInputException(UNIT_ID, "Bắt buộc chọn đơn vị gửi kiến nghị (required)");
    }
    return organisation
        .find(requestedUnitId.trim())
        .filter(u -> organisation.isSubmittingUnit(u.id()))
        .orElseThrow(
            () ->
                new InvalidInputException(
                    UNIT_ID, "Đơn vị không tồn tại (unknown unit): " + requestedUnitId.trim()));
  }

  private Optional<Submission> earlierSubmission(String idempotencyKey, CurrentUser user) {
    if (idempotencyKey == null || idempotencyKey.isBlank()) {
      return Optional.empty();
    }
    return items
        .findByIdempotencyKey(idempotencyKey)
        .map(
            item -> {
              if (!item.submittedBy().equals(user.userId())) {
                throw new IdempotencyKeyConflictException();
              }
              return new Submission(item, false);
            });
  }

  /** The item, and whether this call created it (false for a retried submission). */
  public record Submission(GrievanceItem item, boolean created) {}

  /** The key was used by someone else: never hand one person's item to another. */
  public static class IdempotencyKeyConflictException extends ConflictException {
    IdempotencyKeyConflictException() {
      super("Idempotency-Key đã được dùng cho yêu cầu khác (key already used)");
    }
  }
}
