package vn.police.grievance.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.annotation.Priority;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.glassfish.jersey.spi.ExtendedExceptionMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.police.grievance.system.Faults;
import vn.police.grievance.system.InvalidInputException;
import vn.police.grievance.system.OfficerText;

/**
 * The engine's REST APIs (ours at /engine-rest, the webapps' at /camunda/api/…) answer every
 * failure of a call they did not foresee with 500. Three of them are nobody's mistake and are
 * answered as problem details instead:
 *
 * <ul>
 *   <li>a race another request won: the task claimed by someone else first ({@code
 *       TaskAlreadyClaimedException}), or changed by a concurrent transaction: the loser of two
 *       completions of one task gets {@code OptimisticLockingException} (ENGINE-03005) when both
 *       had read everything before the winner committed, and "Cannot restore state of process
 *       instance …" (a {@code NullValueException}) when it reads the instance after the winner
 *       ended it → 409;
 *   <li>the task gone by the time the call reached it, completed or cancelled in between ("Cannot
 *       find task with id …", a {@code NullValueException}) → 404;
 *   <li>the database out of reach (see {@link Faults#databaseUnavailable}) → 503 with Retry-After.
 * </ul>
 *
 * And one is the officer's: a step's rules refused what the form sent (an {@link
 * InvalidInputException} from the step's service, e.g. another department without a reason) → 400,
 * its "message" the rules' words in plain Vietnamese, which Tasklist shows as they are (the field
 * names and the English asides stay in "errors" for API clients).
 *
 * Completing a task wraps the engine's exception in a {@link RestException} (500); the failure is
 * read from the whole cause chain. Jersey picks a mapper by the nearest exception type, and among
 * mappers of the same type by priority, so there is one mapper per type the engine's own mappers
 * cover; each takes only these failures and leaves the rest to the engine. The body carries
 * "message" too, which is where the webapps and Camunda's clients look for the reason.
 */
public final class EngineFaultProblems {

  private static final Logger LOG = LoggerFactory.getLogger(EngineFaultProblems.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  static final URI TASK_GONE = URI.create("urn:problem:grievance:task-gone");
  static final String TASK_GONE_DETAIL =
      "Việc không còn nữa: đã được hoàn thành hoặc đã bị huỷ (the task no longer exists: it was completed or cancelled)";

  /** The engine's message when a task command finds no task (ClaimTaskCmd, CompleteTaskCmd, SubmitTaskFormCmd…). */
  static final String NO_SUCH_TASK = "Cannot find task with id";

  /** The engine's message when the executions of an instance it is working on were deleted meanwhile (ExecutionEntity). */
  static final String INSTANCE_GONE_MEANWHILE = "Cannot restore state of process instance";

  private EngineFaultProblems() {}

  /** The mapper types, for registering them by class name where there is no Spring to hand them instances. */
  static final Class<?>[] MAPPERS = {OfEngine.class, OfRest.class, OfAnything.class};

  static final URI VALIDATION = URI.create("urn:problem:grievance:validation");

  static boolean answers(Throwable e) {
    return invalidInput(e) != null || lostRace(e) || taskGone(e) || Faults.databaseUnavailable(e);
  }

  static Response problem(Throwable e) {
    InvalidInputException invalid = invalidInput(e);
    if (invalid != null) {
      LOG.info("Refused by a step's rules, answered 400: {}", invalid.getMessage());
      ObjectNode problem = body(400, VALIDATION, "Invalid input", OfficerText.plain(invalid.problems()));
      invalid.problems().forEach(p -> problem.withArray("errors").addObject().put("field", p.field()).put("message", p.message()));
      return Response.status(400).type("application/problem+json").entity(problem.toString()).build();
    }
    if (lostRace(e)) {
      LOG.info("Lost a race on the engine API, answered 409: {}", Faults.rootMessage(e));
      return response(409, Faults.CONFLICT, Faults.CONFLICT_TITLE, Faults.conflictDetail(e)).build();
    }
    if (taskGone(e)) {
      LOG.info("Task gone, answered 404: {}", Faults.rootMessage(e));
      return response(404, TASK_GONE, "Not found", TASK_GONE_DETAIL).build();
    }
    LOG.warn("Database unavailable on the engine API, answered 503: {}", Faults.rootMessage(e));
    return response(503, Faults.UNAVAILABLE, Faults.UNAVAILABLE_TITLE, Faults.UNAVAILABLE_DETAIL)
        .header("Retry-After", String.valueOf(Faults.RETRY_AFTER_SECONDS))
        .build();
  }

  /** The step's refusal anywhere in the cause chain (the engine may wrap what a delegate threw). */
  private static InvalidInputException invalidInput(Throwable e) {
    int depth = 0;
    for (Throwable t = e; t != null && depth++ < 32; t = t.getCause()) {
      if (t instanceof InvalidInputException invalid) {
        return invalid;
      }
    }
    return null;
  }

  private static boolean lostRace(Throwable e) {
    return Faults.lostRace(e) || nullValue(e, INSTANCE_GONE_MEANWHILE);
  }

  private static boolean taskGone(Throwable e) {
    return nullValue(e, NO_SUCH_TASK);
  }

  /** A NullValueException with this message anywhere in the cause chain (the REST resources wrap it). */
  private static boolean nullValue(Throwable e, String message) {
    int depth = 0;
    for (Throwable t = e; t != null && depth++ < 32; t = t.getCause()) {
      if (t instanceof NullValueException && t.getMessage() != null && t.getMessage().startsWith(message)) {
        return true;
      }
    }
    return false;
  }

  private static ObjectNode body(int status, URI type, String title, String detail) {
    return JSON.createObjectNode()
        .put("type", type.toString())
        .put("title", title)
        .put("status", status)
        .put("detail", detail)
        .put("message", detail);
  }

  private static Response.ResponseBuilder response(int status, URI type, String title, String detail) {
    return Response.status(status).type("application/problem+json").entity(body(status, type, title, detail).toString());
  }

  /** Engine exceptions thrown as they are: claiming, unclaiming, most calls. */
  @Priority(1000) // ahead of the engine's mapper for the same type, which has the default 5000
  public static final class OfEngine implements ExtendedExceptionMapper<ProcessEngineException> {
    @Override
    public boolean isMappable(ProcessEngineException e) {
      return answers(e);
    }

    @Override
    public Response toResponse(ProcessEngineException e) {
      return problem(e);
    }
  }

  /** Engine exceptions the REST resource wrapped: completing a task, submitting its form. */
  @Priority(1000)
  public static final class OfRest implements ExtendedExceptionMapper<RestException> {
    @Override
    public boolean isMappable(RestException e) {
      return answers(e);
    }

    @Override
    public Response toResponse(RestException e) {
      return problem(e);
    }
  }

  /** What reaches the engine's catch-all mapper: Spring's exceptions, e.g. no connection for a transaction. */
  @Priority(1000)
  public static final class OfAnything implements ExtendedExceptionMapper<Throwable> {
    @Override
    public boolean isMappable(Throwable e) {
      return answers(e);
    }

    @Override
    public Response toResponse(Throwable e) {
      return problem(e);
    }
  }
}
