package dev.leibniz.corpus.gdx;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: libGDX 1.12.1, gdx sources jar (Maven Central; libgdx/libgdx on GitHub),
 * com/badlogic/gdx/math/MathUtils.java
 * Licence: Apache License 2.0 ("Copyright 2011 See AUTHORS file. Licensed under the Apache License, Version 2.0 ...
 * http://www.apache.org/licenses/LICENSE-2.0"). Distributed on an "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS
 * OF ANY KIND.
 * Copied unchanged: atan2(float, float) (entry); it calls MathUtils.atanUnchecked(double) (copied in MathUtils).
 * Changes: package and class name; javadoc omitted; @Differentiable added to the entry method; PI and HALF_PI read
 * from the copied MathUtils.
 */

import static dev.leibniz.corpus.gdx.MathUtils.HALF_PI;
import static dev.leibniz.corpus.gdx.MathUtils.PI;
import static dev.leibniz.corpus.gdx.MathUtils.atanUnchecked;

import dev.leibniz.Differentiable;

public final class MathUtilsAtan2 {
	@Differentiable
	public static float atan2 (final float y, float x) {
		float n = y / x;
		if (n != n)
			n = (y == x ? 1f : -1f); // if both y and x are infinite, n would be NaN
		else if (n - n != n - n) x = 0f; // if n is infinite, y is infinitely larger than x.
		if (x > 0)
			return atanUnchecked(n);
		else if (x < 0) {
			if (y >= 0) return atanUnchecked(n) + PI;
			return atanUnchecked(n) - PI;
		} else if (y > 0)
			return x + HALF_PI;
		else if (y < 0) return x - HALF_PI;
		return x + y; // returns 0 for 0,0 or NaN if either y or x is NaN
	}
}
