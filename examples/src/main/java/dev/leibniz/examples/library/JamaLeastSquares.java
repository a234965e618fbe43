package dev.leibniz.examples.library;

import Jama.Matrix;
import dev.leibniz.Differentiable;

/**
 * A least-squares residual written with Jama's {@code Matrix} from the unmodified jar
 * (gov.nist.math:jama): the matrices are created, multiplied, subtracted and dropped inside the
 * marked methods, so the agent inlines Jama's constructors and methods and replaces each
 * {@code Matrix} by its fields (its {@code double[][]} and its sizes) before differentiating.
 */
public final class JamaLeastSquares {
  /** The design matrix A (4 x 2) and the observations b: data, passive. */
  public static final double[][] A = {{1, 2}, {0.5, -1}, {3, 0.25}, {-2, 1}};
  public static final double[] B = {1, -0.5, 2, 0.75};

  private JamaLeastSquares() {}

  /** {@code ‖A x − b‖} (Frobenius norm of the residual column): its gradient is {@code Aᵀr / ‖r‖}. */
  @Differentiable
  public static double residualNorm(double[] x) {
    Matrix r = new Matrix(A).times(new Matrix(x, x.length)).minus(new Matrix(B, B.length));
    return r.normF();
  }

  /** {@code ‖a x − b‖²} with the matrix active too: the gradient in a is {@code 2 r xᵀ}, in x {@code 2 aᵀr}. */
  @Differentiable
  public static double squaredResidual(double[][] a, double[] x) {
    Matrix r = new Matrix(a).times(new Matrix(x, x.length)).minus(new Matrix(B, B.length));
    double norm = r.normF();
    return norm * norm;
  }
}
