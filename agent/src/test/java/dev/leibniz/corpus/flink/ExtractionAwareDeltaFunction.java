package dev.leibniz.corpus.flink;

/*
 * Real-code corpus helper (test code only, see ../README.md).
 * Source: Apache Flink (apache/flink on GitHub, commit 2581a7b88baf777c5cdd1cccbffb861ac1e454fa),
 * flink-streaming-java/src/main/java/org/apache/flink/streaming/api/functions/windowing/delta/ExtractionAwareDeltaFunction.java
 * Licence: Apache License 2.0 (ASF header). Distributed on an "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND.
 * Copied unchanged: the whole class (the superclass of the entries EuclideanDistance and CosineDistance).
 * Changes: package; licence header shortened to this header; javadoc shortened; Flink's @PublicEvolving dropped; Extractor and
 * DeltaFunction from this package.
 */

/**
 * Extend this abstract class to implement a delta function which is aware of
 * extracting the data on which the delta is calculated from a more complex data
 * structure.
 *
 * @param <DATA> The input data type.
 * @param <TO> The type on which the delta function runs.
 */
public abstract class ExtractionAwareDeltaFunction<DATA, TO> implements DeltaFunction<DATA> {

	private static final long serialVersionUID = 6927486219702689554L;

	private Extractor<DATA, TO> converter;

	public ExtractionAwareDeltaFunction(Extractor<DATA, TO> converter) {
		this.converter = converter;
	}

	@SuppressWarnings("unchecked")
	@Override
	public double getDelta(DATA oldDataPoint, DATA newDataPoint) {
		if (converter == null) {
			// In case no conversion/extraction is required, we can cast DATA to
			// TO
			// => Therefore, "unchecked" warning is suppressed for this method.
			return getNestedDelta((TO) oldDataPoint, (TO) newDataPoint);
		} else {
			return getNestedDelta(converter.extract(oldDataPoint), converter.extract(newDataPoint));
		}

	}

	public abstract double getNestedDelta(TO oldDataPoint, TO newDataPoint);

}
