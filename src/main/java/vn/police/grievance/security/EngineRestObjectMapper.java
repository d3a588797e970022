package vn.police.grievance.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import org.camunda.bpm.engine.rest.mapper.JacksonConfigurator;

/**
 * One JSON mapper for the engine REST API and the webapps' APIs, configured as Camunda configures
 * its own. Camunda's {@link JacksonConfigurator} builds a new {@code ObjectMapper} each time it is
 * asked, several times a request (the body, the answer, each variable value), and a new mapper
 * learns every class it meets afresh: on an item's route that was a measurable share of each
 * request's time. A mapper is safe to share once configured, and nothing in the REST API changes
 * the one it is given (checked against 7.24's classes); this resolver is asked first.
 */
@Provider
@Produces({MediaType.APPLICATION_JSON, "application/hal+json"})
@Priority(Priorities.USER - 1000)
public class EngineRestObjectMapper implements ContextResolver<ObjectMapper> {

  private static volatile ObjectMapper shared;

  /** How often a mapper was asked for: what shows that the APIs use this one. */
  private static final java.util.concurrent.atomic.LongAdder ASKED = new java.util.concurrent.atomic.LongAdder();

  static long timesAsked() {
    return ASKED.sum();
  }

  @Override
  public ObjectMapper getContext(Class<?> type) {
    ASKED.increment();
    ObjectMapper mapper = shared;
    if (mapper == null) {
      synchronized (EngineRestObjectMapper.class) {
        mapper = shared;
        if (mapper == null) {
          // configured at first use, after the starter has set the REST API's date format
          shared = mapper = JacksonConfigurator.configureObjectMapper(new ObjectMapper());
        }
      }
    }
    return mapper;
  }
}
