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
  private final vn.police.grievance.document.DocumentRegister register;
  private final vn.police.grievance.letter.OutgoingLetters letters;
  private final TransactionTemplate readOnly;

  AuditService(
      AuditRepository audit,
      ItemRepository items,
      AuditTrail trail,
      AuditChain chain,
      OrganisationService organisation,
      PlatformTransactionManager transactions,
      vn.police.grievance.document.DocumentRegister register,
      vn.police.grievance.letter.OutgoingLetters letters) {
    this.register = register;
    this.letters = letters;
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

  /** The item's official documents, each checked now against its hashes and its signature. */
  public java.util.List<DocumentCheck> documents(String reference) {
    GrievanceItem item = items.findByReference(reference).orElseThrow(() -> new NotFoundException("No item " + reference));
    return register.search(new vn.police.grievance.document.DocumentRegister.Query(null, null, null, null, item.id()), 200)
        .stream()
        .sorted(java.util.Comparator.comparing(vn.police.grievance.document.DocumentRegister.Issued::id))
        .map(this::check)
        .toList();
  }

  private DocumentCheck check(vn.police.grievance.document.DocumentRegister.Issued d) {
    boolean hashes =
        vn.police.grievance.document.DocumentRegister.sha256(register.pdf(d.id())).equals(d.pdfSha256())
            && vn.police.grievance.document.DocumentRegister.sha256(register.docx(d.id())).equals(d.docxSha256());
    var signature = letters.verify(d);
    String finding = (hashes ? "Tệp khớp mã băm đã lưu. " : "Tệp KHÔNG khớp mã băm đã lưu: đã bị thay đổi. ") + signature.describe();
    return new DocumentCheck(
        d.id(), d.numberAndSymbol(), d.purpose(), d.issuedAt(), d.addressee(), d.signerId(), d.signerName(), d.pdfSha256(),
        d.docxSha256(), d.certificateSubject(), d.demoCertificate(), hashes, signature.valid(), finding);
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
