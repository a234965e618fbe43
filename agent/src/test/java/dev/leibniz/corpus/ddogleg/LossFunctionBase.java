package dev.leibniz.corpus.ddogleg;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: DDogleg (lessthanoptimal/ddogleg on GitHub, commit 339d863244537ea384023a82d2eb1078c66bd220),
 * src/org/ddogleg/optimization/loss/LossFunctionBase.java
 * Licence: Apache License 2.0 ("Copyright (c) 2012-2023, Peter Abeles. All Rights Reserved. This file is part of
 * DDogleg (http://ddogleg.org). Licensed under the Apache License, Version 2.0"). Distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND.
 * Copied: the whole class (the base of the loss entries).
 * Changes: package; licence header shortened to this header; Lombok's @Getter @Setter on numberOfFunctions written out as the getter and setter Lombok generates (the corpus does not run annotation processors).
 */


/**
 * Base class for loss functions. Provides an implementation of accessors for numberOfFunctions.
 */
public abstract class LossFunctionBase {
	/** Number of parameters that can be expected in the residual */
	protected int numberOfFunctions;

	public int getNumberOfFunctions() { return this.numberOfFunctions; }

	public void setNumberOfFunctions( int numberOfFunctions ) { this.numberOfFunctions = numberOfFunctions; }
}
