package dev.leibniz.corpus.mahout;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: Apache Mahout 0.13.0 (apache/mahout on GitHub, tag mahout-0.13.0, commit
 * cca62c5a600703b99a6291440193dd233103d4e4),
 * mr/src/main/java/org/apache/mahout/classifier/sgd/TPrior.java
 * Licence: Apache License 2.0 ("Licensed to the Apache Software Foundation (ASF) under one or more contributor license
 * agreements ... http://www.apache.org/licenses/LICENSE-2.0"). Distributed on an "AS IS" BASIS, WITHOUT WARRANTIES OR
 * CONDITIONS OF ANY KIND.
 * Copied unchanged: the whole class (entry: age(double, double, double), a loop 'for (int i = 0; i < generations; i++)'
 * whose bound is the active double generations, oldValue updated in place; df a field).
 * Changes: package; license comment shortened to this header; @Differentiable added to the entry method; Writable is
 * ./Writable.java (see L1.java); Gamma is Commons Math 3's, as in the original (a test dependency).
 */

import dev.leibniz.Differentiable;

import org.apache.commons.math3.special.Gamma;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * Provides a t-distribution as a prior.
 */
public class TPrior implements PriorFunction {
  private double df;

  public TPrior(double df) {
    this.df = df;
  }

  @Override
  @Differentiable
  public double age(double oldValue, double generations, double learningRate) {
    for (int i = 0; i < generations; i++) {
      oldValue -= learningRate * oldValue * (df + 1.0) / (df + oldValue * oldValue);
    }
    return oldValue;
  }

  @Override
  public double logP(double betaIJ) {
    return Gamma.logGamma((df + 1.0) / 2.0)
        - Math.log(df * Math.PI)
        - Gamma.logGamma(df / 2.0)
        - (df + 1.0) / 2.0 * Math.log1p(betaIJ * betaIJ);
  }

  @Override
  public void write(DataOutput out) throws IOException {
    out.writeDouble(df);
  }

  @Override
  public void readFields(DataInput in) throws IOException {
    df = in.readDouble();
  }
}
