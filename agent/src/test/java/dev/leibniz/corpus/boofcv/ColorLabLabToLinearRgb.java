package dev.leibniz.corpus.boofcv;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: BoofCV (lessthanoptimal/BoofCV on GitHub, commit 30d14e686223c42b417c4059174d2e5593912db4),
 * main/boofcv-ip/src/main/java/boofcv/alg/color/ColorLab.java
 * Licence: Apache License 2.0 (header as in the source: "Copyright (c) 2011-2022, Peter Abeles. All Rights Reserved.
 * This file is part of BoofCV (http://boofcv.org). Licensed under the Apache License, Version 2.0 ...
 * http://www.apache.org/licenses/LICENSE-2.0"). Distributed on an "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS
 * OF ANY KIND.
 * Copied unchanged: the constants epsilon, Xr_f, Yr_f, Zr_f, labToLinearRgb(double, double, double, double[]) (entry)
 * and what it calls: labToXyz(double, double, double, double[]) (float constants times double), invTran(double) (a
 * cube above the CIE epsilon, a cubic below) and ColorXyz.xyzToLinearRgb(double x 3, double[]) reading the array it
 * overwrites.
 * Changes: package and class name; javadoc omitted; @Differentiable added to the entry method; "import static
 * boofcv.alg.color.ColorXyz.*" replaced by a call of the copied ColorXyz.xyzToLinearRgb; the other conversions
 * omitted.
 */

import dev.leibniz.Differentiable;

public class ColorLabLabToLinearRgb {
	public static final double epsilon = 0.008856;	//actual CIE standard

	public static final float Xr_f = 0.950456f;	//reference white
	public static final float Yr_f = 1.0f;		//reference white
	public static final float Zr_f = 1.088754f;	//reference white

	@Differentiable
	public static void labToLinearRgb( double L , double a , double b , double []linearRgb ) {
		labToXyz(L,a,b,linearRgb);
		ColorXyz.xyzToLinearRgb(linearRgb[0],linearRgb[1],linearRgb[2],linearRgb);
	}

	public static void labToXyz(double L, double a, double b, double[] xyz ) {
		double left = (L+16.0)/116.0;
		xyz[0] = Xr_f*invTran(left+a/500.0);
		xyz[1] = Yr_f*invTran(left);
		xyz[2] = Zr_f*invTran(left-b/200.0);
	}

	public static double invTran( double t ) {
		if( t > epsilon ) {
			return t*t*t;
		} else {
			return 3.0*t*t*(t-(4.0/29.0));
		}
	}
}
