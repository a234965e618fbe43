package dev.leibniz.corpus.jenetics;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: Jenetics 7.2.0, jenetics sources jar (Maven Central; jenetics/jenetics on GitHub),
 * io/jenetics/internal/math/DoubleAdder.java
 * Licence: Apache License 2.0 (Java Genetic Algorithm Library (jenetics-7.2.0), Copyright (c) 2007-2023 Franz
 * Wilhelmstötter; http://www.apache.org/licenses/LICENSE-2.0). Distributed on an "AS IS" BASIS, WITHOUT WARRANTIES
 * OR CONDITIONS OF ANY KIND.
 * Copied unchanged: the fields, both constructors, reset, set(double), set(DoubleAdder), add(double),
 * add(double[]), addWithCompensation, add(DoubleAdder), combine, value, intValue, longValue, floatValue,
 * doubleValue and sum(double[]) (sum(double[]) is the entry).
 * Changes: package and class name (its uses in the class follow); javadoc omitted; @Differentiable added to the entry method; compareTo, sameState, hashCode, equals, toString omitted (they need
 * io.jenetics.internal.util.Hashes), so no longer Comparable; the @Serial annotation omitted.
 */

import static java.lang.Double.isInfinite;
import static java.lang.Double.isNaN;
import static java.util.Objects.requireNonNull;

import dev.leibniz.Differentiable;

public final class DoubleAdderSum
	extends Number

{
	private static final long serialVersionUID = 1L;

	private double _sum = 0.0;
	private double _simpleSum = 0.0;
	private double _compensation = 0.0;

	public DoubleAdderSum(final double value) {
		add(value);
	}

	public DoubleAdderSum() {
	}

	private DoubleAdderSum reset() {
		_sum = 0.0;
		_simpleSum = 0.0;
		_compensation = 0.0;
		return this;
	}

	public DoubleAdderSum set(final double value) {
		return reset().add(value);
	}

	public DoubleAdderSum set(final DoubleAdderSum value) {
		return reset().add(requireNonNull(value));
	}

	public DoubleAdderSum add(final double value) {
		addWithCompensation(value);
		_simpleSum += value;
		return this;
	}

	public DoubleAdderSum add(final double[] values) {
		for (int i = values.length; --i >= 0;) {
			add(values[i]);
		}

		return this;
	}

	private void addWithCompensation(final double value) {
		final double y = value - _compensation;
		final double t = _sum + y;
		_compensation = t - _sum - y;
		_sum = t;
	}

	public DoubleAdderSum add(final DoubleAdderSum value) {
		addWithCompensation(value._sum);
		addWithCompensation(value._compensation);
		_simpleSum += value._simpleSum;
		return this;
	}

	public DoubleAdderSum combine(final DoubleAdderSum other) {
		return add(other);
	}

	public double value() {
		final double result =  _sum + _compensation;
		return isNaN(result) && isInfinite(_simpleSum) ? _simpleSum : result;
	}

	@Override
	public int intValue() {
		return (int)value();
	}

	@Override
	public long longValue() {
		return (long)value();
	}

	@Override
	public float floatValue() {
		return (float)value();
	}

	@Override
	public double doubleValue() {
		return value();
	}


	@Differentiable
	public static double sum(final double[] values) {
		return new DoubleAdderSum().add(values).doubleValue();
	}
}
