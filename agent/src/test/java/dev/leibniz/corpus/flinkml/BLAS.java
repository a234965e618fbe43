package dev.leibniz.corpus.flinkml;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: Apache Flink ML (apache/flink-ml on GitHub, commit 583a6199dc94c1443a9c58242a32f81ddfe82f34),
 * flink-ml-servable-core/src/main/java/org/apache/flink/ml/linalg/BLAS.java
 * Licence: Apache License 2.0 (ASF header: "Licensed to the Apache Software Foundation (ASF) ... under the Apache
 * License, Version 2.0"). Distributed on an "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND.
 * Copied unchanged: the class (entry: norm(Vector x, double p): instanceof dispatch between DenseVector and SparseVector,
 * p = 1, 2 (through norm2 and netlib's dnrm2), infinity, and else Math.pow; dot, axpy, scal, norm2 and asum through
 * netlib's JavaBLAS).
 * Changes: package (imports of the other copied classes dropped or pointed at this package); licence header shortened to this header; Preconditions from this package; the netlib instance is this package's copy of JavaBLAS
 * (dev.ludovic.netlib.JavaBLAS in the original); gemv(...) removed (it needs Flink ML's DenseMatrix); @Differentiable
 * added to the entry method.
 */

import dev.leibniz.Differentiable;


/** A utility class that provides BLAS routines over matrices and vectors. */
public class BLAS {
    /** For level-1 function dspmv, use javaBLAS for better performance. */
    private static final JavaBLAS JAVA_BLAS =
            JavaBLAS.getInstance();

    /** \sum_i |x_i| . */
    public static double asum(DenseVector x) {
        return JAVA_BLAS.dasum(x.size(), x.values, 0, 1);
    }

    /** y += a * x . */
    public static void axpy(double a, Vector x, DenseVector y) {
        Preconditions.checkArgument(x.size() == y.size(), "Vector size mismatched.");
        axpy(a, x, y, x.size());
    }

    /** y += a * x for the first k dimensions, with the other dimensions unchanged. */
    public static void axpy(double a, Vector x, DenseVector y, int k) {
        Preconditions.checkArgument(x.size() >= k && y.size() >= k);
        if (x instanceof SparseVector) {
            axpy(a, (SparseVector) x, y, k);
        } else {
            axpy(a, (DenseVector) x, y, k);
        }
    }

    /** Computes the hadamard product of the two vectors (y = y \hdot x). */
    public static void hDot(Vector x, Vector y) {
        Preconditions.checkArgument(x.size() == y.size(), "Vector size mismatched.");
        if (x instanceof SparseVector) {
            if (y instanceof SparseVector) {
                hDot((SparseVector) x, (SparseVector) y);
            } else {
                hDot((SparseVector) x, (DenseVector) y);
            }
        } else {
            if (y instanceof SparseVector) {
                hDot((DenseVector) x, (SparseVector) y);
            } else {
                hDot((DenseVector) x, (DenseVector) y);
            }
        }
    }

    /** Computes the dot of the two vectors (y \dot x). */
    public static double dot(Vector x, Vector y) {
        Preconditions.checkArgument(x.size() == y.size(), "Vector size mismatched.");
        if (x instanceof SparseVector) {
            if (y instanceof SparseVector) {
                return dot((SparseVector) x, (SparseVector) y);
            } else {
                return dot((DenseVector) y, (SparseVector) x);
            }
        } else {
            if (y instanceof SparseVector) {
                return dot((DenseVector) x, (SparseVector) y);
            } else {
                return dot((DenseVector) x, (DenseVector) y);
            }
        }
    }

    private static double dot(DenseVector x, DenseVector y) {
        return JAVA_BLAS.ddot(x.size(), x.values, 1, y.values, 1);
    }

    private static double dot(DenseVector x, SparseVector y) {
        double dotValue = 0.0;
        for (int i = 0; i < y.indices.length; ++i) {
            dotValue += y.values[i] * x.values[y.indices[i]];
        }
        return dotValue;
    }

    private static double dot(SparseVector x, SparseVector y) {
        double dotValue = 0;
        int p0 = 0;
        int p1 = 0;
        while (p0 < x.values.length && p1 < y.values.length) {
            if (x.indices[p0] == y.indices[p1]) {
                dotValue += x.values[p0] * y.values[p1];
                p0++;
                p1++;
            } else if (x.indices[p0] < y.indices[p1]) {
                p0++;
            } else {
                p1++;
            }
        }
        return dotValue;
    }

    /** \sqrt(\sum_i x_i * x_i) . */
    public static double norm2(Vector x) {
        if (x instanceof DenseVector) {
            return norm2((DenseVector) x);
        }
        return norm2((SparseVector) x);
    }

    private static double norm2(DenseVector x) {
        return JAVA_BLAS.dnrm2(x.size(), x.values, 1);
    }

    private static double norm2(SparseVector x) {
        return JAVA_BLAS.dnrm2(x.values.length, x.values, 1);
    }

    /** Calculates the p-norm of the vector x. */
    @Differentiable
    public static double norm(Vector x, double p) {
        Preconditions.checkArgument(p >= 1.0, "p value must >= 1.0, but the current p is : " + p);
        double norm = 0.0;
        double[] data =
                (x instanceof DenseVector) ? ((DenseVector) x).values : ((SparseVector) x).values;

        if (p == 1.0) {
            for (double datum : data) {
                norm += Math.abs(datum);
            }
        } else if (p == 2.0) {
            norm = norm2(x);
        } else if (p == Double.POSITIVE_INFINITY) {
            for (double datum : data) {
                norm = Math.max(Math.abs(datum), norm);
            }
        } else {
            for (double datum : data) {
                norm += Math.pow(Math.abs(datum), p);
            }
            norm = Math.pow(norm, 1.0 / p);
        }

        return norm;
    }

    /** x = x * a . */
    public static void scal(double a, Vector x) {
        if (x instanceof DenseVector) {
            JAVA_BLAS.dscal(x.size(), a, ((DenseVector) x).values, 1);
        } else {
            double[] values = ((SparseVector) x).values;
            JAVA_BLAS.dscal(values.length, a, values, 1);
        }
    }

    private static void axpy(double a, DenseVector x, DenseVector y, int k) {
        JAVA_BLAS.daxpy(k, a, x.values, 1, y.values, 1);
    }

    private static void axpy(double a, SparseVector x, DenseVector y, int k) {
        for (int i = 0; i < x.indices.length; i++) {
            int index = x.indices[i];
            if (index >= k) {
                return;
            }
            y.values[index] += a * x.values[i];
        }
    }

    private static void hDot(SparseVector x, SparseVector y) {
        int idx = 0;
        int idy = 0;
        while (idx < x.indices.length && idy < y.indices.length) {
            int indexX = x.indices[idx];
            while (idy < y.indices.length && y.indices[idy] < indexX) {
                y.values[idy] = 0;
                idy++;
            }
            if (idy < y.indices.length && y.indices[idy] == indexX) {
                y.values[idy] *= x.values[idx];
                idy++;
            }
            idx++;
        }
        while (idy < y.indices.length) {
            y.values[idy] = 0;
            idy++;
        }
    }

    private static void hDot(SparseVector x, DenseVector y) {
        int idx = 0;
        for (int i = 0; i < y.size(); i++) {
            if (idx < x.indices.length && x.indices[idx] == i) {
                y.values[i] *= x.values[idx];
                idx++;
            } else {
                y.values[i] = 0;
            }
        }
    }

    private static void hDot(DenseVector x, SparseVector y) {
        for (int i = 0; i < y.values.length; i++) {
            y.values[i] *= x.values[y.indices[i]];
        }
    }

    private static void hDot(DenseVector x, DenseVector y) {
        for (int i = 0; i < x.values.length; i++) {
            y.values[i] *= x.values[i];
        }
    }
}
