package dev.leibniz.corpus.gdx;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: libGDX 1.12.1, gdx sources jar (Maven Central; libgdx/libgdx on GitHub),
 * com/badlogic/gdx/math/Intersector.java
 * Licence: Apache License 2.0 ("Copyright 2011 See AUTHORS file. Licensed under the Apache License, Version 2.0 ...
 * http://www.apache.org/licenses/LICENSE-2.0"). Distributed on an "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS
 * OF ANY KIND.
 * Copied unchanged: the static scratch vector v2a, distanceSegmentPoint(float x6) (entry),
 * nearestSegmentPoint(float x6, Vector2); they call Vector2.set and Vector2.dst (copied in Vector2).
 * Changes: package and class name; javadoc omitted; @Differentiable added to the entry method.
 */

import dev.leibniz.Differentiable;

public final class IntersectorDistanceSegmentPoint {
	static Vector2 v2a = new Vector2();

	@Differentiable
	public static float distanceSegmentPoint (float startX, float startY, float endX, float endY, float pointX, float pointY) {
		return nearestSegmentPoint(startX, startY, endX, endY, pointX, pointY, v2a).dst(pointX, pointY);
	}

	public static Vector2 nearestSegmentPoint (float startX, float startY, float endX, float endY, float pointX, float pointY,
		Vector2 nearest) {
		final float xDiff = endX - startX;
		final float yDiff = endY - startY;
		float length2 = xDiff * xDiff + yDiff * yDiff;
		if (length2 == 0) return nearest.set(startX, startY);
		float t = ((pointX - startX) * (endX - startX) + (pointY - startY) * (endY - startY)) / length2;
		if (t <= 0) return nearest.set(startX, startY);
		if (t >= 1) return nearest.set(endX, endY);
		return nearest.set(startX + t * (endX - startX), startY + t * (endY - startY));
	}
}
