package dev.leibniz.corpus.opennlp;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: Apache OpenNLP 2.5.9 (apache/opennlp on GitHub, tag opennlp-2.5.9, commit
 * 420b7a4b9335bc4824ca9dfa2daa3222de06edb4),
 * opennlp-tools/src/main/java/opennlp/tools/ml/ArrayMath.java
 * Licence: Apache License 2.0 ("Licensed to the Apache Software Foundation (ASF) under one or more contributor license
 * agreements ... http://www.apache.org/licenses/LICENSE-2.0"). Distributed on an "AS IS" BASIS, WITHOUT WARRANTIES OR
 * CONDITIONS OF ANY KIND.
 * Copied unchanged: the whole class (entry: logSumOfExps(double[]), max through argmax's comparisons, a
 * NEGATIVE_INFINITY test, StrictMath.exp and StrictMath.log; innerProduct, l1norm, l2norm, invL2norm, sumFeatures,
 * toDoubleArray, toIntArray).
 * Changes: package; license comment shortened to this header; javadoc kept; @Differentiable added to the entry method;
 * Context is ./Context.java (the import of opennlp.tools.ml.model.Context dropped: same package).
 */

import dev.leibniz.Differentiable;

import java.util.List;



/**
 * Utility class for simple vector arithmetic.
 */
public class ArrayMath {

  public static double innerProduct(double[] vecA, double[] vecB) {
    if (vecA == null || vecB == null || vecA.length != vecB.length)
      return Double.NaN;

    double product = 0.0;
    for (int i = 0; i < vecA.length; i++) {
      product += vecA[i] * vecB[i];
    }
    return product;
  }

  /**
   * Computes the L1-norm for a vector {@code v}.
   *
   * @param v The vector of {@code double} values.
   * @return The computed L1-norm.
   */
  public static double l1norm(double[] v) {
    double norm = 0;
    for (double value : v) norm += StrictMath.abs(value);
    return norm;
  }

  /**
   * Computes the L2-norm for a vector {@code v}.
   *
   * @param v The vector of {@code double} values.
   * @return The computed L2-norm.
   */
  public static double l2norm(double[] v) {
    return StrictMath.sqrt(innerProduct(v, v));
  }

  /**
   * Computes the Inverse L2-norm for a vector {@code v}.
   *
   * @param v The vector of {@code double} values.
   * @return The computed Inverse L2-norm.
   */
  public static double invL2norm(double[] v) {
    return 1 / l2norm(v);
  }

  /**
   * Computes {@code \log(\sum_{i=1}^n e^{x_i})} using a maximum-element trick
   * to avoid arithmetic overflow.
   *
   * @param x The vector of {@code double} values.
   * @return The log-sum of exponentials of vector elements.
   */
  @Differentiable
  public static double logSumOfExps(double[] x) {
    double max = max(x);
    double sum = 0.0;
    for (double v : x) {
      if (v != Double.NEGATIVE_INFINITY)
        sum += StrictMath.exp(v - max);
    }
    return max + StrictMath.log(sum);
  }

  /**
   * Finds the maximum element in a vector {@code x}.
   * @param x The vector of {@code double} values.
   * @return The maximum element in {@code x}.
   */
  public static double max(double[] x) {
    int maxIdx = argmax(x);
    return x[maxIdx];
  }

  /**
   * Finds the index of the maximum element in a vector {@code x}
   * @param x The vector of {@code double} values.
   * @return The index of the maximum element. Index of the first
   *     maximum element is returned if multiple maximums are found.
   */
  public static int argmax(double[] x) {
    if (x == null || x.length == 0) {
      throw new IllegalArgumentException("Vector x is null or empty");
    }

    int maxIdx = 0;
    for (int i = 1; i < x.length; i++) {
      if (x[maxIdx] < x[i])
        maxIdx = i;
    }
    return maxIdx;
  }

  public static void sumFeatures(Context[] context, float[] values, double[] prior) {
    for (int ci = 0; ci < context.length; ci++) {
      if (context[ci] != null) {
        Context predParams = context[ci];
        int[] activeOutcomes = predParams.getOutcomes();
        double[] activeParameters = predParams.getParameters();
        double value = 1;
        if (values != null) {
          value = values[ci];
        }
        for (int ai = 0; ai < activeOutcomes.length; ai++) {
          int oid = activeOutcomes[ai];
          prior[oid] += activeParameters[ai] * value;
        }
      }
    }
  }

  // === Not really related to math ===
  /**
   * Convert a list of {@link Double} objects into an array of primitive doubles.
   *
   * @param list The input vector of {@link Double values}.
   * @return The {@code double[]}.
   */
  public static double[] toDoubleArray(List<Double> list) {
    double[] arr = new double[list.size()];
    for (int i = 0; i < arr.length; i++) {
      arr[i] = list.get(i);
    }
    return arr;
  }

  /**
   * Convert a list of {@link Integer} objects into an array of primitive integers.
   *
   * @param list The input vector of {@link Integer values}.
   * @return The {@code int[]}.
   */
  public static int[] toIntArray(List<Integer> list) {
    int[] arr = new int[list.size()];
    for (int i = 0; i < arr.length; i++) {
      arr[i] = list.get(i);
    }
    return arr;
  }
}

