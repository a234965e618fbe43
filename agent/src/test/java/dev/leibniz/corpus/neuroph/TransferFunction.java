package dev.leibniz.corpus.neuroph;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: Neuroph 2.9 (neuroph/neuroph on GitHub, commit 3e57d4be2f06db287d6b3ff09f35e55873567860),
 * neuroph-2.9/Core/src/main/java/org/neuroph/core/transfer/TransferFunction.java
 * Licence: Apache License 2.0 (header as in the source: "Copyright 2010 Neuroph Project http://neuroph.sourceforge.net
 * Licensed under the Apache License, Version 2.0 ... http://www.apache.org/licenses/LICENSE-2.0"). Distributed on an
 * "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND.
 * Copied unchanged: the whole class (the protected field output caching the last value, the abstract getOutput,
 * getDerivative returning 1).
 * Changes: package; javadoc shortened. Not an entry.
 */

import java.io.Serializable;

abstract public class TransferFunction implements Serializable {
	private static final long serialVersionUID = 1L;

        /**
         * Output result
         */
        protected double output; // cached output value to avoid double calculation for derivative

	abstract public double getOutput(double totalInput);

	public double getDerivative(double totalInput) {
		return 1d;
	}
}
