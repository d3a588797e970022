package vn.police.grievance.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.annotation.Priority;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.identity.PasswordPolicy;
import org.camunda.bpm.engine.identity.PasswordPolicyRule;
import org.glassfish.jersey.spi.ExtendedExceptionMapper;

/**
 * A password the engine's password policy refuses, on the engine REST API (creating a user,
 * changing a password): the engine throws a plain {@link ProcessEngineException} that its REST API
 * answers 500 with a stack trace in the log. This answers it 400 as a problem detail naming the
 * policy and its rules. Any other engine exception is left to the engine's own mapper.
 */
@Priority(1000) // ahead of the engine's mapper for the same exception type, which has the default 5000
class PasswordPolicyProblem implements ExtendedExceptionMapper<ProcessEngineException> {

  /** The engine's message (SaveUserCmd); the exception carries nothing else that tells it apart. */
  static final String ENGINE_MESSAGE = "Password does not match policy";

  private final Supplier<IdentityService> identity;
  private final ObjectMapper json = new ObjectMapper();

  PasswordPolicyProblem(Supplier<IdentityService> identity) {
    this.identity = identity;
  }

  @Override
  public boolean isMappable(ProcessEngineException e) {
    return e.getClass() == ProcessEngineException.class && ENGINE_MESSAGE.equals(e.getMessage());
  }

  @Override
  public Response toResponse(ProcessEngineException e) {
    ObjectNode problem = json.createObjectNode()
        .put("type", "urn:problem:grievance:password-policy")
        .put("title", "Password does not match policy")
        .put("status", 400)
        .put("detail", "Mật khẩu không đáp ứng chính sách mật khẩu (the password does not match the password policy)");
    ArrayNode rules = problem.putArray("rules");
    PasswordPolicy policy = identity.get().getPasswordPolicy();
    if (policy != null) {
      for (PasswordPolicyRule rule : policy.getRules()) {
        ObjectNode r = rules.addObject().put("rule", rule.getPlaceholder());
        Map<String, String> parameters = rule.getParameters();
        if (parameters != null) {
          parameters.forEach(r.putObject("parameters")::put);
        }
      }
    }
    return Response.status(400).type("application/problem+json").entity(problem.toString()).build();
  }
}
