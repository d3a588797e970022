package vn.police.grievance.journal;

import vn.police.grievance.journal.AuditChain;
import java.time.Clock;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Removes journal rows once the items they belong to have been finished for longer than the
 * retention period, in the engine's nightly history-cleanup window. The chain is cut only as a
 * prefix: removal stops at the first row of an item still within retention (or still open), so an
 * item never loses part of its record and the rest of the chain verifies from the anchor left
 * behind. Several nodes may run it; the chain head's lock lets one of them do the work.
 */
@Component
public class AuditEventCleanup {

  private static final Logger LOG = LoggerFactory.getLogger(AuditEventCleanup.class);
  static final int BATCH = 1000;

  private final JdbcClient jdbc;
  private final AuditChain chain;
  private final RetentionProperties properties;
  private final Clock clock;

  public AuditEventCleanup(JdbcClient jdbc, AuditChain chain, RetentionProperties properties, Clock clock) {
    this.jdbc = jdbc;
    this.chain = chain;
    this.properties = properties;
    this.clock = clock;
  }

  @Scheduled(cron = "${grievance.retention.audit-cleanup-cron:0 */15 * * * *}")
  void inCleanupWindow() {
    // The engine reads its window in the server's time zone; so do we.
    if (properties.inCleanupWindow(LocalTime.now(clock.withZone(ZoneId.systemDefault())))) {
      long removed = cleanUp();
      if (removed > 0) {
        LOG.info("Retention: removed {} journal rows of items finished more than {} days ago", removed, properties.days());
      }
    }
  }

  /** Removes what the retention period allows, in batches; returns the number of rows removed. */
  public long cleanUp() {
    OffsetDateTime cutoff = OffsetDateTime.now(clock).minusDays(properties.days());
    long upTo = lastRemovablePosition(cutoff);
    long removed = 0;
    long from = chain.head().prunedUpToSeq();
    while (from < upTo) {
      long to = Math.min(upTo, from + BATCH);
      removed += chain.pruneUpTo(to);
      from = to;
    }
    return removed;
  }

  /** The last position before the first row whose item is open or finished within the period. */
  long lastRemovablePosition(OffsetDateTime cutoff) {
    AuditChain.Head head = chain.head();
    Long firstKept = jdbc.sql("SELECT MIN(e.seq) FROM item_event e JOIN grievance_item i ON i.id = e.item_id"
            + " WHERE e.seq > :pruned AND (i.closed_at IS NULL OR i.closed_at >= :cutoff)")
        .param("pruned", head.prunedUpToSeq())
        .param("cutoff", cutoff)
        .query(Long.class)
        .list()
        .get(0);
    return firstKept == null ? head.lastSeq() : firstKept - 1;
  }

  @Configuration(proxyBeanMethods = false)
  @EnableScheduling
  static class Scheduling {}
}
