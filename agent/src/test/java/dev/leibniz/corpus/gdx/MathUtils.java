package dev.leibniz.corpus.gdx;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: libGDX 1.12.1, gdx sources jar (Maven Central; libgdx/libgdx on GitHub),
 * com/badlogic/gdx/math/MathUtils.java
 * Licence: Apache License 2.0 ("Copyright 2011 See AUTHORS file. Licensed under the Apache License, Version 2.0 ...
 * http://www.apache.org/licenses/LICENSE-2.0"). Distributed on an "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS
 * OF ANY KIND.
 * Copied unchanged: PI, PI2, HALF_PI, SIN_BITS, SIN_MASK, SIN_COUNT, radFull, degFull, radToIndex, degToIndex, the
 * lookup table class Sin with its static initialiser, sin(float), atanUnchecked(double).
 * Changes: package; javadoc omitted; the rest of MathUtils omitted. Shared by the gdx entries (not an entry).
 */
public final class MathUtils {
	private MathUtils () {
	}

	static public final float PI = (float)Math.PI;
	static public final float PI2 = PI * 2;
	static public final float HALF_PI = PI / 2;

	static private final int SIN_BITS = 14; // 16KB. Adjust for accuracy.
	static private final int SIN_MASK = ~(-1 << SIN_BITS);
	static private final int SIN_COUNT = SIN_MASK + 1;

	static private final float radFull = PI2;
	static private final float degFull = 360;
	static private final float radToIndex = SIN_COUNT / radFull;
	static private final float degToIndex = SIN_COUNT / degFull;

	static private class Sin {
		static final float[] table = new float[SIN_COUNT];

		static {
			for (int i = 0; i < SIN_COUNT; i++)
				table[i] = (float)Math.sin((i + 0.5f) / SIN_COUNT * radFull);
			// The four right angles get extra-precise values, because they are
			// the most likely to need to be correct.
			table[0] = 0f;
			table[(int)(90 * degToIndex) & SIN_MASK] = 1f;
			table[(int)(180 * degToIndex) & SIN_MASK] = 0f;
			table[(int)(270 * degToIndex) & SIN_MASK] = -1f;
		}
	}

	static public float sin (float radians) {
		return Sin.table[(int)(radians * radToIndex) & SIN_MASK];
	}

	public static float atanUnchecked (double i) {
		// We use double precision internally, because some constants need double precision.
		double n = Math.abs(i);
		// c uses the "equally-good" formulation that permits n to be from 0 to almost infinity.
		double c = (n - 1.0) / (n + 1.0);
		// The approximation needs 6 odd powers of c.
		double c2 = c * c;
		double c3 = c * c2;
		double c5 = c3 * c2;
		double c7 = c5 * c2;
		double c9 = c7 * c2;
		double c11 = c9 * c2;
		return (float)(Math.signum(i) * ((Math.PI * 0.25)
			+ (0.99997726 * c - 0.33262347 * c3 + 0.19354346 * c5 - 0.11643287 * c7 + 0.05265332 * c9 - 0.0117212 * c11)));
	}
}
