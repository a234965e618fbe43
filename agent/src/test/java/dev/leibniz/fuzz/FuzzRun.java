package dev.leibniz.fuzz;

import dev.leibniz.core.ClassDifferentiator;
import dev.leibniz.core.ClassFinder;
import dev.leibniz.core.Diagnostic;
import dev.leibniz.core.Result;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.util.CheckClassAdapter;
import org.objectweb.asm.util.Textifier;
import org.objectweb.asm.util.TraceMethodVisitor;

/**
 * Runs the fuzzer: generates programs in batches of {@value #BATCH} (one class of static methods
 * per batch, plus its all-double shadow), compiles each batch in memory, differentiates it with the
 * core, checks the class (no diagnostics, {@code CheckClassAdapter}, JVM verifier, original methods
 * unchanged) and then every program with {@link ProgramChecker}. When a whole batch fails (the core
 * throws, or the class does not verify) the batch is bisected, within a budget of compilations, to
 * name the culprits.
 */
final class FuzzRun {
  static final int BATCH = 100;
  private static final String PACKAGE = "dev.leibniz.fuzzgen";
  private static final long TIMEOUT_SECONDS = 30;

  private final long seed;
  private final ProgramGenerator generator;
  /** Compilations left for bisecting failing batches down to the failing programs. */
  private final AtomicInteger bisectionsLeft = new AtomicInteger(16);

  FuzzRun(long seed) {
    this(seed, true);
  }

  /** See {@link ProgramGenerator#ProgramGenerator(long, boolean, boolean)}: with other classes, lambdas, library jars and rules too. */
  FuzzRun(long seed, boolean otherClasses) {
    this.seed = seed;
    this.generator = new ProgramGenerator(seed, otherClasses, true);
  }

  /** The library classes generated programs call by their bytecode (Hipparchus {@code Erf}, {@code Gamma}). */
  private static final String LIBRARY = "org/hipparchus/special/";

  /**
   * The class files the core may read: the batch's, and the library jar's Hipparchus special functions
   * (through the test class loader, as the agent reads a library through its loader). The JDK and
   * {@code FastMath} are left to the core's rules by name, as before library calls were generated. With
   * {@code FastMath}'s class file readable, one program of the default run (seed 20250601, program 443)
   * is refused in adjoint mode: it calls an overridable method of a nested class ({@code f443_r[1].g(..)},
   * which calls {@code FastMath.acosh}) and then writes its array parameter; the callee's writes are then
   * known (none), and {@code core.FieldReads} takes a call an override may answer as reading fields.
   * Unreadable, {@code FastMath} leaves the callee's writes unknown, and such a callee is reversed jointly
   * without that check. (A callee calling {@code FastMath} itself is no longer refused:
   * {@code oracle.FieldFreeCalleesTest}.)
   */
  static ClassFinder finder(Map<String, byte[]> compiled) {
    ClassFinder library = ClassFinder.of(FuzzRun.class.getClassLoader());
    return n -> {
      byte[] own = compiled.get(n.replace('/', '.'));
      return own != null || !n.startsWith(LIBRARY) ? own : library.find(n);
    };
  }

  /** Generates, compiles, differentiates and checks programs {@code start .. start+count-1}. */
  FuzzReport run(int start, int count) {
    long t0 = System.nanoTime();
    FuzzReport report = new FuzzReport(seed);
    int threads = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
    ExecutorService pool = Executors.newFixedThreadPool(threads, daemon("leibniz-fuzz"));
    try {
      List<Future<?>> batches = new ArrayList<>();
      for (int first = start; first < start + count; first += BATCH) {
        int from = first, to = Math.min(start + count, first + BATCH);
        batches.add(pool.submit(() -> runBatch(generate(from, to), report)));
      }
      for (Future<?> f : batches) {
        f.get();
      }
    } catch (Exception e) {
      throw new IllegalStateException("fuzz run aborted", e);
    } finally {
      pool.shutdownNow();
    }
    report.elapsedNanos = System.nanoTime() - t0;
    return report;
  }

  List<Program> generate(int from, int to) {
    List<Program> programs = new ArrayList<>();
    for (int i = from; i < to; i++) {
      programs.add(generator.generate(i));
    }
    return programs;
  }

  /**
   * The compilation units of one batch: the marked class, and its all-double shadow holding the
   * programs that use floats (a program without floats is its own shadow).
   */
  static Map<String, String> sources(List<Program> programs) {
    String suffix = Integer.toString(programs.get(0).index());
    List<String> rules = programs.stream().flatMap(p -> p.ruleClasses().stream()).map(r -> "Batch" + suffix + "." + r + ".class").toList();
    StringBuilder batch = new StringBuilder("package " + PACKAGE + ";\n\n"
        + (rules.isEmpty() ? "" : "@dev.leibniz.DerivativeRules({" + String.join(", ", rules) + "})\n")
        + "final class Batch" + suffix + " {\n");
    StringBuilder shadow = new StringBuilder("package " + PACKAGE + ";\n\nfinal class Shadow" + suffix + " {\n");
    for (Program p : programs) {
      batch.append(p.source()).append('\n');
      if (p.usesFloat()) {
        shadow.append(p.shadowSource()).append('\n');
      }
    }
    Map<String, String> units = new LinkedHashMap<>();
    units.put(PACKAGE + ".Batch" + suffix, batch.append("}\n").toString());
    units.put(PACKAGE + ".Shadow" + suffix, shadow.append("}\n").toString());
    return units;
  }

  void runBatch(List<Program> programs, FuzzReport report) {
    Map<String, String> units = sources(programs);
    List<String> names = new ArrayList<>(units.keySet());
    String batchName = names.get(0), shadowName = names.get(1);
    Map<String, byte[]> compiled;
    long t0 = System.nanoTime();
    try {
      compiled = InMemoryCompiler.compile(units);
    } catch (IllegalArgumentException e) {
      for (Program p : programs) {
        report.fail(p, "GENERATOR BUG: batch does not compile: " + e.getMessage());
      }
      return;
    }
    long t1 = System.nanoTime();
    report.compileNanos.addAndGet(t1 - t0);
    byte[] original = compiled.get(batchName);
    String classFailure = null;
    Result result = null;
    try {
      result = new ClassDifferentiator(finder(compiled)).differentiate(original);
    } catch (Throwable t) {
      classFailure = "differentiate throws " + trace(t);
    }
    long t2 = System.nanoTime();
    report.differentiateNanos.addAndGet(t2 - t1);
    Map<String, String> programFailures = new HashMap<>();
    Map<String, byte[]> withCompanions = new HashMap<>(compiled);
    List<Diagnostic> diagnostics = new ArrayList<>(result == null ? List.of() : result.diagnostics());
    if (result != null) {
      String callees = nestedCallees(batchName, compiled, withCompanions, diagnostics);
      if (callees != null) classFailure = callees;
    }
    Class<?> transformed = null, before = null, shadow = null;
    if (result != null && classFailure == null) {
      for (Diagnostic d : diagnostics) {
        if (d.warning()) continue; // a rounded index into a passive array: the oracle checks the derivative
        String method = d.method().substring(0, d.method().indexOf('(') < 0 ? d.method().length() : d.method().indexOf('('));
        String program = d.className().contains("$") ? programOf(d.className()) : programOfMethod(method);
        programFailures.merge(program, "diagnostic: " + d.message(), (a, b) -> a + "\n" + b);
      }
      if (result.transformed() == null) {
        classFailure = programFailures.isEmpty() ? "no companions generated and no diagnostic" : null;
      } else {
        classFailure = verify(result.transformed(), compiled);
        if (classFailure == null) {
          unchangedOriginals(original, result.transformed(), programFailures);
          withCompanions.put(batchName, result.transformed());
          try {
            transformed = new ByteClassLoader(withCompanions).load(batchName);
            ByteClassLoader plain = new ByteClassLoader(compiled);
            before = plain.load(batchName);
            shadow = plain.load(shadowName);
          } catch (Throwable t) {
            classFailure = "transformed class does not load: " + trace(t);
          }
        }
      }
    }
    if (classFailure != null) {
      if (programs.size() > 1 && bisectionsLeft.addAndGet(-2) >= 0) {
        int half = programs.size() / 2;
        runBatch(programs.subList(0, half), report);
        runBatch(programs.subList(half, programs.size()), report);
      } else {
        for (Program p : programs) {
          report.fail(p, (programs.size() > 1 ? "(whole batch) " : "") + classFailure);
        }
      }
      return;
    }
    ProgramChecker checker = transformed == null ? null : new ProgramChecker(before, transformed, shadow);
    for (Program p : programs) {
      String failure = programFailures.get(p.name());
      if (failure != null) {
        report.fail(p, failure);
      } else if (checker == null) {
        report.fail(p, "no companions generated");
      } else {
        long t3 = System.nanoTime();
        report.record(p, checkWithTimeout(checker, p));
        report.checkNanos.addAndGet(System.nanoTime() - t3);
      }
    }
  }

  /**
   * Differentiates the batch's nested classes (the callees of other classes: overrides, interface
   * implementations), as the agent would, into {@code out}; their diagnostics go to
   * {@code diagnostics}. Returns why the batch failed as a whole, or null.
   */
  static String nestedCallees(String batchName, Map<String, byte[]> compiled, Map<String, byte[]> out,
      List<Diagnostic> diagnostics) {
    for (Map.Entry<String, byte[]> e : compiled.entrySet()) {
      if (!e.getKey().startsWith(batchName + "$")) continue;
      Result r;
      try {
        r = new ClassDifferentiator(finder(compiled)).differentiate(e.getValue());
      } catch (Throwable t) {
        return "differentiate throws on " + e.getKey() + ": " + trace(t);
      }
      diagnostics.addAll(r.diagnostics());
      if (r.transformed() != null) {
        String failure = verify(r.transformed(), compiled);
        if (failure != null) return e.getKey() + ": " + failure;
        out.put(e.getKey(), r.transformed());
      }
    }
    return null;
  }

  /** Method {@code f12}, helper {@code f12_h0} and lambda body {@code lambda$f12$0} belong to program {@code f12}. */
  private static String programOfMethod(String method) {
    String name = method.startsWith("lambda$") ? method.substring(7, Math.max(7, method.indexOf('$', 7))) : method;
    int helper = name.indexOf("_h");
    return helper < 0 ? name : name.substring(0, helper);
  }

  /** {@code pkg.Batch0$f12_S} belongs to program {@code f12}. */
  private static String programOf(String nestedClass) {
    String simple = nestedClass.substring(nestedClass.lastIndexOf('$') + 1);
    return simple.substring(0, simple.indexOf('_') < 0 ? simple.length() : simple.indexOf('_'));
  }

  private ProgramChecker.Verdict checkWithTimeout(ProgramChecker checker, Program p) {
    ProgramChecker.Verdict[] verdict = new ProgramChecker.Verdict[1];
    long pointSeed = seed * 31 + p.index();
    Thread t = daemon("leibniz-fuzz-" + p.name()).newThread(() -> {
      try {
        verdict[0] = checker.check(p, pointSeed);
      } catch (Throwable e) {
        verdict[0] = ProgramChecker.Verdict.fail("check throws " + trace(e));
      }
    });
    t.start();
    try {
      t.join(TimeUnit.SECONDS.toMillis(TIMEOUT_SECONDS));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (t.isAlive()) {
      t.interrupt();
      return ProgramChecker.Verdict.fail("timeout: a companion ran for more than " + TIMEOUT_SECONDS + " s");
    }
    return verdict[0];
  }

  /** Runs ASM's data-flow verifier over every method; the returned text is null when all pass. */
  static String verify(byte[] classFile, Map<String, byte[]> context) {
    StringWriter out = new StringWriter();
    try {
      CheckClassAdapter.verify(new ClassReader(classFile), new ByteClassLoader(context), false, new PrintWriter(out));
    } catch (Throwable t) {
      return "CheckClassAdapter cannot read the transformed class: " + trace(t);
    }
    return out.toString().isBlank() ? null : "CheckClassAdapter rejects the transformed class:\n" + out;
  }

  /** Records a failure for every program whose original method or helper changed. */
  private static void unchangedOriginals(byte[] original, byte[] transformed, Map<String, String> failures) {
    Map<String, String> after = methodTexts(transformed);
    methodTexts(original).forEach((key, text) -> {
      String program = programOfMethod(key.substring(0, key.indexOf('(')));
      if (!text.equals(after.get(key))) {
        failures.merge(program, "original method " + key + " changed by the transformation:\nbefore:\n" + text
            + "after:\n" + after.get(key), (a, b) -> a + "\n" + b);
      }
    });
  }

  static Map<String, String> methodTexts(byte[] classFile) {
    ClassNode node = new ClassNode();
    new ClassReader(classFile).accept(node, ClassReader.SKIP_FRAMES);
    Map<String, String> texts = new HashMap<>();
    for (MethodNode m : node.methods) {
      Textifier textifier = new Textifier();
      m.accept(new TraceMethodVisitor(textifier));
      StringWriter w = new StringWriter();
      textifier.print(new PrintWriter(w));
      texts.put(m.name + m.desc, w.toString());
    }
    return texts;
  }

  static String trace(Throwable t) {
    StringWriter w = new StringWriter();
    t.printStackTrace(new PrintWriter(w));
    String s = w.toString();
    return s.length() > 4000 ? s.substring(0, 4000) + "..." : s;
  }

  private static java.util.concurrent.ThreadFactory daemon(String name) {
    return r -> {
      Thread t = new Thread(r, name);
      t.setDaemon(true);
      return t;
    };
  }
}
