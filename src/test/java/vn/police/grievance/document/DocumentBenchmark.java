package vn.police.grievance.document;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What an answer letter costs to issue, part by part: the PDF laid out, the PDF signed, the DOCX
 * laid out (ADR 8 issues all three in the sign-off's transaction). Prints medians; asserts nothing.
 * Run with {@code ./mvnw test -Pbenchmark -Dtest=DocumentBenchmark}.
 */
@Tag("benchmark")
class DocumentBenchmark {

  static final int WARM_UP = Integer.getInteger("bench.warmUp", 200);
  static final int RUNS = Integer.getInteger("bench.runs", 200);

  @TempDir Path keys;

  @Test
  void measureTheLetterPartByPart() {
    AdministrativeDocuments documents = new AdministrativeDocuments();
    PdfSignatures signatures = new PdfSignatures();
    SigningKey key = new SigningKeys(new SigningProperties(null, keys, null, null, null, null, null, null, null, null),
        PdfSignaturesTest.ISSUER).of("lanhdao", "Nguyễn Văn A");
    AdministrativeDocument letter = SampleDocuments.notice(3, false);
    byte[] pdf = documents.pdf(letter);

    StringBuilder out = new StringBuilder(String.format("%n=== What an issued letter costs, median of %d after %d warm-up ===%n", RUNS, WARM_UP));
    out.append(line("PDF laid out", () -> documents.pdf(letter)));
    out.append(line("PDF signed", () -> signatures.sign(pdf, key, "Nguyễn Văn A", "Ký ban hành", "Tây Ninh", PdfSignaturesTest.AT)));
    out.append(line("DOCX laid out", () -> documents.docx(letter)));
    System.out.println(out);
  }

  private static String line(String what, Supplier<byte[]> work) {
    for (int i = 0; i < WARM_UP; i++) {
      work.get();
    }
    List<Long> times = new ArrayList<>();
    int bytes = 0;
    for (int i = 0; i < RUNS; i++) {
      long t0 = System.nanoTime();
      bytes = work.get().length;
      times.add(System.nanoTime() - t0);
    }
    Collections.sort(times);
    return String.format("  %-16s %7.2f ms  (p90 %.2f ms, %,d bytes)%n", what, times.get(RUNS / 2) / 1e6, times.get(RUNS * 9 / 10) / 1e6, bytes);
  }
}
