package vn.police.grievance.answer;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.police.grievance.item.Category;
import vn.police.grievance.regulation.RegulationRepository;
import vn.police.grievance.system.Checks;
import vn.police.grievance.system.ConflictException;
import vn.police.grievance.system.CurrentUser;
import vn.police.grievance.system.Groups;
import vn.police.grievance.system.NotFoundException;
import vn.police.grievance.system.Text;

/**
 * The answer templates: the reception office (and administrators) add, edit and retire them; every
 * version is kept; whoever drafts an answer is offered the active ones of the item's category and
 * of the regulations cited.
 */
@Service
public class AnswerTemplateService {

  static final int TITLE_MAX = 200;
  static final int BODY_MAX = 4000;

  private final JdbcClient jdbc;
  private final RegulationRepository regulations;
  private final Clock clock;

  AnswerTemplateService(JdbcClient jdbc, RegulationRepository regulations, Clock clock) {
    this.jdbc = jdbc;
    this.regulations = regulations;
    this.clock = clock;
  }

  /** What a template is written as. */
  public record Draft(String category, String regulationCode, String title, String body) {}

  /** One version of a template, as it was. */
  public record Version(int version, String category, String regulationCode, String title, String body, String status,
      String changedBy, OffsetDateTime changedAt) {}

  public List<AnswerTemplate> list(boolean withRetired) {
    return jdbc.sql("SELECT * FROM answer_template" + (withRetired ? "" : " WHERE status = 'ACTIVE'")
            + " ORDER BY category, title, id")
        .query((rs, i) -> template(rs)).list();
  }

  /** The active templates for an item's category and the regulations cited: those of a cited regulation first. */
  public List<AnswerTemplate> offeredFor(String category, List<String> regulationCodes) {
    List<AnswerTemplate> found = jdbc.sql("SELECT * FROM answer_template WHERE status = 'ACTIVE' AND category = ?"
            + " ORDER BY title, id")
        .param(category).query((rs, i) -> template(rs)).list();
    List<String> cited = regulationCodes == null ? List.of() : regulationCodes;
    return found.stream()
        .filter(t -> t.regulationCode() == null || cited.contains(t.regulationCode()))
        .sorted(java.util.Comparator.comparing((AnswerTemplate t) -> t.regulationCode() == null))
        .toList();
  }

  public AnswerTemplate get(long id) {
    return jdbc.sql("SELECT * FROM answer_template WHERE id = ?").param(id).query((rs, i) -> template(rs)).optional()
        .orElseThrow(() -> new NotFoundException("Không có mẫu trả lời " + id + " (no such template)"));
  }

  public List<Version> history(long id) {
    get(id);
    return jdbc.sql("SELECT * FROM answer_template_version WHERE template_id = ? ORDER BY version DESC").param(id)
        .query((rs, i) -> new Version(rs.getInt("version"), rs.getString("category"), rs.getString("regulation_code"),
            rs.getString("title"), rs.getString("body"), rs.getString("status"), rs.getString("changed_by"),
            rs.getObject("changed_at", OffsetDateTime.class)))
        .list();
  }

  @Transactional
  public AnswerTemplate add(Draft draft, CurrentUser user) {
    mayManage(user);
    check(draft);
    OffsetDateTime now = OffsetDateTime.now(clock);
    GeneratedKeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql("INSERT INTO answer_template (category, regulation_code, title, body, status, version, updated_by, updated_at)"
            + " VALUES (?,?,?,?,?,1,?,?)")
        .params(Category.parse(draft.category()).name(), code(draft), Text.clean(draft.title()), Text.clean(draft.body()),
            AnswerTemplate.ACTIVE, user.userId(), now)
        .update(keys, "id");
    long id = keys.getKeyAs(Number.class).longValue();
    keep(get(id));
    return get(id);
  }

  /** Edits a template; {@code version} is the one the editor read (someone else's edit meanwhile is a 409). */
  @Transactional
  public AnswerTemplate edit(long id, int version, Draft draft, CurrentUser user) {
    mayManage(user);
    check(draft);
    AnswerTemplate current = get(id);
    if (AnswerTemplate.RETIRED.equals(current.status())) {
      throw new ConflictException("Mẫu trả lời đã ngừng dùng (the template is retired)");
    }
    int updated = jdbc.sql("UPDATE answer_template SET category = ?, regulation_code = ?, title = ?, body = ?, version = version + 1,"
            + " updated_by = ?, updated_at = ? WHERE id = ? AND version = ?")
        .params(Category.parse(draft.category()).name(), code(draft), Text.clean(draft.title()), Text.clean(draft.body()),
            user.userId(), OffsetDateTime.now(clock), id, version)
        .update();
    if (updated == 0) {
      throw new ConflictException("Mẫu trả lời vừa được người khác sửa; tải lại rồi sửa tiếp (changed by someone else)");
    }
    keep(get(id));
    return get(id);
  }

  @Transactional
  public AnswerTemplate retire(long id, CurrentUser user) {
    mayManage(user);
    AnswerTemplate current = get(id);
    if (AnswerTemplate.RETIRED.equals(current.status())) {
      return current;
    }
    jdbc.sql("UPDATE answer_template SET status = ?, version = version + 1, updated_by = ?, updated_at = ? WHERE id = ?")
        .params(AnswerTemplate.RETIRED, user.userId(), OffsetDateTime.now(clock), id).update();
    keep(get(id));
    return get(id);
  }

  private void keep(AnswerTemplate t) {
    jdbc.sql("INSERT INTO answer_template_version (template_id, version, category, regulation_code, title, body, status,"
            + " changed_by, changed_at) VALUES (?,?,?,?,?,?,?,?,?)")
        .params(t.id(), t.version(), t.category(), t.regulationCode(), t.title(), t.body(), t.status(), t.updatedBy(),
            t.updatedAt())
        .update();
  }

  private void check(Draft draft) {
    Checks checks = Checks.start()
        .check(Category.parse(draft.category()) != null, "category", "Chọn lĩnh vực (choose a category)")
        .required("title", draft.title(), TITLE_MAX)
        .required("body", draft.body(), BODY_MAX);
    String code = code(draft);
    checks.check(code == null || regulations.findByCode(code).isPresent(), "regulationCode",
        "Văn bản không có trong danh mục (unknown regulation): " + code);
    checks.throwIfAny();
  }

  private static String code(Draft draft) {
    return draft.regulationCode() == null || draft.regulationCode().isBlank() ? null : draft.regulationCode().trim();
  }

  private static void mayManage(CurrentUser user) {
    if (!user.isIn(Groups.RECEPTION) && !user.isAdministrator()) {
      throw new AccessDeniedException("Chỉ Bộ phận tiếp nhận quản lý mẫu trả lời (only the reception office)");
    }
  }

  private static AnswerTemplate template(ResultSet rs) throws SQLException {
    return new AnswerTemplate(rs.getLong("id"), rs.getString("category"), rs.getString("regulation_code"),
        rs.getString("title"), rs.getString("body"), rs.getString("status"), rs.getInt("version"),
        rs.getString("updated_by"), rs.getObject("updated_at", OffsetDateTime.class));
  }
}
