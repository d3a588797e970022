package vn.police.grievance.system;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sql.DataSource;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.autoconfigure.health.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.jdbc.DataSourceHealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The health probe's database check, with an answer in bounded time. Spring Boot's own check
 * borrows a connection from the pool and so waits as long as the pool's connection-timeout when
 * the database is gone; a probe that hangs is read as a dead node, not as a missing database. This
 * one waits for the check at most {@code grievance.health.database-timeout} and answers DOWN after
 * that. One check runs at a time; probes arriving meanwhile wait for the same one.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseHealth {

  /** Named as Spring Boot's, which then stands back; shows as "db" in the health answer. */
  @Bean
  @ConditionalOnEnabledHealthIndicator("db")
  BoundedHealthIndicator dbHealthIndicator(
      DataSource dataSource, @Value("${grievance.health.database-timeout:1s}") Duration timeout) {
    return new BoundedHealthIndicator(new DataSourceHealthIndicator(dataSource), timeout);
  }

  static final class BoundedHealthIndicator implements HealthIndicator, DisposableBean {

    private final HealthIndicator check;
    private final Duration timeout;
    private final ExecutorService runner = Executors.newSingleThreadExecutor(r -> {
      Thread thread = new Thread(r, "database-health");
      thread.setDaemon(true);
      return thread;
    });
    private CompletableFuture<Health> running;

    BoundedHealthIndicator(HealthIndicator check, Duration timeout) {
      this.check = check;
      this.timeout = timeout;
    }

    @Override
    public Health health() {
      CompletableFuture<Health> current = current();
      try {
        return current.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      } catch (TimeoutException e) {
        return Health.down().withDetail("error", "no answer from the database within " + timeout.toMillis() + " ms").build();
      } catch (ExecutionException e) {
        return Health.down(e.getCause() instanceof Exception cause ? cause : e).build();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return Health.unknown().build();
      }
    }

    private synchronized CompletableFuture<Health> current() {
      if (running == null || running.isDone()) {
        running = CompletableFuture.supplyAsync(check::health, runner);
      }
      return running;
    }

    @Override
    public void destroy() {
      runner.shutdownNow();
    }
  }
}
