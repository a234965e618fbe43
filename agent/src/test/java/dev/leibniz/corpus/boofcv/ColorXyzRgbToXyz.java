package dev.leibniz.corpus.boofcv;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: BoofCV (lessthanoptimal/BoofCV on GitHub, commit 150100e120a3b8ff38649fe858d7000e8713d125),
 * main/boofcv-ip/src/main/java/boofcv/alg/color/ColorXyz.java
 * Licence: Apache License 2.0 (header as in the source: "Copyright (c) 2011-2022, Peter Abeles. All Rights Reserved.
 * This file is part of BoofCV (http://boofcv.org). Licensed under the Apache License, Version 2.0 ...
 * http://www.apache.org/licenses/LICENSE-2.0"). Distributed on an "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS
 * OF ANY KIND.
 * Copied unchanged: rgbToXyz(double, double, double, float[]) (entry: double 8-bit channels, "r/255.0f" in double,
 * the inverse gamma in double cast to float, the linear map in float into the array).
 * Changes: package and class name; @Differentiable added to the entry method; its helpers are in the copied ColorXyz
 * (called as ColorXyz.invGamma and ColorXyz.linearRgbToXyz).
 */

import dev.leibniz.Differentiable;

public class ColorXyzRgbToXyz {
	@Differentiable
	public static void rgbToXyz( double r, double g, double b, float[] xyz ) {
		ColorXyz.linearRgbToXyz((float)ColorXyz.invGamma(r/255.0f), (float)ColorXyz.invGamma(g/255.0f), (float)ColorXyz.invGamma(b/255.0f), xyz);
	}
}
