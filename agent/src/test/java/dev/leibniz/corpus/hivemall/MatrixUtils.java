package dev.leibniz.corpus.hivemall;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: Apache Hivemall (apache/incubator-hivemall on GitHub, commit 0fd64e6d9c8ffc2f9a52677dcd72bcf4c546f126),
 * core/src/main/java/hivemall/utils/math/MatrixUtils.java
 * Licence: Apache License 2.0 (ASF header: "Licensed to the Apache Software Foundation (ASF) ... under the Apache
 * License, Version 2.0"). Distributed on an "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND.
 * Copied unchanged: aryule (Levinson-Durbin: writes the coefficient array A in place, returns a new array E), arburg
 * (Burg's method: scratch arrays allocated in the loop), toeplitz(double[]) and toeplitz(double[], int) (a new
 * double[][]), det, eye and power1 (the power method through Commons Math 3's RealMatrix and ArrayRealVector, writing
 * the singular vectors u and v) (entries: aryule, arburg, toeplitz(double[]), power1).
 * Changes: package; licence header shortened to this header; javax.annotation's @Nonnull dropped; Preconditions from
 * this package (Preconditions.java here); the methods on RealMatrix grids (toeplitz(RealMatrix[], int), flatten,
 * unflatten, combinedMatrices), aryule2, inverse, solve, lanczosTridiagonalization, tridiagonalQR, unitL2norm and
 * tridiagonalEigen omitted (flatten needs Hivemall's DoubleArrayList); @Differentiable added to the four entry methods.
 */

import dev.leibniz.Differentiable;

import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;

public final class MatrixUtils {

    private MatrixUtils() {}

    /**
     * Solve Yule-walker equation by Levinson-Durbin Recursion.
     * 
     * <pre>
     * R_j = ∑_{i=1}^{k} A_i R_{j-i} where j = 1..k, R_{-i} = R'_i
     * </pre>
     * 
     * @see http://www.emptyloop.com/technotes/a%20tutorial%20on%20linear%20prediction%20and%20levinson-durbin.pdf
     * @param R autocovariance where |R| >= order
     * @param A coefficient to be solved where |A| >= order + 1
     * @return E variance of prediction error
     */
    @Differentiable
    public static double[] aryule(final double[] R, final double[] A,
            final int order) {
        Preconditions.checkArgument(R.length > order, "|R| MUST be greater than or equals to "
                + order + ": " + R.length);
        Preconditions.checkArgument(A.length >= order + 1, "|A| MUST be greater than or equals to "
                + (order + 1) + ": " + A.length);

        final double[] E = new double[order + 1];
        A[0] = 1.0d;
        E[0] = R[0];
        for (int k = 0; k < order; k++) {
            double lambda = 0.d;
            for (int j = 0; j <= k; j++) {
                lambda -= A[j] * R[k + 1 - j];
            }
            final double Ek = E[k];
            if (Ek == 0.d) {
                lambda = 0.d;
            } else {
                lambda /= Ek;
            }

            for (int n = 0, last = (k + 1) / 2; n <= last; n++) {
                final int i = k + 1 - n;
                double tmp = A[i] + lambda * A[n];
                A[n] += lambda * A[i];
                A[i] = tmp;
            }

            E[k + 1] = Ek * (1.0d - lambda * lambda);
        }

        for (int i = 0; i < order + 1; i++) {
            A[i] = -A[i];
        }

        return E;
    }

    /**
     * Fit an AR(order) model using the Burg's method.
     *
     * @see https://searchcode.com/codesearch/view/9503568/
     * @param X data vector to estimate where |X| >= order
     * @param A coefficient to be solved where |A| >= order + 1
     * @return E variance of white noise
     */
    @Differentiable
    public static double[] arburg(final double[] X, final double[] A,
            final int order) {
        Preconditions.checkArgument(X.length > order, "|X| MUST be greater than or equals to "
                + order + ": " + X.length);
        Preconditions.checkArgument(A.length >= order + 1, "|A| MUST be greater than or equals to "
                + (order + 1) + ": " + A.length);

        final int nDataPoints = X.length;
        final double[] E = new double[order + 1];

        E[0] = 0.0d;
        for (int i = 0; i < nDataPoints; i++) {
            E[0] += X[i] * X[i];
        }

        // f and b are the forward and backward error sequences
        int currentErrorSequenceSize = nDataPoints - 1;
        double[] F = new double[currentErrorSequenceSize];
        double[] B = new double[currentErrorSequenceSize];
        for (int i = 0; i < currentErrorSequenceSize; i++) {
            F[i] = X[i + 1];
            B[i] = X[i];
        }

        A[0] = 1.0d;

        // remaining stages i=2 to p
        for (int i = 0; i < order; i++) {

            // get the i-th reflection coefficient
            double numerator = 0.0d;
            double denominator = 0.0d;
            for (int j = 0; j < currentErrorSequenceSize; j++) {
                numerator += F[j] * B[j];
                denominator += F[j] * F[j] + B[j] * B[j];
            }
            numerator *= 2.0d;
            double g = 0.0d;
            if (denominator != 0.0d) {
                g = numerator / denominator;
            }

            // generate next filter order
            final double[] prevA = new double[i];
            for (int j = 0; j < i; j++) {
                // No need to copy A[0] = 1.0
                prevA[j] = A[j + 1];
            }
            A[1] = g;
            for (int j = 1; j < i + 1; j++) {
                A[j + 1] = prevA[j - 1] - g * prevA[i - j];
            }

            // keep track of the error
            E[i + 1] = E[i] * (1 - g * g);

            // update the prediction error sequences
            final double[] prevF = new double[currentErrorSequenceSize];
            for (int j = 0; j < currentErrorSequenceSize; j++) {
                prevF[j] = F[j];
            }
            final int nextErrorSequenceSize = nDataPoints - i - 2;
            for (int j = 0; j < nextErrorSequenceSize; j++) {
                F[j] = prevF[j + 1] - g * B[j + 1];
                B[j] = B[j] - g * prevF[j];
            }

            currentErrorSequenceSize = nextErrorSequenceSize;

        }

        for (int i = 1, mid = order / 2 + 1; i < mid; i++) {
            // Reverse 1..(order - 1)-th elements by swapping
            final double tmp = A[i];
            A[i] = A[order + 1 - i];
            A[order + 1 - i] = tmp;
        }

        for (int i = 0; i < order + 1; i++) {
            A[i] = -A[i];
        }

        return E;
    }

    /**
     * Construct a Toeplitz matrix.
     */
    @Differentiable
    public static double[][] toeplitz(final double[] c) {
        return toeplitz(c, c.length);
    }

    /**
     * Construct a Toeplitz matrix.
     */
    public static double[][] toeplitz(final double[] c, final int dim) {
        Preconditions.checkArgument(dim >= 1, "Invalid dimension: " + dim);
        Preconditions.checkArgument(c.length >= dim, "|c| must be greather than " + dim + ": "
                + c.length);

        /*
         * Toeplitz matrix  (symmetric, invertible, k*dimensions by k*dimensions)
         *
         * /C_0     |C_1'    |C_2'     | .  .  .  |C_{k-1}' \
         * |--------+--------+--------+           +---------|
         * |C_1     |C_0     |C_1'     |               .    |
         * |--------+--------+--------+                .    |
         * |C_2     |C_1     |C_0      |               .    |
         * |--------+--------+--------+                     |
         * |   .                         .                  |
         * |   .                            .               |
         * |   .                               .            |
         * |--------+                              +--------|
         * \C_{k-1} | .  .  .                      |C_0     /
         */
        final double c0 = c[0];
        final double[][] toeplitz = new double[dim][dim];
        for (int row = 0; row < dim; row++) {
            toeplitz[row][row] = c0;
            for (int col = 0; col < dim; col++) {
                if (row < col) {
                    toeplitz[row][col] = c[col - row];
                } else if (row > col) {
                    toeplitz[row][col] = c[row - col];
                }
            }
        }
        return toeplitz;
    }

    public static double det(final RealMatrix m) {
        LUDecomposition LU = new LUDecomposition(m);
        return LU.getDeterminant();
    }

    /**
     * Return a 2-D array with ones on the diagonal and zeros elsewhere.
     */
    public static double[][] eye(int n) {
        final double[][] eye = new double[n][n];
        for (int i = 0; i < n; i++) {
            eye[i][i] = 1;
        }
        return eye;
    }

    /**
     * Find the first singular vector/value of a matrix A based on the Power method.
     * 
     * @see http://www.cs.yale.edu/homes/el327/datamining2013aFiles/07_singular_value_decomposition.pdf
     * @param A target matrix
     * @param x0 initial vector
     * @param nIter number of iterations for the Power method
     * @param u 1st left singular vector
     * @param v 1st right singular vector
     * @return 1st singular value
     */
    @Differentiable
    public static double power1(final RealMatrix A, final double[] x0,
            final int nIter, final double[] u, final double[] v) {
        Preconditions.checkArgument(A.getColumnDimension() == x0.length,
            "Column size of A and length of x should be same");
        Preconditions.checkArgument(A.getRowDimension() == u.length,
            "Row size of A and length of u should be same");
        Preconditions.checkArgument(x0.length == v.length, "Length of x and u should be same");
        Preconditions.checkArgument(nIter >= 1, "Invalid number of iterations: " + nIter);

        RealMatrix AtA = A.transpose().multiply(A);

        RealVector x = new ArrayRealVector(x0);
        for (int i = 0; i < nIter; i++) {
            x = AtA.operate(x);
        }

        double xNorm = x.getNorm();
        for (int i = 0, n = v.length; i < n; i++) {
            v[i] = x.getEntry(i) / xNorm;
        }

        RealVector Av = new ArrayRealVector(A.operate(v));
        double s = Av.getNorm();

        for (int i = 0, n = u.length; i < n; i++) {
            u[i] = Av.getEntry(i) / s;
        }

        return s;
    }

}
