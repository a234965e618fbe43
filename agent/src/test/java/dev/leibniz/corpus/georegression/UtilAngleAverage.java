package dev.leibniz.corpus.georegression;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: GeoRegression 0.27.1, georegression sources jar (Maven Central; lessthanoptimal/GeoRegression on GitHub),
 * georegression/metric/UtilAngle.java
 * Licence: Apache License 2.0 (Copyright (C) 2022, Peter Abeles. All Rights Reserved. This file is part of Geometric
 * Regression Library (GeoRegression); http://www.apache.org/licenses/LICENSE-2.0). Distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND.
 * Copied unchanged: average(double, double) (entry), bound(double) and distanceCCW(double, double), which it calls.
 * Changes: package and class name (UtilAngle.distanceCCW qualified by the new name); javadoc omitted;
 * @Differentiable added to the entry method; the rest of UtilAngle omitted.
 */

import static java.lang.Math.PI;

import dev.leibniz.Differentiable;

public class UtilAngleAverage {
	@Differentiable
	public static double average( double a, double b ) {
		double dist = UtilAngleAverage.distanceCCW(bound(a), bound(b));
		if (dist > GrlConstants.PI) {
			dist = GrlConstants.PI2 - dist;
			return a - dist/2.0;
		} else {
			return a + dist/2.0;
		}
	}

	public static double bound( double ang ) {
		ang %= GrlConstants.PI2;

		if (ang > PI) {
			return ang - GrlConstants.PI2;
		} else if (ang < -PI) {
			return ang + GrlConstants.PI2;
		}

		return ang;
	}

	public static double distanceCCW( double angA, double angB ) {
		if (angB >= angA)
			return angB - angA;
		else
			return GrlConstants.PI2 - (angA - angB);
	}
}
