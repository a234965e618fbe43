package dev.leibniz.corpus.opennlp;

/*
 * Real-code corpus helper (test code only, see ../README.md).
 * Source: Apache OpenNLP 2.5.9 (apache/opennlp on GitHub, tag opennlp-2.5.9, commit
 * 420b7a4b9335bc4824ca9dfa2daa3222de06edb4),
 * opennlp-tools/src/main/java/opennlp/tools/ml/model/EvalParameters.java
 * Licence: Apache License 2.0 ("Licensed to the Apache Software Foundation (ASF) under one or more contributor license
 * agreements ... http://www.apache.org/licenses/LICENSE-2.0"). Distributed on an "AS IS" BASIS, WITHOUT WARRANTIES OR
 * CONDITIONS OF ANY KIND.
 * Copied unchanged: the whole class (a Context[] and the number of outcomes, getters, hashCode, equals).
 * Changes: package; license comment shortened to this header.
 */

import java.util.Arrays;
import java.util.Objects;

/**
 * This class encapsulates the variables used in producing probabilities from a model
 * and facilitates passing these variables to the eval method.
 */
public class EvalParameters {

  /**
   * Mapping between outcomes and parameter values for each context.
   * The integer representation of the context can be found using <code>pmap</code>.
   */
  private final Context[] params;
  /**
   * The number of outcomes being predicted.
   */
  private final int numOutcomes;
  /**
   * The maximum number of features fired in an event. Usually referred to as C.
   * This is used to normalize the number of features which occur in an event. */
  private double correctionConstant;

  public EvalParameters(Context[] params, int numOutcomes) {
    this.params = params;
    this.numOutcomes = numOutcomes;
  }

  public Context[] getParams() {
    return params;
  }

  public int getNumOutcomes() {
    return numOutcomes;
  }

  @Override
  public int hashCode() {
    return Objects.hash(Arrays.hashCode(params), numOutcomes, correctionConstant);
  }

  @Override
  public boolean equals(Object obj) {
    if (obj == this) {
      return true;
    }

    if (obj instanceof EvalParameters evalParameters) {

      return Arrays.equals(params, evalParameters.params)
          && numOutcomes == evalParameters.numOutcomes
          && correctionConstant == evalParameters.correctionConstant;
    }

    return false;
  }
}
