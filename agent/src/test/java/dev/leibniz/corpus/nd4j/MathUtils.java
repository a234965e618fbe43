/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: deeplearning4j/deeplearning4j (GitHub, commit 2c69d8dc0b75a6d4a14851b3673009b393c784e4),
 * nd4j/nd4j-common/src/main/java/org/nd4j/common/util/MathUtils.java
 * Licence: Apache-2.0 (the file's own header, kept below).
 * Copied: the constants log2 and SMALL and the numeric static helpers pow, normalize (both), sigmoid, correlation,
 * ssReg, ssError, vectorLength, idf, ssTotal, sum, squaredLoss, w_1, w_0, weightsFor(double[]), sumOfMeanDifferences,
 * sumOfMeanDifferencesOnePoint, times, sumOfProducts, column, coordSplit(double[]), sumOfSquares, log2,
 * rootMeansSquaredError, entropy, adjustedrSquared, normalizeToOne, logs2probs, information, maxIndex, factorial,
 * probToLogOdds, permutation, combination, hypotenuse, roundDouble, bernoullis, sm, gr, euclideanDistance(double[],
 * double[]), manhattanDistance and the instance method slope, in the file's order, each unchanged.
 * Changes: package dev.leibniz.corpus.nd4j (the original's org.nd4j.common.util); the other methods (random numbers
 * through commons-math3's RandomGenerator, string and list helpers, stringSimilarity with nd4j's Counter and SetUtils)
 * left out with the imports only they need (RandomGenerator, Counter, Random, Set); the methods' Javadoc comments left
 * out; @Differentiable added to the entry methods (see ThirtySecondRound) with its import. FastMath is commons-math3's,
 * a test dependency.
 */
/*******************************************************************************
 * Copyright (c) 2015-2018 Skymind, Inc.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Apache License, Version 2.0 which is available at
 * https://www.apache.org/licenses/LICENSE-2.0.
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS, WITHOUT
 * WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied. See the
 * License for the specific language governing permissions and limitations
 * under the License.
 *
 * SPDX-License-Identifier: Apache-2.0
 ******************************************************************************/

package dev.leibniz.corpus.nd4j;

import dev.leibniz.Differentiable;

import org.apache.commons.math3.util.FastMath;

import java.util.ArrayList;
import java.util.List;


/**
 * This is a math jcuda.utils class.
 *
 * @author Adam Gibson
 */
public class MathUtils {



    /**
     * The natural logarithm of 2.
     */
    public static final double log2 = Math.log(2);
    /**
     * The small deviation allowed in double comparisons.
     */
    public static final double SMALL = 1e-6;


    @Differentiable
    public static double pow(double base, double exponent) {
        double result = 1;

        if (exponent == 0) {
            return result;
        }
        if (exponent < 0) {
            return 1 / pow(base, exponent * -1);
        }

        return FastMath.pow(base, exponent);
    }

    @Differentiable
    public static double normalize(double val, double min, double max) {
        if (max < min)
            throw new IllegalArgumentException("Max must be greather than min");

        return (val - min) / (max - min);
    }

    @Differentiable
    public static double correlation(double[] residuals, double targetAttribute[]) {
        double[] predictedValues = new double[residuals.length];
        for (int i = 0; i < predictedValues.length; i++) {
            predictedValues[i] = targetAttribute[i] - residuals[i];
        }
        double ssErr = ssError(predictedValues, targetAttribute);
        double total = ssTotal(residuals, targetAttribute);
        return 1 - (ssErr / total);
    }//end correlation

    @Differentiable
    public static double sigmoid(double x) {
        return 1.0 / (1.0 + Math.pow(Math.E, -x));
    }

    @Differentiable
    public static double ssReg(double[] residuals, double[] targetAttribute) {
        double mean = sum(targetAttribute) / targetAttribute.length;
        double ret = 0;
        for (int i = 0; i < residuals.length; i++) {
            ret += Math.pow(residuals[i] - mean, 2);
        }
        return ret;
    }

    @Differentiable
    public static double ssError(double[] predictedValues, double[] targetAttribute) {
        double ret = 0;
        for (int i = 0; i < predictedValues.length; i++) {
            ret += Math.pow(targetAttribute[i] - predictedValues[i], 2);
        }
        return ret;
    }

    @Differentiable
    public static double vectorLength(double[] vector) {
        double ret = 0;
        if (vector == null)
            return ret;
        else {
            for (int i = 0; i < vector.length; i++) {
                ret += Math.pow(vector[i], 2);
            }

        }
        return ret;
    }

    @Differentiable
    public static double idf(double totalDocs, double numTimesWordAppearedInADocument) {
        return totalDocs > 0 ? Math.log10(totalDocs / numTimesWordAppearedInADocument) : 0;
    }

    @Differentiable
    public static double ssTotal(double[] residuals, double[] targetAttribute) {
        return ssReg(residuals, targetAttribute) + ssError(residuals, targetAttribute);
    }

    public static double sum(double[] nums) {

        double ret = 0;
        for (double d : nums)
            ret += d;

        return ret;
    }//end sum

    @Differentiable
    public static double squaredLoss(double[] x, double[] y, double w_0, double w_1) {
        double sum = 0;
        for (int j = 0; j < x.length; j++) {
            sum += Math.pow((y[j] - (w_1 * x[j] + w_0)), 2);
        }
        return sum;
    }//end squaredLoss

    @Differentiable
    public static double w_1(double[] x, double[] y, int n) {
        return (n * sumOfProducts(x, y) - sum(x) * sum(y)) / (n * sumOfSquares(x) - Math.pow(sum(x), 2));
    }

    @Differentiable
    public static double w_0(double[] x, double[] y, int n) {
        double weight1 = w_1(x, y, n);

        return (sum(y) - (weight1 * sum(x))) / n;
    }

    @Differentiable
    public static double[] weightsFor(double[] vector) {

        /* split coordinate system */
        List<double[]> coords = coordSplit(vector);
        /* x vals */
        double[] x = coords.get(0);
        /* y vals */
        double[] y = coords.get(1);


        double meanX = sum(x) / x.length;
        double meanY = sum(y) / y.length;

        double sumOfMeanDifferences = sumOfMeanDifferences(x, y);
        double xDifferenceOfMean = sumOfMeanDifferencesOnePoint(x);

        double w_1 = sumOfMeanDifferences / xDifferenceOfMean;

        double w_0 = meanY - (w_1) * meanX;


        double[] ret = new double[vector.length];
        ret[0] = w_0;
        ret[1] = w_1;

        return ret;
    }//end weightsFor

    @Differentiable
    public static double sumOfMeanDifferences(double[] vector, double[] vector2) {
        double mean = sum(vector) / vector.length;
        double mean2 = sum(vector2) / vector2.length;
        double ret = 0;
        for (int i = 0; i < vector.length; i++) {
            double vec1Diff = vector[i] - mean;
            double vec2Diff = vector2[i] - mean2;
            ret += vec1Diff * vec2Diff;
        }
        return ret;
    }//end sumOfMeanDifferences

    public static double sumOfMeanDifferencesOnePoint(double[] vector) {
        double mean = sum(vector) / vector.length;
        double ret = 0;
        for (int i = 0; i < vector.length; i++) {
            double vec1Diff = Math.pow(vector[i] - mean, 2);
            ret += vec1Diff;
        }
        return ret;
    }//end sumOfMeanDifferences

    public static double times(double[] nums) {
        if (nums == null || nums.length == 0)
            return 0;
        double ret = 1;
        for (int i = 0; i < nums.length; i++)
            ret *= nums[i];
        return ret;
    }//end times

    @Differentiable
    public static double sumOfProducts(double[]... nums) {
        if (nums == null || nums.length < 1)
            return 0;
        double sum = 0;

        for (int i = 0; i < nums.length; i++) {
            /* The ith column for all of the rows */
            double[] column = column(i, nums);
            sum += times(column);

        }
        return sum;
    }//end sumOfProducts

    private static double[] column(int column, double[]... nums) throws IllegalArgumentException {

        double[] ret = new double[nums.length];

        for (int i = 0; i < nums.length; i++) {
            double[] curr = nums[i];
            ret[i] = curr[column];
        }
        return ret;
    }//end column

    public static List<double[]> coordSplit(double[] vector) {

        if (vector == null)
            return null;
        List<double[]> ret = new ArrayList<double[]>();
        /* x coordinates */
        double[] xVals = new double[vector.length / 2];
        /* y coordinates */
        double[] yVals = new double[vector.length / 2];
        /* current points */
        int xTracker = 0;
        int yTracker = 0;
        for (int i = 0; i < vector.length; i++) {
            //even value, x coordinate
            if (i % 2 == 0)
                xVals[xTracker++] = vector[i];
            //y coordinate
            else
                yVals[yTracker++] = vector[i];
        }
        ret.add(xVals);
        ret.add(yVals);

        return ret;
    }//end coordSplit

    public static double sumOfSquares(double[] vector) {
        double ret = 0;
        for (double d : vector)
            ret += Math.pow(d, 2);
        return ret;
    }

    @Differentiable
    public static double log2(double a) {
        if (a == 0)
            return 0.0;
        return Math.log(a) / log2;
    }

    @Differentiable
    public static double rootMeansSquaredError(double[] real, double[] predicted) {
        double ret = 1 / real.length;
        for (int i = 0; i < real.length; i++) {
            ret += Math.pow((real[i] - predicted[i]), 2);
        }
        return Math.sqrt(ret);
    }//end rootMeansSquaredError

    @Differentiable
    public static double entropy(double[] vector) {
        if (vector == null || vector.length == 0)
            return 0;
        else {
            double ret = 0;
            for (double d : vector)
                ret += d * Math.log(d);
            return -ret;

        }
    }//end entropy

    @Differentiable
    public static double adjustedrSquared(double rSquared, int numRegressors, int numDataPoints) {
        double divide = (numDataPoints - 1) / (numDataPoints - numRegressors - 1);
        double rSquaredDiff = 1 - rSquared;
        return 1 - (rSquaredDiff * divide);
    }


    @Differentiable
    public static double[] normalizeToOne(double[] doubles) {
        normalize(doubles, sum(doubles));
        return doubles;
    }

    public static void normalize(double[] doubles, double sum) {

        if (Double.isNaN(sum)) {
            throw new IllegalArgumentException("Can't normalize array. Sum is NaN.");
        }
        if (sum == 0) {
            // Maybe this should just be a return.
            throw new IllegalArgumentException("Can't normalize array. Sum is zero.");
        }
        for (int i = 0; i < doubles.length; i++) {
            doubles[i] /= sum;
        }
    }//end normalize

    @Differentiable
    public static double[] logs2probs(double[] a) {

        double max = a[maxIndex(a)];
        double sum = 0.0;

        double[] result = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            result[i] = Math.exp(a[i] - max);
            sum += result[i];
        }

        normalize(result, sum);

        return result;
    }//end logs2probs

    @Differentiable
    public static double information(double[] probabilities) {
        double total = 0.0;
        for (double d : probabilities) {
            total += (-1.0 * log2(d) * d);
        }
        return total;
    }//end information

    public static /*@pure@*/ int maxIndex(double[] doubles) {

        double maximum = 0;
        int maxIndex = 0;

        for (int i = 0; i < doubles.length; i++) {
            if ((i == 0) || (doubles[i] > maximum)) {
                maxIndex = i;
                maximum = doubles[i];
            }
        }

        return maxIndex;
    }//end maxIndex

    @Differentiable
    public static double factorial(double n) {
        if (n == 1 || n == 0)
            return 1;
        for (double i = n; i > 0; i--, n *= (i > 0 ? i : 1)) {
        }
        return n;
    }//end factorial

    @Differentiable
    public static /*@pure@*/ double probToLogOdds(double prob) {

        if (gr(prob, 1) || (sm(prob, 0))) {
            throw new IllegalArgumentException("probToLogOdds: probability must " + "be in [0,1] " + prob);
        }
        double p = SMALL + (1.0 - 2 * SMALL) * prob;
        return Math.log(p / (1 - p));
    }

    public static double permutation(double n, double r) {
        double nFac = MathUtils.factorial(n);
        double nMinusRFac = MathUtils.factorial((n - r));
        return nFac / nMinusRFac;
    }//end permutation

    public static double combination(double n, double r) {
        double nFac = MathUtils.factorial(n);
        double rFac = MathUtils.factorial(r);
        double nMinusRFac = MathUtils.factorial((n - r));

        return nFac / (rFac * nMinusRFac);
    }//end combination

    @Differentiable
    public static double hypotenuse(double a, double b) {
        double r;
        if (Math.abs(a) > Math.abs(b)) {
            r = b / a;
            r = Math.abs(a) * Math.sqrt(1 + r * r);
        } else if (b != 0) {
            r = a / b;
            r = Math.abs(b) * Math.sqrt(1 + r * r);
        } else {
            r = 0.0;
        }
        return r;
    }//end hypotenuse

    @Differentiable
    public static /*@pure@*/ double roundDouble(double value, int afterDecimalPoint) {

        double mask = Math.pow(10.0, (double) afterDecimalPoint);

        return (double) (Math.round(value * mask)) / mask;
    }//end roundDouble

    @Differentiable
    public static double bernoullis(double n, double k, double successProb) {

        double combo = MathUtils.combination(n, k);
        double p = successProb;
        double q = 1 - successProb;
        return combo * Math.pow(p, k) * Math.pow(q, n - k);
    }//end bernoullis

    public static /*@pure@*/ boolean sm(double a, double b) {

        return (b - a > SMALL);
    }

    public static /*@pure@*/ boolean gr(double a, double b) {

        return (a - b > SMALL);
    }

    @Differentiable
    public static double euclideanDistance(double[] p, double[] q) {

        double ret = 0;
        for (int i = 0; i < p.length; i++) {
            double diff = (q[i] - p[i]);
            double sq = Math.pow(diff, 2);
            ret += sq;
        }
        return ret;

    }//end euclideanDistance

    @Differentiable
    public static double manhattanDistance(double[] p, double[] q) {

        double ret = 0;
        for (int i = 0; i < p.length; i++) {
            double difference = p[i] - q[i];
            ret += Math.abs(difference);
        }
        return ret;
    }//end manhattanDistance

    @Differentiable
    public double slope(double x1, double x2, double y1, double y2) {
        return (y2 - y1) / (x2 - x1);
    }//end slope
}
