package dev.leibniz.corpus.georegression;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: GeoRegression 0.27.1, georegression sources jar (Maven Central; lessthanoptimal/GeoRegression on GitHub),
 * georegression/struct/line/LineSegment2D_F64.java
 * Licence: Apache License 2.0 (Copyright (C) 2022, Peter Abeles. All Rights Reserved. This file is part of Geometric
 * Regression Library (GeoRegression); http://www.apache.org/licenses/LICENSE-2.0). Distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND.
 * Copied unchanged: the fields a and b, the () constructor, wrap(Point2D_F64, Point2D_F64).
 * Changes: package; no longer Serializable; the rest omitted.
 */

public class LineSegment2D_F64 {
	public Point2D_F64 a = new Point2D_F64();
	public Point2D_F64 b = new Point2D_F64();

	public LineSegment2D_F64() {}

	public static LineSegment2D_F64 wrap( Point2D_F64 a, Point2D_F64 b ) {
		LineSegment2D_F64 ret = new LineSegment2D_F64();
		ret.a = a;
		ret.b = b;
		return ret;
	}
}
