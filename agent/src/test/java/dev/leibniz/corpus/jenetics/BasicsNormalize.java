package dev.leibniz.corpus.jenetics;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: Jenetics 7.2.0, jenetics sources jar (Maven Central; jenetics/jenetics on GitHub),
 * io/jenetics/internal/math/Basics.java
 * Licence: Apache License 2.0 (Java Genetic Algorithm Library (jenetics-7.2.0), Copyright (c) 2007-2023 Franz
 * Wilhelmstötter; http://www.apache.org/licenses/LICENSE-2.0). Distributed on an "AS IS" BASIS, WITHOUT WARRANTIES
 * OR CONDITIONS OF ANY KIND.
 * Copied unchanged: normalize(double[]) (entry: scales the array in place and returns it); it calls DoubleAdder.sum
 * (DoubleAdder.java of this package, not annotated: Kahan summation in an object it creates and drops).
 * Changes: package and class name; javadoc omitted; @Differentiable added to the entry method; the rest of Basics
 * omitted.
 */

import dev.leibniz.Differentiable;

public final class BasicsNormalize {
	private BasicsNormalize() {}

	@Differentiable
	public static double[] normalize(final double[] values) {
		final double sum = 1.0/DoubleAdder.sum(values);
		for (int i = values.length; --i >= 0;) {
			values[i] = values[i]*sum;
		}

		return values;
	}
}
