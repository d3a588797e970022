package vn.police.grievance.process.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.police.grievance.support.ProcessTestSupport.answerNow;
import static vn.police.grievance.support.ProcessTestSupport.approve;
import static vn.police.grievance.support.ProcessTestSupport.immediateAnswer;
import static vn.police.grievance.support.ProcessTestSupport.sendToDepartment;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.VariableInstanceQueryImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.runtime.VariableInstanceQuery;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import vn.police.grievance.item.GrievanceItem;
import vn.police.grievance.support.ProcessDriver;

/**
 * The task query's EXISTS authorization check (ADR 0006) lets exactly the tasks through that the
 * engine's own join lets through: for every role, with one and with several groups, for plain
 * queries, counts, pages, or-queries, definition criteria and every seeded Tasklist filter, with
 * authorizations on. The variable query's (Tasklist's card variables) lets exactly the variables
 * through that the engine's join does. Runs on H2, and on PostgreSQL when GRIEVANCE_TEST_DB_URL
 * points there (CI).
 */
@SpringBootTest
@ActiveProfiles("test")
class TaskQueryAuthorizationTest {

  /** Who asks, with the groups the engine would be told; the last one holds several units at once. */
  static final Map<String, List<String>> PEOPLE = new LinkedHashMap<>();

  static {
    PEOPLE.put("tiepnhan", List.of("reception"));
    PEOPLE.put("lanhdao", List.of("leadership"));
    PEOPLE.put("cv.haucan", List.of("dept-hau-can"));
    PEOPLE.put("tp.haucan", List.of("dept-hau-can-head"));
    PEOPLE.put("cv.thammuu", List.of("dept-tham-muu"));
    PEOPLE.put("xa.longhoa", List.of("cax-long-hoa"));
    PEOPLE.put("huyen.canduoc", List.of("cah-can-duoc"));
    PEOPLE.put("thanhtra", List.of("auditors"));
    PEOPLE.put("vanhanh", List.of("operators"));
    PEOPLE.put("quantri", List.of("camunda-admin"));
    PEOPLE.put("nobody", List.of());
    PEOPLE.put("kiemnhiem", List.of("reception", "dept-hau-can", "cax-long-hoa"));
  }

  @Autowired ProcessDriver driver;
  @Autowired TaskService tasks;
  @Autowired RuntimeService runtime;
  @Autowired FilterService filters;
  @Autowired IdentityService identity;
  @Autowired ProcessEngineConfigurationImpl configuration;

  private String triageReference;

  @AfterEach
  void reset() {
    identity.clearAuthentication();
    TaskQueryAuthorization.use(TaskQueryAuthorization.EXISTS);
  }

  @Test
  void everyoneSeesExactlyTheTasksTheEnginesOwnCheckLetsThrough() {
    Map<String, Task> open = openTasksAtEveryStep();

    Map<String, Function<TaskQuery, Object>> queries = new LinkedHashMap<>();
    queries.put("all visible", q -> ids(q.orderByTaskId().asc().list()));
    queries.put("count", TaskQuery::count);
    queries.put("a page by due date", q -> ids(q.orderByDueDate().asc().orderByTaskId().asc().listPage(1, 3)));
    queries.put("offered to the groups", q -> ids(q.taskCandidateGroupIn(groupsOrNone()).orderByTaskId().asc().list()));
    queries.put("of the groups, claimed too",
        q -> ids(q.taskCandidateGroupIn(groupsOrNone()).includeAssignedTasks().orderByTaskId().asc().list()));
    queries.put("claimed by oneself", q -> ids(q.taskAssignee(currentUser()).orderByTaskId().asc().list()));
    queries.put("mine or my groups' (or-query)",
        q -> ids(q.or().taskAssignee(currentUser()).taskCandidateGroupIn(groupsOrNone()).endOr().orderByTaskId().asc().list()));
    queries.put("by definition key", q -> ids(q.processDefinitionKey("department-study").orderByTaskId().asc().list()));
    queries.put("by business key", q -> ids(q.processInstanceBusinessKey(triageReference).orderByTaskId().asc().list()));

    for (Map.Entry<String, List<String>> person : PEOPLE.entrySet()) {
      for (Map.Entry<String, Function<TaskQuery, Object>> query : queries.entrySet()) {
        Object engine = as(person, TaskQueryAuthorization.JOIN, () -> query.getValue().apply(tasks.createTaskQuery()));
        Object patched = as(person, TaskQueryAuthorization.EXISTS, () -> query.getValue().apply(tasks.createTaskQuery()));
        assertThat(patched).as("%s, %s", person.getKey(), query.getKey()).isEqualTo(engine);
      }
      for (Filter filter : filters.createFilterQuery().list()) {
        Object engine = as(person, TaskQueryAuthorization.JOIN, () -> List.of(ids(filters.list(filter.getId())), filters.count(filter.getId())));
        Object patched = as(person, TaskQueryAuthorization.EXISTS, () -> List.of(ids(filters.list(filter.getId())), filters.count(filter.getId())));
        assertThat(patched).as("%s, filter %s", person.getKey(), filter.getName()).isEqualTo(engine);
      }
    }

    // the comparison above means something only if people see different tasks
    assertThat(visible("tiepnhan")).contains(open.get("triage").getId(), open.get("claimed triage").getId())
        .doesNotContain(open.get("study").getId(), open.get("confirmation").getId());
    assertThat(visible("cv.haucan")).contains(open.get("study").getId()).doesNotContain(open.get("triage").getId());
    assertThat(visible("xa.longhoa")).contains(open.get("confirmation").getId()).doesNotContain(open.get("sign-off").getId());
    assertThat(visible("lanhdao")).contains(open.values().stream().map(Task::getId).toArray(String[]::new));
    assertThat(visible("thanhtra")).isEmpty();
    assertThat(visible("nobody")).isEmpty();
  }

  @Test
  void everyoneSeesExactlyTheVariablesTheEnginesOwnCheckLetsThrough() {
    Map<String, Task> open = openTasksAtEveryStep();
    // what Tasklist asks for a page's cards: the variables of the tasks, their executions and instances
    List<String> scopes = new ArrayList<>();
    for (Task task : open.values()) {
      scopes.add(task.getId());
      scopes.add(task.getExecutionId());
      scopes.add(task.getProcessInstanceId());
    }
    String[] cardNames = runtime.createVariableInstanceQuery().taskIdIn(open.get("triage").getId()).list().stream()
        .map(VariableInstance::getName).distinct().toArray(String[]::new);
    assertThat(cardNames).as("the triage task's card variables").isNotEmpty();

    Map<String, Function<VariableInstanceQuery, Object>> queries = new LinkedHashMap<>();
    queries.put("all visible", q -> variables(q.list()));
    queries.put("count", VariableInstanceQuery::count);
    queries.put("the cards of the open tasks (Tasklist)",
        q -> variables(q.variableScopeIdIn(scopes.toArray(String[]::new)).variableNameIn(cardNames).list()));
    queries.put("of the open tasks", q -> variables(q.taskIdIn(open.values().stream().map(Task::getId).toArray(String[]::new)).list()));
    queries.put("of the open tasks' instances",
        q -> variables(q.processInstanceIdIn(open.values().stream().map(Task::getProcessInstanceId).toArray(String[]::new)).list()));
    queries.put("by name, counted", q -> q.variableNameIn(cardNames).count());

    for (Map.Entry<String, List<String>> person : PEOPLE.entrySet()) {
      for (Map.Entry<String, Function<VariableInstanceQuery, Object>> query : queries.entrySet()) {
        Object engine = as(person, TaskQueryAuthorization.JOIN, () -> query.getValue().apply(runtime.createVariableInstanceQuery()));
        Object patched = as(person, TaskQueryAuthorization.EXISTS, () -> query.getValue().apply(runtime.createVariableInstanceQuery()));
        assertThat(patched).as("%s, variables %s", person.getKey(), query.getKey()).isEqualTo(engine);
      }
    }

    // the comparison above means something only if people see different variables
    assertThat(variableTasks("tiepnhan")).contains(open.get("triage").getId()).doesNotContain(open.get("study").getId());
    assertThat(variableTasks("cv.haucan")).contains(open.get("study").getId()).doesNotContain(open.get("triage").getId());
    assertThat(variableTasks("lanhdao")).contains(open.get("sign-off").getId());
    assertThat(variableTasks("nobody")).isEmpty();
  }

  @Test
  void theRewriteIsTheSqlThatRunsAndTheEngineJoinIsGoneFromIt() {
    String exists = sql(TaskQueryAuthorization.EXISTS);
    String join = sql(TaskQueryAuthorization.JOIN);

    assertThat(join).contains("AUTH ON").doesNotContain("EXISTS");
    assertThat(exists).doesNotContain("AUTH ON").contains("A.RESOURCE_ID_ = RES.ID_", "A.RESOURCE_ID_ = D.KEY_", "A.RESOURCE_ID_ = '*'");

    String variablesExists = variableSql(TaskQueryAuthorization.EXISTS);
    String variablesJoin = variableSql(TaskQueryAuthorization.JOIN);
    assertThat(variablesJoin).contains("AUTH ON").doesNotContain("EXISTS");
    assertThat(variablesExists).doesNotContain("AUTH ON").contains("A.RESOURCE_ID_ = RES.TASK_ID_",
        "A.RESOURCE_ID_ = RES.PROC_INST_ID_", "A.RESOURCE_ID_ = PROCDEF.KEY_", "A.RESOURCE_ID_ = '*'");
  }

  @Test
  void thePatchedMappingIsTheEnginesOwnWithOnlyTheDocumentedChanges() throws IOException {
    String engine = resource(TaskQueryMappingConfiguration.ENGINE_TASK_MAPPING);
    String patched = resource(TaskQueryMappingConfiguration.PATCHED_TASK_MAPPING);

    assertThat(TaskMappingPatch.apply(engine)).isEqualTo(patched);
    assertThat(configuration.getSqlSessionFactory().getConfiguration().getMappedStatement("selectTaskByQueryCriteria").getResource())
        .isEqualTo(TaskQueryMappingConfiguration.PATCHED_TASK_MAPPING);

    String engineVariables = resource(TaskQueryMappingConfiguration.ENGINE_VARIABLE_MAPPING);
    String patchedVariables = resource(TaskQueryMappingConfiguration.PATCHED_VARIABLE_MAPPING);
    assertThat(VariableMappingPatch.apply(engineVariables)).isEqualTo(patchedVariables);
    assertThat(configuration.getSqlSessionFactory().getConfiguration().getMappedStatement("selectVariableInstanceByQueryCriteria")
        .getResource()).isEqualTo(TaskQueryMappingConfiguration.PATCHED_VARIABLE_MAPPING);
  }

  private Map<String, Task> openTasksAtEveryStep() {
    Map<String, Task> open = new LinkedHashMap<>();
    GrievanceItem triage = driver.submit("FACILITIES");
    triageReference = triage.reference();
    open.put("triage", driver.task(triage, "userTask_triage"));
    GrievanceItem claimed = driver.submit("FACILITIES");
    Task claimedTriage = driver.task(claimed, "userTask_triage");
    tasks.claim(claimedTriage.getId(), "tiepnhan");
    open.put("claimed triage", claimedTriage);
    GrievanceItem study = driver.submit("FACILITIES");
    driver.complete(study, "userTask_triage", "tiepnhan", sendToDepartment("dept-hau-can"));
    open.put("study", driver.task(study, "userTask_draftStudy"));
    GrievanceItem signOff = driver.submit("REPORTING");
    driver.complete(signOff, "userTask_triage", "tiepnhan", answerNow("MAU-01/2026/CAT"));
    driver.complete(signOff, "userTask_draftImmediateAnswer", "tiepnhan", immediateAnswer("Trả lời", "MAU-01/2026/CAT"));
    open.put("sign-off", driver.task(signOff, "userTask_leadershipSignOff"));
    GrievanceItem confirmation = driver.submit("REPORTING");
    driver.complete(confirmation, "userTask_triage", "tiepnhan", answerNow("MAU-01/2026/CAT"));
    driver.complete(confirmation, "userTask_draftImmediateAnswer", "tiepnhan", immediateAnswer("Trả lời", "MAU-01/2026/CAT"));
    driver.complete(confirmation, "userTask_leadershipSignOff", "lanhdao", approve());
    driver.runAsyncJobs(confirmation);
    open.put("confirmation", driver.task(confirmation, "userTask_confirmAnswer"));
    return open;
  }

  private List<String> visible(String user) {
    @SuppressWarnings("unchecked")
    List<String> ids = (List<String>) as(Map.entry(user, PEOPLE.get(user)), TaskQueryAuthorization.EXISTS,
        () -> ids(tasks.createTaskQuery().list()));
    return ids;
  }

  private Object as(Map.Entry<String, List<String>> person, TaskQueryAuthorization strategy, Supplier<Object> query) {
    TaskQueryAuthorization.use(strategy);
    identity.setAuthentication(person.getKey(), person.getValue());
    try {
      return query.get();
    } catch (AuthorizationException refused) {
      // e.g. inspectors may not read the filters: then both checks must refuse
      return "refused: " + refused.getMessage();
    } finally {
      identity.clearAuthentication();
    }
  }

  private String currentUser() {
    return identity.getCurrentAuthentication().getUserId();
  }

  /** The current groups, or one nobody has: an empty candidate-group list is refused by the engine. */
  private List<String> groupsOrNone() {
    List<String> groups = identity.getCurrentAuthentication().getGroupIds();
    return groups.isEmpty() ? List.of("no-such-group") : groups;
  }

  /** The SQL of the reception officer's "offered to my unit" query, as the mapping renders it. */
  private String sql(TaskQueryAuthorization strategy) {
    TaskQueryAuthorization.use(strategy);
    identity.setAuthentication("tiepnhan", List.of("reception"));
    try {
      return configuration.getCommandExecutorTxRequired().execute(context -> {
        TaskQueryImpl query = new TaskQueryImpl();
        query.taskCandidateGroupIn(List.of("reception"));
        context.getAuthorizationManager().configureTaskQuery(query);
        return configuration.getSqlSessionFactory().getConfiguration().getMappedStatement("selectTaskByQueryCriteria")
            .getBoundSql(query).getSql().replaceAll("\\s+", " ");
      });
    } finally {
      identity.clearAuthentication();
    }
  }

  /** The reception officer's variable query as the mapping renders it. */
  private String variableSql(TaskQueryAuthorization strategy) {
    TaskQueryAuthorization.use(strategy);
    identity.setAuthentication("tiepnhan", List.of("reception"));
    try {
      return configuration.getCommandExecutorTxRequired().execute(context -> {
        VariableInstanceQueryImpl query = new VariableInstanceQueryImpl();
        query.variableNameIn("title");
        try {
          // the engine configures a variable query only from within its own package
          Method configure = AuthorizationManager.class.getDeclaredMethod("configureVariableInstanceQuery", VariableInstanceQueryImpl.class);
          configure.setAccessible(true);
          configure.invoke(context.getAuthorizationManager(), query);
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException(e);
        }
        return configuration.getSqlSessionFactory().getConfiguration().getMappedStatement("selectVariableInstanceByQueryCriteria")
            .getBoundSql(query).getSql().replaceAll("\\s+", " ");
      });
    } finally {
      identity.clearAuthentication();
    }
  }

  /** The tasks whose local variables the user sees. */
  private List<String> variableTasks(String user) {
    @SuppressWarnings("unchecked")
    List<String> taskIds = (List<String>) as(Map.entry(user, PEOPLE.get(user)), TaskQueryAuthorization.EXISTS,
        () -> runtime.createVariableInstanceQuery().list().stream().map(VariableInstance::getTaskId)
            .filter(id -> id != null).distinct().toList());
    return taskIds;
  }

  /** Variables by id, with their task and type, in a stable order (a value may be an array, equal by identity only). */
  private static List<String> variables(List<VariableInstance> found) {
    return found.stream().sorted(Comparator.comparing(VariableInstance::getId))
        .map(v -> v.getId() + " " + v.getName() + " task=" + v.getTaskId() + " : " + v.getTypeName()).toList();
  }

  private static List<String> ids(List<Task> found) {
    return found.stream().map(Task::getId).toList();
  }

  private static String resource(String path) throws IOException {
    try (InputStream in = TaskQueryAuthorizationTest.class.getClassLoader().getResourceAsStream(path)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
