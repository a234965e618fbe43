package dev.leibniz.corpus.druid;

/*
 * Real-code corpus helper (test code only, see ../README.md).
 * Stands for Apache Druid's org.apache.druid.common.config.NullHandling (apache/druid, Apache License 2.0), which
 * VarianceAggregatorCollector calls: defaultDoubleValue() is null under SQL-compatible null handling, Druid's only
 * mode since release 28 (0.0 in the legacy mode).
 * Changes: written from Druid's definition for the SQL-compatible mode; package; the class's other members omitted.
 */
public final class NullHandling {
  private NullHandling() {}

  public static Double defaultDoubleValue() {
    return null;
  }
}
