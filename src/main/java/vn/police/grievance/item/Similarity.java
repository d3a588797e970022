package vn.police.grievance.item;

import java.util.HashSet;
import java.util.Set;
import vn.police.grievance.system.VietnameseText;

/**
 * How alike two items read, from 0 to 1, whatever accents or word order they were typed with: the
 * Dice coefficient of the character trigrams of their folded words, the title weighing more than
 * the content (a unit raising the same matter twice rewords the details more than the subject).
 * Pure and cheap: a few hundred candidates are scored per check. {@link #LIKELY_DUPLICATE} was
 * chosen on the labelled pairs in the tests (SimilarItemsQualityTest prints precision and recall).
 */
public final class Similarity {

  /** At or above this, an item is shown as a likely duplicate. */
  public static final double LIKELY_DUPLICATE = 0.47;

  static final double TITLE_WEIGHT = 0.6;

  private Similarity() {}

  public static double score(String titleA, String contentA, String titleB, String contentB) {
    return score(Prepared.of(titleA, contentA), Prepared.of(titleB, contentB));
  }

  /** How alike two texts already folded into trigrams read. */
  public static double score(Prepared a, Prepared b) {
    return TITLE_WEIGHT * dice(a.title, b.title) + (1 - TITLE_WEIGHT) * dice(a.all, b.all);
  }

  /**
   * A text folded into its trigrams once: the text being checked is compared with a few hundred
   * candidates, and folding and cutting it again for each was most of a check's work.
   */
  public static final class Prepared {
    private final Set<String> title;
    private final Set<String> all;

    private Prepared(Set<String> title, Set<String> all) {
      this.title = title;
      this.all = all;
    }

    public static Prepared of(String title, String content) {
      return new Prepared(trigrams(VietnameseText.fold(title)), trigrams(VietnameseText.foldAll(title, content)));
    }
  }

  /** The trigrams of each word, padded so that short words and word starts count. */
  static Set<String> trigrams(String folded) {
    Set<String> grams = new HashSet<>();
    if (folded == null) {
      return grams;
    }
    for (String word : folded.split(" ")) {
      if (word.isEmpty()) {
        continue;
      }
      String padded = "  " + word + " ";
      for (int i = 0; i + 3 <= padded.length(); i++) {
        grams.add(padded.substring(i, i + 3));
      }
    }
    return grams;
  }

  static double dice(Set<String> a, Set<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    int common = 0;
    for (String gram : a) {
      if (b.contains(gram)) {
        common++;
      }
    }
    return 2.0 * common / (a.size() + b.size());
  }
}
