package vn.police.grievance.audit;

import vn.police.grievance.journal.AuditChain;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.police.grievance.item.CappedSearch;
import vn.police.grievance.item.GrievanceItem;
import vn.police.grievance.item.ItemRepository;
import vn.police.grievance.item.Page;

/** Reads for auditors: items by criteria (paged, or streamed for exports) and journal rows. */
@Repository
class AuditRepository {

  private final JdbcClient jdbc;
  private final JdbcClient streaming;

  AuditRepository(DataSource dataSource, JdbcClient jdbc) {
    this.jdbc = jdbc;
    JdbcTemplate fetching = new JdbcTemplate(dataSource);
    fetching.setFetchSize(AuditChain.STREAM_FETCH_SIZE);
    this.streaming = JdbcClient.create(fetching);
  }

  List<String> consultedDepartments(long itemId) {
    return jdbc.sql("SELECT DISTINCT department_id FROM item_consultation WHERE item_id = ? ORDER BY department_id")
        .param(itemId)
        .query(String.class)
        .list();
  }

  /**
   * One page of the matching items, newest first, and their total: exact without a text, counted up
   * to {@link CappedSearch#TOTAL_CAP} with one (ADR 0009).
   */
  Page<GrievanceItem> search(AuditQuery query, int page, int size) {
    Map<String, Object> params = new HashMap<>();
    String filters = filters(query, params);
    StringBuilder text = new StringBuilder();
    if (ItemRepository.matching(query.text(), text, params).isEmpty()) {
      CappedSearch.Total total = CappedSearch.exact(jdbc, filters, params);
      List<GrievanceItem> content = jdbc.sql(ItemRepository.SELECT_ITEMS + filters
              + " ORDER BY submitted_at DESC, id DESC" + CappedSearch.window(page, size))
          .params(params)
          .query(ItemRepository.MAPPER)
          .list();
      return new Page<>(content, page, size, total.count(), false);
    }
    CappedSearch.Total total = CappedSearch.capped(jdbc, filters, text.toString(), params);
    return new Page<>(CappedSearch.page(jdbc, filters, text.toString(), CappedSearch.NEWEST_FIRST, total, params, page, size),
        page, size, total.count(), total.capped());
  }

  /**
   * Hands every matching item to the consumer, newest first, fetching from the database in batches
   * (call inside a transaction, where PostgreSQL keeps a cursor open instead of loading all rows).
   */
  void forEach(AuditQuery query, Consumer<GrievanceItem> consumer) {
    Map<String, Object> params = new HashMap<>();
    String where = where(query, params);
    // A query stream holds a pooled connection until it is closed.
    try (Stream<GrievanceItem> items = streaming.sql(ItemRepository.SELECT_ITEMS + where + " ORDER BY submitted_at DESC, id DESC")
        .params(params)
        .query(ItemRepository.MAPPER)
        .stream()) {
      items.forEach(consumer);
    }
  }

  private static String where(AuditQuery q, Map<String, Object> params) {
    StringBuilder where = new StringBuilder(filters(q, params));
    // the same Vietnamese-aware matching as the items API (accents, case, any order of the words)
    ItemRepository.matching(q.text(), where, params);
    return where.toString();
  }

  /** The criteria other than the text. */
  private static String filters(AuditQuery q, Map<String, Object> params) {
    StringBuilder where = new StringBuilder(" WHERE 1=1");
    if (q.unitId() != null) {
      where.append(" AND unit_id = :unit");
      params.put("unit", q.unitId());
    }
    if (q.category() != null) {
      where.append(" AND category = :category");
      params.put("category", q.category().name());
    }
    if (q.departmentId() != null) {
      where.append(" AND department_id = :department");
      params.put("department", q.departmentId());
    }
    if (q.status() != null) {
      where.append(" AND status = :status");
      params.put("status", q.status().name());
    }
    if (q.state() == AuditQuery.State.RUNNING) {
      where.append(" AND closed_at IS NULL");
    } else if (q.state() == AuditQuery.State.FINISHED) {
      where.append(" AND closed_at IS NOT NULL");
    }
    if (q.submittedFrom() != null) {
      where.append(" AND submitted_at >= :from");
      params.put("from", q.submittedFrom());
    }
    if (q.submittedBefore() != null) {
      where.append(" AND submitted_at < :before");
      params.put("before", q.submittedBefore());
    }
    return where.toString();
  }
}
