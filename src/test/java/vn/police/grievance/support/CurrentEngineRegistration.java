package vn.police.grievance.support;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Before each test, makes the engine of the test's own application context the one Camunda's
 * webapps and REST API find by name. They look engines up in a static registry, one per name for
 * the whole JVM; the suite keeps several contexts alive (cached), each with an engine named
 * "default", and the last one started wins. Without this, a webapp request in one context can be
 * served by another context's engine, with another database and other users: a test then fails
 * or passes depending on the order the suite happens to run in.
 */
public class CurrentEngineRegistration extends AbstractTestExecutionListener {

  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE - 100;
  }

  @Override
  public void beforeTestClass(TestContext testContext) {
    register(testContext);
  }

  @Override
  public void beforeTestMethod(TestContext testContext) {
    register(testContext);
  }

  private static void register(TestContext testContext) {
    if (!testContext.hasApplicationContext()) {
      return;
    }
    ApplicationContext context = testContext.getApplicationContext();
    context.getBeanProvider(ProcessEngine.class).ifAvailable(engine -> {
      if (ProcessEngines.getProcessEngine(engine.getName(), false) != engine) {
        ProcessEngines.registerProcessEngine(engine);
      }
    });
  }
}
