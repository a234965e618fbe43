package dev.leibniz.corpus.gdx;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: libGDX 1.12.1, gdx sources jar (Maven Central; libgdx/libgdx on GitHub),
 * com/badlogic/gdx/math/MathUtils.java
 * Licence: Apache License 2.0 ("Copyright 2011 See AUTHORS file. Licensed under the Apache License, Version 2.0 ...
 * http://www.apache.org/licenses/LICENSE-2.0"). Distributed on an "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS
 * OF ANY KIND.
 * Copied unchanged: lerpAngle(float, float, float) (entry).
 * Changes: package and class name; javadoc omitted; @Differentiable added to the entry method; PI and PI2 read from
 * the copied MathUtils.
 */

import static dev.leibniz.corpus.gdx.MathUtils.PI;
import static dev.leibniz.corpus.gdx.MathUtils.PI2;

import dev.leibniz.Differentiable;

public final class MathUtilsLerpAngle {
	@Differentiable
	public static float lerpAngle (float fromRadians, float toRadians, float progress) {
		float delta = (((toRadians - fromRadians) % PI2 + PI2 + PI) % PI2) - PI;
		return ((fromRadians + delta * progress) % PI2 + PI2) % PI2;
	}
}
