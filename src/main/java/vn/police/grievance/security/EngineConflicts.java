package vn.police.grievance.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.Priority;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.glassfish.jersey.spi.ExtendedExceptionMapper;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Two people acting on the same task at the same instant, on one node or on two: the one who comes
 * second is answered 409 with a problem detail on the engine REST API, not 500. Either the task was
 * claimed by someone else meanwhile ({@link TaskAlreadyClaimedException}), or another transaction
 * changed the same rows first and the engine's optimistic locking refused this one
 * ({@link OptimisticLockingException}); either way nothing was changed, and reloading the task
 * shows what happened. The engine throws them as they are (claim) or wrapped in its
 * {@link RestException} (complete, submit-form), so there is a mapper for each, ahead of the
 * engine's own for the same types; any other exception is left to the engine's mappers.
 */
@Configuration
class EngineConflicts {

  static final String TYPE = "urn:problem:grievance:conflict";

  @Bean
  ResourceConfigCustomizer engineConflictProblems() {
    return config -> config.register(new Thrown()).register(new Wrapped());
  }

  /** The conflict among the exception and its causes, if it is one. */
  static Optional<ProcessEngineException> conflictIn(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
      if (cause instanceof TaskAlreadyClaimedException || cause instanceof OptimisticLockingException) {
        return Optional.of((ProcessEngineException) cause);
      }
    }
    return Optional.empty();
  }

  static Response problem(ProcessEngineException conflict) {
    String detail = conflict instanceof TaskAlreadyClaimedException
        ? "Việc này đã có cán bộ khác nhận (the task is already claimed by someone else)"
        : "Việc này vừa được người khác xử lý cùng lúc; chưa có gì thay đổi, hãy tải lại"
            + " (someone else changed it at the same time; nothing was changed, reload it)";
    String body = new ObjectMapper().createObjectNode()
        .put("type", TYPE)
        .put("title", "Conflict")
        .put("status", 409)
        .put("detail", detail)
        .toString();
    return Response.status(409).type("application/problem+json").entity(body).build();
  }

  @Priority(1000) // ahead of the engine's mapper for the same exception type, which has the default 5000
  static class Thrown implements ExtendedExceptionMapper<ProcessEngineException> {
    @Override
    public boolean isMappable(ProcessEngineException e) {
      return conflictIn(e).isPresent();
    }

    @Override
    public Response toResponse(ProcessEngineException e) {
      return problem(conflictIn(e).orElseThrow());
    }
  }

  @Priority(1000)
  static class Wrapped implements ExtendedExceptionMapper<RestException> {
    @Override
    public boolean isMappable(RestException e) {
      return conflictIn(e).isPresent();
    }

    @Override
    public Response toResponse(RestException e) {
      return problem(conflictIn(e).orElseThrow());
    }
  }
}
