package vn.police.grievance.bench;

import static vn.police.grievance.support.ProcessTestSupport.answerNow;
import static vn.police.grievance.support.ProcessTestSupport.approve;
import static vn.police.grievance.support.ProcessTestSupport.immediateAnswer;
import static vn.police.grievance.support.ProcessTestSupport.satisfied;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import vn.police.grievance.item.GrievanceItem;
import vn.police.grievance.item.ItemStatus;
import vn.police.grievance.support.ProcessDriver;

/**
 * A harness, not a test: the figures of the lifecycle performance issue in one run, on
 * PostgreSQL. The immediate-answer lifecycle (a commune unit submits, reception triages
 * ANSWER_NOW and drafts the answer, the leadership approves, the delivery job runs, the unit
 * confirms) through
 *
 * <ul>
 *   <li>the application's Java API, as {@link ThroughputBenchmark} drives it;
 *   <li>a bare Camunda engine in the same JVM on a database of its own ({@link BareEngine}): the
 *       same diagrams and calls, no-op beans, no authorization;
 *   <li>HTTP: our API for the submission, the engine REST API for each step as Tasklist does it,
 *       Basic authentication as the demo users.
 * </ul>
 *
 * Prints lifecycles per second of the application and the bare engine in interleaved rounds at
 * several concurrencies, SQL statements and commits per lifecycle (counted by a JDBC proxy around
 * each DataSource, the application's own bean included), where the application's statements go,
 * and the HTTP lifecycle's time against the Java API's; then, from lifecycles run in turn on the
 * three sides, each step's median time (HTTP, Java API, bare engine), each HTTP request's and each
 * Java call's, and a request that does nothing, which puts a floor under the HTTP route's ratio. The
 * HTTP route is warmed as the Java one is ({@code bench.httpWarmUp}); the Java route sets the
 * officer's groups as a sign-in does, once, not from a query per step. Never asserts a time. Needs
 * GRIEVANCE_TEST_DB_URL on a PostgreSQL database of its own; the bare engine's database is created
 * next to it and dropped. Run with {@code ./mvnw test -Pbenchmark -Dtest=LifecycleBenchmark}.
 *
 * <ul>
 *   <li>{@code bench.rounds} (default 6): interleaved app/bare rounds per concurrency (0 leaves throughput out);
 *   <li>{@code bench.perThread} (default 5): lifecycles each thread runs per round;
 *   <li>{@code bench.concurrency} (default {@code 1,4,8}): threads running whole lifecycles;
 *   <li>{@code bench.warmUp} (default 20): lifecycles each side runs before anything is measured;
 *   <li>{@code bench.sqlLifecycles} (default 20): lifecycles whose statements are counted;
 *   <li>{@code bench.httpLifecycles} (default 30): HTTP lifecycles, each paired with a Java one;
 *   <li>{@code bench.httpWarmUp} (default 60): HTTP lifecycles run before anything is measured;
 *   <li>{@code bench.alike} (default 300): items like the submitted one the application's database
 *       holds before anything is measured (submitted and left at triage if fewer). Every lifecycle
 *       submits the same text, and the likely-duplicates check (at submission, and for the triage
 *       task's card) reads up to 300 recent alike items and costs statements per item read: without
 *       a fixed fill, the figures would depend on how many lifecycles ran before. 300 is the steady
 *       state of a province with a few hundred recent items sharing common words.
 * </ul>
 */
@Tag("benchmark")
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    // Both sides get the pool the application has in production (Hikari's default of 10), not
    // the small one of the test profile, so that eight threads are not queueing for four connections.
    properties = {"spring.datasource.hikari.maximum-pool-size=" + LifecycleBenchmark.POOL,
        "spring.datasource.hikari.minimum-idle=" + LifecycleBenchmark.POOL})
@ActiveProfiles("test")
class LifecycleBenchmark {

  static final int POOL = 10;
  static final int ROUNDS = Integer.getInteger("bench.rounds", 6);
  static final int PER_THREAD = Integer.getInteger("bench.perThread", 5);
  static final int WARM_UP = Integer.getInteger("bench.warmUp", 20);
  static final int SQL_LIFECYCLES = Integer.getInteger("bench.sqlLifecycles", 20);
  static final int HTTP_LIFECYCLES = Integer.getInteger("bench.httpLifecycles", 30);
  static final int HTTP_WARM_UP = Integer.getInteger("bench.httpWarmUp", 60);
  static final int ALIKE = Integer.getInteger("bench.alike", 300);
  /** How many of the application's most frequent statements to print. */
  static final int TEXTS = Integer.getInteger("bench.texts", 8);
  static final List<Integer> CONCURRENCY =
      Arrays.stream(System.getProperty("bench.concurrency", "1,4,8").split(",")).map(String::trim).map(Integer::valueOf).toList();
  static final String PASSWORD = "Demo@2026!";

  /** Counts the statements of the application's own DataSource (engine and our tables alike). */
  static final SqlCounter APP_SQL = new SqlCounter();

  @TestConfiguration
  static class CountedDataSource {
    /** Wraps the one DataSource the application uses, before anything (engine, Flyway, transactions) gets it. */
    @Bean
    static BeanPostProcessor countingDataSource() {
      return new BeanPostProcessor() {
        @Override
        public Object postProcessAfterInitialization(Object bean, String name) {
          return bean instanceof DataSource dataSource && name.equals("dataSource") ? APP_SQL.wrap(dataSource) : bean;
        }
      };
    }
  }

  @LocalServerPort int port;
  @Autowired ProcessDriver driver;
  @Autowired TaskService tasks;
  @Autowired IdentityService identity;
  @Autowired vn.police.grievance.tasklist.TaskContext taskContext;
  @Autowired ObjectMapper json;
  @Autowired JdbcTemplate jdbc;
  @Autowired DataSource dataSource;

  private final HttpClient http = HttpClient.newHttpClient();
  /** Each step's time on either side, and each HTTP request's, while HTTP is paired with the Java API. */
  private final StepClock steps = new StepClock();
  private final Map<String, List<String>> groups = new java.util.concurrent.ConcurrentHashMap<>();
  private String httpBreakdown = "";
  private long alikeAtCount;

  @Test
  void measureTheLifecycleAgainstABareEngine() throws Exception {
    String url = System.getenv("GRIEVANCE_TEST_DB_URL");
    Assumptions.assumeTrue(url != null && url.startsWith("jdbc:postgresql:"), "LifecycleBenchmark needs GRIEVANCE_TEST_DB_URL on PostgreSQL");
    if (!dataSource.toString().startsWith("counted ")) {
      throw new IllegalStateException("the application's DataSource is not counted: " + dataSource);
    }
    String loadBefore = loadAverage();
    long started = System.nanoTime();
    List<String> rows = new ArrayList<>();
    List<String> breakdown = new ArrayList<>();
    String bareDatabase;
    try (BareEngine bare = new BareEngine(url, env("GRIEVANCE_TEST_DB_USER", "postgres"), env("GRIEVANCE_TEST_DB_PASSWORD", ""), POOL)) {
      bareDatabase = bare.database;
      warmUp(bare);

      // Throughput, interleaved: each round runs both sides back to back, the order alternating.
      ExecutorService threads = Executors.newFixedThreadPool(CONCURRENCY.stream().max(Integer::compare).orElse(1));
      try {
        for (int c : ROUNDS == 0 ? List.<Integer>of() : CONCURRENCY) {
          List<Double> app = new ArrayList<>();
          List<Double> engine = new ArrayList<>();
          List<Double> ratios = new ArrayList<>();
          for (int round = 0; round < ROUNDS; round++) {
            double a;
            double b;
            if (round % 2 == 0) {
              a = throughput(threads, c, this::appLifecycle);
              b = throughput(threads, c, bare::lifecycle);
            } else {
              b = throughput(threads, c, bare::lifecycle);
              a = throughput(threads, c, this::appLifecycle);
            }
            app.add(a);
            engine.add(b);
            ratios.add(b / a);
          }
          rows.add(row(String.format("lifecycles/s, Java API, c=%d (median)", c), f1(median(app)), f1(median(engine)),
              String.format("%.2f× bare÷app (rounds %.2f–%.2f)", median(ratios), Collections.min(ratios), Collections.max(ratios)),
              "≤ 1.25×"));
        }
      } finally {
        threads.shutdownNow();
      }

      // SQL per lifecycle, one thread, the per-table breakdown on.
      alikeAtCount = alikeItems();
      SqlCounter.Counts appSql = counted(APP_SQL, this::appLifecycle);
      SqlCounter.Counts bareSql = counted(bare.sql, bare::lifecycle);
      rows.add(row("SQL statements per lifecycle (batch entries count)", per(appSql.statements()), per(bareSql.statements()),
          String.format("%.2f× app÷bare", (double) appSql.statements() / bareSql.statements()), "≤ 1.5×"));
      rows.add(row("  database round trips per lifecycle", per(appSql.roundTrips()), per(bareSql.roundTrips()),
          String.format("%.2f× app÷bare", (double) appSql.roundTrips() / bareSql.roundTrips()), ""));
      rows.add(row("  commits per lifecycle (+ auto-commit statements)",
          per(appSql.commits()) + " (+" + per(appSql.autoCommitted()) + ")",
          per(bareSql.commits()) + " (+" + per(bareSql.autoCommitted()) + ")",
          String.format("%.2f× app÷bare", (double) appSql.commits() / bareSql.commits()), ""));
      // The task context is computed when a form is read, not when a task is created: the same
      // route with each step's context read once, as an officer opening each form in Tasklist does.
      SqlCounter.Counts readingSql = counted(APP_SQL, this::appLifecycleReadingForms);
      rows.add(row("  the same, each step's form context read once", per(readingSql.statements()), per(bareSql.statements()),
          String.format("%.2f× app÷bare", (double) readingSql.statements() / bareSql.statements()), ""));
      breakdown.addAll(breakdown(appSql, bareSql));

      // HTTP against the Java API, one thread, pairs alternating which goes first.
      bare.steps = steps;
      rows.addAll(httpAgainstJava(bare));
    }
    double minutes = (System.nanoTime() - started) / 60e9;
    String version = jdbc.queryForObject("show server_version", String.class);
    String appDatabase = jdbc.queryForObject("select current_database()", String.class);

    StringBuilder out = new StringBuilder();
    out.append(String.format("%n=== Lifecycle benchmark: the application against a bare Camunda engine, Java API and HTTP ===%n"));
    out.append(String.format("Conditions: PostgreSQL %s at %s, application database %s, bare engine database %s (created and dropped);%n",
        version, url.replaceAll("jdbc:postgresql://([^/]+)/.*", "$1"), appDatabase, bareDatabase));
    out.append(String.format("  %d CPUs, pool of %d connections each side; load average (1, 5, 15 min) before %s, after %s;%n",
        Runtime.getRuntime().availableProcessors(), POOL, loadBefore, loadAverage()));
    out.append(String.format("  warm-up %d lifecycles each side; %d interleaved rounds per concurrency, %d lifecycles per thread per round;%n",
        WARM_UP, ROUNDS, PER_THREAD));
    out.append(String.format("  application database filled to %d items alike the submitted one before measuring (%d when SQL was counted);%n",
        ALIKE, alikeAtCount));
    out.append(String.format("  SQL counted over %d lifecycles each side; %d HTTP lifecycles paired with Java API ones; %.1f minutes in all.%n%n",
        SQL_LIFECYCLES, HTTP_LIFECYCLES, minutes));
    out.append(row("figure", "app", "bare engine", "ratio", "target")).append('\n');
    rows.forEach(r -> out.append(r).append('\n'));
    out.append('\n');
    breakdown.forEach(r -> out.append(r).append('\n'));
    out.append('\n').append(httpBreakdown).append('\n');
    System.out.println(out);
  }

  // -----------------------------------------------------------------------------------------------
  // The lifecycles

  /** {@link ThroughputBenchmark}'s route: submission through the intake, each step as the officer. */
  private GrievanceItem appLifecycle() {
    long t = System.nanoTime();
    GrievanceItem item = driver.submit("REPORTING");
    t = steps.took("Java", "submit", t);
    complete(item, "userTask_triage", "tiepnhan", answerNow("MAU-01/2026/CAT"));
    t = steps.took("Java", "triage", t);
    complete(item, "userTask_draftImmediateAnswer", "tiepnhan", immediateAnswer("Trả lời", "MAU-01/2026/CAT"));
    t = steps.took("Java", "draft", t);
    complete(item, "userTask_leadershipSignOff", "lanhdao", approve());
    t = steps.took("Java", "sign-off", t);
    driver.runAsyncJobs(item);
    t = steps.took("Java", "delivery job", t);
    complete(item, "userTask_confirmAnswer", "xa.longhoa", satisfied());
    steps.took("Java", "confirm", t);
    return item;
  }

  /** {@link ProcessDriver#complete}, each of its calls timed beside the HTTP request that does the same. */
  private void complete(GrievanceItem item, String taskKey, String user, Map<String, Object> values) {
    long t = System.nanoTime();
    var task = driver.task(item, taskKey);
    t = steps.took("call", "task query", t);
    // an officer's groups come with the sign-in (the webapps' session, the REST API's verified
    // credentials), not from a query per step; the bare engine checks no authorization at all
    identity.setAuthentication(user, groups.computeIfAbsent(user,
        u -> identity.createGroupQuery().groupMember(u).list().stream().map(g -> g.getId()).toList()));
    try {
      tasks.claim(task.getId(), user);
      t = steps.took("call", "claim", t);
      tasks.complete(task.getId(), new LinkedHashMap<>(values));
      steps.took("call", "complete", t);
    } finally {
      identity.clearAuthentication();
    }
  }

  /** {@link #appLifecycle()}, with each step's form context read once before the step is completed. */
  private GrievanceItem appLifecycleReadingForms() {
    GrievanceItem item = driver.submit("REPORTING");
    completeAfterReading(item, "userTask_triage", "tiepnhan", answerNow("MAU-01/2026/CAT"));
    completeAfterReading(item, "userTask_draftImmediateAnswer", "tiepnhan", immediateAnswer("Trả lời", "MAU-01/2026/CAT"));
    completeAfterReading(item, "userTask_leadershipSignOff", "lanhdao", approve());
    driver.runAsyncJobs(item);
    completeAfterReading(item, "userTask_confirmAnswer", "xa.longhoa", satisfied());
    return item;
  }

  private void completeAfterReading(GrievanceItem item, String taskKey, String user, Map<String, Object> values) {
    var task = driver.task(item, taskKey);
    if (taskContext.of(task.getId()).isEmpty()) {
      throw new IllegalStateException("no context for " + taskKey);
    }
    driver.complete(task, user, values);
  }

  /**
   * The same lifecycle over HTTP: our API for the submission, then per step the engine REST API
   * as Tasklist calls it (find the task, claim it, submit its form), the delivery job executed
   * by the administrator as an operator would. Answers the number of requests made.
   */
  private int httpLifecycle() throws Exception {
    int[] requests = {0};
    Map<String, Object> submission = new LinkedHashMap<>();
    submission.put("category", "REPORTING");
    submission.put("title", "Chưa có trụ sở làm việc");
    submission.put("content", "Công an xã làm việc nhờ tại UBND xã.");
    submission.put("proposal", "Đề nghị bố trí kinh phí xây dựng trụ sở");
    submission.put("contact", "Đại úy Nguyễn Văn A – 0912 000 000");
    long t = System.nanoTime();
    String reference = call(requests, "xa.longhoa", "POST", "/api/items", submission, 201).get("reference").asText();
    t = steps.took("HTTP", "submit", t);
    work(requests, "tiepnhan", reference, "userTask_triage", answerNow("MAU-01/2026/CAT"));
    t = steps.took("HTTP", "triage", t);
    work(requests, "tiepnhan", reference, "userTask_draftImmediateAnswer", immediateAnswer("Trả lời", "MAU-01/2026/CAT"));
    t = steps.took("HTTP", "draft", t);
    work(requests, "lanhdao", reference, "userTask_leadershipSignOff", approve());
    t = steps.took("HTTP", "sign-off", t);
    String instance = call(requests, "quantri", "GET",
        "/engine-rest/process-instance?businessKey=" + reference + "&processDefinitionKey=grievance-handling", null, 200)
        .get(0).get("id").asText();
    for (JsonNode job : call(requests, "quantri", "GET", "/engine-rest/job?processInstanceId=" + instance, null, 200)) {
      if (job.get("dueDate").isNull()) {
        call(requests, "quantri", "POST", "/engine-rest/job/" + job.get("id").asText() + "/execute", null, 204);
      }
    }
    t = steps.took("HTTP", "delivery job", t);
    work(requests, "xa.longhoa", reference, "userTask_confirmAnswer", satisfied());
    steps.took("HTTP", "confirm", t);
    return requests[0];
  }

  private void work(int[] requests, String user, String reference, String taskKey, Map<String, Object> values) throws Exception {
    JsonNode tasks = call(requests, user, "GET", "/engine-rest/task?processInstanceBusinessKey=" + reference
        + "&taskDefinitionKey=" + taskKey + "&candidateUser=" + user, null, 200);
    if (tasks.size() != 1) {
      throw new IllegalStateException(user + " sees " + tasks.size() + " tasks " + taskKey + " of " + reference);
    }
    String id = tasks.get(0).get("id").asText();
    call(requests, user, "POST", "/engine-rest/task/" + id + "/claim", Map.of("userId", user), 204);
    Map<String, Object> variables = new LinkedHashMap<>();
    values.forEach((k, v) -> variables.put(k, Map.of("value", v)));
    call(requests, user, "POST", "/engine-rest/task/" + id + "/submit-form", Map.of("variables", variables), 204);
  }

  private JsonNode call(int[] requests, String user, String method, String path, Object body, int expected)
      throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)))
        .header("Accept", "application/json")
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    if (path.equals("/api/items")) {
      // the intake is idempotent per key; the Java API is given a fresh key as well
      request.header("Idempotency-Key", UUID.randomUUID().toString());
    }
    long t0 = System.nanoTime();
    HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    steps.took("request", method + " " + path.replaceAll("\\?.*", "").replaceAll("/[0-9a-f]{8}-[0-9a-f-]{27,}", "/{id}"), t0);
    requests[0]++;
    if (response.statusCode() != expected) {
      throw new IllegalStateException(method + " " + path + " as " + user + ": " + response.statusCode() + " " + response.body());
    }
    return response.body() == null || response.body().isEmpty() ? null : json.readTree(response.body());
  }

  // -----------------------------------------------------------------------------------------------
  // Measuring

  private void warmUp(BareEngine bare) throws Exception {
    GrievanceItem item = null;
    String instance = null;
    for (int i = 0; i < WARM_UP; i++) {
      item = appLifecycle();
      instance = bare.lifecycle();
    }
    // The HTTP route's own code (Tomcat, the security filters, Jersey, JSON, the front door) is
    // compiled by the JIT only after some hundreds of requests; the engine's code it shares with
    // the Java API is already warm. Unwarmed, it measured 8 ms more per request than warm.
    for (int i = 0; i < HTTP_WARM_UP; i++) {
      httpLifecycle();
      call(new int[1], "tiepnhan", "GET", "/engine-rest/version", null, 200);
    }
    for (long alike = alikeItems(); alike < ALIKE; alike++) {
      driver.submit("REPORTING");
    }
    // the lifecycles really go through to the end, on both sides
    if (item != null && driver.status(item) != ItemStatus.CLOSED) {
      throw new IllegalStateException(item.reference() + " is " + driver.status(item) + " after the lifecycle");
    }
    if (instance != null && !bare.ended(instance)) {
      throw new IllegalStateException("the bare engine's instance " + instance + " did not end");
    }
  }

  /** The items of the application's database, all submitted by this benchmark with the same text. */
  private long alikeItems() {
    return jdbc.queryForObject("select count(*) from grievance_item", Long.class);
  }

  interface Lifecycle {
    Object run() throws Exception;
  }

  /** c threads each run {@link #PER_THREAD} whole lifecycles from a common start; lifecycles per second. */
  private static double throughput(ExecutorService threads, int c, Lifecycle lifecycle) throws Exception {
    CountDownLatch go = new CountDownLatch(1);
    List<Future<?>> running = new ArrayList<>();
    for (int t = 0; t < c; t++) {
      running.add(threads.submit(() -> {
        go.await();
        for (int i = 0; i < PER_THREAD; i++) {
          lifecycle.run();
        }
        return null;
      }));
    }
    long t0 = System.nanoTime();
    go.countDown();
    for (Future<?> done : running) {
      done.get();
    }
    return c * PER_THREAD / ((System.nanoTime() - t0) / 1e9);
  }

  private static SqlCounter.Counts counted(SqlCounter counter, Lifecycle lifecycle) throws Exception {
    counter.breakdown = true;
    try {
      SqlCounter.Counts before = counter.counts();
      for (int i = 0; i < SQL_LIFECYCLES; i++) {
        lifecycle.run();
      }
      return counter.counts().minus(before);
    } finally {
      counter.breakdown = false;
    }
  }

  private List<String> httpAgainstJava(BareEngine bare) throws Exception {
    List<Long> javaTimes = new ArrayList<>();
    List<Long> httpTimes = new ArrayList<>();
    // a request that does nothing but pass the same stack (Basic authentication, the filters, Jersey)
    List<Long> floor = new ArrayList<>();
    SqlCounter.Counts javaSql = null;
    SqlCounter.Counts httpSql = null;
    long requests = 0;
    // on for both sides alike: the HTTP lifecycle's extra statements are sorted by table too
    APP_SQL.breakdown = true;
    steps.on = true;
    for (int i = 0; i < HTTP_LIFECYCLES; i++) {
      for (int side = 0; side < 2; side++) {
        boolean viaHttp = (i + side) % 2 == 0;
        SqlCounter.Counts before = APP_SQL.counts();
        long t0 = System.nanoTime();
        if (viaHttp) {
          requests += httpLifecycle();
        } else {
          appLifecycle();
        }
        long took = System.nanoTime() - t0;
        SqlCounter.Counts used = APP_SQL.counts().minus(before);
        if (viaHttp) {
          httpTimes.add(took);
          httpSql = httpSql == null ? used : httpSql.plus(used);
        } else {
          javaTimes.add(took);
          javaSql = javaSql == null ? used : javaSql.plus(used);
        }
      }
      bare.lifecycle(); // its steps timed beside the application's
      long t0 = System.nanoTime();
      call(new int[1], "tiepnhan", "GET", "/engine-rest/version", null, 200);
      floor.add(System.nanoTime() - t0);
    }
    APP_SQL.breakdown = false;
    steps.on = false;
    Collections.sort(javaTimes);
    Collections.sort(httpTimes);
    int n = HTTP_LIFECYCLES;
    List<String> rows = new ArrayList<>();
    rows.add(row("lifecycle time p50, HTTP / Java API", ms(percentile(httpTimes, 0.5)) + " / " + ms(percentile(javaTimes, 0.5)), "",
        String.format("%.2f× HTTP÷Java", (double) percentile(httpTimes, 0.5) / percentile(javaTimes, 0.5)), "≤ 1.3×"));
    rows.add(row("lifecycle time p95, HTTP / Java API", ms(percentile(httpTimes, 0.95)) + " / " + ms(percentile(javaTimes, 0.95)), "",
        String.format("%.2f× HTTP÷Java", (double) percentile(httpTimes, 0.95) / percentile(javaTimes, 0.95)), "≤ 1.3×"));
    rows.add(row("HTTP requests per lifecycle", String.format("%.1f", (double) requests / n), "", "", ""));
    Collections.sort(floor);
    long perRequest = percentile(floor, 0.5);
    long least = percentile(javaTimes, 0.5) + perRequest * requests / n;
    rows.add(row("  a request that does nothing (engine version)", ms(perRequest), "",
        String.format("%.2f× HTTP÷Java at the least", (double) least / percentile(javaTimes, 0.5)), ""));
    rows.add(row("commits per lifecycle, HTTP / Java API",
        String.format("%.1f / %.1f", (double) httpSql.commits() / n, (double) javaSql.commits() / n), "",
        String.format("%.2f× HTTP÷Java", (double) httpSql.commits() / javaSql.commits()), ""));
    rows.add(row("  + auto-commit statements, HTTP / Java API",
        String.format("%.1f / %.1f", (double) httpSql.autoCommitted() / n, (double) javaSql.autoCommitted() / n), "", "", ""));
    rows.add(row("SQL statements per lifecycle, HTTP / Java API",
        String.format("%.1f / %.1f", (double) httpSql.statements() / n, (double) javaSql.statements() / n), "",
        String.format("%.2f× HTTP÷Java", (double) httpSql.statements() / javaSql.statements()), ""));
    httpBreakdown = httpExtra(httpSql, javaSql) + "\n\n" + steps.printed();
    return rows;
  }

  /** Times of named parts of the paired lifecycles, kept only while {@link #on}. */
  static final class StepClock {
    volatile boolean on;
    private final Map<String, List<Long>> times = new LinkedHashMap<>();

    /** Records the time since {@code since} under side and name; answers now, the next part's start. */
    long took(String side, String name, long since) {
      long now = System.nanoTime();
      if (on) {
        synchronized (this) {
          times.computeIfAbsent(side + "|" + name, k -> new ArrayList<>()).add(now - since);
        }
      }
      return now;
    }

    /** Each step's median on either side, then each kind of HTTP request's median and count per lifecycle. */
    synchronized String printed() {
      StringBuilder out = new StringBuilder(String.format(
          "Lifecycles run in turn (HTTP, Java API, bare engine), median time per step:%n  %-14s %10s %10s %10s %14s %14s",
          "step", "HTTP", "Java API", "bare", "HTTP÷Java", "Java÷bare"));
      times.keySet().stream().filter(k -> k.startsWith("HTTP|")).map(k -> k.substring(5)).forEach(step -> {
        long http = medianOf(times.get("HTTP|" + step));
        long java = medianOf(times.getOrDefault("Java|" + step, List.of(0L)));
        long engine = medianOf(times.getOrDefault("bare|" + step, List.of(0L)));
        out.append(String.format("%n  %-14s %7.1f ms %7.1f ms %7.1f ms %13.2f× %13.2f×", step, http / 1e6, java / 1e6,
            engine / 1e6, java == 0 ? 0 : (double) http / java, engine == 0 ? 0 : (double) java / engine));
      });
      for (String[] kind : new String[][] {{"request|", "HTTP requests"}, {"call|", "Java API calls"}}) {
        out.append(String.format("%n%s, median time and number per lifecycle:", kind[1]));
        times.entrySet().stream().filter(e -> e.getKey().startsWith(kind[0])).forEach(e -> out.append(String.format(
            "%n  %-44s %7.1f ms %6.1f", e.getKey().substring(kind[0].length()), medianOf(e.getValue()) / 1e6,
            (double) e.getValue().size() / HTTP_LIFECYCLES)));
      }
      return out.toString();
    }

    private static long medianOf(List<Long> values) {
      List<Long> sorted = new ArrayList<>(values);
      Collections.sort(sorted);
      return sorted.get(sorted.size() / 2);
    }
  }

  /** What the HTTP lifecycle sends to the database beyond the Java API's, per lifecycle, by kind and table. */
  private static String httpExtra(SqlCounter.Counts http, SqlCounter.Counts java) {
    Map<String, Long> extra = new LinkedHashMap<>(http.byKindAndTable());
    java.byKindAndTable().forEach((k, v) -> extra.merge(k, -v, Long::sum));
    StringBuilder line = new StringBuilder("HTTP lifecycle's statements beyond the Java API's, per lifecycle, top 10 (kind table):");
    extra.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
        .limit(10)
        .forEach(e -> line.append(String.format("%n  %-40s %+8.1f", e.getKey(), (double) e.getValue() / HTTP_LIFECYCLES)));
    return line.toString();
  }

  /** The application's statements per lifecycle by table, top 15, split by kind; the bare engine's beside them. */
  private static List<String> breakdown(SqlCounter.Counts app, SqlCounter.Counts bare) {
    Map<String, Map<String, Long>> byTable = new LinkedHashMap<>();
    Map<String, Long> byKind = new LinkedHashMap<>();
    Map<String, Long> bareByTable = new LinkedHashMap<>();
    app.byKindAndTable().forEach((key, count) -> {
      String kind = key.substring(0, key.indexOf(' '));
      String table = key.substring(key.indexOf(' ') + 1);
      byTable.computeIfAbsent(table, t -> new LinkedHashMap<>()).merge(kind, count, Long::sum);
      byKind.merge(kind, count, Long::sum);
    });
    Map<String, Long> bareByKind = new LinkedHashMap<>();
    bare.byKindAndTable().forEach((key, count) -> {
      bareByTable.merge(key.substring(key.indexOf(' ') + 1), count, Long::sum);
      bareByKind.merge(key.substring(0, key.indexOf(' ')), count, Long::sum);
    });
    List<String> lines = new ArrayList<>();
    Set<String> kinds = new TreeSet<>(byKind.keySet());
    lines.add(String.format("Application statements per lifecycle by kind: %s (bare engine: %s)",
        perKind(byKind), perKind(bareByKind)));
    lines.add(String.format("Application statements per lifecycle by table, top 15 of %d tables (first table after INSERT INTO / UPDATE / DELETE FROM / FROM):",
        byTable.size()));
    StringBuilder header = new StringBuilder(String.format("  %-32s %8s", "table", "app"));
    kinds.forEach(k -> header.append(String.format(" %8s", k)));
    header.append(String.format(" %8s", "bare"));
    lines.add(header.toString());
    byTable.entrySet().stream()
        .sorted(Comparator.comparingLong((Map.Entry<String, Map<String, Long>> e) -> total(e.getValue())).reversed())
        .limit(15)
        .forEach(e -> {
          StringBuilder line = new StringBuilder(String.format("  %-32s %8s", e.getKey(), per(total(e.getValue()))));
          kinds.forEach(k -> line.append(String.format(" %8s", per(e.getValue().getOrDefault(k, 0L)))));
          line.append(String.format(" %8s", per(bareByTable.getOrDefault(e.getKey(), 0L))));
          lines.add(line.toString());
        });
    lines.add("Application statements per lifecycle, the " + TEXTS + " most frequent texts:");
    app.byText().entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
        .limit(TEXTS)
        .forEach(e -> lines.add(String.format("  %8s  %s", per(e.getValue()), abbreviated(e.getKey()))));
    return lines;
  }

  private static String abbreviated(String sql) {
    return sql.length() <= 110 ? sql : sql.substring(0, 107) + "...";
  }

  private static String perKind(Map<String, Long> byKind) {
    StringBuilder s = new StringBuilder();
    new TreeSet<>(byKind.keySet()).forEach(k -> s.append(s.length() == 0 ? "" : ", ").append(k).append(' ').append(per(byKind.get(k))));
    return s.toString();
  }

  private static long total(Map<String, Long> counts) {
    return counts.values().stream().mapToLong(Long::longValue).sum();
  }

  // -----------------------------------------------------------------------------------------------
  // Printing

  private static String row(String figure, String app, String bare, String ratio, String target) {
    return String.format("%-52s %-16s %-12s %-40s %s", figure, app, bare, ratio, target);
  }

  private static String per(long count) {
    return String.format("%.1f", (double) count / SQL_LIFECYCLES);
  }

  private static String f1(double value) {
    return String.format("%.1f", value);
  }

  private static String ms(long nanos) {
    return nanos < 10_000_000 ? String.format("%.1f ms", nanos / 1e6) : String.format("%.0f ms", nanos / 1e6);
  }

  private static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  private static long percentile(List<Long> sorted, double p) {
    return sorted.get(Math.min(sorted.size() - 1, (int) (sorted.size() * p)));
  }

  private static String loadAverage() {
    try {
      String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
      return parts[0] + " " + parts[1] + " " + parts[2];
    } catch (IOException e) {
      return "unknown";
    }
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null ? fallback : value;
  }
}
