package vn.police.grievance.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.police.grievance.audit.AuditQuery;
import vn.police.grievance.audit.AuditService;
import vn.police.grievance.item.CappedSearch;
import vn.police.grievance.item.ItemCriteria;
import vn.police.grievance.item.ItemRepository;
import vn.police.grievance.item.ItemScope;
import vn.police.grievance.regulation.RegulationRepository;
import vn.police.grievance.support.PostgresAvailable;
import vn.police.grievance.support.ProcessDriver;
import vn.police.grievance.support.ProcessTestSupport;
import vn.police.grievance.support.PostgresCondition;
import vn.police.grievance.tracking.SimilarItems;

/**
 * A harness, not a test: how long the searches take on PostgreSQL at 30,000 items (a province) and
 * 1,000,000 (a national installation), p50 and p95, for Vietnamese queries typed with and without
 * accents, a phrase of a content, a reference, a rare word and a word of most items, within one
 * unit and for the reception office (every item): the items API's search (the repository the
 * controller calls, and once through HTTP as the reception officer), the inspectors' search (the
 * same matching), the similar-items check of submission and triage, and the regulation catalogue.
 * Then the PostgreSQL plan ({@code EXPLAIN (ANALYZE, BUFFERS)}) of the slowest item search and of
 * the slowest similar-items check at the largest size. Never asserts a time.
 *
 * <p>Run with {@code ./mvnw test -Pbenchmark -Dtest=SearchBenchmark} against a reachable PostgreSQL
 * server ({@code GRIEVANCE_PG_URL}); it works in a database of its own, {@code grievance_bench_search} unless {@code -Dbench.database} names another, created
 * afresh and dropped at the end. {@code -Dbench.sizes=30000,1000000}, {@code -Dbench.rounds=20};
 * {@code -Dbench.keep=true} keeps the database and {@code -Dbench.reuse=true} measures it again
 * without seeding (to compare a change of a query on the same data, with {@code -Dbench.sizes} the
 * size it holds); {@code -Dbench.only=similar} measures only the searches whose name starts so.
 */
@Tag("benchmark")
@PostgresAvailable
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchBenchmark {

  static final String DATABASE = System.getProperty("bench.database", "grievance_bench_search");
  static final int ROUNDS = Integer.getInteger("bench.rounds", 20);
  static final int WARM_UP = 3;
  /** A case whose sample passed this is measured five times, not twenty: its p95 is clear enough. */
  static final long SLOW_MS = 1_000;
  static final boolean REUSE = Boolean.getBoolean("bench.reuse");
  /** Only the searches whose name starts with this, e.g. {@code similar}; all by default. */
  static final String ONLY = System.getProperty("bench.only", "");
  static final String USER = "tiepnhan";
  static final String PASSWORD = "Demo@2026!";
  /** Regulations in the catalogue: hundreds of documents, whatever the number of items. */
  static final int CATALOGUE = 500;

  static final List<String> QUERIES = List.of(
      "trụ sở", "tru so", "phương tiện", "phuong tien", "làm việc nhờ tại hội trường thôn",
      "lam viec nho tai hoi truong thon", "KN-2025-000123", SearchItemSeeder.RARE_WORD, "đề nghị");
  /** Titles and contents a unit submits, checked for likely duplicates. */
  static final List<String[]> SUBMISSIONS = List.<String[]>of(
      new String[] {"Trụ sở làm việc xuống cấp", "Trụ sở được xây dựng từ năm 1998, nay đã xuống cấp nghiêm trọng."},
      new String[] {"tru so lam viec xuong cap", "tru so duoc xay dung tu nam 1998, nay da xuong cap nghiem trong"},
      new String[] {"Đề nghị cấp phương tiện đi lại", "Đơn vị chỉ có hai xe mô tô, một chiếc đã hỏng."},
      new String[] {"Xin trang bị " + SearchItemSeeder.RARE_WORD + " tuần tra", "Địa bàn biên giới rộng."},
      // no word of this title is in another recent title but the rare one
      new String[] {"Thiếu " + SearchItemSeeder.RARE_WORD, "Địa bàn biên giới rộng, cần quan sát từ trên cao."});

  @DynamicPropertySource
  static void ownDatabase(DynamicPropertyRegistry registry) {
    if (!REUSE) {
      server().sql("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)").update();
      server().sql("CREATE DATABASE " + DATABASE).update();
    }
    registry.add("spring.datasource.url", () -> urlOf(DATABASE));
    registry.add("spring.datasource.username", PostgresCondition::user);
    registry.add("spring.datasource.password", PostgresCondition::password);
    registry.add("spring.datasource.hikari.maximum-pool-size", () -> "4");
  }

  static JdbcClient server() {
    return JdbcClient.create(new DriverManagerDataSource(PostgresCondition.url(), PostgresCondition.user(), PostgresCondition.password()));
  }

  static String urlOf(String database) {
    String url = PostgresCondition.url();
    int query = url.indexOf('?');
    String base = query < 0 ? url : url.substring(0, query);
    return base.substring(0, base.lastIndexOf('/') + 1) + database + (query < 0 ? "" : url.substring(query));
  }

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired ItemRepository items;
  @Autowired AuditService audit;
  @Autowired SimilarItems similar;
  @Autowired RegulationRepository regulations;
  @Autowired ProcessDriver driver;

  private final HttpClient http = HttpClient.newHttpClient();

  @AfterAll
  void dropDatabase() {
    if (!Boolean.getBoolean("bench.keep")) {
      server().sql("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)").update();
    }
  }

  /** One measured search: what it is, how to run it (returns how many it found), its SQL for EXPLAIN. */
  record Case(String path, String scope, String query, Supplier<Found> run, Sql sql) {
    String key() {
      return String.format("%-22s %-9s %s", path, scope, query);
    }
  }

  /** Statements as the repository writes them, with their named parameters. */
  record Sql(List<String> statements, Map<String, Object> params) {}

  /** How many a search found; {@code capped}: more than that (the count stopped at the cap). */
  record Found(long n, boolean capped) {
    static Found of(vn.police.grievance.item.Page<?> page) {
      return new Found(page.totalElements(), page.totalCapped());
    }

    static Found exactly(long n) {
      return new Found(n, false);
    }

    @Override
    public String toString() {
      return (capped ? ">" : "") + String.format("%,d", n);
    }
  }

  record Figure(double p50, double p95, Found found, int samples) {}

  @Test
  void searchesAtProvinceAndNationalSize() throws Exception {
    List<Long> sizes = new ArrayList<>();
    for (String s : System.getProperty("bench.sizes", "30000,1000000").split(",")) {
      sizes.add(Long.parseLong(s.trim()));
    }
    SearchItemSeeder seeder = new SearchItemSeeder(jdbc);
    Map<String, Map<Long, Figure>> table = new LinkedHashMap<>();
    StringBuilder seeding = new StringBuilder();
    Map<Long, List<Case>> casesBySize = new LinkedHashMap<>();
    String unit = SearchItemSeeder.unit(7);
    for (long size : sizes) {
      long t0 = System.nanoTime();
      int communes = (int) Math.max(100, size / 300);
      if (!REUSE) {
        seeder.regulations(CATALOGUE);
        seeder.units(communes);
        long present = seeder.items();
        if (size > present) {
          seeder.items(generated() + 1, generated() + size - present, communes);
        }
        seeder.verify(500);
      }
      long total = seeder.items();
      long inUnit = jdbc.sql("SELECT count(*) FROM grievance_item WHERE unit_id = ?").param(unit).query(Long.class).single();
      seeding.append(String.format("%,d items (%,d communes, %,d in %s; %s in %.0f s)%n", total, communes, inUnit, unit,
          REUSE ? "reused" : "seeded and analysed", (System.nanoTime() - t0) / 1e9));
      List<Case> cases = cases(unit, answeredItem());
      casesBySize.put(size, cases);
      for (Case c : cases) {
        table.computeIfAbsent(c.key(), k -> new LinkedHashMap<>()).put(size, measure(c));
      }
    }
    StringBuilder out = new StringBuilder(String.format("%n=== Search benchmark (PostgreSQL, %d cores, %d rounds after %d warm-up) ===%n",
        Runtime.getRuntime().availableProcessors(), ROUNDS, WARM_UP));
    out.append(seeding);
    out.append(String.format("%-22s %-9s %-34s", "search", "scope", "query"));
    for (long size : sizes) {
      out.append(String.format(" | %-30s", String.format("%,d items: p50 / p95 ms (found)", size)));
    }
    out.append('\n');
    table.forEach((key, figures) -> {
      out.append(String.format("%-67s", key));
      for (long size : sizes) {
        Figure f = figures.get(size);
        out.append(f == null ? String.format(" | %-30s", "-")
            : String.format(" | %6.0f / %6.0f (%9s)%s", f.p50(), f.p95(), f.found(), f.samples() < ROUNDS ? "*" : " "));
      }
      out.append('\n');
    });
    out.append("(* measured ").append(5).append(" times: slower than ").append(SLOW_MS).append(" ms)\n");
    long largest = sizes.get(sizes.size() - 1);
    List<Case> last = casesBySize.get(largest);
    for (boolean similarFamily : new boolean[] {false, true}) {
      last.stream()
          .filter(c -> c.sql() != null && c.path().startsWith("similar") == similarFamily)
          .max((a, b) -> Double.compare(table.get(a.key()).get(largest).p95(), table.get(b.key()).get(largest).p95()))
          .ifPresent(c -> out.append(explain(c, largest)));
    }
    System.out.println(out);
  }

  private long generated() {
    return jdbc.sql("SELECT count(*) FROM grievance_item WHERE submitted_by = 'benchmark'").query(Long.class).single();
  }

  /**
   * One item taken through triage, an immediate answer and its sign-off, for the audit file: the
   * file reads the item's journal and the engine's history of its processes. (The generated items
   * have neither: the journal and the history tables hold this item's rows only.)
   */
  private String answeredItem() {
    vn.police.grievance.item.GrievanceItem item = driver.submit("FACILITIES");
    String regulation = "42/2021/NĐ-CP";
    driver.complete(item, "userTask_triage", "tiepnhan", ProcessTestSupport.answerNow(regulation));
    driver.complete(item, "userTask_draftImmediateAnswer", "tiepnhan",
        ProcessTestSupport.immediateAnswer("Ủy ban nhân dân xã bố trí địa điểm làm việc tạm thời.", regulation));
    driver.complete(item, "userTask_leadershipSignOff", "lanhdao", ProcessTestSupport.approve());
    driver.runAsyncJobs(item);
    return item.reference();
  }

  private List<Case> cases(String unit, String answered) {
    List<Case> cases = new ArrayList<>();
    ItemScope unitScope = ItemScope.of(Set.of(unit), Set.of());
    // listings without a text keep their exact count (ADR 0009)
    cases.add(new Case("items (repository)", "unit", "(no text)",
        () -> Found.of(items.search(criteria(unitScope, null), 0, 20)), null));
    cases.add(new Case("items (repository)", "reception", "(no text)",
        () -> Found.of(items.search(criteria(ItemScope.all(), null), 0, 20)), null));
    cases.add(new Case("audit (inspectors)", "all", "(no text)", () -> Found.of(audit.search(auditQuery(null, null), 0, 20)), null));
    cases.add(new Case("audit file", "-", "(one answered item)", () -> Found.exactly(audit.file(answered).entries().size()), null));
    for (String q : QUERIES) {
      cases.add(new Case("items (repository)", "unit", q,
          () -> Found.of(items.search(criteria(unitScope, q), 0, 20)), itemsSql(unitScope, q)));
      cases.add(new Case("items (repository)", "reception", q,
          () -> Found.of(items.search(criteria(ItemScope.all(), q), 0, 20)), itemsSql(ItemScope.all(), q)));
      cases.add(new Case("items (HTTP GET)", "reception", q, () -> httpSearch(q), itemsSql(ItemScope.all(), q)));
      cases.add(new Case("audit (inspectors)", "unit", q,
          () -> Found.of(audit.search(auditQuery(q, unit), 0, 20)), auditSql(q, unit)));
      cases.add(new Case("audit (inspectors)", "all", q,
          () -> Found.of(audit.search(auditQuery(q, null), 0, 20)), auditSql(q, null)));
      cases.add(new Case("regulation catalogue", "-", q, () -> Found.exactly(regulations.search(q, null, false, 50).size()), null));
    }
    for (String[] s : SUBMISSIONS) {
      String label = "\"" + s[0] + "\"";
      cases.add(new Case("similar (submission)", "unit", label,
          () -> Found.exactly(similar.like(s[0], s[1], unitScope, null, OffsetDateTime.now(), 5).size()), similarSql(s[0], unitScope)));
      cases.add(new Case("similar (triage)", "reception", label,
          () -> Found.exactly(similar.like(s[0], s[1], ItemScope.all(), null, OffsetDateTime.now(), 5).size()),
          similarSql(s[0], ItemScope.all())));
    }
    cases.removeIf(c -> !c.path().startsWith(ONLY));
    return cases;
  }

  private static ItemCriteria criteria(ItemScope scope, String q) {
    return new ItemCriteria(scope, null, null, null, null, null, null, q);
  }

  private static AuditQuery auditQuery(String q, String unit) {
    return new AuditQuery(q, unit, null, null, null, null, null, null);
  }

  private Figure measure(Case c) {
    List<Long> nanos = new ArrayList<>();
    Found found = null;
    for (int i = 0; nanos.size() < ROUNDS; i++) {
      long t0 = System.nanoTime();
      found = c.run().get();
      long elapsed = System.nanoTime() - t0;
      boolean slow = elapsed / 1e6 > SLOW_MS;
      if (i < WARM_UP && !slow) {
        continue;
      }
      nanos.add(elapsed);
      if (slow && nanos.size() >= 5) {
        break;
      }
    }
    return new Figure(percentile(nanos, 50), percentile(nanos, 95), found, nanos.size());
  }

  private Found httpSearch(String q) {
    try {
      HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/items?size=20&q="
              + URLEncoder.encode(q, StandardCharsets.UTF_8)))
          .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
          .header("Accept", "application/json")
          .GET()
          .build();
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IllegalStateException("/api/items answered " + response.statusCode() + ": " + response.body());
      }
      java.util.regex.Matcher total = java.util.regex.Pattern.compile("\"totalElements\"\\s*:\\s*(\\d+)").matcher(response.body());
      return new Found(total.find() ? Long.parseLong(total.group(1)) : -1, response.body().contains("\"totalCapped\":true"));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  // --- The statements, as the repositories write them, for EXPLAIN --------------------------------

  /**
   * {@code ItemRepository.search} without other criteria ({@code CappedSearch}): the probe of the
   * first items, the count up to the cap, the page among the newest (when capped), the ranked page
   * (when not).
   */
  private static Sql itemsSql(ItemScope scope, String q) {
    String filters = scope.everything() ? " WHERE 1=1" : " WHERE 1=1 AND (unit_id IN (:scopeUnits))";
    Map<String, Object> params = new HashMap<>();
    if (!scope.everything()) {
      params.put("scopeUnits", scope.unitIds());
    }
    StringBuilder text = new StringBuilder();
    String ranking = ItemRepository.matching(q, text, params);
    List<String> statements = new ArrayList<>(capped(filters, text.toString()));
    statements.add("SELECT * FROM grievance_item" + filters + text + " ORDER BY " + ranking + "submitted_at DESC, id DESC LIMIT 20 OFFSET 0");
    return new Sql(statements, params);
  }

  /** {@code AuditRepository.search} with a text and perhaps a unit. */
  private static Sql auditSql(String q, String unit) {
    String filters = unit == null ? " WHERE 1=1" : " WHERE 1=1 AND unit_id = :unit";
    Map<String, Object> params = new HashMap<>();
    if (unit != null) {
      params.put("unit", unit);
    }
    StringBuilder text = new StringBuilder();
    ItemRepository.matching(q, text, params);
    return new Sql(capped(filters, text.toString()), params);
  }

  /**
   * The statements of {@code CappedSearch.capped} (the probe, the filters' size, the count over
   * everything) and of {@code CappedSearch.page} (among the filters' items when the probe read them
   * all, among the newest when capped); which of them run depends on the answers.
   */
  private static List<String> capped(String filters, String text) {
    int cap = CappedSearch.TOTAL_CAP;
    return List.of(
        "SELECT COUNT(*) FROM (SELECT 1 FROM (SELECT search_text FROM grievance_item" + filters + " LIMIT 20000) p WHERE 1=1" + text
            + " LIMIT " + (cap + 1) + ") m",
        "SELECT COUNT(*) FROM (SELECT 1 FROM grievance_item" + filters + " LIMIT 20000) s",
        "SELECT COUNT(*) FROM (SELECT 1 FROM grievance_item" + filters + text + " LIMIT " + (cap + 1) + ") m",
        "SELECT * FROM (SELECT * FROM grievance_item" + filters + " LIMIT 20000) f WHERE 1=1" + text
            + " ORDER BY submitted_at DESC, id DESC LIMIT 20 OFFSET 0",
        "SELECT * FROM (SELECT * FROM grievance_item" + filters + " ORDER BY submitted_at DESC, id DESC LIMIT 20000) n WHERE 1=1" + text
            + " ORDER BY submitted_at DESC, id DESC LIMIT 20 OFFSET 0");
  }

  /** {@code ItemRepository.similarCandidates} for a title, as {@code SimilarItems.like} calls it. */
  private static Sql similarSql(String title, ItemScope scope) {
    List<String> words = vn.police.grievance.system.VietnameseText.words(title).stream().filter(w -> w.length() >= 3).distinct()
        .sorted(java.util.Comparator.comparingInt(String::length).reversed()).limit(6).toList();
    StringBuilder where = new StringBuilder(" WHERE (closed_at IS NULL OR submitted_at >= :since)");
    Map<String, Object> params = new HashMap<>();
    params.put("since", OffsetDateTime.now().minusDays(365));
    if (!scope.everything()) {
      where.append(" AND (unit_id IN (:scopeUnits))");
      params.put("scopeUnits", scope.unitIds());
    }
    List<String> any = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      any.add("search_title LIKE :s" + i);
      params.put("s" + i, "%" + words.get(i) + "%");
    }
    where.append(" AND (").append(String.join(" OR ", any)).append(")");
    params.put("limit", 300);
    return new Sql(List.of("SELECT * FROM grievance_item" + where + " ORDER BY submitted_at DESC, id DESC LIMIT :limit"), params);
  }

  private String explain(Case c, long size) {
    StringBuilder out = new StringBuilder(String.format("%n--- EXPLAIN (ANALYZE, BUFFERS) at %,d items: %s ---%n", size, c.key().trim()));
    for (String statement : c.sql().statements()) {
      out.append(statement).append('\n');
      jdbc.sql("EXPLAIN (ANALYZE, BUFFERS) " + statement).params(c.sql().params()).query(String.class).list()
          .forEach(line -> out.append("  ").append(line).append('\n'));
    }
    return out.toString();
  }

  private static double percentile(List<Long> nanos, int p) {
    List<Long> sorted = new ArrayList<>(nanos);
    Collections.sort(sorted);
    int index = Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * p / 100.0) - 1);
    return sorted.get(Math.max(0, index)) / 1e6;
  }
}
