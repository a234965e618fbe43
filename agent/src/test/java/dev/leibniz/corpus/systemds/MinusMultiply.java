package dev.leibniz.corpus.systemds;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: Apache SystemDS (apache/systemds on GitHub, commit 15d9f29739e51e6a75b16619e48e3a8fb64ea508),
 * src/main/java/org/apache/sysds/runtime/functionobjects/MinusMultiply.java
 * Licence: Apache License 2.0 (ASF header: "Licensed to the Apache Software Foundation (ASF) ... under the Apache
 * License, Version 2.0"). Distributed on an "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND.
 * Copied unchanged: the fields, both constructors, getConstant, getFnObject, execute(double, double, double) and execute(double, double) (entry: in1 - _cnt * in2, the constant held in a final field).
 * Changes: package; licence header shortened to this header; extends ValueFunction (TernaryValueFunction and its ValueFunctionWithConstant interface dropped) and setOp2Constant (returning a BinaryOperator) omitted; @Differentiable added to execute(double, double).
 */

import dev.leibniz.Differentiable;

public class MinusMultiply extends ValueFunction
{
	private static final long serialVersionUID = 2801982061205871665L;
	
	private static MinusMultiply singleObj = null;

	private final double _cnt;
	
	private MinusMultiply() {
		_cnt = 1;
	}
	
	private MinusMultiply(double cnt) {
		_cnt = cnt;
	}
	
	public double getConstant() {
		return _cnt;
	}

	public static MinusMultiply getFnObject() {
		if ( singleObj == null )
			singleObj = new MinusMultiply();
		return singleObj;
	}
	
	public double execute(double in1, double in2, double in3) {
		return in1 - in2 * in3;
	}
	
	@Differentiable
	@Override
	public double execute(double in1, double in2) {
		return in1 - _cnt * in2;
	}
}
