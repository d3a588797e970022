package vn.police.grievance.regulation;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.police.grievance.journal.AdminJournal;
import vn.police.grievance.system.Checks;
import vn.police.grievance.system.ConflictException;
import vn.police.grievance.system.CurrentUser;
import vn.police.grievance.system.Groups;
import vn.police.grievance.system.NotFoundException;
import vn.police.grievance.system.Text;

/**
 * Keeping the regulation catalogue: the reception office and administrators add, edit and retire
 * documents. Each change is journalled with the document before and after (its history); an edit
 * names the version it was made on, so that two keepers never overwrite each other. Retired
 * documents stay for the answers that cite them and are no longer offered.
 */
@Service
public class RegulationCatalogue {

  static final String SUBJECT = "REGULATION";
  static final Pattern CODE = Pattern.compile("[\\p{L}0-9][\\p{L}0-9./-]{0,63}");
  /** The categories of docs/domain.md (item.Category, one layer up). */
  static final Set<String> CATEGORIES =
      Set.of("REPORTING", "FACILITIES", "EQUIPMENT", "STAFFING", "ALLOWANCES", "PUBLIC_ORDER", "PROFESSIONAL", "OTHER");

  /** A document of the catalogue with the version its next edit must name. */
  public record Entry(Regulation regulation, int version) {}

  /** What a keeper writes. */
  public record Draft(String code, String title, String issuingBody, LocalDate issuedOn, String status, String summary,
      List<String> categories, String keywords) {}

  private final JdbcClient jdbc;
  private final RegulationRepository regulations;
  private final AdminJournal journal;

  public RegulationCatalogue(JdbcClient jdbc, RegulationRepository regulations, AdminJournal journal) {
    this.jdbc = jdbc;
    this.regulations = regulations;
    this.journal = journal;
  }

  public List<Entry> entries() {
    return regulations.findAll().stream().map(r -> new Entry(r, version(r.id()))).toList();
  }

  public Entry get(long id) {
    Regulation r = regulations.findByIds(List.of(id)).stream().findFirst()
        .orElseThrow(() -> new NotFoundException("Không có văn bản " + id + " (no such regulation)"));
    return new Entry(r, version(id));
  }

  @Transactional
  public Entry add(Draft draft, CurrentUser user) {
    mayKeep(user);
    Regulation wanted = check(draft, null);
    try {
      regulations.insertIfMissing(wanted);
    } catch (DuplicateKeyException e) {
      throw taken(wanted.code());
    }
    Entry added = new Entry(regulations.findByCode(wanted.code()).orElseThrow(), 1);
    journal.record(user.userId(), SUBJECT, String.valueOf(added.regulation().id()), "ADD", null, added);
    return added;
  }

  /** Edits a document; {@code version} is the one the keeper read (someone else's edit since is a 409). */
  @Transactional
  public Entry edit(long id, int version, Draft draft, CurrentUser user) {
    mayKeep(user);
    Entry before = get(id);
    if (before.regulation().status() == RegulationStatus.RETIRED) {
      throw new ConflictException("Văn bản đã ngừng sử dụng trong danh mục (the regulation is retired)");
    }
    Regulation wanted = check(draft, id);
    if (!wanted.code().equals(before.regulation().code())) {
      // steps running, answer templates and conferences cite documents by their code: another code
      // is another document, added as such
      throw new ConflictException("Không đổi số, ký hiệu của văn bản đã có; thêm văn bản mới với số, ký hiệu khác"
          + " (a document's code does not change: add a new document)");
    }
    int updated = jdbc.sql("UPDATE regulation SET code = ?, title = ?, issuing_body = ?, issued_on = ?, status = ?, summary = ?,"
            + " categories = ?, keywords = ?, version = version + 1 WHERE id = ? AND version = ?")
        .params(Arrays.asList(wanted.code(), wanted.title(), wanted.issuingBody(), wanted.issuedOn(), wanted.status().name(),
            wanted.summary(), String.join(",", wanted.categories()), wanted.keywords(), id, version))
        .update();
    if (updated == 0) {
      throw stale(before.version());
    }
    Entry after = get(id);
    journal.record(user.userId(), SUBJECT, String.valueOf(id), "EDIT", before, after);
    return after;
  }

  /** Retires a document: no longer offered or citable; answers that cited it keep it. */
  @Transactional
  public Entry retire(long id, int version, CurrentUser user) {
    mayKeep(user);
    Entry before = get(id);
    if (before.regulation().status() == RegulationStatus.RETIRED) {
      return before;
    }
    if (jdbc.sql("UPDATE regulation SET status = 'RETIRED', version = version + 1 WHERE id = ? AND version = ?")
        .params(id, version).update() == 0) {
      throw stale(before.version());
    }
    Entry after = get(id);
    journal.record(user.userId(), SUBJECT, String.valueOf(id), "RETIRE", before, after);
    return after;
  }

  public List<AdminJournal.Change> history(long id) {
    get(id);
    return journal.list(SUBJECT, String.valueOf(id), 200);
  }

  /** The reception office keeps the catalogue it checks; administrators keep everything. */
  public static boolean keeps(CurrentUser user) {
    return user.isIn(Groups.RECEPTION) || user.isAdministrator();
  }

  private static void mayKeep(CurrentUser user) {
    if (!keeps(user)) {
      throw new AccessDeniedException("Chỉ Bộ phận tiếp nhận và quản trị viên sửa danh mục văn bản (reception office and administrators)");
    }
  }

  private Regulation check(Draft draft, Long id) {
    String code = draft.code() == null ? null : draft.code().trim();
    RegulationStatus status = draft.status() == null ? RegulationStatus.IN_FORCE
        : Arrays.stream(RegulationStatus.values()).filter(s -> s.name().equals(draft.status().trim())).findFirst().orElse(null);
    List<String> categories = draft.categories() == null ? List.of()
        : draft.categories().stream().filter(c -> c != null && !c.isBlank()).map(String::trim).distinct().toList();
    Checks checks = Checks.start()
        .check(code != null && CODE.matcher(code).matches(), "code", "Số, ký hiệu văn bản: 1–64 ký tự, chữ, số, '/', '.', '-' (code)")
        .required("title", draft.title(), 500)
        .required("issuingBody", draft.issuingBody(), 200)
        .check(status != null && status != RegulationStatus.RETIRED, "status",
            "Tình trạng phải là IN_FORCE, AMENDED hoặc REPEALED (status)")
        .check(draft.summary() == null || draft.summary().length() <= 4000, "summary", "Tóm tắt tối đa 4000 ký tự")
        .check(!categories.isEmpty() && CATEGORIES.containsAll(categories), "categories",
            "Chọn ít nhất một lĩnh vực trong danh mục (at least one known category)")
        .check(draft.keywords() == null || draft.keywords().length() <= 1000, "keywords", "Từ khóa tối đa 1000 ký tự");
    checks.throwIfAny();
    regulations.findByCode(code).filter(r -> !r.id().equals(id)).ifPresent(r -> {
      throw taken(code);
    });
    return new Regulation(id, code, Text.clean(draft.title()), Text.clean(draft.issuingBody()), draft.issuedOn(), status,
        blankToNull(draft.summary()), categories, blankToNull(draft.keywords()), false);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : Text.clean(text);
  }

  private int version(long id) {
    return jdbc.sql("SELECT version FROM regulation WHERE id = ?").param(id).query(Integer.class).single();
  }

  private static ConflictException taken(String code) {
    return new ConflictException("Số, ký hiệu " + code + " đã có trong danh mục (code already in the catalogue)");
  }

  private static ConflictException stale(int current) {
    return new ConflictException("Văn bản vừa được người khác sửa (phiên bản hiện tại: " + current
        + "); tải lại rồi sửa tiếp (changed by someone else, current version " + current + ")");
  }
}
