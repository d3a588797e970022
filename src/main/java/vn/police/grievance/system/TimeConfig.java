package vn.police.grievance.system;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One clock for the application and the engine. Domain code asks a {@link Clock}; it follows the
 * engine's clock so that process tests which move engine time (timers, deadlines) move ours too.
 */
@Configuration
class TimeConfig {

  @Bean
  Clock clock(@Value("${grievance.time-zone:Asia/Ho_Chi_Minh}") String zone) {
    return new EngineClock(ZoneId.of(zone));
  }

  static final class EngineClock extends Clock {
    private final ZoneId zone;

    EngineClock(ZoneId zone) {
      this.zone = zone;
    }

    @Override
    public ZoneId getZone() {
      return zone;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return new EngineClock(zone);
    }

    @Override
    public Instant instant() {
      return ClockUtil.getCurrentTime().toInstant();
    }
  }
}
