package dev.leibniz.corpus.ddogleg;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: DDogleg (lessthanoptimal/ddogleg on GitHub, commit 339d863244537ea384023a82d2eb1078c66bd220),
 * src/org/ddogleg/optimization/UtilOptimize.java
 * Licence: Apache License 2.0 ("Copyright (c) 2012-2023, Peter Abeles. All Rights Reserved. This file is part of
 * DDogleg (http://ddogleg.org). Licensed under the Apache License, Version 2.0"). Distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND.
 * Copied: maxAbs only, unchanged (called by LossHuber.Function.process and LossWeighted.process).
 * Changes: package; licence header shortened to this header; the other methods (optimizer loops on EJML types) left out.
 */
public class UtilOptimize {
	/**
	 * Returns the largest absolute value of an element in array within the specified range
	 */
	public static double maxAbs( double[] array, int idx0, int idx1 ) {
		double max = 0;
		for (int i = idx0; i < idx1; i++) {
			double r = Math.abs(array[i]);
			if (max < r)
				max = r;
		}
		return max;
	}
}
