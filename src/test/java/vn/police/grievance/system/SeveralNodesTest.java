package vn.police.grievance.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import vn.police.grievance.GrievanceApplication;
import vn.police.grievance.journal.AuditChain;
import vn.police.grievance.support.PostgresAvailable;
import vn.police.grievance.support.PostgresCondition;

/**
 * Several application nodes on one PostgreSQL database. Two nodes are started at the same instant
 * on a fresh, empty database: both must start, the schema and everything seeded at start-up must
 * exist exactly once. Then two officers on the two nodes claim the same task at the same instant,
 * and one officer completes it from both nodes at once: exactly one of each wins, and the database
 * holds exactly one outcome.
 *
 * <p>The two nodes run in this JVM, each with its own web server, connection pool and engine. The
 * engine REST API finds engines by name in a JVM-wide registry, so each node's engine has its own
 * name and is called at /engine-rest/engine/{name}/…; on real nodes it is the default engine.
 */
@PostgresAvailable
class SeveralNodesTest {

  static final String PASSWORD = "Demo@2026!";
  static final Duration START_TIMEOUT = Duration.ofMinutes(5);

  final String database = "several_nodes_" + Long.toString(System.nanoTime(), 36);
  final ObjectMapper json = new ObjectMapper();
  final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  final List<ConfigurableApplicationContext> started = new ArrayList<>();

  JdbcClient server;
  JdbcClient db;

  static String urlOf(String database) {
    String url = PostgresCondition.url();
    int query = url.indexOf('?');
    String base = query < 0 ? url : url.substring(0, query);
    return base.substring(0, base.lastIndexOf('/') + 1) + database + (query < 0 ? "" : url.substring(query));
  }

  @BeforeEach
  void createEmptyDatabase() {
    server = JdbcClient.create(new DriverManagerDataSource(PostgresCondition.url(), PostgresCondition.user(), PostgresCondition.password()));
    server.sql("CREATE DATABASE " + database).update();
    db = JdbcClient.create(new DriverManagerDataSource(urlOf(database), PostgresCondition.user(), PostgresCondition.password()));
  }

  @AfterEach
  void stopNodesAndDropDatabase() {
    started.forEach(ConfigurableApplicationContext::close);
    server.sql("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)").update();
  }

  /** One node: the whole application, on a random port, its job executor off, a small pool. */
  ConfigurableApplicationContext startNode(String name) {
    return new SpringApplicationBuilder(GrievanceApplication.class)
        .profiles("test")
        .run(
            "--server.port=0",
            "--spring.datasource.url=" + urlOf(database),
            "--spring.datasource.username=" + PostgresCondition.user(),
            "--spring.datasource.password=" + PostgresCondition.password(),
            "--spring.datasource.hikari.maximum-pool-size=6",
            "--spring.jmx.enabled=false",
            "--camunda.bpm.job-execution.enabled=false",
            "--camunda.bpm.process-engine-name=" + name,
            "--spring.main.banner-mode=off");
  }

  record Node(String name, ConfigurableApplicationContext context, int port) {
    String engine(String path) {
      return "/engine-rest/engine/" + name + path;
    }
  }

  record Answer(int status, String contentType, String body) {}

  Answer call(Node node, String user, String method, String path, Object body) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + node.port() + path))
        .timeout(Duration.ofSeconds(60))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
        .header("Accept", "application/json")
        .header("Content-Type", "application/json")
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
    HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body());
  }

  JsonNode ok(Answer answer, int expected) throws Exception {
    assertThat(answer.status()).as(answer.body()).isEqualTo(expected);
    return answer.body() == null || answer.body().isEmpty() ? null : json.readTree(answer.body());
  }

  /** Runs both at the same instant and returns both results, in order. */
  static <T> List<T> together(Callable<T> first, Callable<T> second) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      CyclicBarrier barrier = new CyclicBarrier(2);
      Future<T> a = pool.submit(() -> {
        barrier.await();
        return first.call();
      });
      Future<T> b = pool.submit(() -> {
        barrier.await();
        return second.call();
      });
      List<T> results = new ArrayList<>();
      List<Throwable> failures = new ArrayList<>();
      for (Future<T> future : List.of(a, b)) {
        try {
          results.add(future.get(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS));
        } catch (ExecutionException e) {
          failures.add(e.getCause());
        }
      }
      if (!failures.isEmpty()) {
        AssertionError error = new AssertionError(failures.size() + " of the two failed: " + failures.get(0));
        failures.forEach(error::addSuppressed);
        throw error;
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }

  long count(String sql, Object... params) {
    return db.sql(sql).params(params).query(Long.class).single();
  }

  @Test
  void twoNodesStartTogetherOnAnEmptyDatabaseAndEachConflictHasOneWinner() throws Exception {
    long t0 = System.nanoTime();
    List<ConfigurableApplicationContext> contexts = together(
        () -> register(startNode("nodeA")), () -> register(startNode("nodeB")));
    System.out.printf("Two nodes started together in %d ms%n", (System.nanoTime() - t0) / 1_000_000);
    Node a = node("nodeA", contexts.get(0));
    Node b = node("nodeB", contexts.get(1));

    // --- the schema: created once, by one node, under Flyway's history -------------------------
    assertThat(count("SELECT COUNT(*) FROM app_schema_history WHERE NOT success")).isZero();
    assertThat(db.sql("SELECT version FROM app_schema_history WHERE version IS NOT NULL GROUP BY version HAVING COUNT(*) > 1")
        .query(String.class).list()).isEmpty();
    assertThat(db.sql("SELECT version || ' ' || description FROM engine_schema_history WHERE success AND version IS NOT NULL"
            + " ORDER BY installed_rank").query(String.class).list())
        .containsExactly("0 Engine schema history started", "1 Create engine schema");
    assertThat(count("SELECT COUNT(*) FROM act_ge_schema_log")).as("the engine schema was created once").isEqualTo(1);
    assertThat(db.sql("SELECT value_ FROM act_ge_property WHERE name_ = 'schema.version'").query(String.class).single())
        .isEqualTo("fox");
    assertThat(count("SELECT COUNT(*) FROM act_ge_property WHERE name_ IN"
        + " ('deployment.lock', 'history.cleanup.job.lock', 'startup.lock', 'installationId.lock', 'historyLevel')"))
        .isEqualTo(5);

    // --- start-up seeding: nothing twice ------------------------------------------------------
    assertThat(count("SELECT COUNT(*) FROM act_re_deployment")).as("one deployment").isEqualTo(1);
    assertThat(db.sql("SELECT name_ FROM act_ge_bytearray WHERE deployment_id_ IS NOT NULL GROUP BY name_ HAVING COUNT(*) > 1")
        .query(String.class).list()).as("each resource deployed once").isEmpty();
    assertThat(db.sql("SELECT key_ || ' v' || version_ FROM act_re_procdef ORDER BY key_").query(String.class).list())
        .containsExactly("department-study v1", "grievance-handling v1", "listening-conference v1");
    assertThat(db.sql("SELECT name_ FROM act_ru_filter GROUP BY name_ HAVING COUNT(*) > 1").query(String.class).list())
        .as("Tasklist filters").isEmpty();
    assertThat(count("SELECT COUNT(*) FROM act_ru_filter")).isEqualTo(5);
    assertThat(count("SELECT COUNT(*) FROM act_id_user")).as("demo users, the operator included").isEqualTo(23);
    // a group per unit, a head's group per department, and the operators
    assertThat(count("SELECT COUNT(*) FROM act_id_group")).isEqualTo(count("SELECT COUNT(*) FROM org_unit")
        + count("SELECT COUNT(*) FROM org_unit WHERE kind = 'DEPARTMENT'") + 1);
    assertThat(db.sql("SELECT group_id_ || ' ' || resource_type_ || ' ' || resource_id_ FROM act_ru_authorization"
            + " WHERE group_id_ IS NOT NULL GROUP BY type_, group_id_, resource_type_, resource_id_ HAVING COUNT(*) > 1")
        .query(String.class).list()).as("grants").isEmpty();
    assertThat(count("SELECT COUNT(*) FROM org_unit")).isEqualTo(18);
    assertThat(count("SELECT COUNT(*) FROM regulation")).isEqualTo(4);

    // --- two officers claim the same triage task on the two nodes at once ---------------------
    String reference = ok(call(a, "xa.longhoa", "POST", "/api/items", Map.of(
        "category", "FACILITIES", "title", "Chưa có trụ sở làm việc",
        "content", "Công an xã làm việc nhờ tại UBND xã.", "proposal", "Bố trí kinh phí xây dựng trụ sở")), 201)
        .get("reference").asText();
    JsonNode tasks = ok(call(a, "tiepnhan", "GET", a.engine("/task?processInstanceBusinessKey=" + reference
        + "&taskDefinitionKey=userTask_triage"), null), 200);
    assertThat(tasks).hasSize(1);
    String task = tasks.get(0).get("id").asText();
    secondReceptionOfficer(b, "tiepnhan.b");

    List<Answer> claims = together(
        () -> call(a, "tiepnhan", "POST", a.engine("/task/" + task + "/claim"), Map.of("userId", "tiepnhan")),
        () -> call(b, "tiepnhan.b", "POST", b.engine("/task/" + task + "/claim"), Map.of("userId", "tiepnhan.b")));
    System.out.println("Claim race: nodeA (tiepnhan) " + claims.get(0) + " / nodeB (tiepnhan.b) " + claims.get(1));
    assertThat(claims).extracting(Answer::status).as("claims: %s", claims).containsOnlyOnce(204);
    String winner = claims.get(0).status() == 204 ? "tiepnhan" : "tiepnhan.b";
    Answer lostClaim = claims.get(0).status() == 204 ? claims.get(1) : claims.get(0);
    assertLoser(lostClaim);
    assertThat(db.sql("SELECT assignee_ FROM act_ru_task WHERE id_ = ?").param(task).query(String.class).single())
        .isEqualTo(winner);

    // --- the winner completes it from both nodes at once -------------------------------------
    Map<String, Object> triage = Map.of("variables", Map.of(
        "triageDecision", Map.of("value", "SEND_TO_DEPARTMENT"), "departmentId", Map.of("value", "dept-hau-can")));
    List<Answer> completions = together(
        () -> call(a, winner, "POST", a.engine("/task/" + task + "/submit-form"), triage),
        () -> call(b, winner, "POST", b.engine("/task/" + task + "/submit-form"), triage));
    System.out.println("Completion race: nodeA " + completions.get(0) + " / nodeB " + completions.get(1));
    assertThat(completions).extracting(Answer::status).as("completions: %s", completions).containsOnlyOnce(204);
    Answer lostCompletion = completions.get(0).status() == 204 ? completions.get(1) : completions.get(0);
    if (lostCompletion.status() == 404) {
      // the loser arrived once the winner had finished: the task is gone, which it is told as such
      assertThat(json.readTree(lostCompletion.body()).get("type").asText()).isEqualTo("urn:problem:grievance:task-gone");
    } else {
      assertLoser(lostCompletion);
    }

    // exactly one outcome: one triage done, one study started, one status change, one journal entry
    assertThat(count("SELECT COUNT(*) FROM act_ru_task WHERE id_ = ?", task)).isZero();
    assertThat(count("SELECT COUNT(*) FROM act_hi_taskinst WHERE id_ = ? AND end_time_ IS NOT NULL", task)).isEqualTo(1);
    assertThat(count("SELECT COUNT(*) FROM act_ru_task t JOIN act_ru_execution e ON e.id_ = t.proc_inst_id_"
        + " WHERE t.task_def_key_ = 'userTask_draftStudy' AND e.business_key_ = ?", reference)).isEqualTo(1);
    assertThat(db.sql("SELECT c.status FROM item_status_change c JOIN grievance_item i ON i.id = c.item_id"
            + " WHERE i.reference = ? ORDER BY c.id").param(reference).query(String.class).list())
        .containsExactly("RECEIVED", "IN_TRIAGE", "AT_DEPARTMENT");
    assertThat(count("SELECT COUNT(*) FROM item_event e JOIN grievance_item i ON i.id = e.item_id"
        + " WHERE i.reference = ? AND e.type = 'TRIAGE_DECIDED'", reference)).isEqualTo(1);
    assertThat(b.context().getBean(AuditChain.class).verify().intact()).isTrue();
  }

  /** The loser of a race is told so, 409 with a problem detail; it changed nothing (asserted on the database). */
  void assertLoser(Answer loser) throws Exception {
    assertThat(loser.status()).as("the loser: %s", loser).isEqualTo(409);
    assertThat(loser.contentType()).startsWith("application/problem+json");
    JsonNode problem = json.readTree(loser.body());
    assertThat(problem.get("type").asText()).isEqualTo("urn:problem:grievance:conflict");
    assertThat(problem.get("status").asInt()).isEqualTo(409);
  }

  ConfigurableApplicationContext register(ConfigurableApplicationContext context) {
    synchronized (started) {
      started.add(context);
    }
    return context;
  }

  static Node node(String name, ConfigurableApplicationContext context) {
    return new Node(name, context, ((WebServerApplicationContext) context).getWebServer().getPort());
  }

  void secondReceptionOfficer(Node node, String id) {
    IdentityService identity = node.context().getBean(IdentityService.class);
    User user = identity.newUser(id);
    user.setFirstName("Cán bộ");
    user.setLastName("Tiếp nhận 2");
    user.setPassword(PASSWORD);
    identity.saveUser(user);
    identity.createMembership(id, Groups.RECEPTION);
  }
}
