package vn.police.grievance.security;

import jakarta.servlet.ServletRegistration;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.glassfish.jersey.server.ServerProperties;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.server.ConfigurableServletWebServerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Failures that are nobody's mistake (the database out of reach, a race another request won) are
 * answered as problem details on every way in: the login and the filters ({@link
 * TransientFaultFilter}), the engine REST API and the webapps' APIs ({@link EngineFaultProblems}).
 * Our own API answers them in ProblemDetailsAdvice.
 */
@Configuration
class FaultConfig {

  /**
   * What the engine REST API and the webapps' APIs get besides Camunda's own providers: the
   * problem details, and one shared JSON mapper ({@link EngineRestObjectMapper}).
   */
  static final List<Class<?>> PROVIDERS =
      java.util.stream.Stream.concat(Arrays.stream(EngineFaultProblems.MAPPERS), java.util.stream.Stream.of(EngineRestObjectMapper.class))
          .toList();

  /** The webapps' JAX-RS applications, as Camunda's webapp starter names their servlets. */
  static final List<String> WEBAPP_APIS = List.of("Engine Api", "Cockpit Api", "Admin Api", "Tasklist Api", "Welcome Api");

  /** Outside Spring Security (and the URL firewall), so that failures of the login reach it. */
  @Bean
  FilterRegistrationBean<TransientFaultFilter> transientFaultFilter() {
    FilterRegistrationBean<TransientFaultFilter> registration = new FilterRegistrationBean<>(new TransientFaultFilter());
    registration.addUrlPatterns("/*");
    registration.setName("transientFaultFilter");
    registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER - 2);
    return registration;
  }

  @Bean
  ResourceConfigCustomizer engineFaultProblems() {
    return config -> PROVIDERS.forEach(config::register);
  }

  /**
   * The webapps' APIs are Jersey servlets that Camunda's starter registers with an application
   * class of its own, out of reach of {@link ResourceConfigCustomizer}; Jersey adds providers named
   * in this init parameter. It is set by an initializer of the server factory, which runs after
   * every initializer bean, the starter's among them, and before the servlets start.
   */
  @Bean
  WebServerFactoryCustomizer<ConfigurableServletWebServerFactory> webappEngineFaultProblems() {
    String mappers = PROVIDERS.stream().map(Class::getName).collect(Collectors.joining(","));
    return factory -> factory.addInitializers(servletContext -> {
      for (String name : WEBAPP_APIS) {
        ServletRegistration api = servletContext.getServletRegistration(name);
        if (api != null) {
          api.setInitParameter(ServerProperties.PROVIDER_CLASSNAMES, mappers);
        }
      }
    });
  }
}
