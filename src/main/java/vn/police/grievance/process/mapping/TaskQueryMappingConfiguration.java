package vn.police.grievance.process.mapping;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.impl.cfg.CompositeProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.camunda.bpm.spring.boot.starter.util.CamundaSpringBootUtil;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The engine's configuration as the Camunda starter builds it, except that MyBatis loads our
 * patched copies of the engine's task mapping ({@code Task.xml}) and variable mapping
 * ({@code VariableInstance.xml}, which Tasklist's card variables go through; ADR 0006) instead of
 * the ones in the engine jar. A plugin cannot do this: the mapping is read by the configuration itself, so the
 * starter's own bean ({@code @ConditionalOnMissingBean}) steps aside for this one.
 *
 * <p>{@code grievance.engine.task-authorization-check} ({@code exists}, the default, or
 * {@code join}, the engine's own SQL) chooses the check; the patched mappings run the engine's SQL
 * unchanged for {@code join}.
 */
@Configuration(proxyBeanMethods = false)
class TaskQueryMappingConfiguration {

  static final String ENGINE_MAPPINGS = ProcessEngineConfigurationImpl.DEFAULT_MYBATIS_MAPPING_FILE;
  static final String ENGINE_TASK_MAPPING = "org/camunda/bpm/engine/impl/mapping/entity/Task.xml";
  static final String PATCHED_TASK_MAPPING = "vn/police/grievance/process/mapping/Task.xml";
  static final String ENGINE_VARIABLE_MAPPING = "org/camunda/bpm/engine/impl/mapping/entity/VariableInstance.xml";
  static final String PATCHED_VARIABLE_MAPPING = "vn/police/grievance/process/mapping/VariableInstance.xml";

  @Bean
  ProcessEngineConfigurationImpl processEngineConfigurationImpl(
      List<ProcessEnginePlugin> plugins,
      @Value("${grievance.engine.task-authorization-check:exists}") String check) {
    TaskQueryAuthorization.use(TaskQueryAuthorization.valueOf(check.trim().toUpperCase(Locale.ROOT)));
    SpringProcessEngineConfiguration configuration = CamundaSpringBootUtil.initCustomFields(new PatchedMappings());
    configuration.getProcessEnginePlugins().add(new CompositeProcessEnginePlugin(plugins));
    return configuration;
  }

  /** The engine's list of mapping files with the task and variable mappings swapped for the patched copies. */
  static String mappings() {
    try (InputStream in = ProcessEngineConfigurationImpl.class.getClassLoader().getResourceAsStream(ENGINE_MAPPINGS)) {
      if (in == null) {
        throw new IllegalStateException(ENGINE_MAPPINGS + " is missing from the engine");
      }
      String engine = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return swap(swap(engine, ENGINE_TASK_MAPPING, PATCHED_TASK_MAPPING), ENGINE_VARIABLE_MAPPING, PATCHED_VARIABLE_MAPPING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String swap(String mappings, String engineMapping, String patchedMapping) {
    String entry = "resource=\"" + engineMapping + "\"";
    // an engine that no longer lists the mapping this way must not start with the old patch
    if (!mappings.contains(entry)) {
      throw new IllegalStateException(ENGINE_MAPPINGS + " no longer names " + engineMapping + ": review ADR 0006");
    }
    return mappings.replace(entry, "resource=\"" + patchedMapping + "\"");
  }

  static final class PatchedMappings extends SpringProcessEngineConfiguration {
    @Override
    protected InputStream getMyBatisXmlConfigurationSteam() {
      return new ByteArrayInputStream(mappings().getBytes(StandardCharsets.UTF_8));
    }
  }
}
