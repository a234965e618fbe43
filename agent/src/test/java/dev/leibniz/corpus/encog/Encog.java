package dev.leibniz.corpus.encog;

/*
 * A helper of the real-code corpus (not an entry; see ../README.md).
 * Source: jeffheaton/encog-java-core (GitHub), src/main/java/org/encog/Encog.java
 * Licence: Apache License 2.0. Copyright 2008-2017 Heaton Research, Inc.; http://www.apache.org/licenses/LICENSE-2.0.
 * Copied unchanged: the constant DEFAULT_DOUBLE_EQUAL; the rest of the class is omitted.
 */
public final class Encog {
	public static final double DEFAULT_DOUBLE_EQUAL = 0.0000000000001;
}
