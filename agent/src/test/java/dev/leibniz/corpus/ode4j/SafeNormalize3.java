package dev.leibniz.corpus.ode4j;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: ode4j 0.5.3, core sources jar (Maven Central; tzaeschke/ode4j on GitHub),
 * org/ode4j/ode/OdeMath.java (with ode/internal/Common.java, CommonEnums.java)
 * Licence: dual, taken under the BSD-style licence (Open Dynamics Engine, Copyright (C) 2001,2002 Russell L. Smith;
 * Open Dynamics Engine 4J, Copyright (C) 2009-2014 Tilmann Zaeschke. All rights reserved. "This library is free
 * software; you can redistribute it and/or modify it under the terms of EITHER (1) the GNU LGPL 2.1 or later, or (2)
 * the BSD-style license in ODE-LICENSE-BSD.TXT and ODE4J-LICENSE-BSD.TXT"; distributed WITHOUT ANY WARRANTY).
 * Copied unchanged: dxSafeNormalize3(DVector3) (entry, OdeMath); dAASSERT(Object...), dUASSERT(int, String),
 * dFabs, dRecip, dRecipSqrt, dCopySign (Common); dV3E_X, dV3E_Y, dV3E_Z (CommonEnums, as their values 0, 1, 2).
 * Changes: package and class name; javadoc and the comments omitted; @Differentiable added to the entry method;
 * dUASSERT throws an IllegalStateException with the message where ode4j calls ErrorHandler.dDebug (whose default
 * handler throws); the helpers are in this class instead of Common.
 */

import dev.leibniz.Differentiable;

public final class SafeNormalize3 {
	public static final int dV3E_X = 0;
	public static final int dV3E_Y = 1;
	public static final int dV3E_Z = 2;

	@Differentiable
	public static boolean dxSafeNormalize3(DVector3 a) {
		dAASSERT(a);

		boolean ret = false;

		do {
			double abs_a0 = dFabs(a.get(dV3E_X));
			double abs_a1 = dFabs(a.get(dV3E_Y));
			double abs_a2 = dFabs(a.get(dV3E_Z));

			//dVec3Element idx;
			int idx = 0;

			if (abs_a1 > abs_a0) {
				if (abs_a2 > abs_a1) { // abs_a2 is the largest
					idx = dV3E_Z;
				} else {              // abs_a1 is the largest
					idx = dV3E_Y;
				}
			} else if (abs_a2 > abs_a0) {// abs_a2 is the largest
				idx = dV3E_Z;
			} else {              // aa[0] might be the largest
				if (!(abs_a0 > (0.0))) {
					// if all a's are zero, this is where we'll end up.
					// return the vector unchanged.
					break;
				}

				// abs_a0 is the largest
				idx = dV3E_X;
			}

			if (idx == dV3E_X) {
				double aa0_recip = dRecip(abs_a0);
				double a1 = a.get(dV3E_Y) * aa0_recip;
				double a2 = a.get(dV3E_Z) * aa0_recip;
				double l = dRecipSqrt((1.0) + a1 * a1 + a2 * a2);
				a.set(dV3E_Y, a1 * l);
				a.set(dV3E_Z, a2 * l);
				a.set(dV3E_X, dCopySign(l, a.get(dV3E_X)));
			} else if (idx == dV3E_Y) {
				double aa1_recip = dRecip(abs_a1);
				double a0 = a.get(dV3E_X) * aa1_recip;
				double a2 = a.get(dV3E_Z) * aa1_recip;
				double l = dRecipSqrt((1.0) + a0 * a0 + a2 * a2);
				a.set(dV3E_X, a0 * l);
				a.set(dV3E_Z, a2 * l);
				a.set(dV3E_Y, dCopySign(l, a.get(dV3E_Y)));
			} else {
				double aa2_recip = dRecip(abs_a2);
				double a0 = a.get(dV3E_X) * aa2_recip;
				double a1 = a.get(dV3E_Y) * aa2_recip;
				double l = dRecipSqrt((1.0) + a0 * a0 + a1 * a1);
				a.set(dV3E_X, a0 * l);
				a.set(dV3E_Y, a1 * l);
				a.set(dV3E_Z, dCopySign(l, a.get(dV3E_Z)));
			}

			ret = true;
		}
		while (false);

		return ret;
	}

	public static void dAASSERT(Object ... aa) {
		for (Object a: aa) {
			if (a == null) {
				dUASSERT(0, "Bad argument(s)");
			}
		}
	}

	public static void dUASSERT(int  a, String msg) {
		if (a == 0) {
			throw new IllegalStateException(msg);
		}
	}

	public static double dFabs(double x) {
		return Math.abs(x);
	}

	public static double dRecip(double x) { return 1.0/x; }

	public static double dRecipSqrt(double x) { return 1.0/Math.sqrt(x); }

	public static double dCopySign(double a, double b) {
		return Math.copySign(a, b);
	}
}
