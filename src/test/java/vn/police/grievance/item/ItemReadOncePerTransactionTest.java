package vn.police.grievance.item;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.police.grievance.support.ProcessDriver;

/**
 * An item read once in a transaction is kept as each of the repository's changes leaves it, so a
 * step's listeners read it without going back to the database: what they read must be exactly what
 * the database then holds, and nothing of it may outlive a transaction that rolls back.
 */
@SpringBootTest
@ActiveProfiles("test")
class ItemReadOncePerTransactionTest {

  @Autowired ItemRepository items;
  @Autowired ProcessDriver driver;
  @Autowired PlatformTransactionManager transactions;

  @Test
  void anItemChangedInATransactionReadsAsTheDatabaseThenHoldsIt() {
    long id = driver.submit("FACILITIES").id();
    OffsetDateTime at = OffsetDateTime.of(2026, 11, 30, 9, 15, 30, 123_456_789, ZoneOffset.ofHours(7));
    AtomicReference<GrievanceItem> kept = new AtomicReference<>();
    AtomicReference<GrievanceItem> stored = new AtomicReference<>();
    new TransactionTemplate(transactions).executeWithoutResult(status -> {
      items.findById(id).orElseThrow();
      items.updateRoute(id, Route.SEND_TO_DEPARTMENT, "dept-hau-can", at);
      items.updateStatus(id, ItemStatus.CLOSED, at.plusHours(1));
      items.incrementReopenCount(id, at.plusHours(2));
      items.updateStatus(id, ItemStatus.IN_TRIAGE, at.plusHours(3));
      kept.set(items.findById(id).orElseThrow());
      stored.set(items.findByReference(kept.get().reference()).orElseThrow());
    });

    assertThat(kept.get().route()).isEqualTo(Route.SEND_TO_DEPARTMENT);
    assertThat(kept.get().departmentId()).isEqualTo("dept-hau-can");
    assertThat(kept.get().status()).isEqualTo(ItemStatus.IN_TRIAGE);
    assertThat(kept.get().reopenCount()).isEqualTo(1);
    // kept to the nearest microsecond, as the database keeps it (…456789 → …457)
    assertThat(instant(kept.get().closedAt())).isEqualTo(instant(at.plusHours(1)).plusNanos(211));
    assertThat(normalized(kept.get())).isEqualTo(normalized(stored.get()));
    assertThat(normalized(items.findById(id).orElseThrow())).isEqualTo(normalized(stored.get()));
  }

  @Test
  void whatARolledBackTransactionChangedIsNotKept() {
    long id = driver.submit("FACILITIES").id();
    ItemStatus before = items.findById(id).orElseThrow().status();
    new TransactionTemplate(transactions).executeWithoutResult(status -> {
      items.findById(id).orElseThrow();
      items.updateStatus(id, ItemStatus.CLOSED, OffsetDateTime.now());
      assertThat(items.findById(id).orElseThrow().status()).isEqualTo(ItemStatus.CLOSED);
      status.setRollbackOnly();
    });
    new TransactionTemplate(transactions).executeWithoutResult(status ->
        assertThat(items.findById(id).orElseThrow().status()).isEqualTo(before));
  }

  /** The item with its times as instants to the microsecond: the database keeps no zone. */
  private static GrievanceItem normalized(GrievanceItem i) {
    return new GrievanceItem(i.id(), i.reference(), i.unitId(), i.category(), i.title(), i.content(), i.proposal(),
        i.contact(), i.status(), i.route(), i.departmentId(), i.submittedBy(), utc(i.submittedAt()), utc(i.updatedAt()),
        utc(i.closedAt()), i.processInstanceId(), i.reopenCount());
  }

  private static OffsetDateTime utc(OffsetDateTime t) {
    return t == null ? null : t.withOffsetSameInstant(ZoneOffset.UTC);
  }

  private static Instant instant(OffsetDateTime t) {
    return t == null ? null : t.toInstant();
  }
}
