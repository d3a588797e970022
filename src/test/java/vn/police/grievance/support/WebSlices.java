package vn.police.grievance.support;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.context.ApplicationContext;

/** What every {@code @WebMvcTest} slice checks about itself: it stays a web layer. */
public final class WebSlices {

  private WebSlices() {}

  /** No engine and no database: a slice that drags them in has lost its point. */
  public static void assertWebLayerOnly(ApplicationContext context) {
    assertThat(context.getBeanNamesForType(ProcessEngine.class)).as("process engines").isEmpty();
    assertThat(context.getBeanNamesForType(DataSource.class)).as("data sources").isEmpty();
  }
}
