package dev.leibniz.corpus.systemds;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: Apache SystemDS (apache/systemds on GitHub, commit 693e81445e61f13658f60da18e734b8f5f6152c7),
 * src/main/java/org/tugraz/sysds/runtime/functionobjects/Mean.java (the SystemDS tree before its move to org.apache.sysds)
 * Licence: Apache License 2.0 (ASF header: "Licensed to the Apache Software Foundation (ASF) ... under the Apache
 * License, Version 2.0"). Distributed on an "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND.
 * Copied unchanged: the singleton with its held KahanPlus, execute2(KahanObject, double, double) (entry: the running mean's update, delta = (in2 - in1._sum) / count handed to the held KahanPlus.execute2).
 * Changes: package; licence header shortened to this header; extends ValueFunction; execute(Data, double, double) (the same on SystemDS' Data type) omitted; @Differentiable added to execute2.
 */

import dev.leibniz.Differentiable;

public class Mean extends ValueFunction 
{
	private static final long serialVersionUID = 1967222020396371269L;

	private static Mean singleObj = null;
	
	private KahanPlus _plus = null; 
	
	private Mean() {
		_plus = KahanPlus.getKahanPlusFnObject();
	}
	
	public static Mean getMeanFnObject() {
		if ( singleObj == null )
			singleObj = new Mean();
		return singleObj;
	}
	
	/**
	 * Simplified version of execute(Data in1, double in2) 
	 * without exception handling and casts.
	 * 
	 * @param in1 Kahan object input
	 * @param in2 double input
	 * @param count the count to divide by
	 */
	@Differentiable
	public void execute2(KahanObject in1, double in2, double count) 
	{
		double delta = (in2-in1._sum)/count;
		_plus.execute2(in1, delta);
	}
}
