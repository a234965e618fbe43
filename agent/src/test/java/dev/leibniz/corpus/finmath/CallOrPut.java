package dev.leibniz.corpus.finmath;

/*
 * A helper of the real-code corpus (not an entry; see ../README.md).
 * Source: finmath/finmath-lib (GitHub), src/main/java/net/finmath/modelling/products/CallOrPut.java
 * Licence: Apache License 2.0 ((c) Copyright Christian P. Fries; http://www.apache.org/licenses/LICENSE-2.0).
 * Copied unchanged but for the package; javadoc omitted.
 */
public enum CallOrPut {
	CALL(1),
	PUT(-1);

	private final int value;

	CallOrPut(final int value) {
		this.value = value;
	}

	public int toInteger() {
		return value;
	}

}
