package dev.leibniz.corpus.lucene;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: Apache Lucene 9.8.0, org.apache.lucene:lucene-core:9.8.0 sources jar (Maven Central),
 *   org/apache/lucene/internal/vectorization/DefaultVectorUtilSupport.java (apache/lucene on GitHub).
 * Licence: Apache License 2.0. Licensed to the Apache Software Foundation (ASF) under one or more
 * contributor license agreements; http://www.apache.org/licenses/LICENSE-2.0; "AS IS" BASIS.
 * Copied unchanged: DefaultVectorUtilSupport.cosine(float[], float[]) (entry; float code).
 * Changes: package and class name (the original is package-private, final, and implements VectorUtilSupport:
 *   here it is public, so that the corpus table can name it, and the interface is omitted); @Differentiable added to the entry method (replacing @Override).
 */

import dev.leibniz.Differentiable;

public final class VectorCosine {

  VectorCosine() {}

  @Differentiable
  public float cosine(float[] a, float[] b) {
    float sum = 0.0f;
    float norm1 = 0.0f;
    float norm2 = 0.0f;
    int dim = a.length;

    for (int i = 0; i < dim; i++) {
      float elem1 = a[i];
      float elem2 = b[i];
      sum += elem1 * elem2;
      norm1 += elem1 * elem1;
      norm2 += elem2 * elem2;
    }
    return (float) (sum / Math.sqrt((double) norm1 * (double) norm2));
  }
}
