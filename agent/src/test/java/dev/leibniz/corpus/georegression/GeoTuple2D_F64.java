package dev.leibniz.corpus.georegression;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: GeoRegression 0.27.1, georegression sources jar (Maven Central; lessthanoptimal/GeoRegression on GitHub),
 * georegression/struct/GeoTuple2D_F64.java
 * Licence: Apache License 2.0 (Copyright (C) 2022, Peter Abeles. All Rights Reserved. This file is part of Geometric
 * Regression Library (GeoRegression); http://www.apache.org/licenses/LICENSE-2.0). Distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND.
 * Copied unchanged: the fields x and y and the (x, y) constructor.
 * Changes: package; the superclass GeoTuple_F64 (and its GeoTuple) and the rest omitted, with the type parameter.
 */

public abstract class GeoTuple2D_F64 {
	public double x;
	public double y;

	protected GeoTuple2D_F64( double x, double y ) {
		this.x = x;
		this.y = y;
	}
}
