package vn.police.grievance.audit;

import vn.police.grievance.journal.ChainReport;
import vn.police.grievance.journal.AuditChain;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.police.grievance.item.GrievanceItem;
import vn.police.grievance.item.ItemRepository;
import vn.police.grievance.tracking.ItemView.Labelled;
import vn.police.grievance.item.Page;
import vn.police.grievance.organisation.OrganisationService;
import vn.police.grievance.system.NotFoundException;

/** What auditors read: items by criteria, one item's file, the state of the journal's chain. */
@Service
public class AuditService {

  private final AuditRepository audit;
  private final ItemRepository items;
  private final AuditTrail trail;
  private final AuditChain chain;
  private final OrganisationService organisation;
  private final TransactionTemplate readOnly;

  AuditService(
      AuditRepository audit,
      ItemRepository items,
      AuditTrail trail,
      AuditChain chain,
      OrganisationService organisation,
      PlatformTransactionManager transactions) {
    this.audit = audit;
    this.items = items;
    this.trail = trail;
    this.chain = chain;
    this.organisation = organisation;
    this.readOnly = new TransactionTemplate(transactions);
    readOnly.setReadOnly(true);
  }

  public Page<AuditItem> search(AuditQuery query, int page, int size) {
    Function<String, String> names = cachedNames();
    return audit.search(query, page, size).map(item -> summary(item, names));
  }

  /** Every matching item, newest first, read in batches inside one read-only transaction. */
  public void forEach(AuditQuery query, Consumer<AuditItem> consumer) {
    Function<String, String> names = cachedNames();
    readOnly.executeWithoutResult(status -> audit.forEach(query, item -> consumer.accept(summary(item, names))));
  }

  private Function<String, String> cachedNames() {
    Map<String, String> cache = new HashMap<>();
    return id -> cache.computeIfAbsent(id, organisation::nameOf);
  }

  public ItemFile file(String reference) {
    GrievanceItem item = items.findByReference(reference).orElseThrow(() -> new NotFoundException("No item " + reference));
    return readOnly.execute(status -> trail.fileOf(item));
  }

  public ChainReport verify() {
    return chain.verify();
  }

  public AuditChain.Head chainHead() {
    return chain.head();
  }

  private static AuditItem summary(GrievanceItem item, Function<String, String> names) {
    return new AuditItem(
        item.reference(),
        new Labelled(item.unitId(), names.apply(item.unitId())),
        new Labelled(item.category().name(), item.category().labelVi()),
        item.title(),
        new Labelled(item.status().name(), item.status().labelVi()),
        item.route() == null ? null : new Labelled(item.route().name(), AuditLabels.ROUTES.get(item.route())),
        item.departmentId() == null ? null : new Labelled(item.departmentId(), names.apply(item.departmentId())),
        item.submittedBy(),
        item.submittedAt(),
        item.closedAt(),
        item.reopenCount(),
        item.closedAt() != null,
        item.processInstanceId());
  }
}
