package dev.leibniz.corpus.mahout;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: Apache Mahout 0.13.0 (apache/mahout on GitHub, tag mahout-0.13.0, commit
 * cca62c5a600703b99a6291440193dd233103d4e4),
 * mr/src/main/java/org/apache/mahout/classifier/sgd/L1.java
 * Licence: Apache License 2.0 ("Licensed to the Apache Software Foundation (ASF) under one or more contributor license
 * agreements ... http://www.apache.org/licenses/LICENSE-2.0"). Distributed on an "AS IS" BASIS, WITHOUT WARRANTIES OR
 * CONDITIONS OF ANY KIND.
 * Copied unchanged: the whole class (entry: age(double, double, double), a step of size learningRate * generations
 * toward 0 by Math.signum that may not change the sign; logP, write, readFields).
 * Changes: package; license comment shortened to this header; @Differentiable added to the entry method; Writable is
 * ./Writable.java, a copy of org.apache.hadoop.io.Writable's two methods (PriorFunction extends it).
 */

import dev.leibniz.Differentiable;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * Implements the Laplacian or bi-exponential prior.  This prior has a strong tendency to set coefficients to zero
 * and thus is useful as an alternative to variable selection.  This version implements truncation which prevents
 * a coefficient from changing sign.  If a correction would change the sign, the coefficient is truncated to zero.
 *
 * Note that it doesn't matter to have a scale for this distribution because after taking the derivative of the logP,
 * the lambda coefficient used to combine the prior with the observations has the same effect.  If we had a scale here,
 * then it would be the same effect as just changing lambda.
 */
public class L1 implements PriorFunction {
  @Override
  @Differentiable
  public double age(double oldValue, double generations, double learningRate) {
    double newValue = oldValue - Math.signum(oldValue) * learningRate * generations;
    if (newValue * oldValue < 0) {
      // don't allow the value to change sign
      return 0;
    } else {
      return newValue;
    }
  }

  @Override
  public double logP(double betaIJ) {
    return -Math.abs(betaIJ);
  }

  @Override
  public void write(DataOutput out) throws IOException {
    // stateless class has nothing to serialize
  }

  @Override
  public void readFields(DataInput dataInput) throws IOException {
    // stateless class has nothing to serialize
  }
}
