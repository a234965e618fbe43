package dev.leibniz.corpus.mahout;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: Apache Mahout 0.13.0 (apache/mahout on GitHub, tag mahout-0.13.0, commit
 * cca62c5a600703b99a6291440193dd233103d4e4),
 * math/src/main/java/org/apache/mahout/math/stats/OnlineExponentialAverage.java
 * Licence: Apache License 2.0 ("Licensed to the Apache Software Foundation (ASF) under one or more contributor license
 * agreements ... http://www.apache.org/licenses/LICENSE-2.0"). Distributed on an "AS IS" BASIS, WITHOUT WARRANTIES OR
 * CONDITIONS OF ANY KIND.
 * Copied unchanged: the whole class (entry: add(double t, double x), void, reads and overwrites the receiver's fields
 * s, w, t and lastT through Math.exp(-(t - lastT) / alpha); mean() and meanRate()).
 * Changes: package; license comment shortened to this header; @Differentiable added to the entry method.
 */

import dev.leibniz.Differentiable;

/**
 * Computes an online average that is exponentially weighted toward recent time-embedded samples.
 */
public class OnlineExponentialAverage {

  private final double alpha;
  private double lastT;
  private double s;
  private double w;
  private double t;

  /**
   * Creates an averager that has a specified time constant for discounting old data. The time
   * constant, alpha, is the time at which an older sample is discounted to 1/e relative to current
   * data.  Roughly speaking, data that is more than 3*alpha old doesn't matter any more and data
   * that is more recent than alpha/3 is about as important as current data.
   *
   * See http://tdunning.blogspot.com/2011/03/exponential-weighted-averages-with.html for a
   * derivation.  See http://tdunning.blogspot.com/2011/03/exponentially-weighted-averaging-for.html
   * for the rate method.
   *
   * @param alpha The time constant for discounting old data and state.
   */
  public OnlineExponentialAverage(double alpha) {
    this.alpha = alpha;
  }

  @Differentiable
  public void add(double t, double x) {
    double pi = Math.exp(-(t - lastT) / alpha);
    s = x + pi * s;
    w = 1.0 + pi * w;
    this.t = t - lastT + pi * this.t;
    lastT = t;
  }

  public double mean() {
    return s / w;
  }

  public double meanRate() {
    return s / t;
  }
}
