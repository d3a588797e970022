package vn.police.grievance.operations;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import vn.police.grievance.item.Category;
import vn.police.grievance.item.ItemRegistered;

/**
 * {@code grievance_items_received_total{category}}: items received by this node since it started,
 * from every channel, counted when their transaction commits (a rolled-back submission does not
 * count). Every category is present from the start, at zero, so that rates need no special case.
 */
@Component
class ReceivedItemsCounter {

  static final String NAME = "grievance.items.received";

  private final Map<Category, Counter> counters = new EnumMap<>(Category.class);

  ReceivedItemsCounter(MeterRegistry registry) {
    for (Category category : Category.values()) {
      counters.put(
          category,
          Counter.builder(NAME)
              .description("Items received (kiến nghị đã tiếp nhận), by category")
              .tag("category", category.name())
              .register(registry));
    }
  }

  @TransactionalEventListener(fallbackExecution = true)
  void onRegistered(ItemRegistered event) {
    counters.get(event.category()).increment();
  }
}
