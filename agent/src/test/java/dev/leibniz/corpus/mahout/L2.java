package dev.leibniz.corpus.mahout;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: Apache Mahout 0.13.0 (apache/mahout on GitHub, tag mahout-0.13.0, commit
 * cca62c5a600703b99a6291440193dd233103d4e4),
 * mr/src/main/java/org/apache/mahout/classifier/sgd/L2.java
 * Licence: Apache License 2.0 ("Licensed to the Apache Software Foundation (ASF) under one or more contributor license
 * agreements ... http://www.apache.org/licenses/LICENSE-2.0"). Distributed on an "AS IS" BASIS, WITHOUT WARRANTIES OR
 * CONDITIONS OF ANY KIND.
 * Copied unchanged: the whole class (entry: age(double, double, double), oldValue * Math.pow(1 - learningRate / s2,
 * generations): an active exponent; the scale s and s2 in fields set by the constructor).
 * Changes: package; license comment shortened to this header; @Differentiable added to the entry method; Writable is
 * ./Writable.java (see L1.java).
 */

import dev.leibniz.Differentiable;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * Implements the Gaussian prior.  This prior has a tendency to decrease large coefficients toward zero, but
 * doesn't tend to set them to exactly zero.
 */
public class L2 implements PriorFunction {

  private static final double HALF_LOG_2PI = Math.log(2.0 * Math.PI) / 2.0;

  private double s2;
  private double s;

  public L2(double scale) {
    s = scale;
    s2 = scale * scale;
  }

  public L2() {
    s = 1.0;
    s2 = 1.0;
  }

  @Override
  @Differentiable
  public double age(double oldValue, double generations, double learningRate) {
    return oldValue * Math.pow(1.0 - learningRate / s2, generations);
  }

  @Override
  public double logP(double betaIJ) {
    return -betaIJ * betaIJ / s2 / 2.0 - Math.log(s) - HALF_LOG_2PI;
  }

  @Override
  public void write(DataOutput out) throws IOException {
    out.writeDouble(s2);
    out.writeDouble(s);
  }

  @Override
  public void readFields(DataInput in) throws IOException {
    s2 = in.readDouble();
    s = in.readDouble();
  }
}
