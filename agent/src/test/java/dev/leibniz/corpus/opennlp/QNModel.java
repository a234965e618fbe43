package dev.leibniz.corpus.opennlp;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: Apache OpenNLP 2.5.9 (apache/opennlp on GitHub, tag opennlp-2.5.9, commit
 * 420b7a4b9335bc4824ca9dfa2daa3222de06edb4),
 * opennlp-tools/src/main/java/opennlp/tools/ml/maxent/quasinewton/QNModel.java
 * Licence: Apache License 2.0 ("Licensed to the Apache Software Foundation (ASF) under one or more contributor license
 * agreements ... http://www.apache.org/licenses/LICENSE-2.0"). Distributed on an "AS IS" BASIS, WITHOUT WARRANTIES OR
 * CONDITIONS OF ANY KIND.
 * Copied unchanged: the static eval(int[] context, float[] values, double[] probs, int nOutcomes, int nPredLabels,
 * double[] parameters) (entry: probs accumulates values times the flat parameter array at oi * nPredLabels + predIdx,
 * then ArrayMath.logSumOfExps and StrictMath.exp(probs - logSumExp), in place; probs is returned).
 * Changes: package; license comment shortened to this header; the class's other members, its superclass AbstractModel
 * and its imports omitted (only static methods are copied); @Differentiable added to the entry method; ArrayMath,
 * Context and EvalParameters are ./ArrayMath.java, ./Context.java, ./EvalParameters.java.
 */

import dev.leibniz.Differentiable;

/**
 * A {@link MaxentModel maximum entropy model} which has been trained via the
 * <a href="https://users.umiacs.umd.edu/~hal/docs/daume04cg-bfgs">L-BFGS</a> algorithm ,
 * which belongs to the group of Quasi Newton (QN) algorithms.
 *
 * @see AbstractModel
 * @see MaxentModel
 * @see QNTrainer
 */
public class QNModel {

  /**
   * Evaluates which should be used during training to report model accuracy.
   * @param context The indices of the predicates which have been observed at the present
   *                decision point.
   * @param values The weights of the predicates which have been observed at
   *               the present decision point.
   * @param probs The probability for outcomes.
   * @param nOutcomes The number of outcomes.
   * @param nPredLabels The number of unique predicates.
   * @param parameters The model parameters.
   * @return Normalized probabilities for the outcomes given the context.
   */
  @Differentiable
  static double[] eval(int[] context, float[] values, double[] probs,
      int nOutcomes, int nPredLabels, double[] parameters) {

    for (int i = 0; i < context.length; i++) {
      int predIdx = context[i];
      double predValue = values != null ? values[i] : 1.0;
      for (int oi = 0; oi < nOutcomes; oi++) {
        probs[oi] += predValue * parameters[oi * nPredLabels + predIdx];
      }
    }

    double logSumExp = ArrayMath.logSumOfExps(probs);

    for (int oi = 0; oi < nOutcomes; oi++) {
      probs[oi] = StrictMath.exp(probs[oi] - logSumExp);
    }

    return probs;
  }
}
