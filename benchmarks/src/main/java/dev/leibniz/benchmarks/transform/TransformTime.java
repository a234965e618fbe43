package dev.leibniz.benchmarks.transform;

import dev.leibniz.benchmarks.Locations;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * The time the agent's core needs to differentiate a class: {@code ClassDifferentiator.differentiate}
 * (class bytes in, class bytes with companions out — what the agent does per class, without
 * ByteBuddy and class loading) on generated straight-line kernels of growing size, up to one near the
 * JVM's 64 KB method limit, and on the example classes. A plain harness, not JMH: a class is
 * transformed once per program run, so the first (cold) transformation matters as much as the
 * steady state, and each figure is the thread's CPU time (a loaded machine inflates it far less than
 * wall time).
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar dev.leibniz.benchmarks.transform.TransformTime [repeats]</pre>
 *
 * <p>The core is loaded from the agent jar ({@code -Dleibniz.agent=JAR} for another one). Results:
 * benchmarks/SIZE.md. {@code real} as second argument: only the real-code table (corpus classes, {@link #REAL_CODE}).
 */
public final class TransformTime {
  /** Statement counts of the generated kernels; the last gives a method of about 60 KB (javac refuses 64 KB). */
  private static final int[] SIZES = {50, 200, 500, 1000, 1500, 2000, 2600, 3300};

  /** Statement counts of the generated loop bodies (each alone over the compile limit once differentiated). */
  private static final int[] LOOP_SIZES = {100, 300, 1000};

  /**
   * Classes of the real-code corpus (agent test sources, {@code dev.leibniz.corpus}) on which the core takes long:
   * JBullet's matrix and transform utilities (a Jacobi loop outlined at every budget, marked callee classes
   * differentiated to know their companions), Commons Numbers' {@code RegularizedGamma.P} (a hosted callee too large:
   * local copies, outlined, and the oversized retry), JSOFA's IAU 2000A nutation (1365 objects of a table built per
   * call, taken apart) and CIP X, Y (tables of thousands of numbers, a tangent kept over the compile limit).
   */
  private static final List<String> REAL_CODE = List.of("dev.leibniz.corpus.jbullet.MatrixUtil", "dev.leibniz.corpus.jbullet.Transform",
      "dev.leibniz.corpus.jbullet.TransformUtil", "dev.leibniz.corpus.numbers11.RegularizedGamma$P",
      "dev.leibniz.corpus.jsofa.JSOFANut00a", "dev.leibniz.corpus.jsofa.JSOFAXy06");

  private final Path agentJar;
  private final Method differentiate;
  private final Object differentiator;
  private final Object tapingWhole; // no loop checkpointed
  private final Object eagerVariants; // every variant built, those nothing calls dropped (null: a core without the option)
  private final Method transformed;
  private final Method generated;
  private final Method diagnostics;
  private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();

  private TransformTime(Path agentJar) throws Exception {
    this(agentJar, TransformTime.class.getClassLoader());
  }

  /** The core of {@code agentJar}, finding the classes a class calls through {@code classes}. */
  private TransformTime(Path agentJar, ClassLoader classes) throws Exception {
    this.agentJar = agentJar;
    ClassLoader core = new URLClassLoader(new URL[] {agentJar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
    Class<?> finder = core.loadClass("dev.leibniz.core.ClassFinder");
    Object finderOfLoader = finder.getMethod("of", ClassLoader.class).invoke(null, classes);
    Class<?> type = core.loadClass("dev.leibniz.core.ClassDifferentiator");
    differentiator = type.getConstructor(finder).newInstance(finderOfLoader);
    tapingWhole = type.getMethod("withoutCheckpointing").invoke(type.getConstructor(finder).newInstance(finderOfLoader));
    differentiate = type.getMethod("differentiate", byte[].class);
    Object eager;
    try {
      eager = type.getMethod("withEagerVariants").invoke(type.getConstructor(finder).newInstance(finderOfLoader));
    } catch (NoSuchMethodException e) {
      eager = null;
    }
    eagerVariants = eager;
    Class<?> result = core.loadClass("dev.leibniz.core.Result");
    generated = result.getMethod("generated");
    transformed = result.getMethod("transformed");
    diagnostics = result.getMethod("diagnostics");
  }

  public static void main(String[] args) throws Exception {
    int repeats = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    TransformTime t = new TransformTime(Locations.agentJar());
    System.out.printf(Locale.ROOT, "agent: %s, JDK %s, %d cores, load average %.1f, %d repeats%n%n", Locations.agentJar(),
        System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), repeats);
    if (args.length > 1 && args[1].equals("variants")) { // variants on demand against every variant built
      t.variants(repeats);
      return;
    }
    if (args.length > 1 && args[1].equals("loops")) { // only the generated loops' table
      t.generatedLoops(repeats);
      return;
    }
    if (args.length > 1 && args[1].equals("real")) { // only the real-code classes' table
      t.realCode(repeats);
      return;
    }
    System.out.println("Example classes (cold: the first transformation in this JVM, in this order):\n");
    System.out.println("| class | bytes | methods generated | cold ms | warm ms (median) |");
    System.out.println("|---|---:|---:|---:|---:|");
    for (Path jar : List.of(Path.of(Class.forName("dev.leibniz.examples.Rosenbrock").getProtectionDomain().getCodeSource().getLocation().toURI()))) {
      for (var entry : markedClasses(jar)) {
        if (!entry.name().startsWith("dev.leibniz.examples.")) continue;
        t.row(entry.name(), entry.bytes(), repeats, false);
      }
    }
    System.out.println("\nClasses with loops, checkpointed (a segment `m$ckptN` and its companions per loop that may be) and not:\n");
    System.out.println("| class | bytes | segments | class bytes out | without checkpointing | methods generated | without | warm ms (median) | without |");
    System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
    for (Path jar : List.of(Path.of(Class.forName("dev.leibniz.examples.Rosenbrock").getProtectionDomain().getCodeSource().getLocation().toURI()))) {
      for (var entry : markedClasses(jar)) {
        if (entry.name().startsWith("dev.leibniz.examples.")) t.loops(entry.name(), entry.bytes(), repeats);
      }
    }
    for (String own : List.of("dev.leibniz.benchmarks.checkpoint.Recurrence")) {
      try (var in = TransformTime.class.getResourceAsStream("/" + own.replace('.', '/') + ".class")) {
        t.loops(own, in.readAllBytes(), repeats);
      }
    }
    System.out.println("\nGenerated straight-line kernels `double f(double[] x)` (one marked method each):\n");
    System.out.println("| statements | method bytecode, KB | class bytes | methods generated | parts | cold ms | warm ms (median) | warm ms per KB | diagnostics |");
    System.out.println("|---:|---:|---:|---:|---:|---:|---:|---:|---|");
    for (int n : SIZES) {
      String name = "Kernel" + n;
      byte[] bytes = GeneratedKernel.compile(name, GeneratedKernel.source(name, n, 8, n));
      t.row(name, bytes, repeats, true);
    }
    t.generatedLoops(repeats);
    t.realCode(repeats);
  }

  /**
   * The corpus classes of {@link #REAL_CODE}, read from the agent's compiled test classes ({@code
   * agent/target/test-classes}: {@code mvn -pl agent,benchmarks -am -DskipTests package} compiles them), which are
   * also where the core finds the classes they call (vecmath, the other JBullet classes).
   */
  private void realCode(int repeats) throws Exception {
    Path classes = Locations.root().resolve("agent/target/test-classes");
    if (!java.nio.file.Files.isDirectory(classes)) {
      System.out.println("\n(no " + classes + ": compile the agent's tests for the real-code table)");
      return;
    }
    ClassLoader corpus = new URLClassLoader(new URL[] {classes.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
    TransformTime real = new TransformTime(agentJar, corpus);
    System.out.println("\nReal-code classes (the corpus's, found in " + classes + "):\n");
    System.out.println("| class | bytes | methods generated | cold ms | warm ms (median) |");
    System.out.println("|---|---:|---:|---:|---:|");
    for (String name : REAL_CODE) {
      try (var in = corpus.getResourceAsStream(name.replace('.', '/') + ".class")) {
        real.row(name, in.readAllBytes(), repeats, false);
      }
    }
  }

  private void generatedLoops(int repeats) throws Exception {
    System.out.println("\nGenerated loops `double f(double[] x, int n)` whose body alone is that many statements (loop bodies moved out, `m$loopN`):\n");
    System.out.println("| statements in the body | method bytecode, KB | class bytes | methods generated | parts and bodies | cold ms | warm ms (median) | warm ms per KB | diagnostics |");
    System.out.println("|---:|---:|---:|---:|---:|---:|---:|---:|---|");
    for (int n : LOOP_SIZES) {
      String name = "Loop" + n;
      byte[] bytes = GeneratedKernel.compile(name, GeneratedKernel.loopSource(name, n, 8, n));
      row(name, bytes, repeats, true);
    }
  }

  /**
   * The example classes and two generated kernels transformed with variants built on demand and with
   * every variant built (dropped at assembly when nothing calls them), alternating within each
   * repeat: warm medians of thread CPU time, and per KB of the class file.
   */
  private void variants(int repeats) throws Exception {
    System.out.println("Variants on demand against every variant built (warm, medians of thread CPU ms, alternating):\n");
    System.out.println("| class | class KB | methods generated | on demand ms | eager ms | on demand / eager | on demand ms per KB | eager ms per KB |");
    System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|");
    List<Entry> classes = new ArrayList<>(markedClasses(Path.of(Class.forName("dev.leibniz.examples.Rosenbrock").getProtectionDomain().getCodeSource().getLocation().toURI())));
    classes.removeIf(e -> !e.name().startsWith("dev.leibniz.examples."));
    classes.add(new Entry("Kernel1000", GeneratedKernel.compile("Kernel1000", GeneratedKernel.source("Kernel1000", 1000, 8, 1000))));
    classes.add(new Entry("Loop100", GeneratedKernel.compile("Loop100", GeneratedKernel.loopSource("Loop100", 100, 8, 100))));
    long[] sums = new long[2];
    for (Entry e : classes) {
      long[][] ms = new long[2][repeats];
      Object result = null;
      for (int r = -1; r < repeats; r++) { // r = -1: once each, not counted
        for (int k = 0; k < 2; k++) {
          long start = threads.getCurrentThreadCpuTime();
          Object out = differentiate.invoke(k == 0 ? differentiator : eagerVariants, (Object) e.bytes());
          if (k == 0) result = out;
          if (r >= 0) ms[k][r] = (threads.getCurrentThreadCpuTime() - start) / 1_000_000;
        }
      }
      Arrays.sort(ms[0]);
      Arrays.sort(ms[1]);
      long lazy = ms[0][repeats / 2], eager = ms[1][repeats / 2];
      sums[0] += lazy;
      sums[1] += eager;
      double kb = e.bytes().length / 1024.0;
      System.out.printf(Locale.ROOT, "| `%s` | %.1f | %d | %d | %d | %.2f | %.1f | %.1f |%n", e.name().replace("dev.leibniz.examples.", ""), kb,
          ((List<?>) generated.invoke(result)).size(), lazy, eager, eager == 0 ? Double.NaN : (double) lazy / eager, lazy / kb, eager / kb);
    }
    System.out.printf(Locale.ROOT, "| all | | | %d | %d | %.2f | | |%n", sums[0], sums[1], (double) sums[0] / sums[1]);
  }

  private record Entry(String name, byte[] bytes) {}

  private static List<Entry> markedClasses(Path jar) throws Exception {
    List<Entry> out = new ArrayList<>();
    byte[] mark = "Ldev/leibniz/Differentiable;".getBytes(StandardCharsets.ISO_8859_1);
    try (JarFile file = new JarFile(jar.toFile())) {
      for (Enumeration<JarEntry> e = file.entries(); e.hasMoreElements(); ) {
        JarEntry entry = e.nextElement();
        if (!entry.getName().endsWith(".class")) continue;
        byte[] bytes = file.getInputStream(entry).readAllBytes();
        if (contains(bytes, mark)) out.add(new Entry(entry.getName().replace(".class", "").replace('/', '.'), bytes));
      }
    }
    out.sort((a, b) -> a.name().compareTo(b.name()));
    return out;
  }

  private static boolean contains(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) continue outer;
      }
      return true;
    }
    return false;
  }

  private void row(String name, byte[] bytes, int repeats, boolean kernel) throws Exception {
    long[] ms = new long[repeats + 1];
    Object result = null;
    for (int r = 0; r <= repeats; r++) {
      long start = threads.getCurrentThreadCpuTime();
      result = differentiate.invoke(differentiator, (Object) bytes);
      ms[r] = (threads.getCurrentThreadCpuTime() - start) / 1_000_000;
    }
    long cold = ms[0];
    long[] warm = Arrays.copyOfRange(ms, 1, ms.length);
    Arrays.sort(warm);
    long median = warm[warm.length / 2];
    List<?> names = (List<?>) generated.invoke(result);
    int methods = names.size();
    long parts = names.stream().filter(g -> g.toString().matches(".*\\$(part|loop)\\d+\\(.*")).count();
    List<?> problems = (List<?>) diagnostics.invoke(result);
    if (!kernel) {
      System.out.printf(Locale.ROOT, "| `%s` | %d | %d | %d | %d |%n", name, bytes.length, methods, cold, median);
      return;
    }
    double kb = MethodSize.of(bytes, "f") / 1024.0;
    String text = problems.isEmpty() ? "none" : problems.size() + ": " + shorten(problems.get(0).toString());
    System.out.printf(Locale.ROOT, "| %s | %.1f | %d | %d | %d | %d | %d | %.1f | %s |%n", name.replaceAll("^\\D+", ""), kb,
        bytes.length, methods, parts, cold, median, median / kb, text);
  }

  /** One row of the checkpointing table: the class transformed with and without checkpointing. */
  private void loops(String name, byte[] bytes, int repeats) throws Exception {
    Object[] results = new Object[2];
    long[] medians = new long[2];
    for (int k = 0; k < 2; k++) {
      Object d = k == 0 ? differentiator : tapingWhole;
      long[] ms = new long[repeats];
      for (int r = 0; r <= repeats; r++) {
        long start = threads.getCurrentThreadCpuTime();
        results[k] = differentiate.invoke(d, (Object) bytes);
        if (r > 0) ms[r - 1] = (threads.getCurrentThreadCpuTime() - start) / 1_000_000;
      }
      Arrays.sort(ms);
      medians[k] = ms[ms.length / 2];
    }
    List<?> with = (List<?>) generated.invoke(results[0]), without = (List<?>) generated.invoke(results[1]);
    long segments = with.stream().map(Object::toString).filter(g -> g.contains("$ckpt"))
        .map(g -> g.replaceAll("^.*?(\\w+\\$ckpt\\d+).*$", "$1")).distinct().count();
    byte[] out = (byte[]) transformed.invoke(results[0]), outWhole = (byte[]) transformed.invoke(results[1]);
    System.out.printf(Locale.ROOT, "| `%s` | %d | %d | %d | %d | %d | %d | %d | %d |%n", name, bytes.length, segments,
        out == null ? 0 : out.length, outWhole == null ? 0 : outWhole.length, with.size(), without.size(), medians[0], medians[1]);
  }

  private static String shorten(String s) {
    s = s.replace('\n', ' ').replace('|', '/');
    return s.length() > 140 ? s.substring(0, 140) + "…" : s;
  }
}
