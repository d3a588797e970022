package vn.police.grievance.process.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import vn.police.grievance.support.ProcessDriver;

/**
 * Grants only: a revoke is refused on every route, so the engine need not look for revokes; and
 * the caller's groups are taken as they are, without first reading every grant to drop those that
 * hold none. Who sees what does not change.
 */
@SpringBootTest
@ActiveProfiles("test")
class GrantsOnlyAuthorizationsTest {

  @Autowired ProcessDriver driver;
  @Autowired TaskService tasks;
  @Autowired IdentityService identity;
  @Autowired org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl engine;

  @AfterEach
  void signOut() {
    identity.clearAuthentication();
  }

  private List<String> visibleTasks(String userId, List<String> groups) {
    identity.setAuthentication(userId, groups);
    try {
      return tasks.createTaskQuery().orderByTaskId().asc().list().stream().map(Task::getId).toList();
    } finally {
      identity.clearAuthentication();
    }
  }

  @Test
  void theEngineTakesTheCallersGroupsAsTheyAre() {
    List<String> kept = engine.getCommandExecutorTxRequired().execute(command -> Context.getCommandContext()
        .getSession(AuthorizationManager.class)
        .filterAuthenticatedGroupIds(List.of("reception", "a-group-without-any-grant")));
    assertThat(kept).containsExactly("reception", "a-group-without-any-grant");
  }

  @Autowired org.camunda.bpm.engine.AuthorizationService authorizations;

  @Test
  void aRevokeIsRefusedAndTheEngineDoesNotLookForOne() {
    var revoke = authorizations.createNewAuthorization(org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_REVOKE);
    revoke.setUserId("tiepnhan");
    revoke.setResource(org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION);
    revoke.setResourceId("grievance-handling");
    revoke.addPermission(org.camunda.bpm.engine.authorization.Permissions.READ);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> authorizations.saveAuthorization(revoke))
        .isInstanceOf(org.camunda.bpm.engine.BadUserRequestException.class)
        .hasMessageContaining("REVOKE");
    assertThat(authorizations.createAuthorizationQuery().authorizationType(
        org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_REVOKE).count()).isZero();
    assertThat(engine.getAuthorizationCheckRevokes()).isEqualTo("never");
  }

  @Test
  void aGroupWithoutGrantsChangesNothingOfWhatACallerSees() {
    driver.submit("FACILITIES");
    driver.submit("EQUIPMENT");

    List<String> reception = visibleTasks("tiepnhan", List.of("reception"));
    assertThat(reception).isNotEmpty();
    assertThat(visibleTasks("tiepnhan", List.of("reception", "a-group-without-any-grant"))).isEqualTo(reception);
    // someone with no grant of their own (tiepnhan holds some, as the engine grants a task's holder)
    assertThat(visibleTasks("khong.co.quyen", List.of("a-group-without-any-grant"))).isEmpty();
    assertThat(visibleTasks("khong.co.quyen", List.of())).isEmpty();
  }
}
