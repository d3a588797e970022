package vn.police.grievance.item;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Counts and pages a text search over the items so that its cost does not grow with their number
 * (ADR 0009). A search is split in two: {@code filters}, the criteria other than the text (scope,
 * unit, status, dates: " WHERE 1=1 AND …"), and {@code text}, the folded words' conditions
 * (" AND search_text LIKE …", {@link ItemRepository#matching}).
 *
 * <p>At 1,000,000 items a common word matches hundreds of thousands: counting them all and sorting
 * them all for a page of twenty took seconds. Here the count stops one past {@link #TOTAL_CAP}, and
 * a search that passes it shows the newest matches, read from the newest-first index
 * ({@code ix_item_newest}) until the page is full.
 *
 * <p>PostgreSQL estimates several words as if they were independent: for "làm việc nhờ tại hội
 * trường thôn" it expects 149 of 1,000,000 items where 99,794 match, and plans the trigram index
 * (every match read, then sorted) where reading the newest items would stop after a few hundred.
 * Bounded reads that do not depend on that estimate come first: the {@link #PROBE} first items of
 * the filters, to see whether the text is common (or, for a unit, to read all its items), and the
 * {@link #NEWEST} newest, for a page of a common text. Each is a subquery with a LIMIT, which the
 * planner keeps apart from the text's conditions. (Within a unit the trigram index is no help: ANDed
 * with the unit's index it read 184,031 entries for "phuong tien", 160 ms, to find 33 of the unit's
 * 301 items.)
 */
public final class CappedSearch {

  /** How far a text search counts its matches; past it the total is "more than" the cap. */
  public static final int TOTAL_CAP = 1_000;
  /** Items read, in the table's order, to tell a common text: more than the cap among them ends the count. */
  static final int PROBE = 20_000;
  /** The newest items a capped search's page is looked for among first. */
  static final int NEWEST = 20_000;

  private CappedSearch() {}

  /**
   * A listing's total: exact, or the cap when {@code capped} (more items match). {@code complete}:
   * the filters select fewer than {@link #PROBE} items and the probe read them all, so the page is
   * looked for among them too (a unit's items), never through the trigram index.
   */
  public record Total(long count, boolean capped, boolean complete) {}

  /** Counts every item the filters select: for listings without a text, narrowed by indexed columns. */
  public static Total exact(JdbcClient jdbc, String filters, Map<String, Object> params) {
    return new Total(jdbc.sql("SELECT COUNT(*) FROM grievance_item" + filters).params(params).query(Long.class).single(), false,
        false);
  }

  /** Counts the items the filters and the text select, up to {@link #TOTAL_CAP}; one more means "more than". */
  public static Total capped(JdbcClient jdbc, String filters, String text, Map<String, Object> params) {
    long inProbe = jdbc.sql("SELECT COUNT(*) FROM (SELECT 1 FROM (SELECT search_text FROM grievance_item" + filters
            + " LIMIT " + PROBE + ") p WHERE 1=1" + text + " LIMIT " + (TOTAL_CAP + 1) + ") m")
        .params(params).query(Long.class).single();
    if (inProbe > TOTAL_CAP) {
      return new Total(TOTAL_CAP, true, false);
    }
    long selected = jdbc.sql("SELECT COUNT(*) FROM (SELECT 1 FROM grievance_item" + filters + " LIMIT " + PROBE + ") s")
        .params(params).query(Long.class).single();
    if (selected < PROBE) {
      return new Total(inProbe, false, true);
    }
    long found = jdbc.sql("SELECT COUNT(*) FROM (SELECT 1 FROM grievance_item" + filters + text + " LIMIT " + (TOTAL_CAP + 1) + ") m")
        .params(params).query(Long.class).single();
    return found > TOTAL_CAP ? new Total(TOTAL_CAP, true, false) : new Total(found, false, false);
  }

  /**
   * A page of the items the filters and the text select, in {@code order} (" ORDER BY …"), newest
   * first when capped: among the filters' items when the probe read them all; for a capped search
   * among the {@link #NEWEST} newest of the filters first, then, if the page is not full there,
   * among all of them; otherwise as the planner sees fit (the trigram index for rare words).
   */
  public static List<GrievanceItem> page(JdbcClient jdbc, String filters, String text, String order, Total total,
      Map<String, Object> params, int page, int size) {
    if (total.complete()) {
      // fewer than PROBE items: the LIMIT keeps them all and keeps the words out of their plan
      return jdbc.sql("SELECT " + ItemRepository.COLUMNS + " FROM (SELECT * FROM grievance_item" + filters + " LIMIT " + PROBE
              + ") f WHERE 1=1" + text
              + (total.capped() ? NEWEST_FIRST : order) + window(page, size))
          .params(params).query(ItemRepository.MAPPER).list();
    }
    if (!total.capped()) {
      return jdbc.sql(ItemRepository.SELECT_ITEMS + filters + text + order + window(page, size))
          .params(params).query(ItemRepository.MAPPER).list();
    }
    List<GrievanceItem> content = jdbc.sql("SELECT " + ItemRepository.COLUMNS + " FROM (SELECT * FROM grievance_item" + filters
            + NEWEST_FIRST + " LIMIT " + NEWEST + ") n WHERE 1=1" + text + NEWEST_FIRST + window(page, size))
        .params(params).query(ItemRepository.MAPPER).list();
    if (content.size() == size) {
      return content;
    }
    return jdbc.sql(ItemRepository.SELECT_ITEMS + filters + text + NEWEST_FIRST + window(page, size))
        .params(params).query(ItemRepository.MAPPER).list();
  }

  public static final String NEWEST_FIRST = " ORDER BY submitted_at DESC, id DESC";

  /**
   * The page's LIMIT and OFFSET, written as numbers: bound, they let PostgreSQL's generic plan of a
   * server-prepared statement (pgjdbc prepares one on the server from its fifth execution) assume a
   * tenth of the rows are wanted, and sort them all instead of reading the newest-first index.
   */
  public static String window(int page, int size) {
    return " LIMIT " + Math.max(0, size) + " OFFSET " + Math.max(0L, (long) page * size);
  }
}
