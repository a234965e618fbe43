package dev.leibniz.corpus.gdx;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: libGDX 1.12.1, gdx sources jar (Maven Central; libgdx/libgdx on GitHub),
 * com/badlogic/gdx/math/GeometryUtils.java
 * Licence: Apache License 2.0 ("Copyright 2011 See AUTHORS file. Licensed under the Apache License, Version 2.0 ...
 * http://www.apache.org/licenses/LICENSE-2.0"). Distributed on an "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS
 * OF ANY KIND.
 * Copied unchanged: polygonCentroid(float[], int, int, Vector2) (entry).
 * Changes: package and class name; javadoc omitted; @Differentiable added to the entry method.
 */

import dev.leibniz.Differentiable;

public final class GeometryUtilsPolygonCentroid {
	@Differentiable
	static public Vector2 polygonCentroid (float[] polygon, int offset, int count, Vector2 centroid) {
		if (count < 6) throw new IllegalArgumentException("A polygon must have 3 or more coordinate pairs.");

		float area = 0, x = 0, y = 0;
		int last = offset + count - 2;
		float x1 = polygon[last], y1 = polygon[last + 1];
		for (int i = offset; i <= last; i += 2) {
			float x2 = polygon[i], y2 = polygon[i + 1];
			float a = x1 * y2 - x2 * y1;
			area += a;
			x += (x1 + x2) * a;
			y += (y1 + y2) * a;
			x1 = x2;
			y1 = y2;
		}
		if (area == 0) {
			centroid.x = 0;
			centroid.y = 0;
		} else {
			area *= 0.5f;
			centroid.x = x / (6 * area);
			centroid.y = y / (6 * area);
		}
		return centroid;
	}
}
