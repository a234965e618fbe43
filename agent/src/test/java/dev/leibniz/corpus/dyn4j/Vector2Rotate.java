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
 * Copied unchanged: the fields x and y, the (x, y) constructor, rotate(double theta, double x, double y) (entry)
 * and the package-private rotate(cos, sin, x, y) it calls (both rotate this vector in place and return it).
 * Changes: package and class name; javadoc omitted; @Differentiable added to the entry method; the rest of
 * Vector2 omitted.
 */

import dev.leibniz.Differentiable;

public class Vector2Rotate {
	public double x;

	public double y;

	public Vector2Rotate(double x, double y) {
		this.x = x;
		this.y = y;
	}

	Vector2Rotate rotate(double cos, double sin, double x, double y) {
		double tx = (this.x - x);
		double ty = (this.y - y);
		
		this.x = tx * cos - ty * sin + x;
		this.y = tx * sin + ty * cos + y;
		
		return this;
	}

	@Differentiable
	public Vector2Rotate rotate(double theta, double x, double y) {
		return this.rotate(Math.cos(theta), Math.sin(theta), x, y);
	}
}
