package dev.leibniz.corpus.libsvm;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: cjlin1/libsvm (GitHub), java/libsvm/svm.java
 * Licence: BSD 3-clause ("modified BSD"), Copyright (c) 2000-2023 Chih-Chung Chang and Chih-Jen Lin.
 * All rights reserved. Redistribution and use in source and binary forms, with or without modification,
 * are permitted provided the conditions of the licence (COPYRIGHT in the source repository) are met.
 * Copied unchanged: Kernel.powi (entry; a power by repeated squaring over an int exponent).
 * Changes: package and class name; @Differentiable added to the entry method.
 */

import dev.leibniz.Differentiable;

public final class KernelPowi {
	@Differentiable
	private static double powi(double base, int times)
	{
		double tmp = base, ret = 1.0;

		for(int t=times; t>0; t/=2)
		{
			if(t%2==1) ret*=tmp;
			tmp = tmp * tmp;
		}
		return ret;
	}
}
