package vn.police.grievance.process;

import java.util.AbstractMap;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.spring.SpringExpressionManager;
import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Expressions in diagrams may reach only the beans the diagrams need: delegates, listeners, the
 * deadline calendar and the status listener. By default the engine lets an expression reach every
 * Spring bean (the data source included), which turns any expression injection into a full
 * compromise; this keeps the blast radius to the process beans.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ExpressionBeansPlugin extends AbstractProcessEnginePlugin {

  static final Set<String> NAMED = Set.of("deadlines", "itemStatus");

  private final ApplicationContext context;

  ExpressionBeansPlugin(ApplicationContext context) {
    this.context = context;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    // The Spring factory bean has already installed an expression manager that resolves every
    // bean of the context; replace it before the engine adds its functions to it.
    ProcessBeans beans = new ProcessBeans(context);
    configuration.setBeans(beans);
    configuration.setExpressionManager(new SpringExpressionManager(context, beans));
  }

  /** Resolves lazily (delegates depend on engine services that do not exist yet at preInit). */
  static final class ProcessBeans extends AbstractMap<Object, Object> {
    private final ApplicationContext context;
    private volatile Set<String> names;

    ProcessBeans(ApplicationContext context) {
      this.context = context;
    }

    Set<String> names() {
      if (names == null) {
        Set<String> allowed = new HashSet<>(NAMED);
        for (Class<?> type : new Class<?>[] {JavaDelegate.class, TaskListener.class, ExecutionListener.class}) {
          allowed.addAll(Arrays.asList(context.getBeanNamesForType(type, false, false)));
        }
        names = Set.copyOf(allowed);
      }
      return names;
    }

    @Override
    public boolean containsKey(Object key) {
      return key instanceof String name && names().contains(name);
    }

    @Override
    public Object get(Object key) {
      return containsKey(key) ? context.getBean((String) key) : null;
    }

    @Override
    public Set<Entry<Object, Object>> entrySet() {
      return names().stream()
          .map(n -> (Entry<Object, Object>) new SimpleImmutableEntry<Object, Object>(n, context.getBean(n)))
          .collect(Collectors.toSet());
    }
  }
}
