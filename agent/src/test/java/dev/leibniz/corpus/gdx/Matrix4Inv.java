package dev.leibniz.corpus.gdx;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: libGDX 1.12.1, gdx sources jar (Maven Central; libgdx/libgdx on GitHub),
 * com/badlogic/gdx/math/Matrix4.java
 * Licence: Apache License 2.0 ("Copyright 2011 See AUTHORS file. Licensed under the Apache License, Version 2.0 ...
 * http://www.apache.org/licenses/LICENSE-2.0"). Distributed on an "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS
 * OF ANY KIND.
 * Copied unchanged: the index constants M00 ... M33, the static inv(float[]) (entry) and det(float[]).
 * Changes: package and class name; javadoc and the constants' comments omitted; @Differentiable added to the entry
 * method; the rest of Matrix4 omitted.
 */

import dev.leibniz.Differentiable;

public final class Matrix4Inv {
	public static final int M00 = 0;
	public static final int M01 = 4;
	public static final int M02 = 8;
	public static final int M03 = 12;
	public static final int M10 = 1;
	public static final int M11 = 5;
	public static final int M12 = 9;
	public static final int M13 = 13;
	public static final int M20 = 2;
	public static final int M21 = 6;
	public static final int M22 = 10;
	public static final int M23 = 14;
	public static final int M30 = 3;
	public static final int M31 = 7;
	public static final int M32 = 11;
	public static final int M33 = 15;

	@Differentiable
	public static boolean inv (float[] values) {
		float l_det = det(values);
		if (l_det == 0) return false;
		float m00 = values[M12] * values[M23] * values[M31] - values[M13] * values[M22] * values[M31]
			+ values[M13] * values[M21] * values[M32] - values[M11] * values[M23] * values[M32]
			- values[M12] * values[M21] * values[M33] + values[M11] * values[M22] * values[M33];
		float m01 = values[M03] * values[M22] * values[M31] - values[M02] * values[M23] * values[M31]
			- values[M03] * values[M21] * values[M32] + values[M01] * values[M23] * values[M32]
			+ values[M02] * values[M21] * values[M33] - values[M01] * values[M22] * values[M33];
		float m02 = values[M02] * values[M13] * values[M31] - values[M03] * values[M12] * values[M31]
			+ values[M03] * values[M11] * values[M32] - values[M01] * values[M13] * values[M32]
			- values[M02] * values[M11] * values[M33] + values[M01] * values[M12] * values[M33];
		float m03 = values[M03] * values[M12] * values[M21] - values[M02] * values[M13] * values[M21]
			- values[M03] * values[M11] * values[M22] + values[M01] * values[M13] * values[M22]
			+ values[M02] * values[M11] * values[M23] - values[M01] * values[M12] * values[M23];
		float m10 = values[M13] * values[M22] * values[M30] - values[M12] * values[M23] * values[M30]
			- values[M13] * values[M20] * values[M32] + values[M10] * values[M23] * values[M32]
			+ values[M12] * values[M20] * values[M33] - values[M10] * values[M22] * values[M33];
		float m11 = values[M02] * values[M23] * values[M30] - values[M03] * values[M22] * values[M30]
			+ values[M03] * values[M20] * values[M32] - values[M00] * values[M23] * values[M32]
			- values[M02] * values[M20] * values[M33] + values[M00] * values[M22] * values[M33];
		float m12 = values[M03] * values[M12] * values[M30] - values[M02] * values[M13] * values[M30]
			- values[M03] * values[M10] * values[M32] + values[M00] * values[M13] * values[M32]
			+ values[M02] * values[M10] * values[M33] - values[M00] * values[M12] * values[M33];
		float m13 = values[M02] * values[M13] * values[M20] - values[M03] * values[M12] * values[M20]
			+ values[M03] * values[M10] * values[M22] - values[M00] * values[M13] * values[M22]
			- values[M02] * values[M10] * values[M23] + values[M00] * values[M12] * values[M23];
		float m20 = values[M11] * values[M23] * values[M30] - values[M13] * values[M21] * values[M30]
			+ values[M13] * values[M20] * values[M31] - values[M10] * values[M23] * values[M31]
			- values[M11] * values[M20] * values[M33] + values[M10] * values[M21] * values[M33];
		float m21 = values[M03] * values[M21] * values[M30] - values[M01] * values[M23] * values[M30]
			- values[M03] * values[M20] * values[M31] + values[M00] * values[M23] * values[M31]
			+ values[M01] * values[M20] * values[M33] - values[M00] * values[M21] * values[M33];
		float m22 = values[M01] * values[M13] * values[M30] - values[M03] * values[M11] * values[M30]
			+ values[M03] * values[M10] * values[M31] - values[M00] * values[M13] * values[M31]
			- values[M01] * values[M10] * values[M33] + values[M00] * values[M11] * values[M33];
		float m23 = values[M03] * values[M11] * values[M20] - values[M01] * values[M13] * values[M20]
			- values[M03] * values[M10] * values[M21] + values[M00] * values[M13] * values[M21]
			+ values[M01] * values[M10] * values[M23] - values[M00] * values[M11] * values[M23];
		float m30 = values[M12] * values[M21] * values[M30] - values[M11] * values[M22] * values[M30]
			- values[M12] * values[M20] * values[M31] + values[M10] * values[M22] * values[M31]
			+ values[M11] * values[M20] * values[M32] - values[M10] * values[M21] * values[M32];
		float m31 = values[M01] * values[M22] * values[M30] - values[M02] * values[M21] * values[M30]
			+ values[M02] * values[M20] * values[M31] - values[M00] * values[M22] * values[M31]
			- values[M01] * values[M20] * values[M32] + values[M00] * values[M21] * values[M32];
		float m32 = values[M02] * values[M11] * values[M30] - values[M01] * values[M12] * values[M30]
			- values[M02] * values[M10] * values[M31] + values[M00] * values[M12] * values[M31]
			+ values[M01] * values[M10] * values[M32] - values[M00] * values[M11] * values[M32];
		float m33 = values[M01] * values[M12] * values[M20] - values[M02] * values[M11] * values[M20]
			+ values[M02] * values[M10] * values[M21] - values[M00] * values[M12] * values[M21]
			- values[M01] * values[M10] * values[M22] + values[M00] * values[M11] * values[M22];
		float inv_det = 1.0f / l_det;
		values[M00] = m00 * inv_det;
		values[M10] = m10 * inv_det;
		values[M20] = m20 * inv_det;
		values[M30] = m30 * inv_det;
		values[M01] = m01 * inv_det;
		values[M11] = m11 * inv_det;
		values[M21] = m21 * inv_det;
		values[M31] = m31 * inv_det;
		values[M02] = m02 * inv_det;
		values[M12] = m12 * inv_det;
		values[M22] = m22 * inv_det;
		values[M32] = m32 * inv_det;
		values[M03] = m03 * inv_det;
		values[M13] = m13 * inv_det;
		values[M23] = m23 * inv_det;
		values[M33] = m33 * inv_det;
		return true;
	}

	public static float det (float[] values) {
		return values[M30] * values[M21] * values[M12] * values[M03] - values[M20] * values[M31] * values[M12] * values[M03]
			- values[M30] * values[M11] * values[M22] * values[M03] + values[M10] * values[M31] * values[M22] * values[M03]
			+ values[M20] * values[M11] * values[M32] * values[M03] - values[M10] * values[M21] * values[M32] * values[M03]
			- values[M30] * values[M21] * values[M02] * values[M13] + values[M20] * values[M31] * values[M02] * values[M13]
			+ values[M30] * values[M01] * values[M22] * values[M13] - values[M00] * values[M31] * values[M22] * values[M13]
			- values[M20] * values[M01] * values[M32] * values[M13] + values[M00] * values[M21] * values[M32] * values[M13]
			+ values[M30] * values[M11] * values[M02] * values[M23] - values[M10] * values[M31] * values[M02] * values[M23]
			- values[M30] * values[M01] * values[M12] * values[M23] + values[M00] * values[M31] * values[M12] * values[M23]
			+ values[M10] * values[M01] * values[M32] * values[M23] - values[M00] * values[M11] * values[M32] * values[M23]
			- values[M20] * values[M11] * values[M02] * values[M33] + values[M10] * values[M21] * values[M02] * values[M33]
			+ values[M20] * values[M01] * values[M12] * values[M33] - values[M00] * values[M21] * values[M12] * values[M33]
			- values[M10] * values[M01] * values[M22] * values[M33] + values[M00] * values[M11] * values[M22] * values[M33];

	}
}
