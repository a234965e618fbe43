package dev.leibniz.core;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The results of differentiating other marked classes ({@link ClassLibrary#mayHaveCompanion}: which
 * companions a callee's class gets, and why not), shared by every library of one transformation: its
 * attempts, outlining tries, the oversized retry and the nested differentiations of other classes. Each
 * of those has a library of its own, and each differentiated a marked callee's class afresh, outlining
 * search included: JBullet's {@code TransformUtil} differentiated {@code MatrixUtil} (several seconds)
 * once itself and once more inside {@code Transform}'s differentiation. Owned by one call of {@link
 * ClassDifferentiator#differentiate} (made there, dropped with it): never shared between threads or
 * transformations.
 *
 * <p>A class's result depends on its bytes, the finder (one per transformation) and which classes are
 * being differentiated further up ({@link ClassLibrary}'s {@code inProgress}: a marked class up the
 * chain is taken to have its companions). A result is reused only where every class asked about
 * while computing it, at any depth, is in progress or not just as it was then: the same questions get
 * the same answers, so the differentiation would run the same.
 */
final class MarkedClassResults {
  /** A class's differentiation: the companions it gets ({@code name+desc}; read, never changed) and its diagnostics. */
  record Outcome(Set<String> companions, List<Diagnostic> diagnostics) {}

  /** One result, with the classes in progress when it was computed and every class asked about meanwhile. */
  private record Entry(Outcome outcome, Set<String> inProgress, Set<String> asked) {}

  private final Map<String, List<Entry>> byClass = new HashMap<>();
  /** The classes asked about by each differentiation under way (innermost last). */
  private final Deque<Set<String>> asking = new ArrayDeque<>();
  /** How many classes were differentiated (not reused): what a test counts. */
  int computed;

  /** Notes that {@code owner} was asked about by every differentiation under way. */
  void asked(String owner) {
    for (Set<String> a : asking) a.add(owner);
  }

  /**
   * {@code owner}'s outcome with {@code inProgress} up the chain ({@code owner} not among them): reused
   * when an earlier one asked only about classes whose being in progress is unchanged, else computed.
   */
  Outcome of(String owner, Set<String> inProgress, Supplier<Outcome> compute) {
    List<Entry> known = byClass.computeIfAbsent(owner, o -> new ArrayList<>());
    for (Entry e : known) {
      if (sameAnswers(e, inProgress)) {
        for (Set<String> a : asking) a.addAll(e.asked());
        return e.outcome();
      }
    }
    Set<String> asked = new HashSet<>();
    asking.addLast(asked);
    Outcome outcome;
    try {
      outcome = compute.get();
    } finally {
      asking.removeLast();
    }
    computed++;
    for (Set<String> a : asking) a.addAll(asked);
    known.add(new Entry(outcome, Set.copyOf(inProgress), Set.copyOf(asked)));
    return outcome;
  }

  private static boolean sameAnswers(Entry e, Set<String> inProgress) {
    for (String o : e.asked()) {
      if (e.inProgress().contains(o) != inProgress.contains(o)) return false;
    }
    return true;
  }
}
