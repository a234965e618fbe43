package dev.leibniz.corpus.libsvm;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: cjlin1/libsvm (GitHub), java/libsvm/svm.java
 * Licence: BSD 3-clause ("modified BSD"), Copyright (c) 2000-2023 Chih-Chung Chang and Chih-Jen Lin.
 * All rights reserved. Redistribution and use in source and binary forms, with or without modification,
 * are permitted provided the conditions of the licence (COPYRIGHT in the source repository) are met.
 * Copied unchanged: svm.sigmoid_predict (entry; Platt scaling with a branch against cancellation).
 * Changes: package and class name; @Differentiable added to the entry method.
 */

import dev.leibniz.Differentiable;

public final class SvmSigmoidPredict {
	@Differentiable
	private static double sigmoid_predict(double decision_value, double A, double B)
	{
		double fApB = decision_value*A+B;
	// 1-p used later; avoid catastrophic cancellation
		if (fApB >= 0)
			return Math.exp(-fApB)/(1.0+Math.exp(-fApB));
		else
			return 1.0/(1+Math.exp(fApB)) ;
	}
}
