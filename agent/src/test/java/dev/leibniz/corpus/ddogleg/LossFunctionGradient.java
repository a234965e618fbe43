package dev.leibniz.corpus.ddogleg;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: DDogleg (lessthanoptimal/ddogleg on GitHub, commit 339d863244537ea384023a82d2eb1078c66bd220),
 * src/org/ddogleg/optimization/loss/LossFunctionGradient.java
 * Licence: Apache License 2.0 ("Copyright (c) 2012-2023, Peter Abeles. All Rights Reserved. This file is part of
 * DDogleg (http://ddogleg.org). Licensed under the Apache License, Version 2.0"). Distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND.
 * Copied: the whole interface (a helper of the loss entries).
 * Changes: package; licence header shortened to this header; FunctionNtoN from this package (no import).
 */


/**
 * Analytical gradient for a function that implements {@link LossFunction}.
 *
 * @author Peter Abeles
 */
public interface LossFunctionGradient extends FunctionNtoN {
	/** Number of elements in the residual */
	int getNumberOfFunctions();

	void setNumberOfFunctions( int value );

	@Override default int getN() {
		return getNumberOfFunctions();
	}
}
