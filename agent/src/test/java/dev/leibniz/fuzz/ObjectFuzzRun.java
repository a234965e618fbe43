package dev.leibniz.fuzz;

import dev.leibniz.core.ClassDifferentiator;
import dev.leibniz.core.Diagnostic;
import dev.leibniz.core.Result;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs the object fuzzer: batches of generated {@link ObjectProgram}s, each program's classes
 * nested in one batch class, compiled in memory with an all-double twin; every marked class is
 * differentiated as the agent would, verified, loaded and checked by {@link ObjectProgramChecker}.
 * A program passes when its companions are right, or when it is refused with a located diagnostic
 * (a line, and not an internal error); anything else fails, and the first failures are minimised
 * (statements and blocks deleted while the failure stays the same) to a short reproducer.
 */
final class ObjectFuzzRun {
  static final int BATCH = 50;
  private static final String PACKAGE = "dev.leibniz.fuzzobj";

  private final long seed;
  private final ObjectProgramGenerator generator;
  final AtomicInteger programs = new AtomicInteger();
  final AtomicInteger checked = new AtomicInteger();
  final AtomicInteger tangentChecked = new AtomicInteger();
  final AtomicInteger dotChecked = new AtomicInteger();
  final AtomicInteger refused = new AtomicInteger();
  final AtomicInteger adjointRefused = new AtomicInteger();
  /** Refusal reasons (the first line, numbers and names blurred) and how often each came. */
  final Map<String, Integer> reasons = new ConcurrentHashMap<>();
  /** Failures by program index: why, and the program. */
  final Map<Integer, String> failures = new ConcurrentHashMap<>();
  final Map<Integer, ObjectProgram> failed = new ConcurrentHashMap<>();

  ObjectFuzzRun(long seed) {
    this.seed = seed;
    this.generator = new ObjectProgramGenerator(seed);
  }

  void run(int start, int count) {
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors())), r -> {
      Thread t = new Thread(r, "leibniz-objfuzz");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<?>> batches = new ArrayList<>();
      for (int first = start; first < start + count; first += BATCH) {
        int from = first, to = Math.min(start + count, first + BATCH);
        batches.add(pool.submit(() -> {
          List<ObjectProgram> ps = new ArrayList<>();
          for (int i = from; i < to; i++) ps.add(generator.generate(i));
          Map<Integer, String> outcome = runBatch(ps, true);
          outcome.forEach((i, why) -> {
            failures.put(i, why);
            failed.put(i, ps.get(i - from));
          });
        }));
      }
      for (Future<?> f : batches) f.get();
    } catch (Exception e) {
      throw new IllegalStateException("object fuzz run aborted", e);
    } finally {
      pool.shutdownNow();
    }
  }

  static Map<String, String> sources(List<ObjectProgram> ps, String suffix) {
    StringBuilder batch = new StringBuilder();
    for (ObjectProgram p : ps) batch.append(p.source()).append('\n');
    String text = batch.toString();
    String widened = text.replace("Float.intBitsToFloat(Float.floatToIntBits(", "((").replaceAll("\\bfloat\\b", "double");
    Map<String, String> units = new LinkedHashMap<>();
    units.put(PACKAGE + ".ObjBatch" + suffix, "package " + PACKAGE + ";\n\nfinal class ObjBatch" + suffix + " {\n" + text + "}\n");
    units.put(PACKAGE + ".ObjTwin" + suffix, "package " + PACKAGE + ";\n\nfinal class ObjTwin" + suffix + " {\n" + widened + "}\n");
    return units;
  }

  /**
   * Compiles, differentiates and checks one batch; returns the failures by program index. With
   * {@code count}, the counters are updated (not while minimising).
   */
  Map<Integer, String> runBatch(List<ObjectProgram> ps, boolean count) {
    Map<Integer, String> failures = new TreeMap<>();
    String suffix = Integer.toString(ps.get(0).index());
    Map<String, byte[]> compiled;
    try {
      compiled = InMemoryCompiler.compile(sources(ps, suffix));
    } catch (IllegalArgumentException e) {
      for (ObjectProgram p : ps) failures.put(p.index(), "GENERATOR BUG: batch does not compile: " + e.getMessage());
      return failures;
    }
    String batch = PACKAGE + ".ObjBatch" + suffix, twin = PACKAGE + ".ObjTwin" + suffix;
    Map<String, byte[]> withCompanions = new HashMap<>(compiled);
    Map<Integer, List<Diagnostic>> diagnostics = new HashMap<>();
    for (ObjectProgram p : ps) {
      String name = p.markedClass(batch);
      Result result;
      try {
        result = new ClassDifferentiator(n -> compiled.get(n.replace('/', '.'))).differentiate(compiled.get(name));
      } catch (Throwable t) {
        failures.put(p.index(), "differentiate throws " + FuzzRun.trace(t));
        continue;
      }
      diagnostics.put(p.index(), result.diagnostics());
      if (result.transformed() != null) {
        String rejected = FuzzRun.verify(result.transformed(), compiled);
        if (rejected != null) {
          failures.put(p.index(), rejected);
          continue;
        }
        withCompanions.put(name, result.transformed());
      }
    }
    ByteClassLoader plain = new ByteClassLoader(compiled), after = new ByteClassLoader(withCompanions);
    for (ObjectProgram p : ps) {
      if (failures.containsKey(p.index())) {
        if (count) programs.incrementAndGet();
        continue;
      }
      String failure = check(p, batch, twin, plain, after, diagnostics.get(p.index()), count);
      if (failure != null) failures.put(p.index(), failure);
      if (count) programs.incrementAndGet();
    }
    return failures;
  }

  private String check(ObjectProgram p, String batch, String twin, ByteClassLoader plain, ByteClassLoader after,
      List<Diagnostic> diagnostics, boolean count) {
    boolean adjoint = true;
    for (Diagnostic d : diagnostics) {
      if (d.line() <= 0 || d.reason().contains("internal")) {
        return "unlocated or internal diagnostic: " + d.message();
      }
      if (d.warning()) {
        if (d.reason().contains("no adjoint companion") || d.mode().equals("adjoint")) {
          adjoint = false;
        }
        continue;
      }
      if (Boolean.getBoolean("leibniz.objfuzz.strict")) {
        return "refused (-Dleibniz.objfuzz.strict): " + blur(d.reason()); // to minimise a refusal
      }
      if (count) {
        refused.incrementAndGet();
        reasons.merge(blur(d.reason()), 1, Integer::sum);
        if (Boolean.getBoolean("leibniz.objfuzz.verbose")) System.out.println("refused: " + d.message() + "\n" + p.source());
      }
      return null; // refused with a located diagnostic: allowed
    }
    if (!adjoint && count) {
      adjointRefused.incrementAndGet();
      for (Diagnostic d : diagnostics) if (d.warning()) reasons.merge("(warning) " + blur(d.reason()), 1, Integer::sum);
    }
    ObjectProgramChecker.Verdict v;
    try {
      ObjectProgramChecker checker = new ObjectProgramChecker(plain.load(p.markedClass(batch)), after.load(p.markedClass(batch)),
          plain.load(p.markedClass(twin)));
      v = checkWithTimeout(checker, p, adjoint);
    } catch (Throwable t) {
      return "the classes do not load: " + FuzzRun.trace(t);
    }
    if (v.failure() != null) return v.failure();
    if (count) {
      checked.incrementAndGet();
      if (v.tangentChecked()) tangentChecked.incrementAndGet();
      if (v.dotChecked()) dotChecked.incrementAndGet();
    }
    return null;
  }

  private ObjectProgramChecker.Verdict checkWithTimeout(ObjectProgramChecker checker, ObjectProgram p, boolean adjoint) {
    ObjectProgramChecker.Verdict[] verdict = new ObjectProgramChecker.Verdict[1];
    Thread t = new Thread(() -> {
      try {
        verdict[0] = checker.check(p, pointSeed(p), adjoint);
      } catch (Throwable e) {
        verdict[0] = new ObjectProgramChecker.Verdict("check throws " + FuzzRun.trace(e), false, false);
      }
    }, "leibniz-objfuzz-" + p.name());
    t.setDaemon(true);
    t.start();
    try {
      t.join(30_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return t.isAlive() ? new ObjectProgramChecker.Verdict("timeout: more than 30 s", false, false) : verdict[0];
  }

  private long pointSeed(ObjectProgram p) {
    return seed * 31 + p.index();
  }

  /** A refusal reason with names and numbers blurred, so that the same reason counts once. */
  static String blur(String reason) {
    String first = reason.lines().findFirst().orElse("");
    return first.replaceAll("f\\d+_", "f_").replaceAll("\\d+", "N");
  }

  /**
   * A shorter program failing the same way: deletes lines and blocks of the program's source
   * (keeping the signature) while the failure's first words stay, within {@code budget} checks.
   */
  ObjectProgram minimise(ObjectProgram p, String failure, int budget) {
    String kind = kindOf(failure);
    List<String> lines = new ArrayList<>(List.of(p.source().split("\n", -1)));
    boolean progress = true;
    while (progress && budget > 0) {
      progress = false;
      for (int i = 0; i < lines.size() && budget > 0; i++) {
        String line = lines.get(i).trim();
        if (line.isEmpty() || line.startsWith("@") || line.contains(" run(") || line.equals("}") || line.startsWith("return")
            && !line.contains(";")) {
          continue;
        }
        int end = line.endsWith("{") ? closing(lines, i) : i;
        if (end < 0) continue;
        List<String> shorter = new ArrayList<>(lines.subList(0, i));
        shorter.addAll(lines.subList(end + 1, lines.size()));
        ObjectProgram q = new ObjectProgram(p.index(), p.name(), p.instance(), p.params(), p.returnsDouble(), String.join("\n", shorter));
        budget--;
        String again = runBatch(List.of(q), false).get(q.index());
        if (again != null && kindOf(again).equals(kind)) {
          lines = shorter;
          p = q;
          progress = true;
          i--;
        }
      }
    }
    return p;
  }

  private static int closing(List<String> lines, int open) {
    int depth = 0;
    for (int j = open; j < lines.size(); j++) {
      String l = lines.get(j);
      for (char c : l.toCharArray()) {
        if (c == '{') depth++;
        if (c == '}') depth--;
      }
      if (depth == 0) return j;
    }
    return -1;
  }

  private static String kindOf(String failure) {
    String first = failure.lines().findFirst().orElse("");
    int cut = first.indexOf(" at ");
    return blur(cut < 0 ? first.substring(0, Math.min(40, first.length())) : first.substring(0, cut));
  }

  String summary() {
    return String.format("leibniz object fuzz: seed %d, %d programs: %d checked (tangent against finite differences for %d,"
        + " dot-product test for %d; adjoint refused with a located warning for %d), %d refused with a located diagnostic, %d failed",
        seed, programs.get(), checked.get(), tangentChecked.get(), dotChecked.get(), adjointRefused.get(), refused.get(), failures.size());
  }

  /** The reasons for refusals, most frequent first. */
  String reasonsTable() {
    StringBuilder sb = new StringBuilder();
    reasons.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue())
        .forEach(e -> sb.append(String.format("%6d  %s%n", e.getValue(), e.getKey())));
    return sb.toString();
  }

  /** The failures, the first {@code detailed} minimised to a reproducer. */
  String describeFailures(int detailed) {
    StringBuilder sb = new StringBuilder(summary()).append('\n');
    int shown = 0;
    for (Map.Entry<Integer, String> f : new TreeMap<>(failures).entrySet()) {
      ObjectProgram p = failed.get(f.getKey());
      if (shown++ < detailed) {
        ObjectProgram small = f.getValue().startsWith("GENERATOR BUG") ? p : minimise(p, f.getValue(), 120);
        String why = small == p ? f.getValue() : runBatch(List.of(small), false).getOrDefault(small.index(), f.getValue());
        sb.append("\n=== object program ").append(p.index()).append(" of seed ").append(seed).append(" FAILED ===\n")
            .append(why.length() > 3000 ? why.substring(0, 3000) + "..." : why)
            .append("\n--- minimised reproducer (").append(small.source().lines().count()).append(" of ")
            .append(p.source().lines().count()).append(" lines; run() is ").append(p.instance() ? "an instance" : "a static")
            .append(" method) ---\n").append(small.source())
            .append("\n--- rerun alone: -Dleibniz.objfuzz.seed=").append(seed).append(" -Dleibniz.objfuzz.start=").append(p.index())
            .append(" -Dleibniz.objfuzz.count=1\n");
      } else {
        String why = f.getValue();
        sb.append("also failed: object program ").append(p.index()).append(": ")
            .append(why, 0, Math.min(200, why.indexOf('\n') < 0 ? why.length() : why.indexOf('\n'))).append('\n');
      }
    }
    return sb.toString();
  }
}
