package dev.leibniz.corpus;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.leibniz.corpus.Entry.Status;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.opentest4j.AssertionFailedError;

/**
 * The real-code corpus: numeric methods copied from public projects, each with
 * {@code @Differentiable} added to its entry method only, classified by {@link Classifier}. A test
 * fails when its entry is WRONG (unless the table marks it known-wrong: then it is skipped with the
 * reason, as {@code @Disabled} would), or when it fares worse than the table in {@link Corpus} expects;
 * an entry that fares better is reported as improved (update the table). The summary goes to
 * standard output and, as a table, to {@code target/corpus-report.md}.
 */
class RealCodeCorpusTest {
  private static final Map<String, Outcome> OUTCOMES = new ConcurrentHashMap<>();

  /**
   * As the agent does at start: callbacks nobody marked get their companions at their first call,
   * with premain's Instrumentation (which tells lambdas of one shape apart: ConstantPools).
   */
  @org.junit.jupiter.api.BeforeAll
  static void agent() {
    dev.leibniz.agent.FirstDispatch.install(false, net.bytebuddy.agent.ByteBuddyAgent.install());
  }

  @TestFactory
  Stream<DynamicTest> corpus() {
    // -Dcorpus.only=TEXT runs only the entries whose id contains TEXT (while working on one); TEXT|OTHER: either
    String[] only = System.getProperty("corpus.only", "").split("\\|");
    return Corpus.entries().stream().filter(e -> Stream.of(only).anyMatch(e.id()::contains))
        .map(e -> DynamicTest.dynamicTest(e.id(), () -> run(e)));
  }

  private static void run(Entry entry) {
    Outcome o;
    try {
      o = assertTimeoutPreemptively(Duration.ofSeconds(120), () -> Classifier.classify(entry));
    } catch (AssertionError e) {
      // a known-wrong entry at a point the differences cannot judge (they do not settle: SpringForce's critical damping,
      // whose neighbours' formulas cancel) stays skipped with both reasons; any other entry fails: choose another point
      if (entry.expected() != Status.WRONG || e.getMessage() == null || !e.getMessage().contains("do not settle")) throw e;
      OUTCOMES.put(entry.id(), Outcome.wrong(e.getMessage(), Classifier.ownDiagnostics(entry.type(), entry.method(),
          Classifier.differentiate(entry).diagnostics()))); // what the user sees at load, for the summary
      Assumptions.abort("known WRONG: " + entry.id() + " (" + entry.reason() + "); " + e.getMessage());
      return;
    }
    OUTCOMES.put(entry.id(), o);
    if (o.status() == Status.WRONG && entry.expected() == Status.WRONG) {
      // a known-wrong entry, reported to the lead; skipped (as @Disabled would) so that it stays visible
      Assumptions.abort("known WRONG: " + entry.id() + " (" + entry.reason() + "): " + o.detail());
    }
    if (o.status() == Status.WRONG) {
      throw new AssertionFailedError("WRONG: " + entry.id() + ": " + o.detail());
    }
    if (o.status().compareTo(entry.expected()) > 0) {
      throw new AssertionFailedError(
          "regression: " + entry.id() + " was " + entry.expected() + ", now " + o.status() + ": " + o.detail());
    }
    if (o.status().compareTo(entry.expected()) < 0) {
      System.out.println("corpus: improved: " + entry.id() + " is now " + o.status() + " (table says " + entry.expected() + ")");
    }
  }

  @AfterAll
  static void summary() {
    dev.leibniz.agent.FirstDispatch.uninstall();
    if (OUTCOMES.isEmpty()) return;
    Map<Status, Integer> counts = new TreeMap<>();
    Map<String, Integer> blockers = new TreeMap<>(), present = new TreeMap<>();
    StringBuilder refusals = new StringBuilder();
    for (Entry e : Corpus.entries()) {
      Outcome o = OUTCOMES.get(e.id());
      if (o == null) continue;
      counts.merge(o.status(), 1, Integer::sum);
      if (o.status() == Status.REFUSED) {
        blockers.merge(Blockers.firstOf(o.diagnostics()), 1, Integer::sum);
        for (String b : Blockers.allOf(o.diagnostics())) present.merge(b, 1, Integer::sum);
        refusals.append("  ").append(e.id()).append(": ").append(firstLine(o.detail())).append('\n');
      }
    }
    String line = String.format("corpus: %d correct, %d NaN at a warned point (correct elsewhere), %d refused, %d wrong",
        counts.getOrDefault(Status.CORRECT, 0), counts.getOrDefault(Status.NAN_AT_POINT, 0),
        counts.getOrDefault(Status.REFUSED, 0), counts.getOrDefault(Status.WRONG, 0));
    System.out.println(line);
    String warned = warnedWrong();
    System.out.println(warned);
    System.out.print(refusals);
    System.out.println("corpus: first blockers: " + Blockers.ranked(blockers));
    System.out.println("corpus: blockers present: " + Blockers.ranked(present));
    System.out.println("corpus: slowest classes (core CPU time): " + String.join(", ", CorpusLoader.slowest(15)));
    write(line + "\n\n" + warned, blockers, present);
  }

  /**
   * How many wrong entries the core warned of (a warning among the entry's diagnostics: what the user sees at load), and
   * which it did not: a wrong derivative without a warning is the worst outcome, so the summary names each.
   */
  private static String warnedWrong() {
    java.util.List<String> silent = new java.util.ArrayList<>();
    int wrong = 0;
    for (Entry e : Corpus.entries()) {
      Outcome o = OUTCOMES.get(e.id());
      if (o == null || o.status() != Status.WRONG) continue;
      wrong++;
      if (o.diagnostics().stream().noneMatch(d -> d.startsWith("leibniz: warning:"))) silent.add(e.id());
    }
    return String.format("corpus: of the %d wrong, %d with a warning of the core, %d without%s", wrong, wrong - silent.size(),
        silent.size(), silent.isEmpty() ? "" : ": " + String.join(", ", silent));
  }

  private static void write(String line, Map<String, Integer> blockers, Map<String, Integer> present) {
    StringBuilder md = new StringBuilder("# Real-code corpus report\n\n").append(line).append("\n\n");
    md.append("First blockers (refused entries): ").append(Blockers.ranked(blockers)).append("\n\n");
    md.append("Blockers present (an entry counts once per category): ").append(Blockers.ranked(present)).append("\n\n");
    md.append(constructTable());
    md.append("| entry | expected | now | first blocker | constructs | detail |\n|---|---|---|---|---|---|\n");
    for (Entry e : Corpus.entries()) {
      Outcome o = OUTCOMES.get(e.id());
      if (o == null) continue;
      String blocker = o.status() == Status.REFUSED ? Blockers.firstOf(o.diagnostics()) : "";
      md.append("| ").append(e.id()).append(" | ").append(e.expected()).append(" | ").append(o.status())
          .append(" | ").append(blocker).append(" | ").append(String.join(", ", Constructs.of(e.type())))
          .append(" | ").append(cell(o.detail())).append(" |\n");
    }
    try {
      Path out = Path.of("target", "corpus-report.md");
      Files.createDirectories(out.getParent());
      Files.writeString(out, md);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** For each construct: how many entries contain it and how many of those are correct. */
  private static String constructTable() {
    Map<String, int[]> byConstruct = new TreeMap<>();
    for (Entry e : Corpus.entries()) {
      Outcome o = OUTCOMES.get(e.id());
      if (o == null) continue;
      for (String c : Constructs.of(e.type())) {
        int[] n = byConstruct.computeIfAbsent(c, k -> new int[2]);
        n[0]++;
        if (o.status() == Status.CORRECT) n[1]++;
      }
    }
    StringBuilder md = new StringBuilder("| construct | entries | correct |\n|---|---:|---:|\n");
    byConstruct.forEach((c, n) -> md.append("| ").append(c).append(" | ").append(n[0]).append(" | ").append(n[1]).append(" |\n"));
    return md.append('\n').toString();
  }

  private static String cell(String s) {
    return s.replace("|", "\\|").replace("\n", "<br>");
  }

  private static String firstLine(String s) {
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl) + " (+" + (s.split("\n").length - 1) + " more)";
  }
}
