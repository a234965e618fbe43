package dev.leibniz.corpus.systemds;

/*
 * Real-code corpus helper (test code only, see ../README.md).
 * Source: Apache SystemDS (apache/systemds on GitHub, commit 06dfd5f669d7901ecb4ac8e1b32e4b4faa923144),
 * src/main/java/org/apache/sysds/runtime/functionobjects/ValueFunction.java
 * Licence: Apache License 2.0 (ASF header: "Licensed to the Apache Software Foundation (ASF) ... under the Apache
 * License, Version 2.0"). Distributed on an "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND.
 * Copied unchanged: nothing (a minimal stand-in).
 * Changes: package; licence header shortened to this header; the abstract base of the value functions reduced to the four execute methods the copied classes override, each throwing as FunctionObject's do.
 */

public abstract class ValueFunction implements java.io.Serializable {
	private static final long serialVersionUID = 1L;

	public double execute(double in) {
		throw new DMLRuntimeException("execute(): Invalid operation for " + getClass().getSimpleName());
	}

	public double execute(long in) {
		throw new DMLRuntimeException("execute(): Invalid operation for " + getClass().getSimpleName());
	}

	public double execute(double in1, double in2) {
		throw new DMLRuntimeException("execute(): Invalid operation for " + getClass().getSimpleName());
	}

	public double execute(long in1, long in2) {
		throw new DMLRuntimeException("execute(): Invalid operation for " + getClass().getSimpleName());
	}
}
