package dev.leibniz.corpus.mahout;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: Apache Mahout 0.13.0 (apache/mahout on GitHub, tag mahout-0.13.0, commit
 * cca62c5a600703b99a6291440193dd233103d4e4),
 * mr/src/main/java/org/apache/mahout/classifier/sgd/ElasticBandPrior.java
 * Licence: Apache License 2.0 ("Licensed to the Apache Software Foundation (ASF) under one or more contributor license
 * agreements ... http://www.apache.org/licenses/LICENSE-2.0"). Distributed on an "AS IS" BASIS, WITHOUT WARRANTIES OR
 * CONDITIONS OF ANY KIND.
 * Copied unchanged: the whole class (entry: age(double, double, double), oldValue *= Math.pow(1 - alphaByLambda *
 * learningRate, generations), then an L1 step by Math.signum that may not change the sign).
 * Changes: package and class name (ElasticBandPrior -> ElasticBandPriorAge, so that logP and age are entries of two
 * classes); license comment shortened to this header; @Differentiable added to the entry method; Writable is
 * ./Writable.java (see L1.java); L1 and L2 are ./L1.java and ./L2.java.
 */

import dev.leibniz.Differentiable;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * Implements a linear combination of L1 and L2 priors.  This can give an
 * interesting mixture of sparsity and load-sharing between redundant predictors.
 */
public class ElasticBandPriorAge implements PriorFunction {
  private double alphaByLambda;
  private L1 l1;
  private L2 l2;

  // Exists for Writable
  public ElasticBandPriorAge() {
    this(0.0);
  }

  public ElasticBandPriorAge(double alphaByLambda) {
    this.alphaByLambda = alphaByLambda;
    l1 = new L1();
    l2 = new L2(1);
  }

  @Override
  @Differentiable
  public double age(double oldValue, double generations, double learningRate) {
    oldValue *= Math.pow(1 - alphaByLambda * learningRate, generations);
    double newValue = oldValue - Math.signum(oldValue) * learningRate * generations;
    if (newValue * oldValue < 0.0) {
      // don't allow the value to change sign
      return 0.0;
    } else {
      return newValue;
    }
  }

  @Override
  public double logP(double betaIJ) {
    return l1.logP(betaIJ) + alphaByLambda * l2.logP(betaIJ);
  }

  @Override
  public void write(DataOutput out) throws IOException {
    out.writeDouble(alphaByLambda);
    l1.write(out);
    l2.write(out);
  }

  @Override
  public void readFields(DataInput in) throws IOException {
    alphaByLambda = in.readDouble();
    l1 = new L1();
    l1.readFields(in);
    l2 = new L2();
    l2.readFields(in);
  }
}
