package vn.police.grievance.tracking;

import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.police.grievance.item.GrievanceItem;
import vn.police.grievance.item.ItemRepository;
import vn.police.grievance.item.ItemScope;
import vn.police.grievance.item.Similarity;
import vn.police.grievance.organisation.OrganisationService;
import vn.police.grievance.system.VietnameseText;

/**
 * Items that may be the same matter as a text: open ones, and those received in the last year,
 * that the person may see, scored by {@link Similarity} and ranked. A unit is warned before it
 * submits; triage sees the likely duplicates of any unit.
 */
@Component
public class SimilarItems {

  static final int CANDIDATES = 300;
  static final long RECENT_DAYS = 365;

  private final ItemRepository items;
  private final OrganisationService organisation;

  public SimilarItems(ItemRepository items, OrganisationService organisation) {
    this.items = items;
    this.organisation = organisation;
  }

  /** An item like the text, with how alike (0–1). */
  public record Similar(
      String reference, String unitId, String unitName, String title, String status, String statusLabel,
      OffsetDateTime submittedAt, double score) {}

  /** The likely duplicates of a text, most alike first; {@code exclude} leaves an item itself out. */
  public List<Similar> like(String title, String content, ItemScope scope, String exclude, OffsetDateTime now, int limit) {
    List<GrievanceItem> candidates =
        items.similarCandidates(VietnameseText.words(title), scope, now.minusDays(RECENT_DAYS), CANDIDATES);
    // scored and ranked first; only the few kept are named (a unit's name is a lookup)
    record Scored(GrievanceItem item, double score) {}
    Similarity.Prepared checked = Similarity.Prepared.of(title, content);
    return candidates.stream()
        .filter(i -> !i.reference().equals(exclude))
        .map(i -> new Scored(i, Similarity.score(checked, Similarity.Prepared.of(i.title(), i.content()))))
        .filter(s -> s.score() >= Similarity.LIKELY_DUPLICATE)
        .sorted(Comparator.comparingDouble(Scored::score).reversed())
        .limit(limit)
        .map(s -> new Similar(s.item().reference(), s.item().unitId(), organisation.shortNameOf(s.item().unitId()),
            s.item().title(), s.item().status().name(), s.item().status().labelVi(), s.item().submittedAt(), s.score()))
        .toList();
  }
}
