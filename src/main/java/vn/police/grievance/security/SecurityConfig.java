package vn.police.grievance.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.util.matcher.AntPathRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Spring Security is the single front door: the application API, the engine REST API, the
 * Camunda webapps and actuator. Only the login page and the health probe are open.
 */
@Configuration
@EnableWebSecurity
class SecurityConfig {

  /** The webapps' own logout call ends the Spring session too, so logout ends it everywhere. */
  static final String WEBAPP_LOGOUT = "/camunda/api/admin/auth/user/default/logout";

  @Bean
  SecurityFilterChain filterChain(HttpSecurity http, CamundaIdentityAuthenticationProvider provider) throws Exception {
    ProblemAuthenticationEntryPoint problems = new ProblemAuthenticationEntryPoint();
    RequestMatcher apiCalls =
        new OrRequestMatcher(
            new AntPathRequestMatcher("/api/**"),
            new AntPathRequestMatcher("/engine-rest/**"),
            new AntPathRequestMatcher("/actuator/**"));
    http.authenticationProvider(provider)
        .authorizeHttpRequests(
            auth ->
                auth.requestMatchers("/login", "/actuator/health", "/actuator/health/**", "/error")
                    .permitAll()
                    .anyRequest()
                    .authenticated())
        .formLogin(form -> form.defaultSuccessUrl("/camunda/app/tasklist/", false).permitAll())
        .httpBasic(basic -> basic.authenticationEntryPoint(problems))
        .logout(
            logout ->
                logout
                    .logoutRequestMatcher(
                        new OrRequestMatcher(
                            new AntPathRequestMatcher("/logout", "POST"),
                            new AntPathRequestMatcher(WEBAPP_LOGOUT, "POST")))
                    .logoutSuccessUrl("/login?logout")
                    .deleteCookies("JSESSIONID"))
        .exceptionHandling(
            ex ->
                ex.defaultAuthenticationEntryPointFor(problems, apiCalls)
                    .defaultAccessDeniedHandlerFor(problems, apiCalls))
        // The webapps protect their own API with Camunda's CSRF filter; clients that send HTTP
        // Basic credentials on every call carry no session to ride on.
        .csrf(
            csrf ->
                csrf.ignoringRequestMatchers(
                    new AntPathRequestMatcher("/camunda/api/**"), SecurityConfig::carriesBasicCredentials));
    return http.build();
  }

  private static boolean carriesBasicCredentials(HttpServletRequest request) {
    String header = request.getHeader(HttpHeaders.AUTHORIZATION);
    return header != null && header.regionMatches(true, 0, "Basic ", 0, 6);
  }

  @Bean
  FilterRegistrationBean<ContainerBasedAuthenticationFilter> webappAuthenticationFilter() {
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
    registration.setInitParameters(
        Map.of("authentication-provider", SpringSecurityAuthenticationProvider.class.getName()));
    registration.addUrlPatterns("/camunda/*");
    registration.setName("webappAuthenticationFilter");
    return registration;
  }

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthenticationFilter() {
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setInitParameters(
        Map.of(
            ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
            SpringSecurityAuthenticationProvider.class.getName()));
    registration.addUrlPatterns("/engine-rest/*");
    registration.setName("engineRestAuthenticationFilter");
    return registration;
  }
}
