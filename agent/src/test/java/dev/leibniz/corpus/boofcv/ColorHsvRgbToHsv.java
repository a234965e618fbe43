package dev.leibniz.corpus.boofcv;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: BoofCV (lessthanoptimal/BoofCV on GitHub, commit 6ed253b7f222d9c111e6fe9c77f0bd5ea3394182),
 * main/boofcv-ip/src/main/java/boofcv/alg/color/ColorHsv.java
 * Licence: Apache License 2.0 (header as in the source: "Copyright (c) 2011-2022, Peter Abeles. All Rights Reserved.
 * This file is part of BoofCV (http://boofcv.org). Licensed under the Apache License, Version 2.0 ...
 * http://www.apache.org/licenses/LICENSE-2.0"). Distributed on an "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS
 * OF ANY KIND.
 * Copied unchanged: the constants d60_F64 and PI2_F64, rgbToHsv(double, double, double, double[]) (entry: maximum and
 * minimum by nested ternaries, "r == max" to pick the hue's sector, NaN hue for black, a wrap-around by 2 PI).
 * Changes: package and class name; javadoc omitted; @Differentiable added to the entry method; the rest of ColorHsv
 * omitted.
 */

import dev.leibniz.Differentiable;

public class ColorHsvRgbToHsv {
	// 60 degrees in radians
	public static final double d60_F64 = 60.0*Math.PI/180.0;

	// 360 degrees in radians
	public static final double PI2_F64 = 2*Math.PI;

	@Differentiable
	public static void rgbToHsv( double r , double g , double b , double []hsv ) {
		// Maximum value
		double max = r > g ? ( r > b ? r : b) : ( g > b ? g : b );
		// Minimum value
		double min = r < g ? ( r < b ? r : b) : ( g < b ? g : b );
		double delta = max - min;

		hsv[2] = max;

		if( max != 0 )
			hsv[1] = delta / max;
		else {
			hsv[0] = Double.NaN;
			hsv[1] = 0;
			return;
		}

		double h;
		if( r == max )
			h = ( g - b ) / delta;
		else if( g == max )
			h = 2 + ( b - r ) / delta;
		else
			h = 4 + ( r - g ) / delta;

		h *= d60_F64;
		if( h < 0 )
			h += PI2_F64;

		hsv[0] = h;
	}
}
