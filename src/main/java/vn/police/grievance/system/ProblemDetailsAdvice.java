package vn.police.grievance.system;

import jakarta.validation.ConstraintViolationException;
import java.net.URI;
import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** Every error of our API as RFC 7807 problem details; field problems listed under "errors". */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

  private static final Logger LOG = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

  static final URI VALIDATION = URI.create("urn:problem:grievance:validation");

  @ExceptionHandler(InvalidInputException.class)
  ProblemDetail invalid(InvalidInputException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Dữ liệu không hợp lệ (invalid input)");
    problem.setType(VALIDATION);
    problem.setTitle("Invalid input");
    problem.setProperty(
        "errors",
        e.problems().stream().map(p -> Map.of("field", p.field(), "message", p.message())).toList());
    return problem;
  }

  @ExceptionHandler(ConstraintViolationException.class)
  ProblemDetail constraint(ConstraintViolationException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Tham số không hợp lệ (invalid parameter)");
    problem.setType(VALIDATION);
    problem.setTitle("Invalid input");
    problem.setProperty(
        "errors",
        e.getConstraintViolations().stream()
            .map(v -> Map.of("field", lastNode(v.getPropertyPath().toString()), "message", v.getMessage()))
            .toList());
    return problem;
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Tham số không hợp lệ (invalid parameter)");
    problem.setType(VALIDATION);
    problem.setTitle("Invalid input");
    problem.setProperty("errors", List.of(Map.of("field", e.getName(), "message", "Giá trị không hợp lệ (malformed value)")));
    return problem;
  }

  @ExceptionHandler(NotFoundException.class)
  ProblemDetail notFound(NotFoundException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "Không tìm thấy (not found)");
    problem.setTitle("Not found");
    return problem;
  }

  @ExceptionHandler(AccessDeniedException.class)
  ProblemDetail denied(AccessDeniedException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, "Không có quyền thực hiện (access denied)");
    problem.setTitle("Forbidden");
    return problem;
  }

  @ExceptionHandler(ConflictException.class)
  ProblemDetail conflict(ConflictException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
    problem.setTitle("Conflict");
    return problem;
  }

  /**
   * A race another request won: the engine's optimistic locking (ENGINE-03005), a task claimed by
   * someone else first, the database choosing this transaction as a deadlock's or serialization's
   * loser. Nobody's mistake: reload and try again. Like every handler here it also catches these
   * as the cause of whatever wrapped them (the engine, Spring's transactions).
   */
  @ExceptionHandler({
    OptimisticLockingException.class, TaskAlreadyClaimedException.class, ConcurrencyFailureException.class,
    SQLTransactionRollbackException.class
  })
  ResponseEntity<ProblemDetail> lostRace(Exception e) {
    LOG.info("Lost a race, answered 409: {}", Faults.rootMessage(e));
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, Faults.conflictDetail(e));
    problem.setType(Faults.CONFLICT);
    problem.setTitle(Faults.CONFLICT_TITLE);
    return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
  }

  /**
   * The database out of reach for a while: no connection in time, refused or broken connections
   * (the driver's SQLException, as the cause of the engine's or Spring's exceptions). Answered 503
   * with Retry-After. Any other failure of these types goes on to the default handling, unchanged.
   */
  @ExceptionHandler({
    DataAccessResourceFailureException.class, TransientDataAccessException.class, CannotCreateTransactionException.class,
    SQLException.class
  })
  ResponseEntity<ProblemDetail> databaseUnavailable(Exception e) throws Exception {
    if (Faults.lostRace(e)) {
      return lostRace(e);
    }
    if (!Faults.databaseUnavailable(e)) {
      throw e; // Spring MVC then handles the original exception as if this method did not exist
    }
    LOG.warn("Database unavailable, answered 503: {}", Faults.rootMessage(e));
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, Faults.UNAVAILABLE_DETAIL);
    problem.setType(Faults.UNAVAILABLE);
    problem.setTitle(Faults.UNAVAILABLE_TITLE);
    return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
        .header(HttpHeaders.RETRY_AFTER, String.valueOf(Faults.RETRY_AFTER_SECONDS))
        .body(problem);
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(
      HttpMessageNotReadableException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Nội dung JSON không đọc được (malformed JSON)");
    problem.setTitle("Malformed request body");
    return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
  }

  @Override
  protected ResponseEntity<Object> handleHandlerMethodValidationException(
      HandlerMethodValidationException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Tham số không hợp lệ (invalid parameter)");
    problem.setType(VALIDATION);
    problem.setTitle("Invalid input");
    problem.setProperty(
        "errors",
        ex.getParameterValidationResults().stream()
            .flatMap(r -> r.getResolvableErrors().stream()
                .map(err -> Map.of("field", String.valueOf(r.getMethodParameter().getParameterName()),
                    "message", String.valueOf(err.getDefaultMessage()))))
            .toList());
    return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
  }

  /** A criteria object bound from query parameters (@ModelAttribute) that breaks its constraints. */
  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(
      org.springframework.web.bind.MethodArgumentNotValidException ex, HttpHeaders headers, HttpStatusCode status,
      WebRequest request) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Tham số không hợp lệ (invalid parameter)");
    problem.setType(VALIDATION);
    problem.setTitle("Invalid input");
    problem.setProperty(
        "errors",
        ex.getBindingResult().getFieldErrors().stream()
            .map(err -> Map.of("field", err.getField(), "message", String.valueOf(err.getDefaultMessage())))
            .toList());
    return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
  }

  private static String lastNode(String path) {
    int dot = path.lastIndexOf('.');
    return dot < 0 ? path : path.substring(dot + 1);
  }
}
