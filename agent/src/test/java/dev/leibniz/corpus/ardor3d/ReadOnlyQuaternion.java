/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: Renanse/Ardor3D (GitHub, commit e25955c39d293c8ba0dd420077c8021b040aaa16),
 * ardor3d-math/src/main/java/com/ardor3d/math/type/ReadOnlyQuaternion.java
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
 * Copied: the whole interface but the members named below.
 * Changes: package dev.leibniz.corpus.ardor3d (the original's com.ardor3d.math, .math.type and .math.util flattened into one package, so imports of those removed); removed both toRotationMatrix declarations (Matrix3 and Matrix4 not copied).
 */

package dev.leibniz.corpus.ardor3d;


public interface ReadOnlyQuaternion {

  double getX();

  double getY();

  double getZ();

  double getW();

  float getXf();

  float getYf();

  float getZf();

  float getWf();

  double[] toArray(double[] store);

  double[] toEulerAngles(double[] store);

  Vector3 getRotationColumn(int index, Vector3 store);

  double toAngleAxis(Vector3 axisStore);

  Quaternion normalize(Quaternion store);

  Quaternion conjugate(Quaternion store);

  Quaternion add(ReadOnlyQuaternion quat, Quaternion store);

  Quaternion subtract(ReadOnlyQuaternion quat, Quaternion store);

  Quaternion multiply(double scalar, Quaternion store);

  Quaternion multiply(ReadOnlyQuaternion quat, Quaternion store);

  Vector3 apply(ReadOnlyVector3 vec, Vector3 store);

  Quaternion slerp(ReadOnlyQuaternion endQuat, double changeAmnt, Quaternion store);

  double magnitudeSquared();

  double magnitude();

  double dot(double x, double y, double z, double w);

  double dot(ReadOnlyQuaternion quat);

  boolean isIdentity();

  Quaternion clone();

  boolean strictEquals(Object o);
}
