package dev.leibniz.corpus.georegression;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: GeoRegression 0.27.1, georegression sources jar (Maven Central; lessthanoptimal/GeoRegression on GitHub),
 * georegression/misc/GrlConstants.java
 * Licence: Apache License 2.0 (Copyright (C) 2022, Peter Abeles. All Rights Reserved. This file is part of Geometric
 * Regression Library (GeoRegression); http://www.apache.org/licenses/LICENSE-2.0). Distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND.
 * Copied unchanged: the fields PI and PI2 (public static, not final, as in the source).
 * Changes: package; the rest omitted.
 */

public class GrlConstants {
	public static double PI = Math.PI;
	public static double PI2 = 2.0*Math.PI;
}
