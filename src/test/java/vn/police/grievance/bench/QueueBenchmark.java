package vn.police.grievance.bench;

import static vn.police.grievance.support.ProcessTestSupport.answerNow;
import static vn.police.grievance.support.ProcessTestSupport.approve;
import static vn.police.grievance.support.ProcessTestSupport.immediateAnswer;
import static vn.police.grievance.support.ProcessTestSupport.sendToDepartment;

import java.lang.reflect.Method;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.ibatis.mapping.BoundSql;
import org.apache.ibatis.mapping.ParameterMapping;
import org.apache.ibatis.reflection.MetaObject;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.VariableInstanceQueryImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.TaskManager;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceManager;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import vn.police.grievance.item.GrievanceItem;
import vn.police.grievance.process.mapping.TaskQueryAuthorization;
import vn.police.grievance.support.ProcessDriver;

/**
 * A harness, not a test: how long the reception officer's Tasklist waits for a filter, and the
 * engine REST API for a task count, at 1,000 / 20,000 / 100,000 open tasks, with the engine's own
 * authorization join, with its per-task sub-queries and with the EXISTS check of ADR 0006, on the
 * same data in one run. Never
 * asserts a time. PostgreSQL only ({@code GRIEVANCE_TEST_DB_URL}, a database of its own: the
 * seeded tasks stay). Run with {@code ./mvnw test -Pbenchmark -Dtest=QueueBenchmark}.
 *
 * <ul>
 *   <li>{@code bench.queueSizes} (default {@code 1000,20000,100000}): open tasks in the database;
 *   <li>{@code bench.queueRounds} (default 20): requests per figure, after 3 warm-up requests;
 *   <li>{@code bench.slowMs} (default 10000): a check is not measured at a size after its p50
 *       passed this at a smaller one (the engine's join grows with the square of the tasks);
 *   <li>{@code bench.checks} (default all): which of {@link Check} to measure;
 *   <li>{@code bench.explain} (default true): print {@code EXPLAIN (ANALYZE, BUFFERS)} of the
 *       request's three statements (page, count, card variables) with the application's check, at
 *       the last size.
 * </ul>
 *
 * The open tasks are a mix of real engine tasks, copied ({@link OpenTaskSeeder}): a quarter wait at
 * the reception office (triage, an immediate answer to draft, one in twenty of those claimed), half
 * at three departments' studies, the rest at the leadership's sign-off and the units' confirmation.
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class QueueBenchmark {

  static final String USER = "tiepnhan";
  static final String PASSWORD = "Demo@2026!";
  static final String FILTER = "Chờ nhận xử lý";
  static final int WARM_UP = 3;
  static final int ROUNDS = Integer.getInteger("bench.queueRounds", 20);
  static final long SLOW_MS = Long.getLong("bench.slowMs", 10_000);
  /** Tasklist's own request for a filter's first page: the tasks, their cards' variables, the count. */
  static final String TASKLIST_BODY =
      "{\"processVariables\":[],\"taskVariables\":[],\"caseInstanceVariables\":[],"
          + "\"sorting\":[{\"sortBy\":\"created\",\"sortOrder\":\"desc\"}]}";
  static final String COUNT_BODY = "{\"candidateGroups\":[\"reception\"]}";

  /**
   * The checks compared: the engine's own join (its default {@code authorizationCheckRevokes=auto},
   * which finds no revoke and joins), the engine's per-task sub-queries that
   * {@code authorizationCheckRevokes=always} switches to, and our EXISTS rewrite.
   */
  enum Check {
    ENGINE_JOIN(TaskQueryAuthorization.JOIN, "auto"),
    REVOKES_ALWAYS(TaskQueryAuthorization.JOIN, "always"),
    EXISTS(TaskQueryAuthorization.EXISTS, "auto");

    private final TaskQueryAuthorization mapping;
    private final String revokes;

    Check(TaskQueryAuthorization mapping, String revokes) {
      this.mapping = mapping;
      this.revokes = revokes;
    }

    TaskQueryAuthorization mapping() {
      return mapping;
    }

    String revokes() {
      return revokes;
    }
  }

  @LocalServerPort int port;
  @Autowired ProcessDriver driver;
  @Autowired TaskService tasks;
  @Autowired FilterService filters;
  @Autowired IdentityService identity;
  @Autowired JdbcTemplate jdbc;
  @Autowired ProcessEngineConfigurationImpl engine;

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void measureTheReceptionOfficersQueue() throws Exception {
    String url = System.getenv("GRIEVANCE_TEST_DB_URL");
    Assumptions.assumeTrue(url != null && url.startsWith("jdbc:postgresql:"), "QueueBenchmark needs GRIEVANCE_TEST_DB_URL on PostgreSQL");
    OpenTaskSeeder seeder = new OpenTaskSeeder(jdbc);
    Map<String, Integer> mix = templates();
    String filterId = filters.createFilterQuery().filterName(FILTER).singleResult().getId();
    List<Integer> sizes = sizes();
    TaskQueryAuthorization configured = TaskQueryAuthorization.current();
    String configuredRevokes = engine.getAuthorizationCheckRevokes();
    List<Check> checks = checks();
    List<String> rows = new ArrayList<>();
    long next = seeder.nextCopy();
    Map<Check, Long> tooSlowAt = new LinkedHashMap<>();
    try {
      for (int size : sizes) {
        long missing = size - seeder.openTasks();
        int weights = mix.values().stream().mapToInt(Integer::intValue).sum();
        long t0 = System.nanoTime();
        boolean first = true;
        for (Map.Entry<String, Integer> template : mix.entrySet()) {
          long copies = missing * template.getValue() / weights;
          if (first) {
            // what the division leaves over, so that the database holds exactly the size asked for
            copies += missing - mix.values().stream().mapToLong(w -> missing * w / weights).sum();
            first = false;
          }
          if (copies > 0) {
            seeder.copy(template.getKey(), next, next + copies - 1);
            next += copies;
          }
        }
        seeder.analyze();
        long open = seeder.openTasks();
        double seedSeconds = (System.nanoTime() - t0) / 1e9;
        long visible = visibleToTheOfficer();
        for (Check check : checks) {
          TaskQueryAuthorization.use(check.mapping());
          engine.setAuthorizationCheckRevokes(check.revokes());
          if (tooSlowAt.containsKey(check)) {
            rows.add(String.format("%,8d  %-14s  not measured: p50 above %d ms at %,d", open, check, SLOW_MS, tooSlowAt.get(check)));
            continue;
          }
          List<Long> list = new ArrayList<>();
          List<Long> count = new ArrayList<>();
          for (int i = 0; list.size() < ROUNDS; i++) {
            long l = time("/engine-rest/filter/" + filterId + "/list?firstResult=0&maxResults=15", TASKLIST_BODY, "application/hal+json");
            long c = time("/engine-rest/task/count", COUNT_BODY, "application/json");
            // a request of a minute (the engine's join at 100,000 tasks) needs no warm-up, and three tell enough
            boolean slow = (l + c) / 1e6 > SLOW_MS;
            if (i < WARM_UP && !slow) {
              continue;
            }
            list.add(l);
            count.add(c);
            if (slow && list.size() >= 3) {
              break;
            }
          }
          if (percentile(list, 50) > SLOW_MS) {
            tooSlowAt.put(check, open);
          }
          rows.add(String.format("%,8d  %-14s  filter list (hal+json, 15 + count) %s   task/count %s   [%d samples; %,d visible to %s; seeded in %.0f s]",
              open, check, figures(list), figures(count), list.size(), visible, USER, seedSeconds));
        }
      }
    } finally {
      TaskQueryAuthorization.use(configured);
      engine.setAuthorizationCheckRevokes(configuredRevokes);
    }
    System.out.printf("%n=== Queue benchmark: %s's filter \"%s\" and task count, PostgreSQL, authorization on ===%n", USER, FILTER);
    System.out.printf("%8s  %-14s  %s%n", "open", "check", "p50 / p95 in ms");
    rows.forEach(System.out::println);
    System.out.println();
    if (Boolean.parseBoolean(System.getProperty("bench.explain", "true"))) {
      explainTheOfficersRequest();
    }
  }

  /**
   * The statements behind the officer's request as the application runs them (EXISTS check), with
   * the plans PostgreSQL chose: the filter's page (sorted as Tasklist asks), its count, and the
   * card variables of the page's tasks, each as MyBatis renders it for that query.
   */
  private void explainTheOfficersRequest() {
    TaskQueryAuthorization configured = TaskQueryAuthorization.current();
    TaskQueryAuthorization.use(TaskQueryAuthorization.EXISTS);
    identity.setAuthentication(USER, List.of("reception"));
    try {
      engine.getCommandExecutorTxRequired().execute(context -> {
        TaskQueryImpl page = new TaskQueryImpl();
        page.taskCandidateGroupIn(List.of("reception")).orderByDueDate().asc().orderByTaskCreateTime().desc();
        configure(context.getTaskManager(), TaskManager.class, TaskQueryImpl.class, page);
        page.setFirstResult(0);
        page.setMaxResults(15);
        explain("page (15 tasks)", "selectTaskByQueryCriteria", page);
        explain("count", "selectTaskCountByQueryCriteria", page);

        List<String> scopes = new ArrayList<>();
        for (Task task : tasks.createTaskQuery().taskCandidateGroupIn(List.of("reception")).orderByDueDate().asc()
            .orderByTaskCreateTime().desc().listPage(0, 15)) {
          scopes.add(task.getId());
          scopes.add(task.getProcessInstanceId());
        }
        VariableInstanceQueryImpl cards = new VariableInstanceQueryImpl();
        cards.variableNameIn("ctxTitle", "ctxDue").variableScopeIdIn(scopes.stream().distinct().toArray(String[]::new));
        configure(context.getVariableInstanceManager(), VariableInstanceManager.class, VariableInstanceQueryImpl.class, cards);
        cards.setFirstResult(0);
        cards.setMaxResults(Integer.MAX_VALUE);
        explain("card variables", "selectVariableInstanceByQueryCriteria", cards);
        return null;
      });
    } finally {
      identity.clearAuthentication();
      TaskQueryAuthorization.use(configured);
    }
  }

  /** The engine's own authorization and tenant checks on a query, as its manager adds them. */
  private static <M, Q> void configure(M manager, Class<M> type, Class<Q> queryType, Q query) {
    try {
      Method configure = type.getDeclaredMethod("configureQuery", queryType);
      configure.setAccessible(true);
      configure.invoke(manager, query);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private void explain(String what, String statement, Object query) {
    org.apache.ibatis.session.Configuration mybatis = engine.getSqlSessionFactory().getConfiguration();
    BoundSql bound = mybatis.getMappedStatement(statement).getBoundSql(query);
    MetaObject parameters = mybatis.newMetaObject(query);
    List<Object> values = new ArrayList<>();
    for (ParameterMapping mapping : bound.getParameterMappings()) {
      String property = mapping.getProperty();
      values.add(bound.hasAdditionalParameter(property) ? bound.getAdditionalParameter(property) : parameters.getValue(property));
    }
    System.out.printf("--- EXPLAIN (ANALYZE, BUFFERS) of the %s (%s) ---%n", what, statement);
    jdbc.queryForList("EXPLAIN (ANALYZE, BUFFERS) " + bound.getSql(), String.class, values.toArray())
        .forEach(System.out::println);
    System.out.println();
  }

  /** Real tasks, one per place a task waits, with how many copies of each per 100 open tasks. */
  private Map<String, Integer> templates() {
    Map<String, Integer> mix = new LinkedHashMap<>();
    mix.put(triage(false).getId(), 14);
    mix.put(triage(true).getId(), 1);
    mix.put(draft().getId(), 10);
    mix.put(study("FACILITIES", "dept-hau-can").getId(), 20);
    mix.put(study("STAFFING", "dept-to-chuc-can-bo").getId(), 15);
    mix.put(study("REPORTING", "dept-tham-muu").getId(), 15);
    mix.put(signOff().getId(), 15);
    mix.put(confirmation().getId(), 10);
    return mix;
  }

  private Task triage(boolean claimed) {
    GrievanceItem item = driver.submit("FACILITIES");
    Task task = driver.task(item, "userTask_triage");
    if (claimed) {
      tasks.claim(task.getId(), USER);
    }
    return task;
  }

  private Task draft() {
    GrievanceItem item = driver.submit("REPORTING");
    driver.complete(item, "userTask_triage", USER, answerNow("MAU-01/2026/CAT"));
    return driver.task(item, "userTask_draftImmediateAnswer");
  }

  /** A study at the department the routing table suggests for the category. */
  private Task study(String category, String department) {
    GrievanceItem item = driver.submit(category);
    driver.complete(item, "userTask_triage", USER, sendToDepartment(department));
    return driver.task(item, "userTask_draftStudy");
  }

  private Task signOff() {
    GrievanceItem item = driver.submit("REPORTING");
    driver.complete(item, "userTask_triage", USER, answerNow("MAU-01/2026/CAT"));
    driver.complete(item, "userTask_draftImmediateAnswer", USER, immediateAnswer("Trả lời", "MAU-01/2026/CAT"));
    return driver.task(item, "userTask_leadershipSignOff");
  }

  private Task confirmation() {
    GrievanceItem item = driver.submit("REPORTING");
    driver.complete(item, "userTask_triage", USER, answerNow("MAU-01/2026/CAT"));
    driver.complete(item, "userTask_draftImmediateAnswer", USER, immediateAnswer("Trả lời", "MAU-01/2026/CAT"));
    driver.complete(item, "userTask_leadershipSignOff", "lanhdao", approve());
    driver.runAsyncJobs(item);
    return driver.task(item, "userTask_confirmAnswer");
  }

  /** What the engine itself counts for the officer: the seeded rows are visible as the engine's own. */
  private long visibleToTheOfficer() {
    identity.setAuthentication(USER, List.of("reception"));
    try {
      return tasks.createTaskQuery().taskCandidateGroupIn(List.of("reception")).count();
    } finally {
      identity.clearAuthentication();
    }
  }

  private long time(String path, String body, String accept) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
        .header("Content-Type", "application/json")
        .header("Accept", accept)
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .build();
    long t0 = System.nanoTime();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    long elapsed = System.nanoTime() - t0;
    if (response.statusCode() != 200) {
      throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
    }
    return elapsed;
  }

  private static List<Check> checks() {
    List<Check> checks = new ArrayList<>();
    for (String check : System.getProperty("bench.checks", "ENGINE_JOIN,REVOKES_ALWAYS,EXISTS").split(",")) {
      checks.add(Check.valueOf(check.trim()));
    }
    return checks;
  }

  private static List<Integer> sizes() {
    List<Integer> sizes = new ArrayList<>();
    for (String size : System.getProperty("bench.queueSizes", "1000,20000,100000").split(",")) {
      sizes.add(Integer.parseInt(size.trim()));
    }
    return sizes;
  }

  private static double percentile(List<Long> nanos, int p) {
    List<Long> sorted = new ArrayList<>(nanos);
    Collections.sort(sorted);
    int index = Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * p / 100.0) - 1);
    return sorted.get(Math.max(0, index)) / 1e6;
  }

  private static String figures(List<Long> nanos) {
    return String.format("%8.0f / %8.0f", percentile(nanos, 50), percentile(nanos, 95));
  }
}
