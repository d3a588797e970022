package vn.police.grievance.support;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Records every request the server answered with an error status, outermost of all filters, so
 * that a browser test can assert that what a person did in a webapp met no refusal or failure.
 */
@TestConfiguration
public class ResponseRecorder {

  public record Failure(String method, String path, int status) {}

  private final List<Failure> failures = new CopyOnWriteArrayList<>();

  public List<Failure> failures() {
    return List.copyOf(failures);
  }

  public void clear() {
    failures.clear();
  }

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> responseRecordingFilter() {
    FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
      @Override
      protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
          throws ServletException, IOException {
        try {
          chain.doFilter(request, response);
        } finally {
          if (response.getStatus() >= 400) {
            failures.add(new Failure(request.getMethod(), request.getRequestURI(), response.getStatus()));
          }
        }
      }
    });
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    registration.addUrlPatterns("/*");
    return registration;
  }
}
