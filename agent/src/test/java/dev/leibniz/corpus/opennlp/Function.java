package dev.leibniz.corpus.opennlp;

/*
 * Real-code corpus helper (test code only, see ../README.md).
 * Source: Apache OpenNLP 2.5.9 (apache/opennlp on GitHub, tag opennlp-2.5.9, commit
 * 420b7a4b9335bc4824ca9dfa2daa3222de06edb4),
 * opennlp-tools/src/main/java/opennlp/tools/ml/maxent/quasinewton/Function.java
 * Licence: Apache License 2.0 ("Licensed to the Apache Software Foundation (ASF) under one or more contributor license
 * agreements ... http://www.apache.org/licenses/LICENSE-2.0"). Distributed on an "AS IS" BASIS, WITHOUT WARRANTIES OR
 * CONDITIONS OF ANY KIND.
 * Copied unchanged: the interface (getDimension, valueAt, gradientAt).
 * Changes: package; license comment shortened to this header.
 */

/**
 * Interface for a function.
 */
public interface Function {

  /**
   * @return Retrieves the dimension value.
   */
  int getDimension();

  /**
   * Computes the function value for {@code x}.
   *
   * @param x The input vector.
   * @return Returns the computed value for {@code x}.
   *
   * @apiNote The parameter {@code x} should be validated and if inconsistencies are encountered
   * an appropriate exception should be raised, e.g. {@link IllegalArgumentException}.
   */
  double valueAt(double[] x);

  /**
   * Computes the gradient for {@code x}.
   *
   * @param x The input vector.
   * @return Returns the computed gradient for {@code x}.
   *
   * @apiNote The parameter {@code x} should be validated and if inconsistencies are encountered
   * an appropriate exception should be raised, e.g. {@link IllegalArgumentException}.
   */
  double[] gradientAt(double[] x);
}
