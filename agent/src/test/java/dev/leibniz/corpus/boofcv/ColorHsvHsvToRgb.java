package dev.leibniz.corpus.boofcv;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: BoofCV (lessthanoptimal/BoofCV on GitHub, commit 6ed253b7f222d9c111e6fe9c77f0bd5ea3394182),
 * main/boofcv-ip/src/main/java/boofcv/alg/color/ColorHsv.java
 * Licence: Apache License 2.0 (header as in the source: "Copyright (c) 2011-2022, Peter Abeles. All Rights Reserved.
 * This file is part of BoofCV (http://boofcv.org). Licensed under the Apache License, Version 2.0 ...
 * http://www.apache.org/licenses/LICENSE-2.0"). Distributed on an "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS
 * OF ANY KIND.
 * Copied unchanged: the constant d60_F64, hsvToRgb(double, double, double, double[]) (entry: the hue's sector by
 * "(int) h", the remainder "h - h_int", six branches on the sector).
 * Changes: package and class name; javadoc omitted; @Differentiable added to the entry method; the rest of ColorHsv
 * omitted.
 */

import dev.leibniz.Differentiable;

public class ColorHsvHsvToRgb {
	// 60 degrees in radians
	public static final double d60_F64 = 60.0*Math.PI/180.0;

	@Differentiable
	public static void hsvToRgb( double h , double s , double v , double []rgb ) {
		if( s == 0 ) {
			rgb[0] = v;
			rgb[1] = v;
			rgb[2] = v;
			return;
		}
		h /= d60_F64;
		int h_int = (int)h;
		double remainder = h - h_int;
		double p = v * ( 1 - s );
		double q = v * ( 1 - s * remainder );
		double t = v * ( 1 - s * ( 1 - remainder ) );

		if( h_int < 1 ) {
			rgb[0] = v;
			rgb[1] = t;
			rgb[2] = p;
		} else if( h_int < 2 ) {
			rgb[0] = q;
			rgb[1] = v;
			rgb[2] = p;
		} else if( h_int < 3 ) {
			rgb[0] = p;
			rgb[1] = v;
			rgb[2] = t;
		} else if( h_int < 4 ) {
			rgb[0] = p;
			rgb[1] = q;
			rgb[2] = v;
		} else if( h_int < 5 ) {
			rgb[0] = t;
			rgb[1] = p;
			rgb[2] = v;
		} else {
			rgb[0] = v;
			rgb[1] = p;
			rgb[2] = q;
		}
	}
}
