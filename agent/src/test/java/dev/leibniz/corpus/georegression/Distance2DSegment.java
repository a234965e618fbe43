package dev.leibniz.corpus.georegression;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: GeoRegression 0.27.1, georegression sources jar (Maven Central; lessthanoptimal/GeoRegression on GitHub),
 * georegression/metric/Distance2D_F64.java
 * Licence: Apache License 2.0 (Copyright (C) 2022, Peter Abeles. All Rights Reserved. This file is part of Geometric
 * Regression Library (GeoRegression); http://www.apache.org/licenses/LICENSE-2.0). Distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND.
 * Copied unchanged: distanceSq(LineSegment2D_F64, double, double) (entry); it calls UtilPoint2D_F64.distanceSq.
 * Changes: package and class name; javadoc omitted; @Differentiable added to the entry method.
 */

import dev.leibniz.Differentiable;

public class Distance2DSegment {
	@Differentiable
	public static double distanceSq( LineSegment2D_F64 line, double x, double y ) {
		double a = line.b.x - line.a.x;
		double b = line.b.y - line.a.y;

		double t = a*(x - line.a.x) + b*(y - line.a.y);
		t /= (a*a + b*b);

		// if the point of intersection is past the end points return the distance
		// from the closest end point
		if (t < 0) {
			return UtilPoint2D_F64.distanceSq(line.a.x, line.a.y, x, y);
		} else if (t > 1.0)
			return UtilPoint2D_F64.distanceSq(line.b.x, line.b.y, x, y);

		// return the distance of the closest point on the line
		return UtilPoint2D_F64.distanceSq(line.a.x + t*a, line.a.y + t*b, x, y);
	}
}
