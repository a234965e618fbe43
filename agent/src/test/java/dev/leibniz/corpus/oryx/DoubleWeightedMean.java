package dev.leibniz.corpus.oryx;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: Oryx 2 (OryxProject/oryx on GitHub, commit fd4fdd24df6f3f08a9e9e52861d5fbf99621d94e),
 * framework/oryx-common/src/main/java/com/cloudera/oryx/common/math/DoubleWeightedMean.java
 * Licence: Apache License 2.0 ("Cloudera, Inc. licenses this file to you under the Apache License, Version 2.0").
 * Distributed on an "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND.
 * Copied unchanged: the whole class, still extending Commons Math 3's AbstractStorelessUnivariateStatistic (a test
 * dependency) (entry: increment(double datum, double weight), a running weighted mean in the receiver's fields).
 * Changes: package; licence header shortened to this header; Guava's Preconditions imported from this package
 * (Preconditions.java here); @Differentiable added to the entry method.
 */

import dev.leibniz.Differentiable;
import java.io.Serializable;

import org.apache.commons.math3.stat.descriptive.AbstractStorelessUnivariateStatistic;

/**
 * <p>A weighted mean implementation for floating-point weights, following the Commons
 * Math3 framework.</p>
 *
 * <p>This class is not thread-safe.</p>
 */
public final class DoubleWeightedMean
    extends AbstractStorelessUnivariateStatistic implements Serializable {

  private long count;
  private double totalWeight;
  private double mean;

  public DoubleWeightedMean() {
    this(0, 0.0, Double.NaN);
  }

  private DoubleWeightedMean(long count, double totalWeight, double mean) {
    this.count = count;
    this.totalWeight = totalWeight;
    this.mean = mean;
  }

  @Override
  public DoubleWeightedMean copy() {
    return new DoubleWeightedMean(count, totalWeight, mean);
  }

  @Override
  public void clear() {
    count = 0;
    totalWeight = 0.0;
    mean = Double.NaN;
  }

  @Override
  public double getResult() {
    return mean;
  }

  @Override
  public long getN() {
    return count;
  }

  /**
   * @param datum new datum to add to the mean, with weight 1
   */
  @Override
  public void increment(double datum) {
    increment(datum, 1.0);
  }

  /**
   * @param datum new datum to add to the mean
   * @param weight weight of the new datum
   */
  @Differentiable
  public void increment(double datum, double weight) {
    Preconditions.checkArgument(weight >= 0.0);
    if (count == 0) {
      count = 1;
      mean = datum;
      totalWeight = weight;
    } else {
      count++;
      totalWeight += weight;
      mean += (weight / totalWeight) * (datum - mean);
    }
  }

  @Override
  public String toString() {
    return Double.toString(mean);
  }

  @Override
  public int hashCode() {
    return Long.hashCode(count) ^ Double.hashCode(totalWeight) ^ Double.hashCode(mean);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof DoubleWeightedMean)) {
      return false;
    }
    DoubleWeightedMean other = (DoubleWeightedMean) o;
    return count == other.count &&
        Double.compare(totalWeight, other.totalWeight) == 0 &&
        Double.compare(mean, other.mean) == 0;
  }

}
