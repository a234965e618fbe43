package dev.leibniz.corpus.gdx;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: libGDX 1.12.1, gdx sources jar (Maven Central; libgdx/libgdx on GitHub),
 * com/badlogic/gdx/math/Interpolation.java
 * Licence: Apache License 2.0 ("Copyright 2011 See AUTHORS file. Licensed under the Apache License, Version 2.0 ...
 * http://www.apache.org/licenses/LICENSE-2.0"). Distributed on an "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS
 * OF ANY KIND.
 * Copied unchanged: the nested class Interpolation.Pow: its field, constructor and apply(float) (entry).
 * Changes: package; a top-level class named InterpolationPow extending the copied Interpolation; @Differentiable
 * added to the entry method.
 */

import dev.leibniz.Differentiable;

public class InterpolationPow extends Interpolation {
	final int power;

	public InterpolationPow (int power) {
		this.power = power;
	}

	@Differentiable
	public float apply (float a) {
		if (a <= 0.5f) return (float)Math.pow(a * 2, power) / 2;
		return (float)Math.pow((a - 1) * 2, power) / (power % 2 == 0 ? -2 : 2) + 1;
	}
}
