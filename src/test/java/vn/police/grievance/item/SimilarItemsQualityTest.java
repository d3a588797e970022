package vn.police.grievance.item;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The similar-items check measured on labelled pairs kept in the repository
 * (src/test/resources/similarity/pairs.tsv): paraphrases of the same matter, the same without
 * accents, and different matters of the same or another category. Prints precision and recall at
 * the chosen threshold and at its neighbours, and holds the quality the threshold was chosen for.
 */
class SimilarItemsQualityTest {

  record Pair(boolean same, String kind, String titleA, String contentA, String titleB, String contentB) {}

  static List<Pair> pairs() throws IOException {
    List<Pair> pairs = new ArrayList<>();
    try (InputStream in = SimilarItemsQualityTest.class.getResourceAsStream("/similarity/pairs.tsv")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        pairs.add(new Pair(f[0].equals("1"), f[1], f[2], f[3], f[4], f[5]));
      }
    }
    return pairs;
  }

  record Quality(double precision, double recall) {}

  static Quality at(List<Pair> pairs, double threshold) {
    int truePositive = 0;
    int falsePositive = 0;
    int falseNegative = 0;
    for (Pair p : pairs) {
      boolean flagged = Similarity.score(p.titleA(), p.contentA(), p.titleB(), p.contentB()) >= threshold;
      if (flagged && p.same()) {
        truePositive++;
      } else if (flagged) {
        falsePositive++;
      } else if (p.same()) {
        falseNegative++;
      }
    }
    return new Quality(
        truePositive + falsePositive == 0 ? 1 : truePositive / (double) (truePositive + falsePositive),
        truePositive / (double) (truePositive + falseNegative));
  }

  @Test
  void theLabelledPairsAreFoundWithHighPrecisionAndRecall() throws IOException {
    List<Pair> pairs = pairs();
    assertThat(pairs).hasSizeGreaterThanOrEqualTo(100);
    assertThat(pairs).anyMatch(Pair::same).anyMatch(p -> !p.same());
    System.out.printf("%nSimilar items on %d labelled pairs (%d of the same matter):%n", pairs.size(),
        pairs.stream().filter(Pair::same).count());
    for (double t : new double[] {Similarity.LIKELY_DUPLICATE - 0.1, Similarity.LIKELY_DUPLICATE - 0.05,
        Similarity.LIKELY_DUPLICATE, Similarity.LIKELY_DUPLICATE + 0.05, Similarity.LIKELY_DUPLICATE + 0.1}) {
      Quality q = at(pairs, t);
      System.out.printf("  threshold %.2f%s: precision %.2f, recall %.2f%n", t,
          t == Similarity.LIKELY_DUPLICATE ? " (chosen)" : "", q.precision(), q.recall());
    }
    Quality chosen = at(pairs, Similarity.LIKELY_DUPLICATE);
    assertThat(chosen.precision()).isGreaterThanOrEqualTo(0.9);
    assertThat(chosen.recall()).isGreaterThanOrEqualTo(0.85);
  }

  @Test
  void accentsAndCaseDoNotChangeTheScore() {
    double accented = Similarity.score("Chưa có trụ sở làm việc", "Làm việc nhờ", "Công an xã chưa có trụ sở", "Nhờ hội trường");
    double plain = Similarity.score("CHUA CO TRU SO LAM VIEC", "lam viec nho", "cong an xa chua co tru so", "nho hoi truong");
    assertThat(plain).isEqualTo(accented);
    assertThat(Similarity.score("Trụ sở", "", "Trụ sở", "")).isEqualTo(1.0);
    assertThat(Similarity.score("Trụ sở", "", "Phụ cấp", "")).isLessThan(Similarity.LIKELY_DUPLICATE);
  }
}
