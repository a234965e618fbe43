package dev.leibniz.corpus.dyn4j;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: dyn4j 5.0.2, dyn4j sources jar (Maven Central; dyn4j/dyn4j on GitHub), org/dyn4j/geometry/Vector2.java
 * (and Geometry.java for TWO_PI)
 * Licence: BSD 3-Clause (Copyright (c) 2010-2024 William Bittle http://www.dyn4j.org/; All rights reserved.
 * Redistribution and use in source and binary forms, with or without modification, are permitted provided that
 * the conditions of the licence are met: source redistributions retain this notice; neither the name of the
 * copyright holder nor its contributors may be used to endorse derived products. THIS SOFTWARE IS PROVIDED BY
 * THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND ANY EXPRESS OR IMPLIED WARRANTIES ARE DISCLAIMED.)
 * Copied unchanged: the fields x and y, the (x, y) constructor, getAngleBetween(double) (entry).
 * Changes: package and class name; javadoc omitted; @Differentiable added to the entry method; Geometry.TWO_PI
 * copied as a constant of this class; the rest of Vector2 omitted.
 */

import dev.leibniz.Differentiable;

public class Vector2AngleBetween {
	public static final double TWO_PI = 2.0 * Math.PI;

	public double x;

	public double y;

	public Vector2AngleBetween(double x, double y) {
		this.x = x;
		this.y = y;
	}

	@Differentiable
	public double getAngleBetween(double otherAngle) {
		double a = otherAngle - Math.atan2(this.y, this.x);
		if (a > Math.PI) return a - Vector2AngleBetween.TWO_PI;
		if (a < -Math.PI) return a + Vector2AngleBetween.TWO_PI;
		return a;
	}
}
