/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: Renanse/Ardor3D (GitHub, commit e25955c39d293c8ba0dd420077c8021b040aaa16),
 * ardor3d-math/src/main/java/com/ardor3d/math/util/EqualsUtil.java
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
 * Copied: the whole class.
 * Changes: package dev.leibniz.corpus.ardor3d (the original's com.ardor3d.math, .math.type and .math.util flattened into one package, so imports of those removed).
 */

package dev.leibniz.corpus.ardor3d;

public class EqualsUtil {

  /**
   * @param a
   * @param b
   * @return true if a is equal to b, for purposes of class equality. Note that 0f and -0f are not
   *         considered equal.
   * @see java.lang.Float#equals(Object)
   */
  public static boolean equals(final float a, final float b) {
    return Float.floatToIntBits(a) == Float.floatToIntBits(b);
  }

  /**
   *
   * @param a
   * @param b
   * @param epsilon
   * @return true if abs(a - b) is less than or equals to epsilon, or in other words, the value a is
   *         "close enough" to the value b.
   */
  public static boolean equals(final float a, final float b, final float epsilon) {
    return Math.abs(a - b) <= epsilon;
  }

  /**
   * @param a
   * @param b
   * @return true if a is equal to b, for purposes of class equality. Note that 0.0 and -0.0 are not
   *         considered equal.
   * @see java.lang.Double#equals(Object)
   */
  public static boolean equals(final double a, final double b) {
    return Double.doubleToLongBits(a) == Double.doubleToLongBits(b);
  }

  /**
   *
   * @param a
   * @param b
   * @param epsilon
   * @return true if abs(a - b) is less than or equals to epsilon, or in other words, the value a is
   *         "close enough" to the value b.
   */
  public static boolean equals(final double a, final double b, final double epsilon) {
    return Math.abs(a - b) <= epsilon;
  }

}
