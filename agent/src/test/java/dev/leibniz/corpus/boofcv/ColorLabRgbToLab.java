package dev.leibniz.corpus.boofcv;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: BoofCV (lessthanoptimal/BoofCV on GitHub, commit 30d14e686223c42b417c4059174d2e5593912db4),
 * main/boofcv-ip/src/main/java/boofcv/alg/color/ColorLab.java
 * Licence: Apache License 2.0 (header as in the source: "Copyright (c) 2011-2022, Peter Abeles. All Rights Reserved.
 * This file is part of BoofCV (http://boofcv.org). Licensed under the Apache License, Version 2.0 ...
 * http://www.apache.org/licenses/LICENSE-2.0"). Distributed on an "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS
 * OF ANY KIND.
 * Copied unchanged: the float constants epsilon_f, kappa_f, Xr_f, Yr_f, Zr_f, rgbToLab(double, double, double,
 * float[]) (entry) and what it calls: linearRgbToLab(float, float, float, float[]) and xyzToLab(float, float, float,
 * float[]) (reads lab[0..2] and overwrites them: "xyzToLab(lab[0],lab[1],lab[2],lab)"; a cube root by
 * Math.pow(xr, 1.0f/3.0f) in float above the CIE epsilon, a line below).
 * Changes: package and class name; javadoc omitted; @Differentiable added to the entry method; "import static
 * boofcv.alg.color.ColorXyz.*" replaced by calls of the copied ColorXyz (ColorXyz.invGamma; linearRgbToLab already
 * called ColorXyz.linearRgbToXyz); the double constants and the other conversions omitted.
 */

import dev.leibniz.Differentiable;

public class ColorLabRgbToLab {
	public static final float epsilon_f = 0.008856f;	//actual CIE standard
	public static final float kappa_f   = 903.3f;		//actual CIE standard

	public static final float Xr_f = 0.950456f;	//reference white
	public static final float Yr_f = 1.0f;		//reference white
	public static final float Zr_f = 1.088754f;	//reference white

	@Differentiable
	public static void rgbToLab( double r , double g , double b , float []lab ) {
		linearRgbToLab((float)ColorXyz.invGamma(r/255.0f),(float)ColorXyz.invGamma(g/255.0f),(float)ColorXyz.invGamma(b/255.0f),lab);
	}

	public static void xyzToLab(float X, float Y, float Z, float[] lab ) {
		float xr = X/Xr_f;
		float yr = Y/Yr_f;
		float zr = Z/Zr_f;

		float fx, fy, fz;
		if(xr > epsilon_f)	fx = (float)Math.pow(xr, 1.0f/3.0f);
		else				fx = (kappa_f*xr + 16.0f)/116.0f;
		if(yr > epsilon_f)	fy = (float)Math.pow(yr, 1.0/3.0f);
		else				fy = (kappa_f*yr + 16.0f)/116.0f;
		if(zr > epsilon_f)	fz = (float)Math.pow(zr, 1.0/3.0f);
		else				fz = (kappa_f*zr + 16.0f)/116.0f;

		lab[0] = 116.0f*fy-16.0f;
		lab[1] = 500.0f*(fx-fy);
		lab[2] = 200.0f*(fy-fz);
	}

	public static void linearRgbToLab(float r , float g , float b , float[] lab) {
		ColorXyz.linearRgbToXyz(r,g,b,lab);
		xyzToLab(lab[0],lab[1],lab[2],lab);
	}
}
