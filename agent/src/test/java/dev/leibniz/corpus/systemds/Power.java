package dev.leibniz.corpus.systemds;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: Apache SystemDS (apache/systemds on GitHub, commit 81315a307aa890525bdd55125b02d1cfaee50367),
 * src/main/java/org/apache/sysds/runtime/functionobjects/Power.java
 * Licence: Apache License 2.0 (ASF header: "Licensed to the Apache Software Foundation (ASF) ... under the Apache
 * License, Version 2.0"). Distributed on an "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND.
 * Copied unchanged: the whole class (entry: execute(double, double), Math.pow of two active values).
 * Changes: package; licence header shortened to this header; @Differentiable added to execute(double, double).
 */

import dev.leibniz.Differentiable;

// Singleton class

public class Power extends ValueFunction 
{

	private static final long serialVersionUID = 1503063846565177447L;

	private static Power singleObj = null;
	
	private Power() {
		// nothing to do here
	}
	
	public static Power getPowerFnObject() {
		if ( singleObj == null )
			singleObj = new Power();
		return singleObj;
	}
	
	@Differentiable
	@Override
	public double execute(double in1, double in2) {
		return Math.pow(in1, in2); 
	}

	@Override
	public double execute(long in1, long in2) {
		return Math.pow(in1, in2);
	}

}
