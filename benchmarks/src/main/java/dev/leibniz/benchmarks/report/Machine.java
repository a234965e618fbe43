package dev.leibniz.benchmarks.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/** A one-line description of the machine the report is written on: CPU, cores, memory, OS. */
final class Machine {
  private Machine() {}

  static String describe() {
    String cpu = firstValue(Paths.get("/proc/cpuinfo"), "model name");
    String memory = firstValue(Paths.get("/proc/meminfo"), "MemTotal");
    StringBuilder out = new StringBuilder();
    out.append(cpu == null ? System.getProperty("os.arch") : cpu);
    out.append(", ").append(Runtime.getRuntime().availableProcessors()).append(" cores");
    if (memory != null) {
      String[] parts = memory.trim().split("\\s+");
      try {
        out.append(String.format(", %.0f GiB memory", Long.parseLong(parts[0]) / 1048576.0));
      } catch (NumberFormatException e) {
        out.append(", ").append(memory.trim()).append(" memory");
      }
    }
    out.append(", ").append(System.getProperty("os.name")).append(' ')
        .append(System.getProperty("os.version")).append(' ').append(System.getProperty("os.arch"));
    return out.toString();
  }

  private static String firstValue(Path file, String key) {
    try {
      for (String line : Files.readAllLines(file)) {
        int colon = line.indexOf(':');
        if (colon > 0 && line.substring(0, colon).trim().equals(key)) {
          return line.substring(colon + 1).trim();
        }
      }
    } catch (IOException | RuntimeException e) {
      return null;
    }
    return null;
  }
}
