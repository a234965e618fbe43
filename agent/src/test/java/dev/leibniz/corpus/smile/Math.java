package dev.leibniz.corpus.smile;

/*
 * Real-code corpus helper (test code only, see ../README.md); no @Differentiable here.
 * Source: Smile 1.5.3 (haifengl/smile on GitHub, tag v1.5.3, commit 3c4bab4e86718ed0edd6159258488b2dafe96045),
 * math/src/main/java/smile/math/Math.java
 * Licence: Apache License 2.0 ("Copyright (c) 2010 Haifeng Li. Licensed under the Apache License, Version 2.0 ...
 * http://www.apache.org/licenses/LICENSE-2.0"; Smile 1.x is Apache-2.0, later versions are not and were not used).
 * Distributed on an "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND.
 * Copied unchanged: the constants E and PI, the delegates abs, exp, log, pow, sqrt, sin, tan, tanh, floor, min, max
 * (double), log2 (with LOG2), isPower2, sqr, factorial, logFactorial, logistic, sum, mean, var, sd, squaredDistance,
 * distance, dot, cov, cor,
 * KullbackLeiblerDivergence and JensenShannonDivergence (double[] versions). Like the original, this class is named
 * Math, so the copied callers in this package call it as they call smile.math.Math.
 * Changes: package; javadoc omitted; the rest of the class (4,600 lines: int/float/sparse overloads, matrices,
 * BFGS, random numbers) omitted.
 */

public class Math {
    public static final double E = java.lang.Math.E;

    public static final double PI = java.lang.Math.PI;

    private Math() {
    }

    public static double abs(double a) {
        return java.lang.Math.abs(a);
    }

    public static double exp(double a) {
        return java.lang.Math.exp(a);
    }

    public static double floor(double a) {
        return java.lang.Math.floor(a);
    }

    public static double log(double a) {
        return java.lang.Math.log(a);
    }

    public static double max(double a, double b) {
        return java.lang.Math.max(a, b);
    }

    public static double min(double a, double b) {
        return java.lang.Math.min(a, b);
    }

    public static double pow(double a, double b) {
        return java.lang.Math.pow(a, b);
    }

    public static double sin(double a) {
        return java.lang.Math.sin(a);
    }

    public static double sqrt(double a) {
        return java.lang.Math.sqrt(a);
    }

    public static double tan(double a) {
        return java.lang.Math.tan(a);
    }

    public static double tanh(double x) {
        return java.lang.Math.tanh(x);
    }

    public static double logistic(double x) {
        double y = 0.0;
        if (x < -40) {
            y = 2.353853e+17;
        } else if (x > 40) {
            y = 1.0 + 4.248354e-18;
        } else {
            y = 1.0 + Math.exp(-x);
        }

        return 1.0 / y;
    }

    private static final double LOG2 = java.lang.Math.log(2);

    public static double log2(double x) {
        return java.lang.Math.log(x) / LOG2;
    }

    public static boolean isPower2(int x) {
        return x > 0 && (x & (x - 1)) == 0;
    }

    public static double sqr(double x) {
        return x * x;
    }

    public static double factorial(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n has to be nonnegative.");
        }

        double f = 1.0;
        for (int i = 2; i <= n; i++) {
            f *= i;
        }

        return f;
    }

    public static double logFactorial(int n) {
        if (n < 0) {
            throw new IllegalArgumentException(String.format("n has to be nonnegative: %d", n));
        }

        double f = 0.0;
        for (int i = 2; i <= n; i++) {
            f += Math.log(i);
        }

        return f;
    }

    public static double sum(double[] x) {
        double sum = 0.0;

        for (double n : x) {
            sum += n;
        }

        return sum;
    }

    public static double mean(double[] x) {
        return sum(x) / x.length;
    }

    public static double var(double[] x) {
        if (x.length < 2) {
            throw new IllegalArgumentException("Array length is less than 2.");
        }

        double sum = 0.0;
        double sumsq = 0.0;
        for (double xi : x) {
            sum += xi;
            sumsq += xi * xi;
        }

        int n = x.length - 1;
        return sumsq / n - (sum / x.length) * (sum / n);
    }

    public static double sd(double[] x) {
        return sqrt(var(x));
    }

    public static double distance(double[] x, double[] y) {
        return Math.sqrt(squaredDistance(x, y));
    }

    public static double squaredDistance(double[] x, double[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("Input vector sizes are different.");
        }

        double sum = 0.0;
        for (int i = 0; i < x.length; i++) {
            sum += sqr(x[i] - y[i]);
        }

        return sum;
    }

    public static double KullbackLeiblerDivergence(double[] x, double[] y) {
        boolean intersection = false;
        double kl = 0.0;

        for (int i = 0; i < x.length; i++) {
            if (x[i] != 0.0 && y[i] != 0.0) {
                intersection = true;
                kl += x[i] * Math.log(x[i] / y[i]);
            }
        }

        if (intersection) {
            return kl;
        } else {
            return Double.POSITIVE_INFINITY;
        }
    }

    public static double JensenShannonDivergence(double[] x, double[] y) {
        double[] m = new double[x.length];
        for (int i = 0; i < m.length; i++) {
            m[i] = (x[i] + y[i]) / 2;
        }

        return (KullbackLeiblerDivergence(x, m) + KullbackLeiblerDivergence(y, m)) / 2;
    }

    public static double dot(double[] x, double[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("Arrays have different length.");
        }

        double p = 0.0;
        for (int i = 0; i < x.length; i++) {
            p += x[i] * y[i];
        }

        return p;
    }

    public static double cov(double[] x, double[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("Arrays have different length.");
        }

        if (x.length < 3) {
            throw new IllegalArgumentException("array length has to be at least 3.");
        }

        double mx = mean(x);
        double my = mean(y);

        double Sxy = 0.0;
        for (int i = 0; i < x.length; i++) {
            double dx = x[i] - mx;
            double dy = y[i] - my;
            Sxy += dx * dy;
        }

        return Sxy / (x.length - 1);
    }

    public static double cor(double[] x, double[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("Arrays have different length.");
        }

        if (x.length < 3) {
            throw new IllegalArgumentException("array length has to be at least 3.");
        }

        double Sxy = cov(x, y);
        double Sxx = var(x);
        double Syy = var(y);

        if (Sxx == 0 || Syy == 0) {
            return Double.NaN;
        }

        return Sxy / java.lang.Math.sqrt(Sxx * Syy);
    }
}
