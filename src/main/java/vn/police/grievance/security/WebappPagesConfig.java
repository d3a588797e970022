package vn.police.grievance.security;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Registers {@link WebappPagesUncached} in front of the webapps, before they answer anything. */
@Configuration
class WebappPagesConfig {

  @Bean
  FilterRegistrationBean<WebappPagesUncached> webappPagesUncached() {
    FilterRegistrationBean<WebappPagesUncached> registration = new FilterRegistrationBean<>(new WebappPagesUncached());
    registration.addUrlPatterns("/camunda/app/*");
    registration.setName("webappPagesUncached");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    return registration;
  }
}
