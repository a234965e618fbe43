package dev.leibniz.corpus.flink;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: Apache Flink (apache/flink on GitHub, commit 06caac6c90d8c888c326fe9b41552b2241ba584c),
 * flink-streaming-java/src/main/java/org/apache/flink/streaming/api/functions/windowing/delta/CosineDistance.java
 * Licence: Apache License 2.0 (ASF header: "Licensed to the Apache Software Foundation (ASF) ... under the Apache
 * License, Version 2.0"). Distributed on an "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND.
 * Copied unchanged: the whole class (entry: getNestedDelta(double[], double[]): an exact test of every value against
 * 0 through a varargs helper with a labelled continue, norms, a private dot product).
 * Changes: package; licence header shortened to this header; javadoc shortened; Extractor and ExtractionAwareDeltaFunction from this
 * package; @Differentiable added to the entry method.
 */

import dev.leibniz.Differentiable;

/**
 * This delta function calculates the cosine distance between two given vectors.
 * The cosine distance is defined as: cosineDistance=1-cosineSimilarity
 *
 * @param <DATA> The input data type.
 */
public class CosineDistance<DATA> extends ExtractionAwareDeltaFunction<DATA, double[]> {

	/**
	 * auto-generated id
	 */
	private static final long serialVersionUID = -1217813582965151599L;

	public CosineDistance() {
		super(null);
	}

	public CosineDistance(Extractor<DATA, double[]> converter) {
		super(converter);
	}

	@Differentiable
	@Override
	public double getNestedDelta(double[] oldDataPoint, double[] newDataPoint) {
		if (isNullvector(oldDataPoint, newDataPoint)) {
			return 0;
		}

		if (oldDataPoint.length != newDataPoint.length) {
			throw new IllegalArgumentException(
					"The size of two input arrays are not same, can not compute cosine distance");
		}

		double sum1 = 0;
		double sum2 = 0;
		for (int i = 0; i < oldDataPoint.length; i++) {
			sum1 += oldDataPoint[i] * oldDataPoint[i];
			sum2 += newDataPoint[i] * newDataPoint[i];
		}
		sum1 = Math.sqrt(sum1);
		sum2 = Math.sqrt(sum2);

		return 1d - (dotProduct(oldDataPoint, newDataPoint) / (sum1 * sum2));
	}

	private double dotProduct(double[] a, double[] b) {
		double result = 0;
		for (int i = 0; i < a.length; i++) {
			result += a[i] * b[i];
		}
		return result;
	}

	private boolean isNullvector(double[]... vectors) {
		outer: for (double[] v : vectors) {
			for (double field : v) {
				if (field != 0) {
					continue outer;
				}
			}
			// This position is only reached in case all fields are 0.
			return true;
		}
		return false;
	}
}
