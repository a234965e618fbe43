package dev.leibniz.corpus.gdx;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: libGDX 1.12.1, gdx sources jar (Maven Central; libgdx/libgdx on GitHub),
 * com/badlogic/gdx/math/Interpolation.java
 * Licence: Apache License 2.0 ("Copyright 2011 See AUTHORS file. Licensed under the Apache License, Version 2.0 ...
 * http://www.apache.org/licenses/LICENSE-2.0"). Distributed on an "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS
 * OF ANY KIND.
 * Copied unchanged: the nested class Interpolation.Elastic: its fields, constructor and apply(float) (entry), which
 * calls MathUtils.sin, a lookup table (copied in MathUtils).
 * Changes: package; a top-level class named InterpolationElastic extending the copied Interpolation;
 * @Differentiable added to the entry method.
 */

import dev.leibniz.Differentiable;

public class InterpolationElastic extends Interpolation {
	final float value, power, scale, bounces;

	public InterpolationElastic (float value, float power, int bounces, float scale) {
		this.value = value;
		this.power = power;
		this.scale = scale;
		this.bounces = bounces * MathUtils.PI * (bounces % 2 == 0 ? 1 : -1);
	}

	@Differentiable
	public float apply (float a) {
		if (a <= 0.5f) {
			a *= 2;
			return (float)Math.pow(value, power * (a - 1)) * MathUtils.sin(a * bounces) * scale / 2;
		}
		a = 1 - a;
		a *= 2;
		return 1 - (float)Math.pow(value, power * (a - 1)) * MathUtils.sin((a) * bounces) * scale / 2;
	}
}
