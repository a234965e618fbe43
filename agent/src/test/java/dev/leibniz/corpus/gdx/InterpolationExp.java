package dev.leibniz.corpus.gdx;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: libGDX 1.12.1, gdx sources jar (Maven Central; libgdx/libgdx on GitHub),
 * com/badlogic/gdx/math/Interpolation.java
 * Licence: Apache License 2.0 ("Copyright 2011 See AUTHORS file. Licensed under the Apache License, Version 2.0 ...
 * http://www.apache.org/licenses/LICENSE-2.0"). Distributed on an "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS
 * OF ANY KIND.
 * Copied unchanged: the nested class Interpolation.Exp: its fields, constructor and apply(float) (entry).
 * Changes: package; a top-level class named InterpolationExp extending the copied Interpolation; @Differentiable
 * added to the entry method.
 */

import dev.leibniz.Differentiable;

public class InterpolationExp extends Interpolation {
	final float value, power, min, scale;

	public InterpolationExp (float value, float power) {
		this.value = value;
		this.power = power;
		min = (float)Math.pow(value, -power);
		scale = 1 / (1 - min);
	}

	@Differentiable
	public float apply (float a) {
		if (a <= 0.5f) return ((float)Math.pow(value, power * (a * 2 - 1)) - min) * scale / 2;
		return (2 - ((float)Math.pow(value, -power * (a * 2 - 1)) - min) * scale) / 2;
	}
}
