package vn.police.grievance.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * A plain Camunda engine next to the application, for comparison: its own PostgreSQL database
 * (created here, dropped on {@link #close()}), history full, no authorization checks, no job
 * executor, the application's diagrams, decision and forms deployed as they ship, and a no-op for
 * every bean their expressions name. What it costs to run a lifecycle here is what the engine
 * alone costs; the difference to the application is ours.
 */
public final class BareEngine implements AutoCloseable {

  static final String DIAGRAMS = "classpath*:processes/*.bpmn";
  static final String DECISIONS = "classpath*:processes/*.dmn";
  static final String FORMS = "classpath*:forms/*.form";
  private static final Pattern DELEGATE_EXPRESSION = Pattern.compile("delegateExpression=\"\\$\\{(\\w+)}\"");

  private final String serverUrl;
  private final String user;
  private final String password;
  final String database;
  private final HikariDataSource pool;
  final SqlCounter sql = new SqlCounter();
  private final ProcessEngine engine;
  private final AtomicLong items = new AtomicLong();
  /** Where each step's time is recorded, beside the application's (off unless the clock is on). */
  LifecycleBenchmark.StepClock steps = new LifecycleBenchmark.StepClock();

  /**
   * @param appUrl the application's JDBC URL; the bare engine's database goes on the same server
   * @param poolSize connections, as many as the application's pool holds
   */
  BareEngine(String appUrl, String user, String password, int poolSize) throws SQLException, IOException {
    Matcher url = Pattern.compile("(jdbc:postgresql://[^/]+/)([^?]+)(.*)").matcher(appUrl);
    if (!url.matches()) {
      throw new IllegalArgumentException("not a PostgreSQL URL: " + appUrl);
    }
    this.serverUrl = appUrl;
    this.user = user;
    this.password = password;
    this.database = (url.group(2) + "_bare_" + UUID.randomUUID().toString().substring(0, 8)).toLowerCase(Locale.ROOT);
    admin("CREATE DATABASE " + database);
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url.group(1) + database + url.group(3));
    config.setUsername(user);
    config.setPassword(password);
    config.setMaximumPoolSize(poolSize);
    config.setPoolName("bare-engine");
    this.pool = new HikariDataSource(config);

    StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
    configuration.setProcessEngineName("bare-lifecycle-benchmark");
    configuration.setDataSource(sql.wrap(pool));
    configuration.setDatabaseSchemaUpdate("true");
    configuration.setHistory("full");
    configuration.setAuthorizationEnabled(false);
    configuration.setJobExecutorActivate(false);
    configuration.setHistoryTimeToLive("P3653D");
    configuration.setBeans(beans());
    this.engine = configuration.buildProcessEngine();
    deploy();
  }

  /**
   * No-op beans for every name the diagrams' delegate expressions use (service tasks, task and
   * execution listeners), a deadline calendar answering "in a few days" and a status listener that
   * records nothing.
   */
  private static Map<Object, Object> beans() throws IOException {
    Map<Object, Object> beans = new HashMap<>();
    NoOp noOp = new NoOp();
    for (Resource diagram : resources(DIAGRAMS)) {
      Matcher names = DELEGATE_EXPRESSION.matcher(read(diagram));
      while (names.find()) {
        beans.put(names.group(1), noOp);
      }
    }
    beans.put("deadlines", new Deadlines());
    beans.put("itemStatus", new ItemStatus());
    return beans;
  }

  private void deploy() throws IOException {
    DeploymentBuilder deployment = engine.getRepositoryService().createDeployment().name("bare-lifecycle-benchmark");
    for (String pattern : List.of(DIAGRAMS, DECISIONS, FORMS)) {
      for (Resource resource : resources(pattern)) {
        try (InputStream in = resource.getInputStream()) {
          deployment.addInputStream(resource.getFilename(), in);
        }
      }
    }
    deployment.deploy();
  }

  /**
   * The immediate-answer lifecycle, call for call as {@code ProcessDriver} and the intake make it
   * in the application: start with the variables the intake sets, then per step look the task up,
   * claim and complete it as the officer (groups looked up as the driver does), the delivery job
   * run by hand. The triage form's decision is also given as {@code route}, which the application's
   * triage delegate derives from it and the gateway reads.
   */
  String lifecycle() {
    long id = items.incrementAndGet();
    String reference = "BARE-" + Thread.currentThread().getId() + "-" + id;
    Map<String, Object> start = new HashMap<>();
    start.put("grievanceId", id);
    start.put("reference", reference);
    start.put("unitId", "cax-long-hoa");
    start.put("category", "REPORTING");
    long t = System.nanoTime();
    String instance = as("xa.longhoa",
        () -> engine.getRuntimeService().startProcessInstanceByKey("grievance-handling", reference, start).getId());
    t = steps.took("bare", "submit", t);
    complete(reference, "userTask_triage", "tiepnhan",
        Map.of("triageDecision", "ANSWER_NOW", "route", "ANSWER_NOW", "regulationCodes", "MAU-01/2026/CAT"));
    t = steps.took("bare", "triage", t);
    complete(reference, "userTask_draftImmediateAnswer", "tiepnhan",
        Map.of("answerText", "Trả lời", "regulationCodes", "MAU-01/2026/CAT"));
    t = steps.took("bare", "draft", t);
    complete(reference, "userTask_leadershipSignOff", "lanhdao", Map.of("signOffDecision", "APPROVE"));
    t = steps.took("bare", "sign-off", t);
    for (Job job : engine.getManagementService().createJobQuery().processInstanceId(instance).messages().list()) {
      engine.getManagementService().executeJob(job.getId());
    }
    t = steps.took("bare", "delivery job", t);
    complete(reference, "userTask_confirmAnswer", "xa.longhoa", Map.of("unitSatisfied", true));
    steps.took("bare", "confirm", t);
    return instance;
  }

  /** Whether the lifecycle's instance has ended (checked after warm-up, outside what is measured). */
  boolean ended(String instance) {
    return engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(instance).completed().count() == 1;
  }

  private void complete(String reference, String taskKey, String userId, Map<String, Object> variables) {
    List<Task> found = engine.getTaskService().createTaskQuery()
        .processInstanceBusinessKey(reference).taskDefinitionKey(taskKey).list();
    if (found.size() != 1) {
      throw new IllegalStateException("open task " + taskKey + " of " + reference + ": " + found.size());
    }
    String taskId = found.get(0).getId();
    as(userId, () -> {
      engine.getTaskService().claim(taskId, userId);
      engine.getTaskService().complete(taskId, new HashMap<>(variables));
      return null;
    });
  }

  private <T> T as(String userId, java.util.function.Supplier<T> call) {
    List<String> groups = engine.getIdentityService().createGroupQuery().groupMember(userId).list().stream()
        .map(g -> g.getId()).toList();
    engine.getIdentityService().setAuthentication(userId, groups);
    try {
      return call.get();
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  @Override
  public void close() throws SQLException {
    try {
      engine.close();
    } finally {
      pool.close();
      admin("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
    }
  }

  private void admin(String statement) throws SQLException {
    try (Connection connection = DriverManager.getConnection(serverUrl, user, password);
        Statement sql = connection.createStatement()) {
      sql.execute(statement);
    }
  }

  private static Resource[] resources(String pattern) throws IOException {
    return new PathMatchingResourcePatternResolver().getResources(pattern);
  }

  private static String read(Resource resource) throws IOException {
    try (InputStream in = resource.getInputStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** Every delegate and listener of the diagrams: does nothing. */
  public static final class NoOp implements JavaDelegate, TaskListener, ExecutionListener {
    @Override
    public void execute(DelegateExecution execution) {}

    @Override
    public void notify(DelegateTask task) {}

    @Override
    public void notify(DelegateExecution execution) {}
  }

  /** The diagrams' deadline calendar: every date a few days ahead, so that timers are created and wait. */
  public static final class Deadlines {
    private static Date inDays(int days) {
      return Date.from(Instant.now().plus(Duration.ofDays(days)));
    }

    public Date due(String step) {
      return inDays(5);
    }

    public Date followUp(String step) {
      return inDays(4);
    }

    public Date escalation(String step) {
      return inDays(6);
    }

    public Date due(String step, Object setDeadline) {
      return inDays(5);
    }

    public Date followUp(String step, Object setDeadline) {
      return inDays(4);
    }

    public Date escalation(String step, Object setDeadline) {
      return inDays(6);
    }

    public Date on(Object day) {
      return inDays(7);
    }

    public Date workingDaysAfter(Object day, int days) {
      return inDays(days);
    }
  }

  /** The diagrams' status listener: records nothing. */
  public static final class ItemStatus {
    public void enter(DelegateExecution execution, String status) {}
  }
}
