package dev.leibniz.corpus.flink;

/*
 * Real-code corpus helper (test code only, see ../README.md).
 * Source: Apache Flink, flink-streaming-java/src/main/java/org/apache/flink/streaming/api/functions/windowing/delta/
 * DeltaFunction.java (apache/flink on GitHub). Licence: Apache License 2.0.
 * Copied: the interface's method as Flink declares it. Changes: package; Flink's @PublicEvolving and the javadoc
 * dropped; written from Flink's definition.
 */
public interface DeltaFunction<DATA> extends java.io.Serializable {

	double getDelta(DATA oldDataPoint, DATA newDataPoint);
}
