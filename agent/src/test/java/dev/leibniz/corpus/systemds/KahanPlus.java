package dev.leibniz.corpus.systemds;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: Apache SystemDS (apache/systemds on GitHub, commit 15d9f29739e51e6a75b16619e48e3a8fb64ea508),
 * src/main/java/org/apache/sysds/runtime/functionobjects/KahanPlus.java
 * Licence: Apache License 2.0 (ASF header: "Licensed to the Apache Software Foundation (ASF) ... under the Apache
 * License, Version 2.0"). Distributed on an "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND.
 * Copied unchanged: the singleton, execute2(KahanObject, double) (entry: Kahan's compensated sum written into the argument's two public fields through set(double, double), with a fast path for infinities) and execute3.
 * Changes: package; licence header shortened to this header; extends ValueFunction (KahanFunction's abstract declarations dropped); execute(Data, double) and execute(Data, double, double) (the same steps on SystemDS' Data type) omitted; @Differentiable added to execute2.
 */

import dev.leibniz.Differentiable;

public class KahanPlus extends ValueFunction
{
	private static final long serialVersionUID = -8338160609569967791L;

	private static KahanPlus singleObj = null;
	
	private KahanPlus() {
		// nothing to do here
	}
	
	public static KahanPlus getKahanPlusFnObject() {
		if ( singleObj == null )
			singleObj = new KahanPlus();
		return singleObj;
	}
	
	/**
	 * Simplified version of execute(Data in1, double in2) 
	 * without exception handling and casts.
	 * 
	 * @param in1 kahan object input
	 * @param in2 double input
	 */
	@Differentiable
	public void execute2(KahanObject in1, double in2) 
	{
		//fast path for INF/-INF in order to ensure result correctness
		//(computing corrections otherwise incorrectly computes NaN)
		if( Double.isInfinite(in1._sum) || Double.isInfinite(in2) ) {
			in1.set(Double.isInfinite(in2) ? in2 : in1._sum, 0);
			return;
		}
		
		//default path for any other value
		double correction = in2 + in1._correction;
		double sum = in1._sum + correction;
		in1.set(sum, correction-(sum-in1._sum)); //prevent eager JIT opt
	}
	
	public void execute3(KahanObject in1, double in2, int count) {
		execute2(in1, in2*count);
	}
}
