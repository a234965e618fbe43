package dev.leibniz.corpus.gdx;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: libGDX 1.12.1, gdx sources jar (Maven Central; libgdx/libgdx on GitHub),
 * com/badlogic/gdx/math/Vector2.java
 * Licence: Apache License 2.0 ("Copyright 2011 See AUTHORS file. Licensed under the Apache License, Version 2.0 ...
 * http://www.apache.org/licenses/LICENSE-2.0"). Distributed on an "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS
 * OF ANY KIND.
 * Copied unchanged: the fields x, y, the constructors (), (float, float), len(float, float), set(Vector2),
 * set(float, float), add(Vector2), scl(float), dst(float, float).
 * Changes: package; javadoc and @Override omitted; implements the reduced Vector only (not Serializable); the rest
 * of Vector2 omitted. Not an entry.
 */
public class Vector2 implements Vector<Vector2> {
	public float x;
	public float y;

	public Vector2 () {
	}

	public Vector2 (float x, float y) {
		this.x = x;
		this.y = y;
	}

	public static float len (float x, float y) {
		return (float)Math.sqrt(x * x + y * y);
	}

	public Vector2 set (Vector2 v) {
		x = v.x;
		y = v.y;
		return this;
	}

	public Vector2 set (float x, float y) {
		this.x = x;
		this.y = y;
		return this;
	}

	public Vector2 add (Vector2 v) {
		x += v.x;
		y += v.y;
		return this;
	}

	public Vector2 scl (float scalar) {
		x *= scalar;
		y *= scalar;
		return this;
	}

	public float dst (float x, float y) {
		final float x_d = x - this.x;
		final float y_d = y - this.y;
		return (float)Math.sqrt(x_d * x_d + y_d * y_d);
	}
}
