package vn.police.grievance.security;

import vn.police.grievance.tasklist.TaskContextReader;
import vn.police.grievance.system.Groups;
import vn.police.grievance.system.CurrentUsers;
import vn.police.grievance.system.CurrentUser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.form.CamundaFormRef;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import vn.police.grievance.process.ProcessVariables;
import vn.police.grievance.system.InvalidInputException.FieldProblem;
import vn.police.grievance.system.OfficerText;

/**
 * The engine's one narrow front door, for the engine REST API and the webapps' APIs alike. The
 * engine's own authorizations say <em>which</em> tasks and definitions a person may touch, not
 * <em>how</em>: with them alone a unit allowed to start an item could start it anywhere in the
 * diagram, with any variables, and write variables on its own task that retarget the process.
 *
 * <p>So, for everyone but administrators, this is an allow-list: a request that changes state
 * passes only if it is one of
 *
 * <ul>
 *   <li>claiming a task for oneself, or giving it back;
 *   <li>completing a task (complete or submit-form) with exactly the fields its form declares,
 *       each of its type and among its choices;
 *   <li>starting the grievance process through its start form, with exactly the start form's
 *       fields (who starts and for which unit comes from the login, never from the request);
 *   <li>a query sent as POST, and signing in and out of the webapps.
 * </ul>
 *
 * Everything else that writes (start instructions, variables endpoints, modification, migration,
 * messages, signals, jobs, batches, identity, filters, deployments…) is refused with a 403 problem,
 * including endpoints a later Camunda version adds. Reads pass to the engine's authorizations,
 * except listings of people and groups, which show a person only their own units.
 */
public class EngineWriteGate extends OncePerRequestFilter {

  private static final Logger SECURITY = LoggerFactory.getLogger("SECURITY");

  /** Path after /engine-rest (optionally /engine/{name}) or /camunda/api/engine/engine/{name}. */
  static final Pattern ENGINE_PATH =
      Pattern.compile("^(?:/engine-rest(?:/engine/[^/]+)?|/camunda/api/engine/engine/[^/]+)(/.*)?$");

  /** The webapps' own APIs: /camunda/api/{app}/… */
  static final Pattern WEBAPP_PATH = Pattern.compile("^/camunda/api/(admin|cockpit|tasklist|welcome)(/.*)?$");

  static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

  /** POST endpoints that only run a query (Camunda sends long queries as bodies). */
  static final Pattern QUERIES =
      Pattern.compile(
          "^/(history/)?(process-instance|task|variable-instance|activity-instance|execution|job|job-definition"
              + "|external-task|job-log|external-task-log|detail|case-instance|case-execution)(/count)?/?$"
              + "|^/filter/[^/]+/(list|count|singleResult)/?$"
              + "|^/schema/log/?$");

  static final Pattern CLAIM = Pattern.compile("^/task/([^/]+)/claim/?$");
  static final Pattern UNCLAIM = Pattern.compile("^/task/([^/]+)/unclaim/?$");
  static final Pattern COMPLETE = Pattern.compile("^/task/([^/]+)/(complete|submit-form)/?$");
  static final Pattern START_BY_KEY = Pattern.compile("^/process-definition/key/([^/]+)/submit-form/?$");
  static final Pattern START_BY_ID = Pattern.compile("^/process-definition/([^/]+)/submit-form/?$");

  /** A task's variables as Tasklist reads them: all, local, for the form, or one by name. */
  static final Pattern TASK_VARIABLES =
      Pattern.compile("^/task/([^/]+)/(variables|localVariables|form-variables)(?:/([^/]+)(?:/data)?)?/?$");

  static final Pattern USER_LIST = Pattern.compile("^/user(/count)?/?$");
  static final Pattern USER_ONE = Pattern.compile("^/user/([^/]+)(/profile)?/?$");
  static final Pattern GROUP_LIST = Pattern.compile("^/group(/count)?/?$");
  static final Pattern GROUP_ONE = Pattern.compile("^/group/([^/]+)/?$");
  static final Pattern TENANT_LIST = Pattern.compile("^/tenant(/count)?/?$");

  /** The webapps sign in and out through these. */
  static final Pattern WEBAPP_AUTH = Pattern.compile("^/auth/user/[^/]+/(login/[^/]+|logout)/?$");

  /** Cockpit's own queries (statistics, instance lists) are POSTs under its base plugin. */
  static final Pattern COCKPIT_QUERIES = Pattern.compile("^/plugin/base/[^/]+/.+$");

  /** Roles that work across the province: they read the names of everybody who works on items. */
  static final Set<String> PROVINCE_WIDE = Set.of(Groups.RECEPTION, Groups.LEADERSHIP, Groups.AUDITORS);

  private static final int MAX_BODY = 1024 * 1024;
  private static final AuthenticationTrustResolverImpl TRUST = new AuthenticationTrustResolverImpl();

  private final ObjectMapper json = new ObjectMapper();
  private final DeclaredForms forms;
  private final TaskService tasks;
  private final RepositoryService repository;
  private final AuthorizationService authorizations;
  private final IdentityService identity;
  private final TaskContextReader context;

  public EngineWriteGate(
      TaskService tasks,
      RepositoryService repository,
      AuthorizationService authorizations,
      IdentityService identity,
      TaskContextReader context) {
    this(DeclaredForms.load(), tasks, repository, authorizations, identity, context);
  }

  EngineWriteGate(
      DeclaredForms forms,
      TaskService tasks,
      RepositoryService repository,
      AuthorizationService authorizations,
      IdentityService identity,
      TaskContextReader context) {
    this.forms = forms;
    this.tasks = tasks;
    this.repository = repository;
    this.authorizations = authorizations;
    this.identity = identity;
    this.context = context;
  }

  /**
   * What the gate decided: pass (with the body it read, if any), or a problem to answer. A read of
   * a task's variables passes {@code showing} what its form shows, with the task's context.
   */
  record Verdict(int status, String detail, List<FieldProblem> problems, byte[] body, Showing showing) {
    Verdict(int status, String detail, List<FieldProblem> problems, byte[] body) {
      this(status, detail, problems, body, null);
    }

    static Verdict pass(byte[] body) {
      return new Verdict(0, null, List.of(), body);
    }

    /** Passes, and the answer keeps only the names the task's form shows, its context added. */
    static Verdict passShowing(Showing showing) {
      return new Verdict(0, null, List.of(), null, showing);
    }

    static Verdict pass() {
      return pass(null);
    }

    static Verdict forbidden(String detail) {
      return new Verdict(403, detail, List.of(), null);
    }

    static Verdict conflict(String detail) {
      return new Verdict(409, detail, List.of(), null);
    }

    static Verdict invalid(List<FieldProblem> problems) {
      return new Verdict(400, "Dữ liệu không khớp với biểu mẫu (the submission does not match the form)", problems, null);
    }

    boolean passes() {
      return status == 0;
    }
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (!TRUST.isAuthenticated(auth)) {
      chain.doFilter(request, response); // the security chain has answered 401 already, or will
      return;
    }
    CurrentUser user = new CurrentUsers().current();
    if (user.isAdministrator()) {
      chain.doFilter(request, response);
      return;
    }
    Verdict verdict;
    try {
      verdict = judge(request, path, user);
    } catch (BodyTooLarge e) {
      verdict = new Verdict(413, "Nội dung quá lớn (request body too large)", List.of(), null);
    }
    if (!verdict.passes()) {
      SECURITY.warn("Engine write refused user={} method={} path={} status={} reason={}",
          user.userId(), request.getMethod(), path, verdict.status(), verdict.detail());
      writeProblem(request, response, verdict);
      return;
    }
    HttpServletRequest passed = verdict.body() == null ? request : new EngineQueryGuard.BufferedBodyRequest(request, verdict.body());
    if (verdict.showing() == null) {
      chain.doFilter(passed, response);
      return;
    }
    ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
    chain.doFilter(passed, answer);
    byte[] shown = shown(answer.getStatus(), answer.getContentAsByteArray(), verdict.showing());
    if (shown == null) {
      answer.copyBodyToResponse();
      return;
    }
    answer.resetBuffer();
    answer.setStatus(200);
    answer.setContentType("application/json");
    answer.setContentLength(shown.length);
    answer.getOutputStream().write(shown);
    answer.copyBodyToResponse();
  }

  /**
   * What a task's form may read of a task, from the engine's answer: the names it shows, and its
   * context where the engine holds none of that name. The context is computed only after the
   * engine answered, so only for a task the caller may read. Null keeps the engine's answer.
   */
  private byte[] shown(int status, byte[] answer, Showing showing) throws IOException {
    if (showing.name() != null) {
      // one variable: the engine holds only the card's context; the rest is computed here
      if (status != 404 || !showing.readable().contains(showing.name())) {
        return null;
      }
      TaskContextReader.Shown value = context.read(showing.taskId(), Set.of(showing.name())).get(showing.name());
      return value == null ? null : json.writeValueAsBytes(dto(value));
    }
    if (status != 200) {
      return null;
    }
    JsonNode node;
    try {
      node = json.readTree(answer);
    } catch (IOException e) {
      return null;
    }
    if (node == null || !node.isObject()) {
      return null;
    }
    com.fasterxml.jackson.databind.node.ObjectNode variables = (com.fasterxml.jackson.databind.node.ObjectNode) node;
    variables.retain(showing.readable());
    Set<String> missing = new HashSet<>(showing.readable());
    variables.fieldNames().forEachRemaining(missing::remove);
    if (!missing.isEmpty()) {
      context.read(showing.taskId(), missing).forEach((name, value) -> variables.set(name, dto(value)));
    }
    return json.writeValueAsBytes(variables);
  }

  /** A context value as the engine REST API writes a variable. */
  private JsonNode dto(TaskContextReader.Shown value) {
    com.fasterxml.jackson.databind.node.ObjectNode dto = json.createObjectNode();
    dto.put("type", value.type());
    dto.put("value", value.value());
    dto.putObject("valueInfo");
    return dto;
  }

  /** A read of a task's variables: the task, the names its form shows, and the one name asked for (null for all). */
  record Showing(String taskId, Set<String> readable, String name) {}

  Verdict judge(HttpServletRequest request, String path, CurrentUser user) throws IOException {
    String method = request.getMethod();
    Matcher engine = ENGINE_PATH.matcher(path);
    if (engine.matches()) {
      String resource = engine.group(1) == null ? "/" : engine.group(1);
      return SAFE_METHODS.contains(method) ? judgeEngineRead(request, resource, user) : judgeEngineWrite(request, resource, user);
    }
    Matcher webapp = WEBAPP_PATH.matcher(path);
    if (webapp.matches()) {
      String app = webapp.group(1);
      String rest = webapp.group(2) == null ? "/" : webapp.group(2);
      if ("admin".equals(app) && rest.startsWith("/auth/")) {
        return SAFE_METHODS.contains(method) || WEBAPP_AUTH.matcher(rest).matches()
            ? Verdict.pass()
            : Verdict.forbidden("Không được phép (not allowed)");
      }
      if (!"welcome".equals(app) && !mayUseApp(user, app)) {
        return Verdict.forbidden("Không có quyền dùng ứng dụng " + app + " (no access to this application)");
      }
      if (SAFE_METHODS.contains(method)) {
        return Verdict.pass();
      }
      return "cockpit".equals(app) && "POST".equals(method) && COCKPIT_QUERIES.matcher(rest).matches()
          ? Verdict.pass()
          : Verdict.forbidden("Thao tác không được phép (this operation is not open)");
    }
    return Verdict.pass();
  }

  // ---------------------------------------------------------------------------------------------
  // Reads: the engine's authorizations decide, but people and groups are listed only within one's units

  private Verdict judgeEngineRead(HttpServletRequest request, String resource, CurrentUser user) {
    Matcher variables = TASK_VARIABLES.matcher(resource);
    if (variables.matches()) {
      return judgeTaskVariablesRead(variables.group(1), variables.group(3), resource.endsWith("/data") || resource.endsWith("/data/"),
          request.getParameter("variableNames"));
    }
    if (USER_LIST.matcher(resource).matches()) {
      String id = request.getParameter("id");
      String member = request.getParameter("memberOfGroup");
      boolean own = user.userId().equals(id) || (member != null && user.groups().contains(member));
      return own ? Verdict.pass() : Verdict.forbidden("Chỉ xem được cán bộ của đơn vị mình (only the people of one's own units)");
    }
    Matcher one = USER_ONE.matcher(resource);
    if (one.matches()) {
      String id = one.group(1);
      return id.equals(user.userId()) || sharesAUnit(user, id) || user.groups().stream().anyMatch(PROVINCE_WIDE::contains)
          ? Verdict.pass()
          : Verdict.forbidden("Chỉ xem được cán bộ của đơn vị mình (only the people of one's own units)");
    }
    if (GROUP_LIST.matcher(resource).matches()) {
      return user.userId().equals(request.getParameter("member"))
          ? Verdict.pass()
          : Verdict.forbidden("Chỉ xem được đơn vị của mình (only one's own units)");
    }
    Matcher group = GROUP_ONE.matcher(resource);
    if (group.matches()) {
      return user.groups().contains(group.group(1)) ? Verdict.pass() : Verdict.forbidden("Chỉ xem được đơn vị của mình (only one's own units)");
    }
    if (TENANT_LIST.matcher(resource).matches()) {
      return user.userId().equals(request.getParameter("userMember"))
          ? Verdict.pass()
          : Verdict.forbidden("Không được phép (not allowed)");
    }
    return Verdict.pass();
  }

  /**
   * What a task shows is what its form declares, as for what it takes: the process's other
   * variables (another step's reasons, routing facts) are not read through a task.
   */
  private Verdict judgeTaskVariablesRead(String taskId, String name, boolean data, String variableNames) {
    Task task = tasks.createTaskQuery().taskId(taskId).initializeFormKeys().singleResult();
    if (task == null) {
      return Verdict.pass(); // the engine answers 404, or 403 where the task is not the caller's to see
    }
    Set<String> readable = new HashSet<>();
    formOf(task.getCamundaFormRef()).ifPresent(f -> {
      readable.addAll(f.fields().keySet());
      // the data-driven choices of the form's fields come with it, and what its conditions compare
      readable.addAll(f.valuesKeys());
      readable.addAll(f.conditionsRead());
    });
    if (name != null && !readable.contains(name)) {
      return Verdict.forbidden("Biến này không thuộc biểu mẫu của việc (not a field of this task's form)");
    }
    if (variableNames != null && name == null) {
      // the form's variables asked by name (as generated and embedded forms do): only those
      readable.retainAll(java.util.Arrays.stream(variableNames.split(",")).map(String::trim).collect(java.util.stream.Collectors.toSet()));
    }
    return data ? Verdict.pass() : Verdict.passShowing(new Showing(taskId, Set.copyOf(readable), name));
  }

  private boolean sharesAUnit(CurrentUser user, String otherUserId) {
    Set<String> theirs = new HashSet<>();
    for (Group g : identity.createGroupQuery().groupMember(otherUserId).list()) {
      theirs.add(g.getId());
    }
    return theirs.stream().anyMatch(user.groups()::contains);
  }

  private boolean mayUseApp(CurrentUser user, String app) {
    return authorizations.isUserAuthorized(user.userId(), List.copyOf(user.groups()), Permissions.ACCESS, Resources.APPLICATION, app);
  }

  // ---------------------------------------------------------------------------------------------
  // Writes: the allow-list

  private Verdict judgeEngineWrite(HttpServletRequest request, String resource, CurrentUser user) throws IOException {
    String method = request.getMethod();
    if (!"POST".equals(method)) {
      return Verdict.forbidden("Thao tác không được phép (this operation is not open)");
    }
    if (QUERIES.matcher(resource).matches()) {
      return Verdict.pass();
    }
    Matcher claim = CLAIM.matcher(resource);
    if (claim.matches()) {
      byte[] body = read(request);
      JsonNode node = parse(body);
      String claimant = node == null ? null : node.path("userId").asText(null);
      return user.userId().equals(claimant)
          ? Verdict.pass(body)
          : Verdict.forbidden("Chỉ nhận việc cho chính mình (a task is claimed only for oneself)");
    }
    Matcher unclaim = UNCLAIM.matcher(resource);
    if (unclaim.matches()) {
      Task task = tasks.createTaskQuery().taskId(unclaim.group(1)).singleResult();
      return task == null || task.getAssignee() == null || user.userId().equals(task.getAssignee())
          ? Verdict.pass()
          : Verdict.forbidden("Chỉ trả lại việc mình đã nhận (only one's own claim is given back)");
    }
    Matcher complete = COMPLETE.matcher(resource);
    if (complete.matches()) {
      return judgeCompletion(request, complete.group(1), "complete".equals(complete.group(2)), user);
    }
    Matcher startByKey = START_BY_KEY.matcher(resource);
    if (startByKey.matches()) {
      return judgeStart(request, startByKey.group(1));
    }
    Matcher startById = START_BY_ID.matcher(resource);
    if (startById.matches() && !"key".equals(startById.group(1))) {
      ProcessDefinition definition =
          repository.createProcessDefinitionQuery().processDefinitionId(startById.group(1)).singleResult();
      return definition == null ? Verdict.pass() /* the engine answers 404 */ : judgeStart(request, definition.getKey());
    }
    return Verdict.forbidden("Thao tác không được phép: chỉ nhận, trả, hoàn thành việc theo biểu mẫu và gửi kiến nghị qua biểu mẫu"
        + " (this operation is not open: only claiming, unclaiming, completing a task through its form and starting"
        + " an item through its start form are)");
  }

  private Verdict judgeCompletion(HttpServletRequest request, String taskId, boolean complete, CurrentUser user)
      throws IOException {
    byte[] body = read(request);
    Task task = tasks.createTaskQuery().taskId(taskId).initializeFormKeys().singleResult();
    if (task == null) {
      return Verdict.pass(body); // the engine answers 404, or 403 where the task is not the caller's to see
    }
    if (task.getAssignee() != null && !user.userId().equals(task.getAssignee())) {
      // Tasklist completes what one has claimed; a task someone else holds is theirs to finish
      return Verdict.conflict("Việc đang do người khác xử lý (the task is claimed by someone else)");
    }
    Optional<DeclaredForms.Form> form = formOf(task.getCamundaFormRef());
    if (form.isEmpty()) {
      return Verdict.forbidden("Việc này không có biểu mẫu (this task has no form to complete)");
    }
    JsonNode node = parse(body);
    if (node == null && body.length > 0) {
      return Verdict.invalid(List.of(new FieldProblem("$", "Nội dung không phải JSON hợp lệ (malformed JSON)")));
    }
    // The read-only fields show the task's context, which form-js sends back with the rest; it is
    // not an input, so it does not reach the engine, whatever it says.
    boolean dropped = FormSubmission.dropReadOnly(node, form.get());
    FormSubmission.TaskState state = new FormSubmission.TaskState() {
      private Map<String, TaskContextReader.Shown> offered;

      @Override
      public Set<String> options(String valuesKey) {
        if (offered == null) {
          // the choices of every field sent, in one read of the task's context
          offered = context.read(taskId, FormSubmission.valuesKeysSent(node, form.get()));
        }
        TaskContextReader.Shown options = offered.get(valuesKey);
        return FormSubmission.optionValues(options == null ? tasks.getVariableLocal(taskId, valuesKey) : options.value());
      }
    };
    List<FieldProblem> problems =
        FormSubmission.check(node, complete ? Set.of("withVariablesInReturn") : Set.of(), form.get(), Optional.of(state));
    return !problems.isEmpty() ? Verdict.invalid(problems) : Verdict.pass(dropped ? json.writeValueAsBytes(node) : body);
  }

  private Verdict judgeStart(HttpServletRequest request, String processKey) throws IOException {
    if (!ProcessVariables.GRIEVANCE_PROCESS.equals(processKey)) {
      return Verdict.forbidden("Quy trình này không khởi tạo bằng biểu mẫu (this process is not started by a form)");
    }
    ProcessDefinition definition =
        repository.createProcessDefinitionQuery().processDefinitionKey(processKey).latestVersion().singleResult();
    Optional<DeclaredForms.Form> form = definition == null ? Optional.empty() : startFormOf(definition).flatMap(forms::get);
    if (form.isEmpty()) {
      return Verdict.forbidden("Quy trình không có biểu mẫu khởi tạo (no start form)");
    }
    byte[] body = read(request);
    JsonNode node = parse(body);
    if (node == null && body.length > 0) {
      return Verdict.invalid(List.of(new FieldProblem("$", "Nội dung không phải JSON hợp lệ (malformed JSON)")));
    }
    // no business key: the reference is given when the item is registered
    List<FieldProblem> problems = FormSubmission.check(node, Set.of(), form.get(), Optional.empty());
    return problems.isEmpty() ? Verdict.pass(body) : Verdict.invalid(problems);
  }

  /** The start event's form, from the diagram the engine keeps in its cache. */
  private Optional<String> startFormOf(ProcessDefinition definition) {
    return repository.getBpmnModelInstance(definition.getId()).getModelElementsByType(StartEvent.class).stream()
        .filter(e -> e.getParentElement() instanceof org.camunda.bpm.model.bpmn.instance.Process)
        .map(StartEvent::getCamundaFormRef)
        .filter(java.util.Objects::nonNull)
        .findFirst();
  }

  private Optional<DeclaredForms.Form> formOf(CamundaFormRef ref) {
    return ref == null ? Optional.empty() : forms.get(ref.getKey());
  }

  private static byte[] read(HttpServletRequest request) throws IOException {
    byte[] body = request.getInputStream().readNBytes(MAX_BODY + 1);
    if (body.length > MAX_BODY) {
      throw new BodyTooLarge();
    }
    return body;
  }

  private JsonNode parse(byte[] body) {
    if (body == null || body.length == 0) {
      return null;
    }
    try {
      return json.readTree(body);
    } catch (IOException malformed) {
      return null;
    }
  }

  static final class BodyTooLarge extends RuntimeException {}

  private void writeProblem(HttpServletRequest request, HttpServletResponse response, Verdict verdict) throws IOException {
    Map<String, Object> problem = new java.util.LinkedHashMap<>();
    problem.put("type", switch (verdict.status()) {
      case 400 -> "urn:problem:grievance:validation";
      case 409 -> "urn:problem:grievance:conflict";
      default -> "about:blank";
    });
    problem.put("title", switch (verdict.status()) {
      case 400 -> "Invalid input";
      case 413 -> "Payload too large";
      case 409 -> "Conflict";
      default -> "Forbidden";
    });
    problem.put("status", verdict.status());
    problem.put("detail", verdict.detail());
    problem.put("instance", request.getRequestURI());
    // what Tasklist shows an officer: the Vietnamese only, without field names
    problem.put("message", verdict.problems().isEmpty() ? OfficerText.plain(verdict.detail()) : OfficerText.plain(verdict.problems()));
    if (!verdict.problems().isEmpty()) {
      problem.put("errors", verdict.problems().stream().map(p -> Map.of("field", p.field(), "message", p.message())).toList());
    }
    response.setStatus(verdict.status());
    response.setContentType("application/problem+json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write(json.writeValueAsString(problem));
  }
}
