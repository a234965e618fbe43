/*
 * Real-code corpus support (test code only, see ../README.md).
 * A stand-in for MOEA Framework 4.5's org.moeaframework.util.validate.Validate (LGPL-3.0-or-later, Copyright 2009-2024
 * David Hadka) with only the three checks Vector calls, in the same shape (a static that(name, value) returning a
 * validator whose check throws IllegalArgumentException); the framework's messages are shortened.
 */
package dev.leibniz.corpus.moea;

final class Validate {
	private Validate() {}

	static IntegerValidator that(String name, int value) {
		return new IntegerValidator(name, value);
	}

	static ObjectValidator that(String name, Object value) {
		return new ObjectValidator(name);
	}

	static final class IntegerValidator {
		private final String name;
		private final int value;

		IntegerValidator(String name, int value) {
			this.name = name;
			this.value = value;
		}

		void isEqualTo(String otherName, int otherValue) {
			if (value != otherValue) throw new IllegalArgumentException(name + " must equal " + otherName);
		}

		void isGreaterThan(int threshold) {
			if (value <= threshold) throw new IllegalArgumentException(name + " must be greater than " + threshold);
		}
	}

	static final class ObjectValidator {
		private final String name;

		ObjectValidator(String name) {
			this.name = name;
		}

		<R> R fails(String message) {
			throw new IllegalArgumentException("invalid " + name + ": " + message);
		}
	}
}
