/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: Renanse/Ardor3D (GitHub, commit e25955c39d293c8ba0dd420077c8021b040aaa16),
 * ardor3d-math/src/main/java/com/ardor3d/math/util/MathUtils.java
 * Licence: zlib (the file's notice: "Copyright (c) 2008-2024 Bird Dog Games, Inc. This file is part of Ardor3D.
 * Ardor3D is free software: you can redistribute it and/or modify it under the terms of its license which may be found
 * in the accompanying LICENSE file", whose text is: "This software is provided 'as-is', without any express or implied
 * warranty. In no event will the authors be held liable for any damages arising from the use of this software.
 * Permission is granted to anyone to use this software for any purpose, including commercial applications, and to alter
 * it and redistribute it freely, subject to the following restrictions: 1. The origin of this software must not be
 * misrepresented; you must not claim that you wrote the original software. If you use this software in a product, an
 * acknowledgment in the product documentation would be appreciated but is not required. 2. Altered source versions must
 * be plainly marked as such, and must not be misrepresented as being the original software. 3. This notice may not be
 * removed or altered from any source distribution."). This is an altered version, marked as such here.
 * Copied: the whole class but the members named below (entries marked @Differentiable).
 * Changes: package dev.leibniz.corpus.ardor3d (the original's com.ardor3d.math, .math.type and .math.util flattened into one package, so imports of those removed); removed matrixFrustum, matrixOrtho, matrixPerspective and both matrixLookAt (Matrix3 and Matrix4 not copied); @Differentiable added to each entry method.
 */

package dev.leibniz.corpus.ardor3d;

import dev.leibniz.Differentiable;
import java.util.Random;


public class MathUtils {

  /** A "close to zero" double epsilon value for use */
  public static final double EPSILON = 2.220446049250313E-16d;

  /** A "close to zero" double epsilon value for use */
  public static final double ZERO_TOLERANCE = 0.0001;

  public static final double ONE_THIRD = 1.0 / 3.0;

  /** The value PI as a double. (180 degrees) */
  public static final double PI = Math.PI;

  /** The value PI^2 as a double. */
  public final static double SQUARED_PI = MathUtils.PI * MathUtils.PI;

  /** The value 2PI as a double. (360 degrees) */
  public static final double TWO_PI = 2.0 * MathUtils.PI;

  /** The value PI/2 as a double. (90 degrees) */
  public static final double HALF_PI = 0.5 * MathUtils.PI;

  /** The value PI/4 as a double. (45 degrees) */
  public static final double QUARTER_PI = 0.25 * MathUtils.PI;

  /** The value 3/4 PI as a double. (135 degrees) */
  public final static double THREE_PI_HALVES = MathUtils.TWO_PI - MathUtils.HALF_PI;

  /** The value 1/PI as a double. */
  public static final double INV_PI = 1.0 / MathUtils.PI;

  /** The value 1/(2PI) as a double. */
  public static final double INV_TWO_PI = 1.0 / MathUtils.TWO_PI;

  /** A value to multiply a degree value by, to convert it to radians. */
  public static final double DEG_TO_RAD = MathUtils.PI / 180.0;

  /** A value to multiply a radian value by, to convert it to degrees. */
  public static final double RAD_TO_DEG = 180.0 / MathUtils.PI;

  /** A precreated random object for random numbers. */
  public static final Random rand = new Random(System.currentTimeMillis());

  @Differentiable
  public static double inverseSqrt(final double value) {
    return 1.0 / Math.sqrt(value);
  }

  /**
   * Converts a point from Spherical coordinates to Cartesian (using positive Y as up) and stores the
   * results in the store var.
   *
   * @param sphereCoords
   *          (Radius, Azimuth, Polar)
   * @param store
   *          the vector to store the result in for return. If null, a new vector object is created
   *          and returned.
   */
  @Differentiable
  public static Vector3 sphericalToCartesian(final ReadOnlyVector3 sphereCoords, final Vector3 store) {
    final double a = sphereCoords.getX() * Math.cos(sphereCoords.getZ());
    final double x = a * Math.cos(sphereCoords.getY());
    final double y = sphereCoords.getX() * Math.sin(sphereCoords.getZ());
    final double z = a * Math.sin(sphereCoords.getY());

    Vector3 rVal = store;
    if (rVal == null) {
      rVal = new Vector3();
    }
    return rVal.set(x, y, z);
  }

  /**
   * Converts a point from Cartesian coordinates (using positive Y as up) to Spherical and stores the
   * results in the store var. (Radius, Azimuth, Polar)
   *
   * @param cartCoords
   * @param store
   *          the vector to store the result in for return. If null, a new vector object is created
   *          and returned.
   */
  @Differentiable
  public static Vector3 cartesianToSpherical(final ReadOnlyVector3 cartCoords, final Vector3 store) {
    final double cartX = Math.abs(cartCoords.getX()) <= MathUtils.EPSILON ? MathUtils.EPSILON : cartCoords.getX();
    final double cartY = cartCoords.getY();
    final double cartZ = cartCoords.getZ();

    final double x = Math.sqrt(cartX * cartX + cartY * cartY + cartZ * cartZ);
    final double y = Math.atan(cartZ / cartX) + (cartX < 0.0 ? MathUtils.PI : 0);
    final double z = Math.asin(cartY / x);

    Vector3 rVal = store;
    if (rVal == null) {
      rVal = new Vector3();
    }
    return rVal.set(x, y, z);
  }

  /**
   * Converts a point from Spherical coordinates to Cartesian (using positive Z as up) and stores the
   * results in the store var.
   *
   * @param sphereCoords
   *          (Radius, Azimuth, Polar)
   * @param store
   *          the vector to store the result in for return. If null, a new vector object is created
   *          and returned.
   */
  @Differentiable
  public static Vector3 sphericalToCartesianZ(final ReadOnlyVector3 sphereCoords, final Vector3 store) {
    final double a = sphereCoords.getX() * Math.cos(sphereCoords.getZ());
    final double x = a * Math.cos(sphereCoords.getY());
    final double y = a * Math.sin(sphereCoords.getY());
    final double z = sphereCoords.getX() * Math.sin(sphereCoords.getZ());

    Vector3 rVal = store;
    if (rVal == null) {
      rVal = new Vector3();
    }
    return rVal.set(x, y, z);
  }

  /**
   * Converts a point from Cartesian coordinates (using positive Z as up) to Spherical and stores the
   * results in the store var. (Radius, Azimuth, Polar)
   *
   * @param cartCoords
   * @param store
   *          the vector to store the result in for return. If null, a new vector object is created
   *          and returned.
   */
  @Differentiable
  public static Vector3 cartesianZToSpherical(final ReadOnlyVector3 cartCoords, final Vector3 store) {
    final double cartX = Math.abs(cartCoords.getX()) <= MathUtils.EPSILON ? MathUtils.EPSILON : cartCoords.getX();
    final double cartY = cartCoords.getY();
    final double cartZ = cartCoords.getZ();

    final double x = Math.sqrt(cartX * cartX + cartY * cartY + cartZ * cartZ);
    final double y = Math.asin(cartY / x);
    final double z = Math.atan(cartZ / cartX) + (cartX < 0.0 ? MathUtils.PI : 0);

    Vector3 rVal = store;
    if (rVal == null) {
      rVal = new Vector3();
    }
    return rVal.set(x, y, z);
  }

  /**
   * Returns true if the number is a power of 2 (2,4,8,16...)
   *
   * A good implementation found on the Java boards. note: a number is a power of two if and only if
   * it is the smallest number with that number of significant bits. Therefore, if you subtract 1, you
   * know that the new number will have fewer bits, so ANDing the original number with anything less
   * than it will give 0.
   *
   * @param number
   *          The number to test.
   * @return True if it is a power of two.
   */
  public static boolean isPowerOfTwo(final int number) {
    return number > 0 && (number & number - 1) == 0;
  }

  /**
   * @param number
   * @return the closest power of two to the given number.
   */
  public static int nearestPowerOfTwo(final int number) {
    return (int) Math.pow(2, Math.ceil(Math.log(number) / Math.log(2)));
  }

  /**
   * @param value
   * @param base
   * @return the logarithm of value with given base, calculated as log(value)/log(base) such that
   *         pow(base, return)==value
   */
  @Differentiable
  public static double log(final double value, final double base) {
    return Math.log(value) / Math.log(base);
  }

  /**
   * Sets the seed to use for "random" operations. The default is the current system milliseconds.
   *
   * @param seed
   */
  public static void setRandomSeed(final long seed) {
    MathUtils.rand.setSeed(seed);
  }

  /**
   * Returns a random double between 0 and 1.
   *
   * @return A random double between <tt>0.0</tt> (inclusive) to <tt>1.0</tt> (exclusive).
   */
  public static double nextRandomDouble() {
    return MathUtils.rand.nextDouble();
  }

  /**
   * Returns a random float between 0 and 1.
   *
   * @return A random float between <tt>0.0f</tt> (inclusive) to <tt>1.0f</tt> (exclusive).
   */
  public static float nextRandomFloat() {
    return MathUtils.rand.nextFloat();
  }

  /**
   * @return A random int between Integer.MIN_VALUE and Integer.MAX_VALUE.
   */
  public static int nextRandomInt() {
    return MathUtils.rand.nextInt();
  }

  /**
   * Returns a random int between min and max.
   *
   * @return A random int between <tt>min</tt> (inclusive) to <tt>max</tt> (inclusive).
   */
  public static int nextRandomInt(final int min, final int max) {
    return (int) (nextRandomFloat() * (max - min + 1)) + min;
  }

  /**
   *
   * @param percent
   * @param startValue
   * @param endValue
   * @return
   */
  public static float lerp(final float percent, final float startValue, final float endValue) {
    if (startValue == endValue) {
      return startValue;
    }
    return (1 - percent) * startValue + percent * endValue;
  }

  /**
   *
   * @param percent
   * @param startValue
   * @param endValue
   * @return
   */
  @Differentiable
  public static double lerp(final double percent, final double startValue, final double endValue) {
    if (startValue == endValue) {
      return startValue;
    }
    return (1 - percent) * startValue + percent * endValue;
  }

  /**
   * plot a given value on the cubic S-curve: 3t^2 - 2t^3
   *
   * @param t
   *          our input value
   * @return the plotted value
   */
  public static float scurve3(final float t) {
    final float t2 = t * t;
    final float t3 = t * t2;
    return 3f * t2 - 2f * t3;
  }

  /**
   * plot a given value on the cubic S-curve: 3t^2 - 2t^3
   *
   * @param t
   *          our input value
   * @return the plotted value
   */
  @Differentiable
  public static double scurve3(final double t) {
    final double t2 = t * t;
    final double t3 = t * t2;
    return 3. * t2 - 2. * t3;
  }

  /**
   * plot a given value on the quintic S-curve: 6t^5 - 15t^4 + 10t^3
   *
   * @param t
   *          our input value
   * @return the plotted value
   */
  public static float scurve5(final float t) {
    final float t3 = t * t * t;
    final float t4 = t * t3;
    final float t5 = t * t4;
    return 6f * t5 - 15f * t4 + 10f * t3;
  }

  /**
   * plot a given value on the quintic S-curve: 6t^5 - 15t^4 + 10t^3
   *
   * @param t
   *          our input value
   * @return the plotted value
   */
  @Differentiable
  public static double scurve5(final double t) {
    final double t3 = t * t * t;
    final double t4 = t * t3;
    final double t5 = t * t4;
    return 6. * t5 - 15. * t4 + 10. * t3;
  }

  public static boolean approximately(final float a, final float b) {
    return Math.abs(b - a) < MathUtils.EPSILON;
  }

  /**
   * Faster floor function. Does not handle NaN and Infinity. (Not handled when doing Math.floor and
   * just casting anyways, so question is if we want to handle it or not)
   *
   * @param val
   *          Value to floor
   * @return Floored int value
   */
  public static int floor(final float val) {
    final int intVal = (int) val;
    return val < 0 ? val == intVal ? intVal : intVal - 1 : intVal;
  }

  /**
   * Faster floor function. Does not handle NaN and Infinity. (Not handled when doing Math.floor and
   * just casting anyways, so question is if we want to handle it or not)
   *
   * @param val
   *          Value to floor
   * @return Floored long value
   */
  public static long floor(final double val) {
    final long longVal = (long) val;
    return val < 0 ? val == longVal ? longVal : longVal - 1 : longVal;
  }

  public static int round(final float val) {
    return floor(val + 0.5f);
  }

  public static long round(final double val) {
    return floor(val + 0.5d);
  }

  @Differentiable
  public static double clamp(final double val, final double min, final double max) {
    return val < min ? min : Math.min(val, max);
  }

  public static float clamp(final float val, final float min, final float max) {
    return val < min ? min : Math.min(val, max);
  }

  public static int clamp(final int val, final int min, final int max) {
    return val < min ? min : Math.min(val, max);
  }

  public static double clamp01(final double val) {
    return clamp(val, 0.0, 1.0);
  }

  public static float clamp01(final float val) {
    return clamp(val, 0.0f, 1.0f);
  }

  public static int moduloPositive(final int value, final int size) {
    int wrappedValue = value % size;
    wrappedValue += wrappedValue < 0 ? size : 0;
    return wrappedValue;
  }

  public static float moduloPositive(final float value, final float size) {
    float wrappedValue = value % size;
    wrappedValue += wrappedValue < 0 ? size : 0;
    return wrappedValue;
  }

  @Differentiable
  public static double moduloPositive(final double value, final double size) {
    double wrappedValue = value % size;
    wrappedValue += wrappedValue < 0 ? size : 0;
    return wrappedValue;
  }

  /**
   * Simple 2^x
   *
   * @param x
   *          power
   * @return 2^x
   */
  public static int pow2(final int x) {
    if (x <= 0) {
      return 1;
    }
    return 2 << x - 1;
  }
}
