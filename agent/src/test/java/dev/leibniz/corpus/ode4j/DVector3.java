package dev.leibniz.corpus.ode4j;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: ode4j 0.5.3, core sources jar (Maven Central; tzaeschke/ode4j on GitHub),
 * org/ode4j/math/DVector3.java
 * Licence: dual, taken under the BSD-style licence (Open Dynamics Engine, Copyright (C) 2001,2002 Russell L. Smith;
 * Open Dynamics Engine 4J, Copyright (C) 2009-2014 Tilmann Zaeschke. All rights reserved. "This library is free
 * software; you can redistribute it and/or modify it under the terms of EITHER (1) the GNU LGPL 2.1 or later, or (2)
 * the BSD-style license in ODE-LICENSE-BSD.TXT and ODE4J-LICENSE-BSD.TXT"; distributed WITHOUT ANY WARRANTY).
 * Copied unchanged: the fields d0, d1, d2, get(int), set(int, double).
 * Changes: package; javadoc and @Override omitted; implements nothing (DVector3C dropped); a constructor (double,
 * double, double) setting the fields directly (the original calls set(i, j, k)); the rest of DVector3 omitted. Not
 * an entry.
 */
public class DVector3 {

	private double d0, d1, d2;

	public DVector3(double i, double j, double k) {
		d0 = i;
		d1 = j;
		d2 = k;
	}

	public final double get(int i) {
	    switch (i) {
        case 0: return d0;
        case 1: return d1;
        case 2: return d2;
        default: throw new IllegalArgumentException("i=" + i);
	    }
	}

	public final DVector3 set(int i, double d) {
        switch (i) {
        case 0: d0 = d; break;
        case 1: d1 = d; break;
        case 2: d2 = d; break;
        default: throw new IllegalArgumentException("i=" + i);
        }
		return this;
	}
}
