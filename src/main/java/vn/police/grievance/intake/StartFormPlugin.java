package vn.police.grievance.intake;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Gives the engine the {@link StartFormService}, so the start form's choices come from data. */
@Component
class StartFormPlugin extends AbstractProcessEnginePlugin {

  private final ObjectProvider<StartFormOptions> options;

  StartFormPlugin(ObjectProvider<StartFormOptions> options) {
    this.options = options;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    // the options are looked up on first use: the engine is built before most application beans
    configuration.setFormService(new StartFormService(configuration::getIdentityService, options::getObject));
  }
}
