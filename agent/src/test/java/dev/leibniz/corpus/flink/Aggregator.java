package dev.leibniz.corpus.flink;

/*
 * Real-code corpus helper (test code only, see ../README.md).
 * Source: Apache Flink, flink-java/src/main/java/org/apache/flink/api/java/summarize/aggregation/Aggregator.java
 * (apache/flink on GitHub). Licence: Apache License 2.0.
 * Copied: the interface's three methods as Flink declares them. Changes: package; Flink's @Internal and the javadoc
 * dropped; written from Flink's definition.
 */
public interface Aggregator<T, R> extends java.io.Serializable {

	void aggregate(T value);

	void combine(Aggregator<T, R> otherSameType);

	R result();
}
