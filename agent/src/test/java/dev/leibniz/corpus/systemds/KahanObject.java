package dev.leibniz.corpus.systemds;

/*
 * Real-code corpus helper (test code only, see ../README.md).
 * Source: Apache SystemDS (apache/systemds on GitHub, commit df18782fb2d5777d39cd76c4db996e9d60fcfd19),
 * src/main/java/org/apache/sysds/runtime/instructions/cp/KahanObject.java
 * Licence: Apache License 2.0 (ASF header: "Licensed to the Apache Software Foundation (ASF) ... under the Apache
 * License, Version 2.0"). Distributed on an "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND.
 * Copied unchanged: the fields, the constructor, toString, compare, equals, hashCode, set(KahanObject), set(double, double), isAllZero.
 * Changes: package; licence header shortened to this header; no longer extends Data (the constructor's super(DataType.UNKNOWN, ValueType.UNKNOWN) and the Data overrides read, write, getDebugName omitted).
 */

public class KahanObject
{

	public double _sum;
	public double _correction;

	public KahanObject(double sum, double cor){
		_sum=sum;
		_correction=cor;
	}

	@Override
	public String toString() {
		return "("+_sum+", "+_correction+")";
	}
	
	public static int compare(KahanObject k1, KahanObject k2) {
		if(k1._sum!=k2._sum)
			return Double.compare(k1._sum, k2._sum);
		else 
			return Double.compare(k1._correction, k2._correction);
	}
	
	@Override
	public boolean equals( Object o ) {
		if( !(o instanceof KahanObject) )
			return false;
		KahanObject that = (KahanObject) o;
		return (_sum==that._sum && _correction==that._correction);
	}
	
	@Override
	public int hashCode() {
		throw new RuntimeException("hashCode() should never be called on instances of this class.");
	}
	
	public void set(KahanObject that)
	{
		this._sum=that._sum;
		this._correction=that._correction;
	}
	
	public void set(double s, double c)
	{
		this._sum=s;
		this._correction=c;
	}
	
	public boolean isAllZero()
	{
		return _sum==0 && _correction==0;
	}
}
