package dev.leibniz.corpus.ddogleg;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: DDogleg (lessthanoptimal/ddogleg on GitHub, commit 339d863244537ea384023a82d2eb1078c66bd220),
 * src/org/ddogleg/optimization/functions/FunctionNtoN.java
 * Licence: Apache License 2.0 ("Copyright (c) 2012-2023, Peter Abeles. All Rights Reserved. This file is part of
 * DDogleg (http://ddogleg.org). Licensed under the Apache License, Version 2.0"). Distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND.
 * Copied: the whole interface (a helper of the loss entries).
 * Changes: package; licence header shortened to this header; nothing else.
 */

/**
 * Function with N inputs and N outputs. The gradient of a function with N inputs and 1 output is the typical usage.
 *
 * @author Peter Abeles
 */
public interface FunctionNtoN {
	/**
	 * Returns the number of inputs and outputs for this function.
	 */
	int getN();

	/**
	 * Processes the function.
	 *
	 * @param input Array with the inputs of length N. Not modified.
	 * @param output Array for storing the output of length N. Modified.
	 */
	void process( double[] input, double[] output );
}
