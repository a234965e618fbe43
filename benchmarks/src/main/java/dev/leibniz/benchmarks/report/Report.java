package dev.leibniz.benchmarks.report;

import dev.leibniz.benchmarks.Locations;
import dev.leibniz.benchmarks.Method;
import dev.leibniz.benchmarks.Workload;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Turns JMH's JSON results into {@code RESULTS.md} (per workload and method: the ratio of
 * derivative to primal time with its error, the bytes allocated per call, the published ADBench
 * ratios; the JDK and the machine) and {@code ratios.svg}. A benchmark without a result (failed,
 * or not run) shows as "n/a".
 *
 * <p>Usage: {@code java -cp benchmarks.jar dev.leibniz.benchmarks.report.Report [jmh.json
 * [RESULTS.md [ratios.svg]]]}, by default {@code benchmarks/target/jmh.json}, {@code
 * benchmarks/RESULTS.md} and {@code benchmarks/ratios.svg} under the repository root.
 */
public final class Report {
  private Report() {}

  public static void main(String[] args) throws IOException {
    Path benchmarks = args.length < 3 ? Locations.root().resolve("benchmarks") : null;
    Path json = args.length > 0 ? Paths.get(args[0]) : benchmarks.resolve("target/jmh.json");
    Path markdown = args.length > 1 ? Paths.get(args[1]) : benchmarks.resolve("RESULTS.md");
    Path svg = args.length > 2 ? Paths.get(args[2]) : benchmarks.resolve("ratios.svg");
    Results results = Results.read(json);
    Files.writeString(markdown, markdown(results, json, svg.getFileName().toString()));
    Files.writeString(svg, RatioChart.svg(results));
    System.out.println("wrote " + markdown + " and " + svg);
  }

  static String markdown(Results results, Path json, String svgName) {
    StringBuilder md = new StringBuilder();
    md.append("# Leibniz benchmark results\n\n");
    md.append("Written by `dev.leibniz.benchmarks.report.Report` from `").append(json.getFileName())
        .append("` on ").append(ZonedDateTime.now().format(DateTimeFormatter.RFC_1123_DATE_TIME))
        .append(" (`benchmarks/run.sh`; see `benchmarks/README.md`).\n\n");
    appendSetup(md, results);
    md.append("## How to read this\n\n")
        .append("- **Ratio** = time of one derivative call / time of one primal call, both measured"
            + " in the same run with the same fork options (JMH average time). ± is JMH's 99.9%"
            + " confidence half-width, propagated to the ratio.\n")
        .append("- Unless marked *1 direction*, a method computes the full gradient (BA: the full"
            + " sparse Jacobian); *1 direction* means one directional derivative, where the full"
            + " gradient would take too long. `$tangent` always computes one direction.\n")
        .append("- **n/a (failed)**: the benchmark ran but produced no result (the Leibniz rows"
            + " fail while the agent does not generate the companions); **not run**: excluded"
            + " from this run.\n")
        .append("- **Allocated per call**: JMH's gc profiler, `gc.alloc.rate.norm`. For"
            + " `$adjoint` this is the tape cost.\n\n")
        .append("![derivative/primal ratios](").append(svgName).append(")\n\n");
    for (Workload w : Workload.values()) {
      appendWorkload(md, results, w);
    }
    // Measured by their own harnesses, not by this JMH run: linked so that every figure is found here.
    md.append("## Other measurements\n\n")
        .append("- Spark: the `$adjoint` gradient against MLlib's `LogisticGradient`, per pass and per"
            + " record: [SPARK.md](SPARK.md).\n")
        .append("- Start-up cost of the agent: [STARTUP.md](STARTUP.md).\n")
        .append("- Cost of virtual and interface dispatch in companions (`DispatchBenchmark`): [DISPATCH.md](DISPATCH.md).\n")
        .append("- Value objects taken apart before differentiation: the same geometry with a value class and with"
            + " doubles, tangent and adjoint, allocation per call: [OBJECTS.md](OBJECTS.md).\n")
        .append("- Vector tangents, dense and sparse (BA) Jacobians, sparsity detection: [VECTOR.md](VECTOR.md).\n")
        .append("- Transformation time per class and per KB of bytecode, and the outlined 1,000-statement kernel:"
            + " [SIZE.md](SIZE.md).\n")
        .append("- Calling a companion directly, through the typed facade, a `Derivatives` handle or reflection:"
            + " [FACADE.md](FACADE.md).\n");
    return md.toString();
  }

  private static void appendSetup(StringBuilder md, Results results) {
    List<String> jvmArgs = results.jvmArgs();
    boolean agent = jvmArgs.stream().anyMatch(a -> a.startsWith("-javaagent:"));
    md.append("## Setup\n\n");
    md.append("- JDK: ").append(results.setting("jdkVersion")).append(", ")
        .append(results.setting("vmName")).append(' ').append(results.setting("vmVersion"))
        .append('\n');
    md.append("- Machine: ").append(Machine.describe()).append('\n');
    md.append("- Leibniz agent: ").append(agent ? "attached to every fork" : "**not attached**")
        .append('\n');
    md.append("- Fork JVM options: `").append(String.join(" ", jvmArgs)).append("`\n");
    md.append("- JMH ").append(results.setting("jmhVersion")).append(": ")
        .append(results.setting("forks")).append(" fork(s), ")
        .append(results.setting("warmupIterations")).append(" × ")
        .append(results.setting("warmupTime")).append(" warm-up, ")
        .append(results.setting("measurementIterations")).append(" × ")
        .append(results.setting("measurementTime")).append(" measurement, mode ")
        .append(results.setting("mode")).append("\n\n");
  }

  private static void appendWorkload(StringBuilder md, Results results, Workload w) {
    List<String> values = results.valuesRun(w);
    md.append("## ").append(w.title).append("\n\n").append(w.note).append("\n\n");
    if (values.isEmpty()) {
      md.append("Not run.\n\n");
      return;
    }
    header(md, "ratio (" + w.parameter + ")", values, "published (ADBENCH.md)");
    row(md, "primal, time per call", values,
        v -> time(results.get(w, v, Method.PRIMAL)), "");
    for (Method m : RatioChart.derivativeMethods()) {
      row(md, m.label, values, v -> ratioCell(results, w, v, m),
          w.published.getOrDefault(m, ""));
    }
    md.append('\n');
    header(md, "allocated per call", values, null);
    for (Method m : Method.values()) {
      String label = m == Method.LEIBNIZ_ADJOINT ? m.label + " (tape)" : m.label;
      row(md, label, values, v -> bytes(results, w, v, m), null);
    }
    md.append('\n');
  }

  private static String ratioCell(Results results, Workload w, String v, Method m) {
    Measurement primal = results.get(w, v, Method.PRIMAL);
    Measurement derivative = results.get(w, v, m);
    if (primal == null) {
      return "n/a (no primal)";
    }
    if (derivative == null) {
      return "n/a (failed)";
    }
    String label = m.label(w, v);
    String mode = label.endsWith("(1 direction)") && !m.label.endsWith("(1 direction)")
        ? " *(1 direction)*" : "";
    return ratioText(derivative.over(primal)) + mode;
  }

  private static String bytes(Results results, Workload w, String v, Method m) {
    Measurement r = results.get(w, v, m);
    if (r == null) {
      return m == Method.PRIMAL ? "n/a" : "n/a (failed)";
    }
    if (Double.isNaN(r.bytesPerCall())) {
      return "— (no gc profiler)";
    }
    return String.format(Locale.ROOT, "%,.0f B", r.bytesPerCall());
  }

  static String ratioText(Measurement.Ratio r) {
    String error = Double.isNaN(r.error()) ? "?" : number(r.error(), r.value());
    return number(r.value(), r.value()) + " ± " + error;
  }

  private static String time(Measurement m) {
    if (m == null) {
      return "n/a (failed)";
    }
    double ns = m.nanos();
    String[] units = {"ns", "µs", "ms", "s"};
    int u = 0;
    double scale = 1;
    while (u < units.length - 1 && ns / scale >= 1000) {
      scale *= 1000;
      u++;
    }
    String error = Double.isNaN(m.errorNanos()) ? "?" : number(m.errorNanos() / scale, ns / scale);
    return number(ns / scale, ns / scale) + " ± " + error + " " + units[u];
  }

  /** {@code x} with the decimals that give {@code magnitude} three significant digits. */
  private static String number(double x, double magnitude) {
    double a = Math.abs(magnitude);
    int decimals = a >= 100 ? 0 : a >= 10 ? 1 : a >= 1 ? 2 : 3;
    return String.format(Locale.ROOT, "%,." + decimals + "f", x);
  }

  private static void header(StringBuilder md, String first, List<String> values, String last) {
    md.append("| ").append(first);
    for (String v : values) {
      md.append(" | ").append(v);
    }
    md.append(last == null ? "" : " | " + last).append(" |\n|---");
    md.append("|---:".repeat(values.size())).append(last == null ? "" : "|---").append("|\n");
  }

  private static void row(StringBuilder md, String label, List<String> values,
      java.util.function.Function<String, String> cell, String last) {
    md.append("| ").append(label);
    for (String v : values) {
      md.append(" | ").append(cell.apply(v));
    }
    md.append(last == null ? "" : " | " + last).append(" |\n");
  }
}
