package vn.police.grievance.operations;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.police.grievance.process.ProcessVariables;

/**
 * The engine's part of readiness ({@code management.endpoint.health.group.readiness}). The beans
 * carry the names of the Camunda starter's own indicators, which step aside for them: the starter's
 * engine indicator only names the engine, and its job executor indicator is down whenever the
 * executor is off, even when it is off on purpose.
 */
@Configuration(proxyBeanMethods = false)
class EngineHealth {

  /** {@code processEngine}: a real query through the engine: the main diagram is deployed. */
  @Bean
  HealthIndicator processEngineHealthIndicator(ProcessEngine engine) {
    return new AbstractHealthIndicator("Process engine health check failed") {
      @Override
      protected void doHealthCheck(Health.Builder health) {
        ProcessDefinition definition = engine.getRepositoryService().createProcessDefinitionQuery()
            .processDefinitionKey(ProcessVariables.GRIEVANCE_PROCESS)
            .latestVersion()
            .singleResult();
        health.withDetail("name", engine.getName());
        if (definition == null) {
          health.down().withDetail("process", ProcessVariables.GRIEVANCE_PROCESS + " is not deployed");
        } else {
          health.up().withDetail("process", definition.getKey() + ":" + definition.getVersion());
        }
      }
    };
  }

  /**
   * {@code jobExecutor}: active when it is meant to run (timers, reminders, escalations and async
   * steps depend on it); when it is switched off on purpose
   * ({@code camunda.bpm.job-execution.enabled=false}, as in the tests) it says so and stays up.
   */
  @Bean
  HealthIndicator jobExecutorHealthIndicator(
      ProcessEngine engine, @Value("${camunda.bpm.job-execution.enabled:true}") boolean enabled) {
    return new AbstractHealthIndicator("Job executor health check failed") {
      @Override
      protected void doHealthCheck(Health.Builder health) {
        if (!enabled) {
          health.up().withDetail("state", "disabled").withDetail("reason", "camunda.bpm.job-execution.enabled=false");
          return;
        }
        JobExecutor executor = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor();
        if (executor != null && executor.isActive()) {
          health.up().withDetail("state", "active").withDetail("lockOwner", executor.getLockOwner());
        } else {
          health.down().withDetail("state", "stopped");
        }
      }
    };
  }
}
