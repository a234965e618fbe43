package dev.leibniz.corpus.flink;

/*
 * Real-code corpus helper (test code only, see ../README.md).
 * Source: Apache Flink, flink-streaming-java/src/main/java/org/apache/flink/streaming/api/functions/windowing/delta/
 * extractor/Extractor.java (apache/flink on GitHub). Licence: Apache License 2.0.
 * Copied: the interface's method as Flink declares it. Changes: package; Flink's @Internal and the javadoc dropped;
 * written from Flink's definition.
 */
public interface Extractor<FROM, TO> extends java.io.Serializable {

	TO extract(FROM in);
}
