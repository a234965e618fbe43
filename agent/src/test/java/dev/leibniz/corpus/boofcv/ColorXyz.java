package dev.leibniz.corpus.boofcv;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: BoofCV (lessthanoptimal/BoofCV on GitHub, commit 150100e120a3b8ff38649fe858d7000e8713d125),
 * main/boofcv-ip/src/main/java/boofcv/alg/color/ColorXyz.java
 * Licence: Apache License 2.0 (header as in the source: "Copyright (c) 2011-2022, Peter Abeles. All Rights Reserved.
 * This file is part of BoofCV (http://boofcv.org). Licensed under the Apache License, Version 2.0 ...
 * http://www.apache.org/licenses/LICENSE-2.0"). Distributed on an "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS
 * OF ANY KIND.
 * Copied unchanged: the look-up tables table_invgamma_f/_d and the static initialiser filling them, invGamma(double),
 * gamma(double), linearRgbToXyz (double and float), xyzToLinearRgb (double and float).
 * Changes: package; javadoc omitted; the conversions of Planar images and to 8-bit RGB omitted. Not an entry
 * (helpers of ColorXyzRgbToXyz, ColorLabRgbToLab, ColorLabLabToLinearRgb).
 */
@SuppressWarnings({"MutablePublicArray"})
public class ColorXyz {
	// Look up tables for inverse gamma function. Should be faster than computing invGamma
	public final static float[] table_invgamma_f = new float[256];
	public final static double[] table_invgamma_d = new double[256];

	static {
		for (int i = 0; i < table_invgamma_f.length; i++) {
			table_invgamma_d[i] = invGamma(i/255.0);
			table_invgamma_f[i] = (float)table_invgamma_d[i];
		}
	}

	public static double invGamma( double v ) {
		if (v <= 0.04045) {
			return (v/12.92);
		}
		return Math.pow((v + 0.055)/1.055, 2.4);
	}

	public static double gamma( double v ) {
		if (v <= 0.0031308) {
			return (323.0/25.0)*v;
		}
		return (211.0/200.0)*Math.pow(v, 5.0/12.0) - (11.0/200.0);
	}

	public static void linearRgbToXyz( double r, double g, double b, double[] xyz ) {
		xyz[0] = 0.412453*r + 0.35758*g + 0.180423*b;
		xyz[1] = 0.212671*r + 0.71516*g + 0.072169*b;
		xyz[2] = 0.019334*r + 0.119193*g + 0.950227*b;
	}

	public static void linearRgbToXyz( float r, float g, float b, float[] xyz ) {
		xyz[0] = 0.412453f*r + 0.35758f*g + 0.180423f*b;
		xyz[1] = 0.212671f*r + 0.71516f*g + 0.072169f*b;
		xyz[2] = 0.019334f*r + 0.119193f*g + 0.950227f*b;
	}

	public static void xyzToLinearRgb( float x, float y, float z, float[] linearRgb ) {
		linearRgb[0] = 3.240479f*x - 1.53715f*y - 0.498535f*z;
		linearRgb[1] = -0.969256f*x + 1.875991f*y + 0.041556f*z;
		linearRgb[2] = 0.055648f*x - 0.204043f*y + 1.057311f*z;
	}

	public static void xyzToLinearRgb( double x, double y, double z, double[] linearRgb ) {
		linearRgb[0] = 3.240479*x - 1.53715*y - 0.498535*z;
		linearRgb[1] = -0.969256*x + 1.875991*y + 0.041556*z;
		linearRgb[2] = 0.055648*x - 0.204043*y + 1.057311*z;
	}
}
