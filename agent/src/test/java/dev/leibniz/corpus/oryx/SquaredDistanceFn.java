package dev.leibniz.corpus.oryx;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: Oryx 2 (OryxProject/oryx on GitHub, commit 8301f8e25ab671fbcfb8b4d4d7c4b9e695e06818),
 * app/oryx-app-common/src/main/java/com/cloudera/oryx/app/kmeans/SquaredDistanceFn.java
 * Licence: Apache License 2.0 ("Cloudera, Inc. licenses this file to you under the Apache License, Version 2.0").
 * Distributed on an "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND.
 * Copied unchanged: the whole class (entry: applyAsDouble(double[], double[]), the ToDoubleBiFunction method of DistanceFn).
 * Changes: package; licence header shortened to this header; Guava's Preconditions imported from this package
 * (Preconditions.java here); @Differentiable added to the entry method.
 */

import dev.leibniz.Differentiable;

/**
 * Returns the squared Euclidean distance between two {@code double[]}.
 */
public final class SquaredDistanceFn implements DistanceFn<double[]> {

  @Differentiable
  @Override
  public double applyAsDouble(double[] t1, double[] t2) {
    int length = t1.length;
    Preconditions.checkArgument(length == t2.length);
    double sumSq = 0.0;
    for (int i = 0; i < length; i++) {
      double diff = t1[i] - t2[i];
      sumSq += diff * diff;
    }
    return sumSq;
  }

}
