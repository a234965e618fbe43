package dev.leibniz.corpus.georegression;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: GeoRegression 0.27.1, georegression sources jar (Maven Central; lessthanoptimal/GeoRegression on GitHub),
 * georegression/struct/point/Point2D_F64.java
 * Licence: Apache License 2.0 (Copyright (C) 2022, Peter Abeles. All Rights Reserved. This file is part of Geometric
 * Regression Library (GeoRegression); http://www.apache.org/licenses/LICENSE-2.0). Distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND.
 * Copied unchanged: the (x, y) and () constructors.
 * Changes: package; extends the reduced GeoTuple2D_F64 without its type parameter; the rest omitted.
 */

public class Point2D_F64 extends GeoTuple2D_F64 {
	public Point2D_F64( double x, double y ) {
		super(x, y);
	}

	public Point2D_F64() {
		this(0, 0);
	}
}
