package dev.leibniz.corpus.lucene;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: Apache Lucene 9.8.0, org.apache.lucene:lucene-core:9.8.0 sources jar (Maven Central),
 *   org/apache/lucene/internal/vectorization/DefaultVectorUtilSupport.java (apache/lucene on GitHub).
 * Licence: Apache License 2.0. Licensed to the Apache Software Foundation (ASF) under one or more
 * contributor license agreements; http://www.apache.org/licenses/LICENSE-2.0; "AS IS" BASIS.
 * Copied unchanged: DefaultVectorUtilSupport.squareDistance(float[], float[]) (entry; float code) and
 *   squareDistanceUnrolled.
 * Changes: package and class name (the original is package-private, final, and implements VectorUtilSupport:
 *   here it is public, so that the corpus table can name it, and the interface is omitted); @Differentiable added to the entry method (replacing @Override).
 */

import dev.leibniz.Differentiable;

public final class VectorSquareDistance {

  VectorSquareDistance() {}

  @Differentiable
  public float squareDistance(float[] a, float[] b) {
    float squareSum = 0.0f;
    int dim = a.length;
    int i;
    for (i = 0; i + 8 <= dim; i += 8) {
      squareSum += squareDistanceUnrolled(a, b, i);
    }
    for (; i < dim; i++) {
      float diff = a[i] - b[i];
      squareSum += diff * diff;
    }
    return squareSum;
  }

  private static float squareDistanceUnrolled(float[] v1, float[] v2, int index) {
    float diff0 = v1[index + 0] - v2[index + 0];
    float diff1 = v1[index + 1] - v2[index + 1];
    float diff2 = v1[index + 2] - v2[index + 2];
    float diff3 = v1[index + 3] - v2[index + 3];
    float diff4 = v1[index + 4] - v2[index + 4];
    float diff5 = v1[index + 5] - v2[index + 5];
    float diff6 = v1[index + 6] - v2[index + 6];
    float diff7 = v1[index + 7] - v2[index + 7];
    return diff0 * diff0
        + diff1 * diff1
        + diff2 * diff2
        + diff3 * diff3
        + diff4 * diff4
        + diff5 * diff5
        + diff6 * diff6
        + diff7 * diff7;
  }
}
