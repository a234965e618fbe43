package dev.leibniz.corpus.gdx;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: libGDX 1.12.1, gdx sources jar (Maven Central; libgdx/libgdx on GitHub),
 * com/badlogic/gdx/math/Bezier.java
 * Licence: Apache License 2.0 ("Copyright 2011 See AUTHORS file. Licensed under the Apache License, Version 2.0 ...
 * http://www.apache.org/licenses/LICENSE-2.0"). Distributed on an "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS
 * OF ANY KIND.
 * Copied unchanged: the static cubic(T, float, T, T, T, T, T) (entry), generic over Vector<T> (copied, reduced).
 * Changes: package and class name; javadoc omitted; @Differentiable added to the entry method; the rest of Bezier
 * omitted.
 */

import dev.leibniz.Differentiable;

public final class BezierCubic {
	@Differentiable
	public static <T extends Vector<T>> T cubic (final T out, final float t, final T p0, final T p1, final T p2, final T p3,
		final T tmp) {
		// B3(t) = (1-t) * (1-t) * (1-t) * p0 + 3 * (1-t) * (1-t) * t * p1 + 3 * (1-t) * t * t * p2 + t * t * t * p3
		final float dt = 1f - t;
		final float dt2 = dt * dt;
		final float t2 = t * t;
		return out.set(p0).scl(dt2 * dt).add(tmp.set(p1).scl(3 * dt2 * t)).add(tmp.set(p2).scl(3 * dt * t2))
			.add(tmp.set(p3).scl(t2 * t));
	}
}
