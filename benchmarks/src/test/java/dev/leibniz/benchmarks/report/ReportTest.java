package dev.leibniz.benchmarks.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report from a small JMH JSON file in which the Leibniz benchmarks failed. */
class ReportTest {
  private static final String JSON = "[\n"
      + entry("GmmBenchmark.primal", "gmm", "d2_K5", 100, 5, "us/op", 273)
      + ",\n" + entry("GmmBenchmark.manual", "gmm", "d2_K5", 0.3, 0.02, "ms/op", 466)
      + ",\n" + entry("GmmBenchmark.hipparchus", "gmm", "d10_K25", 5, 1, "ms/op", 1000)
      + ",\n" + entry("GmmBenchmark.primal", "gmm", "d10_K25", 1, 0.1, "ms/op", 0)
      + "\n]";

  private static String entry(String benchmark, String param, String value, double score,
      double error, String unit, double bytes) {
    return "{\"jmhVersion\":\"1.37\",\"benchmark\":\"dev.leibniz.benchmarks." + benchmark + "\","
        + "\"mode\":\"avgt\",\"forks\":1,\"jvmArgs\":[\"-Xss16m\"],\"jdkVersion\":\"17.0.15\","
        + "\"params\":{\"" + param + "\":\"" + value + "\"},"
        + "\"primaryMetric\":{\"score\":" + score + ",\"scoreError\":" + error
        + ",\"scoreConfidence\":[0,1],\"scoreUnit\":\"" + unit + "\",\"rawData\":[[1.0]]},"
        + "\"secondaryMetrics\":{\"gc.alloc.rate.norm\":{\"score\":" + bytes
        + ",\"scoreError\":\"NaN\",\"scoreUnit\":\"B/op\"}}}";
  }

  @Test
  void ratiosAllocationsAndFailuresAreReported(@TempDir Path dir) throws IOException {
    Path json = dir.resolve("jmh.json");
    Files.writeString(json, JSON);
    String md = Report.markdown(Results.read(json), json, "ratios.svg");
    assertTrue(md.contains("| hand-written | 3.00 ± 0.25 | n/a (failed) | 1.9–7.2 |"), md);
    assertTrue(md.contains("| Hipparchus Gradient | n/a (failed) | 5.00 ± 1.12 *(1 direction)*"),
        md);
    assertTrue(md.contains("| Leibniz $adjoint (tape) | n/a (failed) | n/a (failed) |"), md);
    assertTrue(md.contains("| hand-written | 466 B |"), md);
    assertTrue(md.contains("Leibniz agent: **not attached**"), md);
    assertTrue(md.contains("## ADBench LSTM\n\nADBENCH.md quotes no published LSTM ratios.\n\n"
        + "Not run."), md);
  }

  @Test
  void chartIsWellFormedSvgWithOneBarPerResult(@TempDir Path dir) throws IOException {
    Path json = dir.resolve("jmh.json");
    Files.writeString(json, JSON);
    String svg = RatioChart.svg(Results.read(json));
    assertTrue(svg.startsWith("<svg") && svg.endsWith("</svg>\n"));
    assertEquals(2, svg.split("<rect x=").length - 1 - 5, "bars besides the 5 legend keys");
  }

  @Test
  void jsonReaderHandlesJmhNumbers() {
    Object parsed = Json.parse("{\"a\":[1.5e3,\"NaN\",NaN,-2],\"b\":\"x\\u00b7y\",\"c\":null}");
    assertEquals("{a=[1500.0, NaN, NaN, -2.0], b=x·y, c=null}", parsed.toString());
  }
}
