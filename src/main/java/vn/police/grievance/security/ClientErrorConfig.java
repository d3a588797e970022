package vn.police.grievance.security;

import org.camunda.bpm.engine.IdentityService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.firewall.StrictHttpFirewall;

/**
 * Requests a client got wrong are answered 4xx with a problem detail, never 500: a URL the firewall
 * refuses, a JSON body too large or too deeply nested for the engine's APIs, a password the engine's
 * policy refuses.
 */
@Configuration
class ClientErrorConfig {

  private static final Logger SECURITY = LoggerFactory.getLogger("SECURITY");

  /**
   * Spring Security's firewall refuses URLs with path parameters (;), encoded slashes, "..", and
   * the like; without this the refusal surfaces as a server error (500).
   */
  @Bean
  RequestRejectedHandler requestRejectedHandler() {
    return (request, response, e) -> {
      SECURITY.warn("Refused request: {} path={} source={}", e.getMessage(), request.getRequestURI(), request.getRemoteAddr());
      ProblemAuthenticationEntryPoint.write(response, 400, "Bad request", "Địa chỉ yêu cầu không hợp lệ (malformed request URL)", request);
    };
  }

  /** Right before Spring Security, so that its firewall judges the URL before Spring MVC parses it. */
  @Bean
  FilterRegistrationBean<UrlFirewall> urlFirewall(ObjectProvider<HttpFirewall> firewall, RequestRejectedHandler rejected) {
    FilterRegistrationBean<UrlFirewall> registration =
        new FilterRegistrationBean<>(new UrlFirewall(firewall.getIfAvailable(StrictHttpFirewall::new), rejected));
    registration.addUrlPatterns("/*");
    registration.setName("urlFirewall");
    registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER - 1);
    return registration;
  }

  /** After Spring Security (anonymous callers never get their bodies buffered), before the engine's query guard. */
  @Bean
  FilterRegistrationBean<JsonDepthGuard> jsonDepthGuard() {
    FilterRegistrationBean<JsonDepthGuard> registration = new FilterRegistrationBean<>(new JsonDepthGuard());
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*");
    registration.setName("jsonDepthGuard");
    registration.setOrder(Ordered.LOWEST_PRECEDENCE - 200);
    return registration;
  }

  /**
   * The identity service is looked up when a password is refused, not here: the Jersey servlet is
   * set up with the web server, before the database schema is, and the engine must not start early.
   */
  @Bean
  ResourceConfigCustomizer passwordPolicyProblems(ObjectProvider<IdentityService> identity) {
    return config -> config.register(new PasswordPolicyProblem(identity::getObject));
  }
}
