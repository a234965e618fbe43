package dev.leibniz.benchmarks.report;

import dev.leibniz.benchmarks.Method;
import dev.leibniz.benchmarks.Workload;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The results in a JMH JSON file ({@code -rf json}), indexed by workload, parameter value and
 * method, plus how the run was set up (JDK, fork options, iterations). Entries of other benchmark
 * classes are ignored; failed benchmarks simply have no entry.
 */
final class Results {
  private final Map<String, Measurement> byKey = new HashMap<>();
  private final Map<Workload, Set<String>> valuesRun = new HashMap<>();
  private Map<String, Object> first = Map.of();

  static Results read(Path json) throws IOException {
    Results results = new Results();
    Object parsed = Json.parse(Files.readString(json));
    if (!(parsed instanceof List)) {
      throw new IllegalArgumentException(json + " is not a JMH result array");
    }
    for (Object item : (List<?>) parsed) {
      results.add(cast(item));
    }
    return results;
  }

  /** The result, or null when that benchmark failed or did not run. */
  Measurement get(Workload workload, String value, Method method) {
    return byKey.get(key(workload, value, method));
  }

  /** The parameter values with at least one result, in the workload's order, then any others. */
  List<String> valuesRun(Workload workload) {
    Set<String> run = valuesRun.getOrDefault(workload, Set.of());
    List<String> ordered = new ArrayList<>();
    for (String v : workload.values) {
      if (run.contains(v)) {
        ordered.add(v);
      }
    }
    for (String v : run) {
      if (!ordered.contains(v)) {
        ordered.add(v);
      }
    }
    return ordered;
  }

  /** A top-level field of the first result ({@code jdkVersion}, {@code forks}, ...), or "?". */
  String setting(String name) {
    Object v = first.get(name);
    if (v instanceof Double && (Double) v == Math.rint((Double) v)) {
      return Long.toString(((Double) v).longValue());
    }
    return v == null ? "?" : v.toString();
  }

  /** The fork JVM's arguments of the first result. */
  List<String> jvmArgs() {
    Object v = first.get("jvmArgs");
    List<String> args = new ArrayList<>();
    if (v instanceof List) {
      for (Object a : (List<?>) v) {
        args.add(String.valueOf(a));
      }
    }
    return args;
  }

  boolean isEmpty() {
    return byKey.isEmpty();
  }

  private void add(Map<String, Object> entry) {
    String benchmark = String.valueOf(entry.get("benchmark"));
    int dot = benchmark.lastIndexOf('.');
    String className = benchmark.substring(benchmark.lastIndexOf('.', dot - 1) + 1, dot);
    Workload workload = Workload.ofBenchmarkClass(className);
    Method method = methodNamed(benchmark.substring(dot + 1));
    if (workload == null || method == null) {
      return;
    }
    if (byKey.isEmpty()) {
      first = entry;
    }
    Object params = entry.get("params");
    String value = params instanceof Map
        ? String.valueOf(((Map<?, ?>) params).get(workload.parameter))
        : "";
    Map<String, Object> primary = cast(entry.get("primaryMetric"));
    String unit = String.valueOf(primary.get("scoreUnit"));
    double score = Measurement.toNanos(Json.number(primary.get("score")), unit);
    double error = Measurement.toNanos(Json.number(primary.get("scoreError")), unit);
    byKey.put(key(workload, value, method), new Measurement(score, error, allocation(entry)));
    valuesRun.computeIfAbsent(workload, w -> new LinkedHashSet<>()).add(value);
  }

  /** {@code gc.alloc.rate.norm} (JMH names it with or without a leading '·'), or NaN. */
  private static double allocation(Map<String, Object> entry) {
    Object secondary = entry.get("secondaryMetrics");
    if (secondary instanceof Map) {
      for (Map.Entry<?, ?> metric : ((Map<?, ?>) secondary).entrySet()) {
        if (String.valueOf(metric.getKey()).endsWith("gc.alloc.rate.norm")) {
          return Json.number(cast(metric.getValue()).get("score"));
        }
      }
    }
    return Double.NaN;
  }

  private static Method methodNamed(String name) {
    for (Method m : Method.values()) {
      if (m.benchmark.equals(name)) {
        return m;
      }
    }
    return null;
  }

  private static String key(Workload workload, String value, Method method) {
    return workload + "/" + value + "/" + method;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> cast(Object o) {
    return o instanceof Map ? (Map<String, Object>) o : Map.of();
  }
}
