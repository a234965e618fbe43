package dev.leibniz.corpus.georegression;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: GeoRegression 0.27.1, georegression sources jar (Maven Central; lessthanoptimal/GeoRegression on GitHub),
 * georegression/metric/Area2D_F64.java
 * Licence: Apache License 2.0 (Copyright (C) 2022, Peter Abeles. All Rights Reserved. This file is part of Geometric
 * Regression Library (GeoRegression); http://www.apache.org/licenses/LICENSE-2.0). Distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND.
 * Copied unchanged: triangle(Point2D_F64, Point2D_F64, Point2D_F64) (entry).
 * Changes: package and class name; javadoc omitted; @Differentiable added to the entry method.
 */

import dev.leibniz.Differentiable;

public class Area2DTriangle {
	@Differentiable
	public static double triangle( Point2D_F64 a, Point2D_F64 b, Point2D_F64 c ) {
		double inner = a.x*(b.y - c.y) + b.x*(c.y - a.y) + c.x*(a.y - b.y);

		return Math.abs(inner/2.0);
	}
}
