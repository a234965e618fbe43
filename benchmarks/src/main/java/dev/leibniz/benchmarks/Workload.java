package dev.leibniz.benchmarks;

import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The benchmarked workloads: which JMH class measures each, its parameter and values, where a
 * full Hipparchus gradient and full finite differences are affordable (elsewhere those competitors
 * compute one directional derivative), and the ratios ADBench published for it. The benchmarks and
 * the report both read this, so a row's label always matches what was measured.
 */
public enum Workload {
  ROSENBROCK(
      "Rosenbrock", "RosenbrockBenchmark", "n", "Extended Rosenbrock, n variables",
      List.of("2", "100", "10000"),
      n -> Integer.parseInt(n) <= 100,
      n -> true,
      Map.of(Method.LEIBNIZ_ADJOINT, "≲ 5 (cheap-gradient principle)"),
      "Not an ADBench problem."),
  GMM(
      "GMM", "GmmBenchmark", "gmm", "ADBench GMM, 1,000 points (gmm/1k)",
      List.of("d2_K5", "d10_K25", "d20_K50", "d64_K25"),
      file -> file.equals("d2_K5"),
      file -> file.equals("d2_K5"),
      Map.of(
          Method.LEIBNIZ_ADJOINT, "AD tools: Tapenade 3.7–15.5, Adept 8–45, ADOL-C 13–28",
          Method.MANUAL, "1.9–7.2",
          Method.FINITE_DIFFERENCES, "≈ parameters + 1"),
      "ADBench's published GMM ratios are for 10k points (30 to 429k parameters)."),
  BA(
      "BA", "BaBenchmark", "ba", "ADBench BA, full sparse Jacobian",
      List.of("ba1_n49_m7776_p31843"),
      file -> true,
      file -> true,
      Map.of(
          Method.LEIBNIZ_ADJOINT, "AD tools: Tapenade 8.4–8.9, Adept 25–26",
          Method.MANUAL, "6.5–7.4",
          Method.FINITE_DIFFERENCES, "16"),
      "Ratios are Jacobian time over the time of all residuals."),
  LSTM(
      "LSTM", "LstmBenchmark", "lstm", "ADBench LSTM",
      List.of("l2_c1024", "l4_c1024"),
      file -> true,
      file -> true,
      Map.of(),
      "ADBENCH.md quotes no published LSTM ratios.");

  /** A short name for charts. */
  public final String shortName;
  /** The simple name of the JMH class in {@code dev.leibniz.benchmarks}. */
  public final String benchmarkClass;
  /** The name of its {@code @Param} field. */
  public final String parameter;
  public final String title;
  /** The parameter values of the full run, in order. */
  public final List<String> values;
  private final Predicate<String> hipparchusFull;
  private final Predicate<String> differencesFull;
  /** Published derivative/primal ratios per method, as ADBENCH.md quotes them. */
  public final Map<Method, String> published;
  /** What a reader must know to compare this workload's ratios. */
  public final String note;

  Workload(String shortName, String benchmarkClass, String parameter, String title, List<String> values,
      Predicate<String> hipparchusFull, Predicate<String> differencesFull,
      Map<Method, String> published, String note) {
    this.shortName = shortName;
    this.benchmarkClass = benchmarkClass;
    this.parameter = parameter;
    this.title = title;
    this.values = values;
    this.hipparchusFull = hipparchusFull;
    this.differencesFull = differencesFull;
    this.published = published;
    this.note = note;
  }

  /** True when Hipparchus computes the full gradient (Jacobian) at {@code value}. */
  public boolean hipparchusFull(String value) {
    return hipparchusFull.test(value);
  }

  /** True when finite differences compute the full gradient (Jacobian) at {@code value}. */
  public boolean differencesFull(String value) {
    return differencesFull.test(value);
  }

  /** The workload measured by the JMH class with this simple name, or null. */
  public static Workload ofBenchmarkClass(String simpleName) {
    for (Workload w : values()) {
      if (w.benchmarkClass.equals(simpleName)) {
        return w;
      }
    }
    return null;
  }
}
