package vn.police.grievance.security;

import vn.police.grievance.tasklist.TaskContextReader;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Registers the engine's front door ({@link EngineWriteGate}) on every path that reaches the
 * engine: its REST API and the webapps' APIs. It runs after Spring Security (it needs to know
 * who asks) and before the query guard and the engine.
 */
@Configuration
class EngineFrontDoor {

  @Bean
  FilterRegistrationBean<EngineWriteGate> engineWriteGate(
      TaskService tasks,
      RepositoryService repository,
      AuthorizationService authorizations,
      IdentityService identity,
      TaskContextReader context) {
    FilterRegistrationBean<EngineWriteGate> registration =
        new FilterRegistrationBean<>(new EngineWriteGate(tasks, repository, authorizations, identity, context));
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*");
    registration.setName("engineWriteGate");
    registration.setOrder(Ordered.LOWEST_PRECEDENCE - 200);
    return registration;
  }
}
