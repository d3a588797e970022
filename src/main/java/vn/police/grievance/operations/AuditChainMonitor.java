package vn.police.grievance.operations;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.police.grievance.journal.AuditChain;
import vn.police.grievance.journal.ChainReport;

/**
 * Verifies the journal's hash chain in the background ({@code grievance.audit.verify-cron}, hourly)
 * and tells Prometheus how it went:
 *
 * <ul>
 *   <li>{@code grievance_audit_chain_verification_age_seconds}: seconds since a verification last
 *       ran to its end, whatever it found; counted from the node's start until the first one. An
 *       age well past the schedule means verification cannot run (the database, a timeout);
 *   <li>{@code grievance_audit_chain_intact}: 1 when that verification found the chain intact, 0
 *       when it found a broken link (then the log names it), NaN before the first one.
 * </ul>
 *
 * Every node verifies on its own schedule; the chain is read in one snapshot and not changed.
 */
@Component
class AuditChainMonitor {

  private static final Logger LOG = LoggerFactory.getLogger(AuditChainMonitor.class);

  static final String AGE = "grievance.audit.chain.verification.age";
  static final String INTACT = "grievance.audit.chain.intact";

  private final AuditChain chain;
  /** Wall time: the application's clock follows the engine's, which process tests move. */
  private final Clock wallClock = Clock.systemUTC();
  private final Instant startedAt = wallClock.instant();
  private volatile Instant lastVerified;
  private volatile ChainReport lastReport;

  AuditChainMonitor(AuditChain chain, MeterRegistry registry) {
    this.chain = chain;
    Gauge.builder(AGE, this, m -> m.ageSeconds())
        .description("Seconds since the audit chain was last verified (tuổi lần kiểm tra chuỗi nhật ký gần nhất)")
        .baseUnit("seconds")
        .register(registry);
    Gauge.builder(INTACT, this, m -> m.intact())
        .description("1 when the last verification found the audit chain intact, 0 when broken (chuỗi nhật ký toàn vẹn)")
        .register(registry);
  }

  @Scheduled(cron = "${grievance.audit.verify-cron:0 20 * * * *}")
  void onSchedule() {
    verifyNow();
  }

  /** Verifies now; empty when the verification could not run (logged). */
  Optional<ChainReport> verifyNow() {
    try {
      ChainReport report = chain.verify();
      lastReport = report;
      lastVerified = wallClock.instant();
      if (report.intact()) {
        LOG.info("Audit chain verified: {}", report.summary());
      } else {
        LOG.error("Audit chain verification found a broken link: {}", report.summary());
      }
      return Optional.of(report);
    } catch (RuntimeException e) {
      LOG.error("Audit chain verification could not run", e);
      return Optional.empty();
    }
  }

  double ageSeconds() {
    Instant since = lastVerified == null ? startedAt : lastVerified;
    return Duration.between(since, wallClock.instant()).toMillis() / 1000.0;
  }

  double intact() {
    ChainReport report = lastReport;
    return report == null ? Double.NaN : report.intact() ? 1 : 0;
  }
}
