package dev.leibniz.corpus.mahout;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: Apache Mahout 0.13.0 (apache/mahout on GitHub, tag mahout-0.13.0, commit
 * cca62c5a600703b99a6291440193dd233103d4e4),
 * mr/src/main/java/org/apache/mahout/classifier/sgd/PriorFunction.java
 * Licence: Apache License 2.0 ("Licensed to the Apache Software Foundation (ASF) under one or more contributor license
 * agreements ... http://www.apache.org/licenses/LICENSE-2.0"). Distributed on an "AS IS" BASIS, WITHOUT WARRANTIES OR
 * CONDITIONS OF ANY KIND.
 * Copied unchanged: the interface (age, logP).
 * Changes: package; license comment shortened to this header; Writable is ./Writable.java (not imported from Hadoop).
 */


/**
 * A prior is used to regularize the learning algorithm.  This allows a trade-off to
 * be made between complexity of the model being learned and the accuracy with which
 * the model fits the training data.  There are different definitions of complexity
 * which can be approximated using different priors.  For large sparse systems, such
 * as text classification, the L1 prior is often used which favors sparse models.
 */
public interface PriorFunction extends Writable {
  /**
   * Applies the regularization to a coefficient.
   * @param oldValue        The previous value.
   * @param generations     The number of generations.
   * @param learningRate    The learning rate with lambda baked in.
   * @return                The new coefficient value after regularization.
   */
  double age(double oldValue, double generations, double learningRate);

  /**
   * Returns the log of the probability of a particular coefficient value according to the prior.
   * @param betaIJ          The coefficient.
   * @return                The log probability.
   */
  double logP(double betaIJ);
}
