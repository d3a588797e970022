package vn.police.grievance.item;

import vn.police.grievance.system.AfterTransaction;
import vn.police.grievance.system.VietnameseText;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

@Repository
public class ItemRepository {

  /**
   * What {@link #MAPPER} reads. Not {@code *}: the folded copies kept for search (up to 21,000
   * characters an item) stay in the database; a list of 300 candidates or a page of results would
   * otherwise carry them all for nothing.
   */
  public static final String COLUMNS = "id, reference, unit_id, category, title, content, proposal, contact, status, route,"
      + " department_id, submitted_by, submitted_at, updated_at, closed_at, process_instance_id, reopen_count";

  /** Selects items as {@link #MAPPER} reads them; a WHERE clause may follow. */
  public static final String SELECT_ITEMS = "SELECT " + COLUMNS + " FROM grievance_item";

  public static final RowMapper<GrievanceItem> MAPPER =
      (rs, i) ->
          new GrievanceItem(
              rs.getLong("id"),
              rs.getString("reference"),
              rs.getString("unit_id"),
              Category.valueOf(rs.getString("category")),
              rs.getString("title"),
              rs.getString("content"),
              rs.getString("proposal"),
              rs.getString("contact"),
              ItemStatus.valueOf(rs.getString("status")),
              rs.getString("route") == null ? null : Route.valueOf(rs.getString("route")),
              rs.getString("department_id"),
              rs.getString("submitted_by"),
              rs.getObject("submitted_at", OffsetDateTime.class),
              rs.getObject("updated_at", OffsetDateTime.class),
              rs.getObject("closed_at", OffsetDateTime.class),
              rs.getString("process_instance_id"),
              rs.getInt("reopen_count"));

  private final JdbcClient jdbc;

  public ItemRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  long insert(NewItem item) {
    KeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql(
            "INSERT INTO grievance_item (reference, unit_id, category, title, content, proposal, contact,"
                + " status, submitted_by, submitted_at, updated_at, idempotency_key, search_title, search_text)"
                + " VALUES (:reference, :unitId, :category, :title, :content, :proposal, :contact,"
                + " :status, :submittedBy, :at, :at, :idempotencyKey, :searchTitle, :searchText)")
        .param("searchTitle", VietnameseText.fold(item.title()))
        .param("searchText", searchable(
            VietnameseText.foldAll(item.reference(), item.title(), item.content(), item.proposal())))
        .param("reference", item.reference())
        .param("unitId", item.unitId())
        .param("category", item.category().name())
        .param("title", item.title())
        .param("content", item.content())
        .param("proposal", item.proposal())
        .param("contact", item.contact())
        .param("status", ItemStatus.RECEIVED.name())
        .param("submittedBy", item.submittedBy())
        .param("at", item.submittedAt())
        .param("idempotencyKey", item.idempotencyKey())
        .update(keys, "id");
    return keys.getKeyAs(Number.class).longValue();
  }

  /** Items not closed yet, counted by their status (statuses without items are absent). */
  public Map<ItemStatus, Long> countOpenByStatus() {
    Map<ItemStatus, Long> counts = new HashMap<>();
    jdbc.sql("SELECT status, COUNT(*) AS n FROM grievance_item WHERE closed_at IS NULL GROUP BY status")
        .query(rs -> {
          counts.put(ItemStatus.valueOf(rs.getString("status")), rs.getLong("n"));
        });
    return counts;
  }

  /**
   * An item by id. Within one transaction an item is read once: a step's delegate, its listeners
   * and the next task's context all ask for it, and only this repository changes an item, each of
   * its changes forgetting what the transaction had read.
   */
  public Optional<GrievanceItem> findById(long id) {
    Map<Long, GrievanceItem> read = readInThisTransaction();
    GrievanceItem known = read == null ? null : read.get(id);
    if (known != null) {
      return Optional.of(known);
    }
    Optional<GrievanceItem> found = jdbc.sql(SELECT_ITEMS + " WHERE id = ?").param(id).query(MAPPER).optional();
    if (read != null) {
      found.ifPresent(item -> read.put(id, item));
    }
    return found;
  }

  /** The items this transaction has read, or null outside a transaction. */
  private Map<Long, GrievanceItem> readInThisTransaction() {
    return AfterTransaction.ofThisTransaction(readItems, java.util.HashMap::new, null);
  }

  private void changed(long id) {
    Map<Long, GrievanceItem> read = readInThisTransaction();
    if (read != null) {
      read.remove(id);
    }
  }

  /**
   * A change whose result is known without reading the row back: an item this transaction has
   * read is kept as it now stands (a step changes the status, then its listeners read the item).
   * Times are kept as the database keeps them, to the nearest microsecond.
   */
  private void changed(long id, java.util.function.UnaryOperator<GrievanceItem> change) {
    Map<Long, GrievanceItem> read = readInThisTransaction();
    if (read != null) {
      read.computeIfPresent(id, (key, item) -> change.apply(item));
    }
  }

  /** A time as the database keeps it: rounded to the microsecond, as the JDBC drivers round it. */
  private static OffsetDateTime stored(OffsetDateTime at) {
    return at == null ? null : at.plusNanos(500).truncatedTo(java.time.temporal.ChronoUnit.MICROS);
  }

  /** The key of this repository's per-transaction reads. */
  private final Object readItems = new Object();

  public Optional<GrievanceItem> findByReference(String reference) {
    return jdbc.sql(SELECT_ITEMS + " WHERE reference = ?")
        .param(reference)
        .query(MAPPER)
        .optional();
  }

  public Optional<GrievanceItem> findByIdempotencyKey(String key) {
    return jdbc.sql(SELECT_ITEMS + " WHERE idempotency_key = ?")
        .param(key)
        .query(MAPPER)
        .optional();
  }

  void updateStatus(long id, ItemStatus status, OffsetDateTime at) {
    jdbc.sql(
            "UPDATE grievance_item SET status = :status, updated_at = :at,"
                + " closed_at = CASE WHEN :status = 'CLOSED' THEN :at ELSE closed_at END WHERE id = :id")
        .param("status", status.name())
        .param("at", at)
        .param("id", id)
        .update();
    changed(id, i -> i.withStatus(status, stored(at)));
  }

  void updateRoute(long id, Route route, String departmentId, OffsetDateTime at) {
    jdbc.sql(
            "UPDATE grievance_item SET route = :route, department_id = :dept, updated_at = :at WHERE id = :id")
        .param("route", route.name())
        .param("dept", departmentId)
        .param("at", at)
        .param("id", id)
        .update();
    changed(id, i -> i.withRoute(route, departmentId, stored(at)));
  }

  /**
   * Binds the item to the process instance that works on it, once: an item already bound to
   * another instance stays with it (a second process must never take over an item). Returns
   * whether the item is now bound to this instance.
   */
  boolean attachProcess(long id, String processInstanceId) {
    int updated =
        jdbc.sql("UPDATE grievance_item SET process_instance_id = ? WHERE id = ? AND process_instance_id IS NULL")
            .params(processInstanceId, id)
            .update();
    if (updated == 1) {
      changed(id, i -> i.boundTo(processInstanceId));
      return true;
    }
    changed(id);
    return processInstanceId.equals(boundProcess(id).orElse(null));
  }

  /** The process instance the item is bound to, if the item exists and is bound. */
  public Optional<String> boundProcess(long id) {
    return jdbc.sql("SELECT process_instance_id FROM grievance_item WHERE id = ?")
        .param(id)
        .query((rs, n) -> Optional.ofNullable(rs.getString(1)))
        .optional()
        .flatMap(o -> o);
  }

  /** What binds an item to its process: the instance, the unit and the reference. */
  public record Binding(long itemId, String processInstanceId, String unitId, String reference) {}

  /**
   * The binding, read once the item is bound: a process instance, once set, is never changed
   * (the update requires it empty), nor are the unit and the reference, and the guard asks for it
   * at every step. A binding is remembered only after the transaction that read it commits, so a
   * binding made in a transaction that rolls back is never remembered.
   */
  public Optional<Binding> binding(long id) {
    Binding known = bindings.get(id);
    if (known != null) {
      return Optional.of(known);
    }
    // inside a transaction, through its reads: the guard asks at every activity the first
    // transaction of a route starts, before the binding can be remembered
    Optional<Binding> read = readInThisTransaction() != null
        ? findById(id).map(i -> new Binding(i.id(), i.processInstanceId(), i.unitId(), i.reference()))
        : jdbc.sql("SELECT id, process_instance_id, unit_id, reference FROM grievance_item WHERE id = ?")
            .param(id)
            .query((rs, n) -> new Binding(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
            .optional();
    read.filter(b -> b.processInstanceId() != null).ifPresent(this::rememberAfterCommit);
    return read;
  }

  private void rememberAfterCommit(Binding binding) {
    AfterTransaction.onCommit(() -> bindings.put(binding.itemId(), binding));
  }

  /** Bindings of items bound and committed, the most recently used kept. */
  private final java.util.Map<Long, Binding> bindings = java.util.Collections.synchronizedMap(
      new java.util.LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(java.util.Map.Entry<Long, Binding> eldest) {
          return size() > BINDINGS_KEPT;
        }
      });

  static final int BINDINGS_KEPT = 10_000;

  void incrementReopenCount(long id, OffsetDateTime at) {
    jdbc.sql("UPDATE grievance_item SET reopen_count = reopen_count + 1, updated_at = ? WHERE id = ?")
        .params(at, id)
        .update();
    changed(id, i -> i.reopened(stored(at)));
  }

  void recordStatusChange(long itemId, ItemStatus status, OffsetDateTime at, String actor) {
    jdbc.sql(
            "INSERT INTO item_status_change (item_id, status, changed_at, changed_by) VALUES (?,?,?,?)")
        .params(itemId, status.name(), at, actor)
        .update();
  }

  /** Departments consulted on the item. */
  public List<String> consultedDepartments(long itemId) {
    return jdbc.sql("SELECT DISTINCT department_id FROM item_consultation WHERE item_id = ?")
        .param(itemId)
        .query(String.class)
        .list();
  }

  public List<StatusChange> statusHistory(long itemId) {
    return jdbc.sql(
            "SELECT status, changed_at, changed_by FROM item_status_change WHERE item_id = ? ORDER BY id")
        .param(itemId)
        .query(
            (rs, i) ->
                new StatusChange(
                    ItemStatus.valueOf(rs.getString("status")),
                    rs.getObject("changed_at", OffsetDateTime.class),
                    rs.getString("changed_by")))
        .list();
  }

  /**
   * One page of items matching the criteria and their total. Without a text the total is exact and
   * the page newest first. With a text, items with more of the words in their title come first, then
   * the newest; but when more than {@link CappedSearch#TOTAL_CAP} items match, the total is the cap, flagged, and
   * the page is simply the newest matches ({@link CappedSearch}, ADR 0009).
   */
  public Page<GrievanceItem> search(ItemCriteria criteria, int page, int size) {
    StringBuilder where = new StringBuilder(" WHERE 1=1");
    Map<String, Object> params = new HashMap<>();
    ItemScope scope = criteria.scope();
    if (scope.isEmpty()) {
      return new Page<>(List.of(), page, size, 0);
    }
    scoped(scope, where, params);
    if (criteria.unitId() != null) {
      where.append(" AND unit_id = :unitId");
      params.put("unitId", criteria.unitId());
    }
    if (criteria.status() != null) {
      where.append(" AND status = :status");
      params.put("status", criteria.status().name());
    }
    if (criteria.category() != null) {
      where.append(" AND category = :category");
      params.put("category", criteria.category().name());
    }
    if (criteria.departmentId() != null) {
      where.append(" AND department_id = :dept");
      params.put("dept", criteria.departmentId());
    }
    if (criteria.submittedFrom() != null) {
      where.append(" AND submitted_at >= :from");
      params.put("from", criteria.submittedFrom());
    }
    if (criteria.submittedBefore() != null) {
      where.append(" AND submitted_at < :before");
      params.put("before", criteria.submittedBefore());
    }
    String filters = where.toString();
    StringBuilder text = new StringBuilder();
    String ranking = matching(criteria.text(), text, params);
    if (ranking.isEmpty()) {
      CappedSearch.Total total = CappedSearch.exact(jdbc, filters, params);
      List<GrievanceItem> content = jdbc.sql(SELECT_ITEMS + filters + CappedSearch.NEWEST_FIRST
              + CappedSearch.window(page, size))
          .params(params).query(MAPPER).list();
      return new Page<>(content, page, size, total.count(), false);
    }
    CappedSearch.Total total = CappedSearch.capped(jdbc, filters, text.toString(), params);
    // at most TOTAL_CAP matches are ranked (sorting them is cheap); past it the newest come first
    List<GrievanceItem> content = CappedSearch.page(jdbc, filters, text.toString(),
        " ORDER BY " + ranking + "submitted_at DESC, id DESC", total, params, page, size);
    return new Page<>(content, page, size, total.count(), total.capped());
  }

  /** Narrows {@code where} to the items a scope lets its holder see. */
  private static void scoped(ItemScope scope, StringBuilder where, Map<String, Object> params) {
    if (scope.everything()) {
      return;
    }
    List<String> alternatives = new java.util.ArrayList<>();
    if (!scope.unitIds().isEmpty()) {
      alternatives.add("unit_id IN (:scopeUnits)");
      params.put("scopeUnits", scope.unitIds());
    }
    if (!scope.departmentIds().isEmpty()) {
      alternatives.add("department_id IN (:scopeDepartments)");
      alternatives.add("id IN (SELECT item_id FROM item_consultation WHERE department_id IN (:scopeDepartments))");
      params.put("scopeDepartments", scope.departmentIds());
    }
    where.append(" AND (").append(String.join(" OR ", alternatives)).append(")");
  }

  /**
   * The items that may be the same matter as a text with these title words: open, or received
   * since {@code since}, sharing at least one word of three letters or more, newest first. The
   * caller scores them ({@link Similarity}); this only keeps the scoring to a few hundred.
   */
  public List<GrievanceItem> similarCandidates(List<String> titleWords, ItemScope scope, OffsetDateTime since, int limit) {
    List<String> words = titleWords.stream().filter(w -> w.length() >= 3).distinct()
        .sorted(java.util.Comparator.comparingInt(String::length).reversed()).limit(6).toList();
    if (words.isEmpty() || scope.isEmpty()) {
      return List.of();
    }
    StringBuilder where = new StringBuilder(" WHERE (closed_at IS NULL OR submitted_at >= :since)");
    Map<String, Object> params = new HashMap<>();
    params.put("since", since);
    scoped(scope, where, params);
    List<String> any = new java.util.ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      any.add("search_title LIKE :s" + i);
      params.put("s" + i, "%" + words.get(i) + "%");
    }
    where.append(" AND (").append(String.join(" OR ", any)).append(")");
    params.put("limit", limit);
    return jdbc.sql(SELECT_ITEMS + where + " ORDER BY submitted_at DESC, id DESC LIMIT :limit")
        .params(params).query(MAPPER).list();
  }

  /** The longest folded text kept for search: every field at its limit and a few answers. */
  static final int SEARCH_TEXT_MAX = 20000;

  /**
   * Narrows {@code where} to the items whose folded words contain every word of the query, with or
   * without accents, in any order; returns the ranking to order them by (items with more of the
   * words in their title first), or "" when there is no query.
   *
   * <p>The patterns are written into the statement, not bound: PostgreSQL then estimates each word
   * from its statistics (a common word is most rows, a rare one a few) and chooses between the
   * trigram index and the newest-first index accordingly. Bound, they get the generic plan of a
   * server-prepared statement once pgjdbc prepares it (fifth execution), which assumes any pattern
   * matches 0.5% of the items: a unit's search then ANDs the unit's index with the trigram index,
   * reading half a million index entries. A folded word is letters and digits only, so it can hold
   * neither a quote nor a LIKE wildcard.
   */
  public static String matching(String query, StringBuilder where, Map<String, Object> params) {
    List<String> words = VietnameseText.words(query);
    if (words.isEmpty()) {
      return "";
    }
    StringBuilder ranking = new StringBuilder("(");
    for (int i = 0; i < words.size() && i < 10; i++) {
      String pattern = "'%" + literal(words.get(i)) + "%'";
      where.append(" AND search_text LIKE ").append(pattern);
      ranking.append(i == 0 ? "" : " + ").append("CASE WHEN search_title LIKE ").append(pattern).append(" THEN 1 ELSE 0 END");
    }
    return ranking.append(") DESC, ").toString();
  }

  private static final java.util.regex.Pattern FOLDED_WORD = java.util.regex.Pattern.compile("[\\p{L}\\p{N}]+");

  /** A folded word as it may stand between quotes in SQL: letters and digits, nothing else. */
  private static String literal(String word) {
    if (!FOLDED_WORD.matcher(word).matches()) {
      throw new IllegalArgumentException("not a folded word: " + word);
    }
    return word;
  }

  /** Adds a delivered answer's words to what finds the item. */
  void addSearchText(long itemId, String text) {
    String folded = VietnameseText.fold(text);
    if (folded == null || folded.isEmpty()) {
      return;
    }
    String current = jdbc.sql("SELECT search_text FROM grievance_item WHERE id = ?").param(itemId).query(String.class).optional()
        .orElse(null);
    changed(itemId);
    jdbc.sql("UPDATE grievance_item SET search_text = ? WHERE id = ?")
        .params(searchable(current == null || current.isEmpty() ? folded : current + " " + folded), itemId)
        .update();
  }

  private static String searchable(String folded) {
    return folded.length() <= SEARCH_TEXT_MAX ? folded : folded.substring(0, SEARCH_TEXT_MAX);
  }

  public record NewItem(
      String reference,
      String unitId,
      Category category,
      String title,
      String content,
      String proposal,
      String contact,
      String submittedBy,
      OffsetDateTime submittedAt,
      String idempotencyKey) {}

  public record StatusChange(ItemStatus status, OffsetDateTime at, String by) {}
}
