/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: Renanse/Ardor3D (GitHub, commit e25955c39d293c8ba0dd420077c8021b040aaa16),
 * ardor3d-math/src/main/java/com/ardor3d/math/type/ReadOnlyVector2.java
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
 * Copied: the whole interface.
 * Changes: package dev.leibniz.corpus.ardor3d (the original's com.ardor3d.math, .math.type and .math.util flattened into one package, so imports of those removed).
 */

package dev.leibniz.corpus.ardor3d;


public interface ReadOnlyVector2 {

  double getX();

  double getY();

  float getXf();

  float getYf();

  double getValue(int index);

  double[] toArray(double[] store);

  Vector2 add(double x, double y, Vector2 store);

  Vector2 add(ReadOnlyVector2 source, Vector2 store);

  Vector2 subtract(double x, double y, Vector2 store);

  Vector2 subtract(ReadOnlyVector2 source, Vector2 store);

  Vector2 multiply(double scalar, Vector2 store);

  Vector2 multiply(ReadOnlyVector2 scale, Vector2 store);

  Vector2 multiply(double x, double y, Vector2 store);

  Vector2 divide(double scalar, Vector2 store);

  Vector2 divide(ReadOnlyVector2 scale, Vector2 store);

  Vector2 divide(double x, double y, Vector2 store);

  Vector2 scaleAdd(double scale, ReadOnlyVector2 add, Vector2 store);

  Vector2 negate(Vector2 store);

  Vector2 normalize(Vector2 store);

  Vector2 rotateAroundOrigin(double angle, boolean clockwise, Vector2 store);

  Vector2 lerp(ReadOnlyVector2 endVec, double scalar, Vector2 store);

  double length();

  double lengthSquared();

  double distanceSquared(double x, double y);

  double distanceSquared(ReadOnlyVector2 destination);

  double distance(double x, double y);

  double distance(ReadOnlyVector2 destination);

  double dot(double x, double y);

  double dot(ReadOnlyVector2 vec);

  double getPolarAngle();

  double angleBetween(ReadOnlyVector2 otherVector);

  double smallestAngleBetween(ReadOnlyVector2 otherVector);

  Vector2 clone();

  boolean equals(ReadOnlyVector2 v, double epsilon);
}
