package dev.leibniz.corpus.strata;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: OpenGamma Strata 2.12.0, strata-math sources jar (Maven Central; OpenGamma/Strata on GitHub), com/opengamma/strata/math/impl/statistics/distribution/NormalDistribution.java
 * Licence: Apache License 2.0 (Copyright (C) 2012 - present by OpenGamma Inc. and the OpenGamma group of
 * companies; The Apache Software License, Version 2.0, as the strata-parent POM declares;
 * http://www.apache.org/licenses/LICENSE-2.0). Distributed on an "AS IS" BASIS, WITHOUT WARRANTIES OR
 * CONDITIONS OF ANY KIND.
 * Copied unchanged: ROOT2, the mean and standard-deviation fields, the checks of the constructor, getCDF. Changes: package; the random engine and the Colt Normal it makes (for getPDF, nextRandom), getInverseCDF, equals, hashCode omitted.
 */
public class NormalDistribution implements ProbabilityDistribution<Double> {

  private static final double ROOT2 = Math.sqrt(2);

  private final double _mean;
  private final double _standardDeviation;

  public NormalDistribution(double mean, double standardDeviation) {
    ArgChecker.isTrue(standardDeviation > 0, "standard deviation");
    _mean = mean;
    _standardDeviation = standardDeviation;
  }

  @Override
  public double getCDF(Double x) {
    ArgChecker.notNull(x, "x");
    return DERFC.getErfc(-x / ROOT2) / 2;
  }

  public double getMean() {
    return _mean;
  }

  public double getStandardDeviation() {
    return _standardDeviation;
  }
}
