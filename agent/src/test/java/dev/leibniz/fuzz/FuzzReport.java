package dev.leibniz.fuzz;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** Counts and failures of one fuzz run; thread-safe, since batches run in parallel. */
final class FuzzReport {
  private static final int DETAILED = 10;

  final long seed;
  final AtomicInteger programs = new AtomicInteger();
  final AtomicInteger passed = new AtomicInteger();
  final AtomicInteger tangentChecked = new AtomicInteger();
  final AtomicInteger dotChecked = new AtomicInteger();
  private final List<Failure> failures = new ArrayList<>();
  final java.util.concurrent.atomic.AtomicLong compileNanos = new java.util.concurrent.atomic.AtomicLong();
  final java.util.concurrent.atomic.AtomicLong differentiateNanos = new java.util.concurrent.atomic.AtomicLong();
  final java.util.concurrent.atomic.AtomicLong checkNanos = new java.util.concurrent.atomic.AtomicLong();
  volatile long elapsedNanos;

  record Failure(Program program, String why) {}

  FuzzReport(long seed) {
    this.seed = seed;
  }

  void record(Program p, ProgramChecker.Verdict v) {
    if (v.failure() != null) {
      fail(p, v.failure());
      return;
    }
    programs.incrementAndGet();
    passed.incrementAndGet();
    if (v.tangentChecked()) {
      tangentChecked.incrementAndGet();
    }
    if (v.dotChecked()) {
      dotChecked.incrementAndGet();
    }
  }

  synchronized void fail(Program p, String why) {
    programs.incrementAndGet();
    failures.add(new Failure(p, why));
  }

  synchronized List<Failure> failures() {
    List<Failure> sorted = new ArrayList<>(failures);
    sorted.sort(Comparator.comparingInt(f -> f.program().index()));
    return sorted;
  }

  String summary() {
    return String.format(
        "leibniz fuzz: seed %d, %d programs, %d passed, %d failed; tangent checked against finite differences"
            + " for %d, dot-product test for %d; %.1f s (thread time: javac %.1f s, core %.1f s, checks %.1f s)",
        seed, programs.get(), passed.get(), failures().size(), tangentChecked.get(), dotChecked.get(),
        elapsedNanos / 1e9, compileNanos.get() / 1e9, differentiateNanos.get() / 1e9, checkNanos.get() / 1e9);
  }

  /** The first failures in full (program source, seed, index, how to rerun it alone), then the rest by index. */
  String describeFailures() {
    List<Failure> all = failures();
    StringBuilder sb = new StringBuilder(summary()).append('\n');
    for (int i = 0; i < all.size(); i++) {
      Failure f = all.get(i);
      Program p = f.program();
      if (i < DETAILED) {
        sb.append("\n=== program ").append(p.index()).append(" of seed ").append(seed).append(" FAILED ===\n")
            .append(f.why()).append("\n--- source ---\n").append(p.source())
            .append("--- rerun alone: mvn -B -ntp -pl agent -am test -Dtest=FuzzTest -Dsurefire.failIfNoSpecifiedTests=false")
            .append(" -Dleibniz.fuzz.seed=").append(seed).append(" -Dleibniz.fuzz.start=").append(p.index())
            .append(" -Dleibniz.fuzz.count=1 (or: FuzzMain ").append(seed).append(" 1 ").append(p.index())
            .append(")\n");
      } else {
        String why = f.why();
        sb.append("also failed: program ").append(p.index()).append(": ")
            .append(why, 0, Math.min(200, why.indexOf('\n') < 0 ? why.length() : why.indexOf('\n'))).append('\n');
      }
    }
    return sb.toString();
  }
}
