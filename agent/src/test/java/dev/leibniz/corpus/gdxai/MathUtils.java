package dev.leibniz.corpus.gdxai;

/*
 * Real-code corpus support (test code only, see ../README.md).
 * Source: libGDX 1.12.1, com.badlogicgames.gdx:gdx:1.12.1 sources jar (Maven Central; libgdx/libgdx on GitHub),
 * com/badlogic/gdx/math/MathUtils.java
 * Licence: Apache License 2.0 ("Copyright 2011 See AUTHORS file. Licensed under the Apache License, Version 2.0 ...
 * http://www.apache.org/licenses/LICENSE-2.0"; copied in full to LICENSE-APACHE-2.0.txt beside this file). Distributed
 * on an "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND.
 * Copied unchanged: the private constructor, the constants FLOAT_ROUNDING_ERROR, PI, PI2, HALF_PI, radiansToDegrees,
 * degreesToRadians, and clamp(float, float, float), isZero(float, float).
 * Changes: package dev.leibniz.corpus.gdxai (the original's com.badlogic.gdx.math); the other members (the sine table,
 * the random generator and their users) omitted. Not an entry.
 */
/** Utility and fast math functions.
 * <p>
 * Thanks to Riven on JavaGaming.org for the basis of sin/cos/floor/ceil.
 * @author Nathan Sweet */
public final class MathUtils {

	private MathUtils () {
	}

	static public final float FLOAT_ROUNDING_ERROR = 0.000001f; // 32 bits
	static public final float PI = (float)Math.PI;

	static public final float PI2 = PI * 2;

	static public final float HALF_PI = PI / 2;

	/** multiply by this to convert from radians to degrees */
	static public final float radiansToDegrees = 180f / PI;

	/** multiply by this to convert from degrees to radians */
	static public final float degreesToRadians = PI / 180;

	static public float clamp (float value, float min, float max) {
		if (value < min) return min;
		if (value > max) return max;
		return value;
	}

	/** Returns true if the value is zero.
	 * @param tolerance represent an upper bound below which the value is considered zero. */
	static public boolean isZero (float value, float tolerance) {
		return Math.abs(value) <= tolerance;
	}
}
