package dev.leibniz.corpus.opennlp;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: Apache OpenNLP 2.5.9 (apache/opennlp on GitHub, tag opennlp-2.5.9, commit
 * 420b7a4b9335bc4824ca9dfa2daa3222de06edb4),
 * opennlp-tools/src/main/java/opennlp/tools/ml/perceptron/PerceptronModel.java
 * Licence: Apache License 2.0 ("Licensed to the Apache Software Foundation (ASF) under one or more contributor license
 * agreements ... http://www.apache.org/licenses/LICENSE-2.0"). Distributed on an "AS IS" BASIS, WITHOUT WARRANTIES OR
 * CONDITIONS OF ANY KIND.
 * Copied unchanged: the two static eval methods taking values (entry: eval(int[] context, float[] values, double[]
 * prior, EvalParameters model, boolean normalize): sumFeatures, then the largest |prior| (at least 1) by StrictMath.abs
 * comparisons, StrictMath.exp(prior / maxPrior) and division by the sum, in place; prior is returned).
 * Changes: package; license comment shortened to this header; the class's other members, its superclass AbstractModel
 * and its imports omitted (only static methods are copied); @Differentiable added to the entry method; ArrayMath,
 * Context and EvalParameters are ./ArrayMath.java, ./Context.java, ./EvalParameters.java.
 */

import dev.leibniz.Differentiable;

/**
 * A {@link MaxentModel model} implementation based one the perceptron algorithm.
 * <p>
 * Each outcome is represented as a binary perceptron classifier.
 * This supports standard (integer) weighting as well average weighting as described in:
 * Discriminative Training Methods for Hidden Markov Models: Theory and Experiments
 * with the Perceptron Algorithm. Michael Collins, EMNLP 2002.
 */
public class PerceptronModel {

  /**
   * Evaluates a {@link PerceptronModel}.
   *
   * @param context The context parameters as {@code int[]}.
   * @param values The {@code float[]} values to be used.
   * @param prior The data prior to the evaluation as {@code double[]}.
   * @param model The {@link EvalParameters} used for evaluation.
   * @param normalize Whether to normalize, or not.
   *
   * @return The resulting evaluation data as {@code double[]}.
   */
  @Differentiable
  static double[] eval(int[] context, float[] values, double[] prior,
                       EvalParameters model, boolean normalize) {
    Context[] scontexts = new Context[context.length];
    for (int i = 0; i < context.length; i++) {
      scontexts[i] = model.getParams()[context[i]];
    }

    return eval(scontexts, values, prior, model, normalize);
  }

  /**
   * Evaluates a {@link PerceptronModel}.
   *
   * @param context The {@link Context[] parameters} to set..
   * @param values The {@code float[]} values to be used.
   * @param prior The data prior to the evaluation as {@code double[]}.
   * @param model The {@link EvalParameters} used for evaluation.
   * @param normalize Whether to normalize, or not.
   *
   * @return The resulting evaluation data as {@code double[]}.
   */
  static double[] eval(Context[] context, float[] values, double[] prior,
                       EvalParameters model, boolean normalize) {

    ArrayMath.sumFeatures(context, values, prior);

    if (normalize) {
      int numOutcomes = model.getNumOutcomes();

      double maxPrior = 1;

      for (int oid = 0; oid < numOutcomes; oid++) {
        if (maxPrior < StrictMath.abs(prior[oid]))
          maxPrior = StrictMath.abs(prior[oid]);
      }

      double normal = 0.0;
      for (int oid = 0; oid < numOutcomes; oid++) {
        prior[oid] = StrictMath.exp(prior[oid] / maxPrior);
        normal += prior[oid];
      }

      for (int oid = 0; oid < numOutcomes; oid++) {
        prior[oid] /= normal;
      }
    }
    return prior;
  }
}
