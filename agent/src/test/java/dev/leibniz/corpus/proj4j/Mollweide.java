package dev.leibniz.corpus.proj4j;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: Proj4J 1.3.0, proj4j sources jar (Maven Central; locationtech/proj4j on GitHub),
 * org/locationtech/proj4j/proj/MolleweideProjection.java
 * Licence: Apache License 2.0 (Copyright 2006, 2017 Jerry Huxtable, Martin Davis; http://www.apache.org/licenses/LICENSE-2.0).
 * Distributed on an "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND.
 * Copied unchanged: the type constants, MAX_ITER, TOLERANCE, the fields, the no-argument and (int type)
 * constructors, init(double), project(double, double, ProjCoordinate) (entry; a Newton iteration with a
 * convergence break and a fallback when it does not converge).
 * Changes: package and class name; javadoc omitted; @Differentiable added to the entry method; the class extends
 * nothing (PseudoCylindricalProjection's state is not read by project); the (double) and (double, double,
 * double) constructors, projectInverse and the rest omitted.
 */

import dev.leibniz.Differentiable;

public class Mollweide {
	public static final int MOLLEWEIDE = 0;
	public static final int WAGNER4 = 1;
	public static final int WAGNER5 = 2;

	private static final int MAX_ITER = 10;
	private static final double TOLERANCE = 1e-7;

	private int type = MOLLEWEIDE;
	private double cx, cy, cp;

	public Mollweide() {
		this(MOLLEWEIDE);
	}

	public Mollweide(int type) {
		this.type = type;
		switch (type) {
		case MOLLEWEIDE:
			init(Math.PI/2);
			break;
		case WAGNER4:
			init(Math.PI/3);
			break;
		case WAGNER5:
			init(Math.PI/2);
			cx = 0.90977;
			cy = 1.65014;
			cp = 3.00896;
			break;
		}
	}

	public void init(double p) {
		double r, sp, p2 = p + p;

		sp = Math.sin(p);
		r = Math.sqrt(Math.PI*2.0 * sp / (p2 + Math.sin(p2)));
		cx = 2. * r / Math.PI;
		cy = r / sp;
		cp = p2 + Math.sin(p2);
	}

	@Differentiable
	public ProjCoordinate project(double lplam, double lpphi, ProjCoordinate xy) {
		double k, v;
		int i;

		k = cp * Math.sin(lpphi);
		for (i = MAX_ITER; i != 0; i--) {
			lpphi -= v = (lpphi + Math.sin(lpphi) - k) / (1. + Math.cos(lpphi));
			if (Math.abs(v) < TOLERANCE)
				break;
		}
		if (i == 0)
			lpphi = (lpphi < 0.) ? -Math.PI/2 : Math.PI/2;
		else
			lpphi *= 0.5;
		xy.x = cx * lplam * Math.cos(lpphi);
		xy.y = cy * Math.sin(lpphi);
		return xy;
	}
}
