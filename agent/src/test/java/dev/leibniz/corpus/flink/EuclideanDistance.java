package dev.leibniz.corpus.flink;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: Apache Flink (apache/flink on GitHub, commit 2581a7b88baf777c5cdd1cccbffb861ac1e454fa),
 * flink-streaming-java/src/main/java/org/apache/flink/streaming/api/functions/windowing/delta/EuclideanDistance.java
 * Licence: Apache License 2.0 (ASF header: "Licensed to the Apache Software Foundation (ASF) ... under the Apache
 * License, Version 2.0"). Distributed on an "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND.
 * Copied unchanged: the whole class (entry: getNestedDelta(double[], double[]), the override of a generic abstract
 * method, so javac adds a bridge getNestedDelta(Object, Object)).
 * Changes: package; licence header shortened to this header; javadoc shortened; Flink's @PublicEvolving dropped; Extractor and
 * ExtractionAwareDeltaFunction from this package; @Differentiable added to the entry method.
 */

import dev.leibniz.Differentiable;

/**
 * This delta function calculates the euclidean distance between two given
 * points.
 *
 * @param <DATA> The input data type.
 */
public class EuclideanDistance<DATA> extends ExtractionAwareDeltaFunction<DATA, double[]> {

	public EuclideanDistance() {
		super(null);
	}

	public EuclideanDistance(Extractor<DATA, double[]> converter) {
		super(converter);
	}

	private static final long serialVersionUID = 3119432599634512359L;

	@Differentiable
	@Override
	public double getNestedDelta(double[] oldDataPoint, double[] newDataPoint) {
		double result = 0;
		for (int i = 0; i < oldDataPoint.length; i++) {
			result += (oldDataPoint[i] - newDataPoint[i]) * (oldDataPoint[i] - newDataPoint[i]);
		}
		return Math.sqrt(result);
	}

}
