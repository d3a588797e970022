package vn.police.grievance.figures;

import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Percentiles of whole working days from a histogram (days → items), by the nearest-rank rule:
 * the smallest value with at least p·n of the items at or below it. Always a value some item
 * really took, and the same on every database (the histogram is counted in SQL, the rank here).
 */
final class Percentiles {

  private Percentiles() {}

  static Integer of(Map<Integer, Long> histogram, double p) {
    NavigableMap<Integer, Long> sorted = new TreeMap<>(histogram);
    long n = sorted.values().stream().mapToLong(Long::longValue).sum();
    if (n == 0) {
      return null;
    }
    long rank = Math.max(1, (long) Math.ceil(p * n));
    long seen = 0;
    for (Map.Entry<Integer, Long> e : sorted.entrySet()) {
      seen += e.getValue();
      if (seen >= rank) {
        return e.getKey();
      }
    }
    return sorted.lastKey();
  }
}
