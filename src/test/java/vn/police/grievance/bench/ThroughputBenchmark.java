package vn.police.grievance.bench;

import static vn.police.grievance.support.ProcessTestSupport.answerNow;
import static vn.police.grievance.support.ProcessTestSupport.approve;
import static vn.police.grievance.support.ProcessTestSupport.immediateAnswer;
import static vn.police.grievance.support.ProcessTestSupport.satisfied;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import vn.police.grievance.item.GrievanceItem;
import vn.police.grievance.support.ProcessDriver;

/**
 * A harness, not a test: prints how long submissions and whole immediate-answer routes take and
 * how much heap they use, on whatever database GRIEVANCE_TEST_DB_URL points at. Never asserts a
 * time. Run with {@code ./mvnw test -Dgroups=benchmark -Dtest=ThroughputBenchmark}; excluded
 * from the normal build.
 */
@Tag("benchmark")
@SpringBootTest
@ActiveProfiles("test")
class ThroughputBenchmark {

  static final int WARM_UP = 20;
  static final int ROUNDS = Integer.getInteger("bench.rounds", 200);

  @Autowired ProcessDriver driver;

  @Test
  void measureSubmissionAndImmediateAnswerRoute() {
    for (int i = 0; i < WARM_UP; i++) {
      route(driver.submit("REPORTING"));
    }
    System.gc();
    long heapBefore = usedHeap();
    List<Long> submit = new ArrayList<>();
    List<Long> wholeRoute = new ArrayList<>();
    long started = System.nanoTime();
    for (int i = 0; i < ROUNDS; i++) {
      long t0 = System.nanoTime();
      GrievanceItem item = driver.submit("REPORTING");
      long t1 = System.nanoTime();
      route(item);
      long t2 = System.nanoTime();
      submit.add(t1 - t0);
      wholeRoute.add(t2 - t0);
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    long heapAfter = usedHeap();
    System.out.printf("%n=== Grievance handling benchmark (%d rounds) ===%n", ROUNDS);
    System.out.printf("submit (API service, item + process start): %s%n", summary(submit));
    System.out.printf("whole immediate-answer route (6 steps):     %s%n", summary(wholeRoute));
    System.out.printf("items through the route per second:         %.1f%n", ROUNDS / seconds);
    System.out.printf("heap used before/after: %d MiB / %d MiB%n%n", heapBefore >> 20, heapAfter >> 20);
  }

  private void route(GrievanceItem item) {
    driver.complete(item, "userTask_triage", "tiepnhan", answerNow("MAU-01/2026/CAT"));
    driver.complete(item, "userTask_draftImmediateAnswer", "tiepnhan", immediateAnswer("Trả lời", "MAU-01/2026/CAT"));
    driver.complete(item, "userTask_leadershipSignOff", "lanhdao", approve());
    driver.runAsyncJobs(item);
    driver.complete(item, "userTask_confirmAnswer", "xa.longhoa", satisfied());
  }

  private static String summary(List<Long> nanos) {
    List<Long> sorted = new ArrayList<>(nanos);
    Collections.sort(sorted);
    return String.format("p50 %.1f ms, p95 %.1f ms, max %.1f ms",
        sorted.get(sorted.size() / 2) / 1e6, sorted.get((int) (sorted.size() * 0.95)) / 1e6, sorted.get(sorted.size() - 1) / 1e6);
  }

  private static long usedHeap() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }
}
