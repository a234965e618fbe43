package dev.leibniz.corpus.oryx;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: Oryx 2 (OryxProject/oryx on GitHub, commit 04028cff146b0e03af434c8a06697bbc5840cf03),
 * framework/oryx-common/src/main/java/com/cloudera/oryx/common/math/VectorMath.java
 * Licence: Apache License 2.0 ("Cloudera, Inc. licenses this file to you under the Apache License, Version 2.0").
 * Distributed on an "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND.
 * Copied unchanged: dot(float[], float[]) and norm(float[]) (entries: float products summed into a double).
 * Changes: package; licence header shortened to this header; transposeTimesSelf, parseVector and randomVectorF omitted
 * (Commons Math matrices, strings, random numbers) with their imports; @Differentiable added to the two entry methods.
 */

import dev.leibniz.Differentiable;

/**
 * Utility class with simple vector-related operations.
 */
public final class VectorMath {

  private VectorMath() {
  }

  /**
   * @return dot product of the two given arrays
   * @param x one array
   * @param y the other array
   * @throws IllegalArgumentException if x and y are empty or of different length
   */
  @Differentiable
  public static double dot(float[] x, float[] y) {
    int length = x.length;
    double dot = 0.0;
    for (int i = 0; i < length; i++) {
      dot += x[i] * y[i];
    }
    return dot;
  }

  /**
   * @param x vector for whom norm to be calculated
   * @return the L2 norm of vector x
   * @throws IllegalArgumentException if x is of 0 length
   */
  @Differentiable
  public static double norm(float[] x) {
    double total = 0.0;
    for (float f : x) {
      total += f * f;
    }
    return Math.sqrt(total);
  }

}
