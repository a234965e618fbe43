package dev.leibniz.corpus.gdxai;

/*
 * Real-code corpus support and entries (test code only, see ../README.md).
 * Source: libGDX 1.12.1, com.badlogicgames.gdx:gdx:1.12.1 sources jar (Maven Central; libgdx/libgdx on GitHub),
 * com/badlogic/gdx/math/Vector2.java
 * Licence: Apache License 2.0 ("Copyright 2011 See AUTHORS file. Licensed under the Apache License, Version 2.0 ...
 * http://www.apache.org/licenses/LICENSE-2.0"; copied in full to LICENSE-APACHE-2.0.txt beside this file). Distributed
 * on an "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND.
 * Copied unchanged (with their javadoc and @Override): the fields x, y; the constructors (), (float, float), (Vector2);
 * cpy, len(), len2(), set(Vector2), set(float, float), sub(Vector2), nor, add(Vector2), dot(Vector2), scl(float),
 * mulAdd(Vector2, float), dst(Vector2), dst2(Vector2), limit, limit2, clamp, setLength, setLength2, crs(Vector2),
 * angleRad(), angleRad(Vector2), setAngleRad, rotateRad, rotateAroundRad, lerp, isZero(), isZero(float), setZero,
 * epsilonEquals(Vector2, float).
 * Changes: package dev.leibniz.corpus.gdxai (the original's com.badlogic.gdx.math); implements the reduced Vector only
 * (not Serializable: no serialVersionUID); the static constants X, Y, Zero and the other members omitted;
 * @Differentiable added to the entry methods (dev.leibniz.Differentiable imported).
 */
import dev.leibniz.Differentiable;

/** Encapsulates a 2D vector. Allows chaining methods by returning a reference to itself
 * @author badlogicgames@gmail.com */
public class Vector2 implements Vector<Vector2> {
	/** the x-component of this vector **/
	public float x;

	/** the y-component of this vector **/
	public float y;

	/** Constructs a new vector at (0,0) */
	public Vector2 () {
	}

	/** Constructs a vector with the given components
	 * @param x The x-component
	 * @param y The y-component */
	public Vector2 (float x, float y) {
		this.x = x;
		this.y = y;
	}

	/** Constructs a vector from the given vector
	 * @param v The vector */
	public Vector2 (Vector2 v) {
		set(v);
	}

	@Override
	public Vector2 cpy () {
		return new Vector2(this);
	}

	@Override
	@Differentiable
	public float len () {
		return (float)Math.sqrt(x * x + y * y);
	}

	@Override
	public float len2 () {
		return x * x + y * y;
	}

	@Override
	public Vector2 set (Vector2 v) {
		x = v.x;
		y = v.y;
		return this;
	}

	/** Sets the components of this vector
	 * @param x The x-component
	 * @param y The y-component
	 * @return This vector for chaining */
	public Vector2 set (float x, float y) {
		this.x = x;
		this.y = y;
		return this;
	}

	@Override
	public Vector2 sub (Vector2 v) {
		x -= v.x;
		y -= v.y;
		return this;
	}

	@Override
	@Differentiable
	public Vector2 nor () {
		float len = len();
		if (len != 0) {
			x /= len;
			y /= len;
		}
		return this;
	}

	@Override
	public Vector2 add (Vector2 v) {
		x += v.x;
		y += v.y;
		return this;
	}

	@Override
	@Differentiable
	public float dot (Vector2 v) {
		return x * v.x + y * v.y;
	}

	@Override
	public Vector2 scl (float scalar) {
		x *= scalar;
		y *= scalar;
		return this;
	}

	@Override
	@Differentiable
	public Vector2 mulAdd (Vector2 vec, float scalar) {
		this.x += vec.x * scalar;
		this.y += vec.y * scalar;
		return this;
	}

	@Override
	@Differentiable
	public float dst (Vector2 v) {
		final float x_d = v.x - x;
		final float y_d = v.y - y;
		return (float)Math.sqrt(x_d * x_d + y_d * y_d);
	}

	@Override
	public float dst2 (Vector2 v) {
		final float x_d = v.x - x;
		final float y_d = v.y - y;
		return x_d * x_d + y_d * y_d;
	}

	@Override
	@Differentiable
	public Vector2 limit (float limit) {
		return limit2(limit * limit);
	}

	@Override
	public Vector2 limit2 (float limit2) {
		float len2 = len2();
		if (len2 > limit2) {
			return scl((float)Math.sqrt(limit2 / len2));
		}
		return this;
	}

	@Override
	@Differentiable
	public Vector2 clamp (float min, float max) {
		final float len2 = len2();
		if (len2 == 0f) return this;
		float max2 = max * max;
		if (len2 > max2) return scl((float)Math.sqrt(max2 / len2));
		float min2 = min * min;
		if (len2 < min2) return scl((float)Math.sqrt(min2 / len2));
		return this;
	}

	@Override
	@Differentiable
	public Vector2 setLength (float len) {
		return setLength2(len * len);
	}

	@Override
	public Vector2 setLength2 (float len2) {
		float oldLen2 = len2();
		return (oldLen2 == 0 || oldLen2 == len2) ? this : scl((float)Math.sqrt(len2 / oldLen2));
	}

	/** Calculates the 2D cross product between this and the given vector.
	 * @param v the other vector
	 * @return the cross product */
	@Differentiable
	public float crs (Vector2 v) {
		return this.x * v.y - this.y * v.x;
	}

	/** @return the angle in radians of this vector (point) relative to the x-axis. Angles are towards the positive y-axis.
	 *         (typically counter-clockwise) */
	public float angleRad () {
		return (float)Math.atan2(y, x);
	}

	/** @return the angle in radians of this vector (point) relative to the given vector. Angles are towards the positive y-axis.
	 *         (typically counter-clockwise.) */
	@Differentiable
	public float angleRad (Vector2 reference) {
		return (float)Math.atan2(reference.crs(this), reference.dot(this));
	}

	/** Sets the angle of the vector in radians relative to the x-axis, towards the positive y-axis (typically counter-clockwise).
	 * @param radians The angle in radians to set. */
	@Differentiable
	public Vector2 setAngleRad (float radians) {
		this.set(len(), 0f);
		this.rotateRad(radians);

		return this;
	}

	/** Rotates the Vector2 by the given angle, counter-clockwise assuming the y-axis points up.
	 * @param radians the angle in radians */
	@Differentiable
	public Vector2 rotateRad (float radians) {
		float cos = (float)Math.cos(radians);
		float sin = (float)Math.sin(radians);

		float newX = this.x * cos - this.y * sin;
		float newY = this.x * sin + this.y * cos;

		this.x = newX;
		this.y = newY;

		return this;
	}

	/** Rotates the Vector2 by the given angle around reference vector, counter-clockwise assuming the y-axis points up.
	 * @param radians the angle in radians
	 * @param reference center Vector2 */
	@Differentiable
	public Vector2 rotateAroundRad (Vector2 reference, float radians) {
		return this.sub(reference).rotateRad(radians).add(reference);
	}

	@Override
	@Differentiable
	public Vector2 lerp (Vector2 target, float alpha) {
		final float invAlpha = 1.0f - alpha;
		this.x = (x * invAlpha) + (target.x * alpha);
		this.y = (y * invAlpha) + (target.y * alpha);
		return this;
	}

	@Override
	public boolean epsilonEquals (Vector2 other, float epsilon) {
		if (other == null) return false;
		if (Math.abs(other.x - x) > epsilon) return false;
		if (Math.abs(other.y - y) > epsilon) return false;
		return true;
	}

	@Override
	public boolean isZero () {
		return x == 0 && y == 0;
	}

	@Override
	public boolean isZero (final float margin) {
		return len2() < margin;
	}

	@Override
	public Vector2 setZero () {
		this.x = 0;
		this.y = 0;
		return this;
	}
}
