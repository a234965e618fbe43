package dev.leibniz.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.leibniz.Derivatives;
import dev.leibniz.corpus.flinkml.DenseVector;
import dev.leibniz.corpus.flinkml.RegularizationUtils;
import dev.leibniz.oracle.DotProductCheck;
import dev.leibniz.oracle.FiniteDifferences;
import dev.leibniz.testing.Transformed;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import org.junit.jupiter.api.Test;

/**
 * Flink ML's {@code RegularizationUtils.regularize} on its L2 branch (elasticNet = 0), which the corpus's points do not
 * take: {@code BLAS.scal(1 - learningRate * reg, coefficient)} scales the vector in place through the interface-typed
 * {@code Vector}, reaching {@code JavaBLAS.dscal}'s overloads, and calls {@code x.size()}, an abstract method that
 * DenseVector and SparseVector (both with shadows: scal writes {@code SparseVector.values} on its other branch) each
 * implement. x = (c0, c1, c2, reg, learningRate) -> (loss, c0', c1', c2') with loss = reg/2 |c| and c' = (1 - lr reg) c:
 * both modes against that Jacobian and central differences, and the dot-product test.
 */
class ScaledThroughInterfaceTest {
  static final Transformed T = Transformed.of(RegularizationUtils.class, true);
  static final double[] X = {0.3, 0.1, -0.4, 0.2, 0.05};

  static Object call(String name, Object... args) {
    for (Method m : T.type.getDeclaredMethods()) {
      if (m.getName().equals(name) && m.getParameterCount() == args.length) {
        try {
          return m.invoke(null, args);
        } catch (InvocationTargetException e) {
          if (e.getCause() instanceof RuntimeException r) throw r;
          throw new AssertionError(e.getCause());
        } catch (IllegalAccessException e) {
          throw new AssertionError(e);
        }
      }
    }
    throw new AssertionError("no " + name + " taking " + args.length + " arguments");
  }

  static double[] primal(double[] x) {
    DenseVector c = new DenseVector(new double[] {x[0], x[1], x[2]});
    double loss = (double) call("regularize", c, x[3], 0.0, x[4]);
    return new double[] {loss, c.values[0], c.values[1], c.values[2]};
  }

  static double[] tangent(double[] x, double[] dx) {
    DenseVector c = new DenseVector(new double[] {x[0], x[1], x[2]}), dc = Derivatives.zeroShadow(c);
    System.arraycopy(dx, 0, dc.values, 0, 3);
    double dloss = (double) call("regularize$tangent", c, dc, x[3], dx[3], 0.0, 0.0, x[4], dx[4]);
    return new double[] {dloss, dc.values[0], dc.values[1], dc.values[2]};
  }

  static double[] adjoint(double[] x, double[] w) {
    DenseVector c = new DenseVector(new double[] {x[0], x[1], x[2]}), cbar = Derivatives.zeroShadow(c);
    System.arraycopy(w, 1, cbar.values, 0, 3);
    double[] grad = new double[3]; // reg, elasticNet, learningRate
    double loss = (double) call("regularize$adjoint", c, cbar, x[3], 0.0, x[4], w[0], grad);
    assertEquals(primal(x)[0], loss, 0, "the adjoint returns the primal value");
    return new double[] {cbar.values[0], cbar.values[1], cbar.values[2], grad[0], grad[2]};
  }

  /** Rows loss, c0', c1', c2'; columns c0, c1, c2, reg, learningRate. */
  static double[][] jacobian(double[] x) {
    double n = Math.sqrt(x[0] * x[0] + x[1] * x[1] + x[2] * x[2]), reg = x[3], lr = x[4], s = 1 - lr * reg;
    double[][] j = new double[4][5];
    for (int i = 0; i < 3; i++) {
      j[0][i] = reg / 2 * x[i] / n;
      j[1 + i][i] = s;
      j[1 + i][3] = -lr * x[i];
      j[1 + i][4] = -reg * x[i];
    }
    j[0][3] = n / 2;
    return j;
  }

  @Test
  void theL2BranchScalesThroughTheInterfaceInBothModes() {
    double[][] exact = jacobian(X);
    for (int k = 0; k < X.length; k++) {
      double[] e = new double[X.length];
      e[k] = 1;
      double[] t = tangent(X, e);
      FiniteDifferences.Estimate[] fd = FiniteDifferences.directional(ScaledThroughInterfaceTest::primal, X, e);
      for (int o = 0; o < 4; o++) {
        assertEquals(exact[o][k], t[o], 1e-14, "tangent, output " + o + ", input " + k + " vs analytic");
        assertEquals(fd[o].value(), t[o], fd[o].tolerance(1e-9), "tangent, output " + o + ", input " + k + " vs differences");
      }
    }
    for (int o = 0; o < 4; o++) {
      double[] w = new double[4];
      w[o] = 1;
      double[] g = adjoint(X, w);
      for (int k = 0; k < X.length; k++) {
        assertEquals(exact[o][k], g[k], 1e-14, "adjoint, output " + o + ", input " + k + " vs analytic");
      }
    }
    DotProductCheck.check("regularize, L2", X, 4, ScaledThroughInterfaceTest::tangent, ScaledThroughInterfaceTest::adjoint, 19, 5);
  }
}
