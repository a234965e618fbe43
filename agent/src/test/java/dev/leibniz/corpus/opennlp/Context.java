package dev.leibniz.corpus.opennlp;

/*
 * Real-code corpus helper (test code only, see ../README.md).
 * Source: Apache OpenNLP 2.5.9 (apache/opennlp on GitHub, tag opennlp-2.5.9, commit
 * 420b7a4b9335bc4824ca9dfa2daa3222de06edb4),
 * opennlp-tools/src/main/java/opennlp/tools/ml/model/Context.java
 * Licence: Apache License 2.0 ("Licensed to the Apache Software Foundation (ASF) under one or more contributor license
 * agreements ... http://www.apache.org/licenses/LICENSE-2.0"). Distributed on an "AS IS" BASIS, WITHOUT WARRANTIES OR
 * CONDITIONS OF ANY KIND.
 * Copied unchanged: the whole class (parameters and outcomes arrays, getters, hashCode, equals).
 * Changes: package; license comment shortened to this header.
 */

import java.util.Arrays;
import java.util.Objects;

/**
 * Class which associates a real valued parameter or expected value with a particular contextual
 * predicate or feature. This is used to store maxent model parameters as well as model and empirical
 * expected values.
 */
public class Context {

  /** The real valued parameters or expected values for this context. */
  protected final double[] parameters;
  /** The outcomes which occur with this context. */
  protected final int[] outcomes;

  /**
   * Creates a new parameters object with the specified parameters associated with the specified
   * outcome pattern.
   * @param outcomePattern Array of outcomes for which parameters exists for this context.
   * @param parameters Parameters for the outcomes specified.
   */
  public Context(int[] outcomePattern, double[] parameters) {
    this.outcomes = outcomePattern;
    this.parameters = parameters;
  }

  /**
   * @return Retrieves the array of outcomes for which parameters exists for this context.
   */
  public int[] getOutcomes() {
    return outcomes;
  }

  /**
   * @return Retrieves the array of parameters for the outcomes of this context.
   */
  public double[] getParameters() {
    return parameters;
  }

  @Override
  public int hashCode() {
    return Objects.hash(Arrays.hashCode(parameters), Arrays.hashCode(outcomes));
  }

  @Override
  public boolean equals(Object obj) {
    if (obj == this) {
      return true;
    }

    if (obj instanceof Context context) {

      return Arrays.equals(parameters, context.parameters)
           && Arrays.equals(outcomes, context.outcomes);
    }

    return false;
  }
}
