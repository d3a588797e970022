package vn.police.grievance.intake;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.FormServiceImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import vn.police.grievance.system.CurrentUser;

/**
 * The engine's form service, except that a start form comes with the choices of the person who
 * opens it written in (see {@link StartFormSchema} for why). Tasklist and the engine REST API both
 * fetch a deployed start form through {@link #getDeployedStartForm}, with the caller's identity set
 * on the engine, so both get the same choices. Installed by {@link StartFormPlugin}.
 */
class StartFormService extends FormServiceImpl {

  private final Supplier<IdentityService> identity;
  private final Supplier<StartFormOptions> options;

  StartFormService(Supplier<IdentityService> identity, Supplier<StartFormOptions> options) {
    this.identity = identity;
    this.options = options;
  }

  @Override
  public InputStream getDeployedStartForm(String processDefinitionId) {
    byte[] schema;
    try (InputStream deployed = super.getDeployedStartForm(processDefinitionId)) {
      schema = deployed.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new ByteArrayInputStream(StartFormSchema.fill(schema, options.get().choicesFor(caller())));
  }

  private CurrentUser caller() {
    Authentication authentication = identity.get().getCurrentAuthentication();
    if (authentication == null || authentication.getUserId() == null) {
      return new CurrentUser("", Set.of());
    }
    List<String> groups = authentication.getGroupIds() == null ? List.of() : authentication.getGroupIds();
    return new CurrentUser(authentication.getUserId(), Set.copyOf(groups));
  }
}
