/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: ta4j/ta4j (GitHub, commit 42e1a941ebdf4f8b122b12ab65bfd012c6bee7f3),
 * ta4j-core/src/main/java/org/ta4j/core/indicators/forecast/OnlineChangePointForecastStateIndicator.java
 * Licence: MIT (SPDX-License-Identifier: MIT; Copyright (c) the ta4j authors). Provided "AS IS", WITHOUT WARRANTY OF
 * ANY KIND.
 * Copied: the private nested classes PosteriorFrameIndicator (Bayesian online change-point detection: one step of the
 * run-length posterior under a Normal-Gamma model with a Student-t predictive) and PosteriorFrame (the posterior's
 * arrays), in the outer class of their name.
 * Changes: package; the outer class's other members (the indicator over a BarSeries, its builder and state) removed;
 * PosteriorFrameIndicator no longer extends RecursiveCachedIndicator<PosteriorFrame>: its ReturnIndicator source field
 * and constructor argument, super(source), and the indicator methods calculate(int) and getCountOfUnstableBars() are
 * removed (they read bars); Gamma.logGamma is Commons Math 3's, as in the original; @Differentiable added to advance,
 * updateComponent, scaledSquaredDifference, studentTLogDensity, logOnePlusExp, logAdd and logSum.
 */
package dev.leibniz.corpus.ta4j;

import dev.leibniz.Differentiable;
import java.util.Arrays;
import org.apache.commons.math3.special.Gamma;

public final class OnlineChangePointForecastStateIndicator {

    private static final class PosteriorFrameIndicator {

        private final int historyStart;
        private final int maximumRunLength;
        private final double logHazard;
        private final double logSurvival;
        private final double priorMean;
        private final double priorMeanPrecision;
        private final double priorShape;
        private final double priorScale;

        private PosteriorFrameIndicator(int historyStart, double expectedRunLength,
                int maximumRunLength, double priorMean, double priorMeanPrecision, double priorShape,
                double priorScale) {
            this.historyStart = historyStart;
            this.maximumRunLength = maximumRunLength;
            double hazard = 1d / expectedRunLength;
            this.logHazard = Math.log(hazard);
            this.logSurvival = Math.log1p(-hazard);
            this.priorMean = priorMean;
            this.priorMeanPrecision = priorMeanPrecision;
            this.priorShape = priorShape;
            this.priorScale = priorScale;
        }

        @Differentiable
        private PosteriorFrame advance(PosteriorFrame previous, double observation) {
            int resultSize = previous.size() > maximumRunLength ? previous.size() : previous.size() + 1;
            double[] logWeights = new double[resultSize];
            double[] means = new double[resultSize];
            double[] precisions = new double[resultSize];
            double[] shapes = new double[resultSize];
            double[] scales = new double[resultSize];
            Arrays.fill(logWeights, Double.NEGATIVE_INFINITY);
            means[0] = priorMean;
            precisions[0] = priorMeanPrecision;
            shapes[0] = priorShape;
            scales[0] = priorScale;

            for (int runLength = 0; runLength < previous.size(); runLength++) {
                double logPredictive = studentTLogDensity(observation, previous.means[runLength],
                        previous.precisions[runLength], previous.shapes[runLength], previous.scales[runLength]);
                if (!Double.isFinite(logPredictive)) {
                    continue;
                }
                double previousWeight = previous.logProbabilities[runLength] + logPredictive;
                logWeights[0] = logAdd(logWeights[0], previousWeight + logHazard);
                int grownRunLength = runLength + 1;
                if (grownRunLength < resultSize) {
                    logWeights[grownRunLength] = previousWeight + logSurvival;
                    updateComponent(observation, previous.means[runLength], previous.precisions[runLength],
                            previous.shapes[runLength], previous.scales[runLength], grownRunLength, means, precisions,
                            shapes, scales);
                }
            }

            double logEvidence = logSum(logWeights);
            if (!Double.isFinite(logEvidence)) {
                return PosteriorFrame.unavailable();
            }
            for (int runLength = 0; runLength < resultSize; runLength++) {
                logWeights[runLength] -= logEvidence;
                if (Double.isNaN(logWeights[runLength]) || !validComponent(means[runLength], precisions[runLength],
                        shapes[runLength], scales[runLength])) {
                    return PosteriorFrame.unavailable();
                }
            }
            return new PosteriorFrame(previous.observationCount + 1, logWeights, means, precisions, shapes, scales);
        }

        @Differentiable
        private static void updateComponent(double observation, double mean, double precision, double shape,
                double scale, int target, double[] means, double[] precisions, double[] shapes, double[] scales) {
            double updatedPrecision = precision + 1d;
            double meanWeight = precision / updatedPrecision;
            double observationWeight = 1d / updatedPrecision;
            means[target] = meanWeight * mean + observationWeight * observation;
            precisions[target] = updatedPrecision;
            shapes[target] = shape + 0.5d;
            scales[target] = scale + scaledSquaredDifference(observation, mean, precision, updatedPrecision);
        }

        @Differentiable
        private static double scaledSquaredDifference(double observation, double mean, double precision,
                double updatedPrecision) {
            double magnitude = Math.max(Math.abs(observation), Math.abs(mean));
            if (magnitude == 0d) {
                return 0d;
            }
            double scaledDifference = observation / magnitude - mean / magnitude;
            double rootWeight = Math.sqrt(precision / updatedPrecision) / Math.sqrt(2d);
            double rootIncrement = magnitude * rootWeight * Math.abs(scaledDifference);
            return rootIncrement * rootIncrement;
        }

        private static boolean validComponent(double mean, double precision, double shape, double scale) {
            return Double.isFinite(mean) && Double.isFinite(precision) && precision > 0d && Double.isFinite(shape)
                    && shape > 1d && Double.isFinite(scale) && scale > 0d;
        }

        @Differentiable
        private static double studentTLogDensity(double observation, double mean, double precision, double shape,
                double scale) {
            double degreesOfFreedom = 2d * shape;
            double logPredictiveScaleSquared = Math.log(scale) + Math.log(precision + 1d) - Math.log(shape)
                    - Math.log(precision);
            if (!Double.isFinite(degreesOfFreedom) || degreesOfFreedom <= 0d
                    || !Double.isFinite(logPredictiveScaleSquared)) {
                return Double.NaN;
            }
            double logDifference = logAbsoluteDifference(observation, mean);
            double logRatio = logDifference == Double.NEGATIVE_INFINITY ? Double.NEGATIVE_INFINITY
                    : 2d * logDifference - Math.log(degreesOfFreedom) - logPredictiveScaleSquared;
            double logKernel = logOnePlusExp(logRatio);
            return Gamma.logGamma((degreesOfFreedom + 1d) * 0.5d) - Gamma.logGamma(degreesOfFreedom * 0.5d)
                    - 0.5d * (Math.log(degreesOfFreedom) + Math.log(Math.PI) + logPredictiveScaleSquared)
                    - 0.5d * (degreesOfFreedom + 1d) * logKernel;
        }

        private static double logAbsoluteDifference(double left, double right) {
            if (left == right) {
                return Double.NEGATIVE_INFINITY;
            }
            double magnitude = Math.max(Math.abs(left), Math.abs(right));
            return Math.log(magnitude) + Math.log(Math.abs(left / magnitude - right / magnitude));
        }

        @Differentiable
        private static double logOnePlusExp(double value) {
            if (value == Double.NEGATIVE_INFINITY) {
                return 0d;
            }
            return value > 0d ? value + Math.log1p(Math.exp(-value)) : Math.log1p(Math.exp(value));
        }

        @Differentiable
        private static double logAdd(double left, double right) {
            if (left == Double.NEGATIVE_INFINITY) {
                return right;
            }
            if (right == Double.NEGATIVE_INFINITY) {
                return left;
            }
            double maximum = Math.max(left, right);
            return maximum + Math.log(Math.exp(left - maximum) + Math.exp(right - maximum));
        }

        @Differentiable
        private static double logSum(double[] values) {
            double maximum = Double.NEGATIVE_INFINITY;
            for (double value : values) {
                maximum = Math.max(maximum, value);
            }
            if (!Double.isFinite(maximum)) {
                return Double.NaN;
            }
            double total = 0d;
            for (double value : values) {
                total += Math.exp(value - maximum);
            }
            return maximum + Math.log(total);
        }

        private static double finitePrimitive(Num value) {
            if (!Num.isFinite(value)) {
                return Double.NaN;
            }
            double primitive = value.doubleValue();
            return Double.isFinite(primitive) && (primitive != 0d || value.isZero()) ? primitive : Double.NaN;
        }
    }

    private static final class PosteriorFrame {

        private final int observationCount;
        private final double[] logProbabilities;
        private final double[] means;
        private final double[] precisions;
        private final double[] shapes;
        private final double[] scales;

        private PosteriorFrame(int observationCount, double[] logProbabilities, double[] means, double[] precisions,
                double[] shapes, double[] scales) {
            this.observationCount = observationCount;
            this.logProbabilities = logProbabilities;
            this.means = means;
            this.precisions = precisions;
            this.shapes = shapes;
            this.scales = scales;
        }

        private static PosteriorFrame initial(double priorMean, double priorMeanPrecision, double priorShape,
                double priorScale) {
            return new PosteriorFrame(0, new double[] { 0d }, new double[] { priorMean },
                    new double[] { priorMeanPrecision }, new double[] { priorShape }, new double[] { priorScale });
        }

        private static PosteriorFrame unavailable() {
            return new PosteriorFrame(0, new double[0], new double[0], new double[0], new double[0], new double[0]);
        }

        private int size() {
            return logProbabilities.length;
        }

        private boolean isAvailable() {
            return size() > 0;
        }
    }

    private record PosteriorModel(int historyStart, PosteriorFrameIndicator indicator) {
    }
}
