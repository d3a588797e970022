package vn.police.grievance.security;

import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.util.matcher.AntPathRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import vn.police.grievance.system.CurrentUsers;
import vn.police.grievance.system.Groups;

/**
 * Spring Security is the single front door: the application API, the engine REST API, the
 * Camunda webapps and actuator. Only the login page and the health probes are open; the other
 * actuator endpoints (metrics, info) are for operators and administrators.
 */
@Configuration
@EnableWebSecurity
class SecurityConfig {

  /** The webapps' own logout call ends the Spring session too, so logout ends it everywhere. */
  static final String WEBAPP_LOGOUT = "/camunda/api/admin/auth/user/default/logout";

  /** The password login form's submission. */
  static final RequestMatcher LOGIN_FORM = new AntPathRequestMatcher("/login", "POST");

  /** Who may read actuator endpoints other than health: metrics, build and commit. */
  static final String[] OPERATIONS_READERS = {
    CurrentUsers.GROUP_PREFIX + Groups.OPERATORS, CurrentUsers.GROUP_PREFIX + Groups.ADMINISTRATORS
  };

  /** For the login page, the API and its documentation: nothing from elsewhere, nothing inline. */
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
          + "object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

  /** A locked account is told so; any other refusal reads the same, so that it reveals no user name. */
  private static final org.springframework.security.web.authentication.AuthenticationFailureHandler LOGIN_FAILED =
      (request, response, exception) ->
          response.sendRedirect(
              request.getContextPath()
                  + (exception instanceof org.springframework.security.authentication.LockedException
                      ? "/login?locked"
                      : "/login?error"));

  @Bean
  SecurityFilterChain filterChain(
      HttpSecurity http,
      CamundaIdentityAuthenticationProvider provider,
      ObjectProvider<ClientRegistrationRepository> oidcClients,
      @Value("${grievance.oidc.groups-claim:groups}") String groupsClaim,
      IdentityService identity)
      throws Exception {
    // Single sign-on when a provider is configured (the oidc profile); the password login stays.
    if (oidcClients.getIfAvailable() != null) {
      http.oauth2Login(
          oidc ->
              oidc.successHandler(new LandingPage())
                  .userInfoEndpoint(userInfo -> userInfo.oidcUserService(new OidcUsers(groupsClaim, identity))));
    }
    ProblemAuthenticationEntryPoint problems = new ProblemAuthenticationEntryPoint();
    RequestMatcher apiCalls =
        new OrRequestMatcher(
            new AntPathRequestMatcher("/api/**"),
            new AntPathRequestMatcher("/engine-rest/**"),
            new AntPathRequestMatcher("/actuator/**"));
    http.authenticationProvider(provider)
        .authorizeHttpRequests(
            auth ->
                auth.requestMatchers("/login", "/login/oauth2/**", "/oauth2/**", "/actuator/health", "/actuator/health/**", "/error")
                    .permitAll()
                    // a browser asks for the icon by itself, signed in or not: answered without a
                    // session, and never kept as the page to return to after signing in
                    .requestMatchers(HttpMethod.GET, "/favicon.ico")
                    .permitAll()
                    // metrics, info and whatever else actuator exposes: operators and administrators
                    .requestMatchers("/actuator", "/actuator/**")
                    .hasAnyAuthority(OPERATIONS_READERS)
                    // inspectors read everything and change nothing
                    .requestMatchers(ReadOnlyAuditors::isWrite)
                    .access(ReadOnlyAuditors.notAnAuditor())
                    .anyRequest()
                    .authenticated())
        .formLogin(
            form ->
                form.loginPage(LoginPageFilter.PATH)
                    .successHandler(new LandingPage())
                    .failureHandler(LOGIN_FAILED)
                    .permitAll())
        .addFilterBefore(
            new LoginPageFilter(oidcClients.getIfAvailable()),
            org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter.class)
        .httpBasic(basic -> basic.authenticationEntryPoint(problems).authenticationDetailsSource(BasicClientDetails.source()))
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
        .headers(
            headers ->
                headers
                    .contentTypeOptions(Customizer.withDefaults())
                    // The webapps send their own policy (Camunda's header security); ours covers the rest.
                    .addHeaderWriter(
                        new DelegatingRequestMatcherHeaderWriter(
                            new NegatedRequestMatcher(
                                new AntPathRequestMatcher("/camunda/**")),
                            new StaticHeadersWriter(
                                "Content-Security-Policy", CONTENT_SECURITY_POLICY))))
        // A forged request rides on what the browser sends by itself: cookies. Requests that carry
        // none (API clients with HTTP Basic, anonymous callers, who then get a 401) have nothing to
        // forge. The login form is the exception: a forged login carries no cookie yet would sign the
        // browser in as someone else, so it always needs the token its page hands out. The webapps
        // protect their own API with Camunda's CSRF filter.
        .csrf(
            csrf ->
                csrf.ignoringRequestMatchers(
                    new AntPathRequestMatcher("/camunda/api/**"),
                    request -> request.getHeader(HttpHeaders.COOKIE) == null && !LOGIN_FORM.matches(request)));
    return http.build();
  }

  @Bean
  FilterRegistrationBean<ContainerBasedAuthenticationFilter> webappAuthenticationFilter() {
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
    registration.setInitParameters(
        Map.of("authentication-provider", SpringSecurityAuthenticationProvider.class.getName()));
    registration.addUrlPatterns("/camunda/*");
    registration.setName("webappAuthenticationFilter");
    // Before the webapps' own security filter, right after Spring Security: the webapp session must
    // know the user on the very first call, whether it is a page or an API request.
    registration.setOrder(0);
    return registration;
  }

  /** Outermost, so that it sees the final status of every request. */
  @Bean
  FilterRegistrationBean<SecurityEventLog.DeniedResponses> deniedResponseLog() {
    FilterRegistrationBean<SecurityEventLog.DeniedResponses> registration =
        new FilterRegistrationBean<>(new SecurityEventLog.DeniedResponses());
    registration.addUrlPatterns("/*");
    registration.setName("deniedResponseLog");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }

  /** Judges task queries and filters for expressions and caps result sizes; see the class. */
  @Bean
  FilterRegistrationBean<EngineQueryGuard> engineQueryGuard(
      @Value("${grievance-security.max-query-results:1000}") int maxResults) {
    FilterRegistrationBean<EngineQueryGuard> registration = new FilterRegistrationBean<>(new EngineQueryGuard(maxResults));
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
    registration.setName("engineQueryGuard");
    registration.setOrder(Ordered.LOWEST_PRECEDENCE - 100);
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
