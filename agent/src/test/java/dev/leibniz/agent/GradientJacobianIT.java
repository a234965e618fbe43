package dev.leibniz.agent;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.leibniz.Gradient;
import dev.leibniz.Jacobian;
import dev.leibniz.agent.fixtures.Functions;
import java.lang.invoke.MethodHandles;
import org.junit.jupiter.api.Test;

/**
 * {@link Gradient} and {@link Jacobian} under the agent, against the analytic derivatives and
 * central differences; Jacobian rows (adjoint) and columns (tangent) must agree.
 */
class GradientJacobianIT {
  private static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();

  @Test
  void gradientMatchesTheFormulaAndCentralDifferences() {
    Gradient g = Gradient.of(LOOKUP, Functions.class, "rosenbrock");
    double[] x = {-1.2, 1.0, 0.3, 2.0};
    double[] grad = new double[x.length];
    assertEquals(Functions.rosenbrock(x), g.valueAndGradient(x, grad), 0);
    double[] analytic = new double[x.length];
    for (int i = 0; i + 1 < x.length; i++) {
      double a = x[i + 1] - x[i] * x[i];
      analytic[i] += -400 * x[i] * a - 2 * (1 - x[i]);
      analytic[i + 1] += 200 * a;
    }
    assertArrayEquals(analytic, grad, 1e-12);
    assertArrayEquals(centralGradient(x), grad, 1e-5);
    assertArrayEquals(grad, g.at(x), 0);
    g.valueAndGradient(x, grad);
    for (int i = 0; i < x.length; i++) {
      assertEquals(2 * analytic[i], grad[i], 1e-11, "adjoints accumulate");
    }
  }

  @Test
  void gradientArgumentsAreCheckedWithMessagesThatSayWhatToPass() {
    Gradient g = Gradient.of(LOOKUP, Functions.class, "rosenbrock");
    double[] x = {1, 2, 3};
    assertEquals("Functions.rosenbrock: grad has length 2 but x has length 3; they must be equal (one adjoint per element)",
        assertThrows(IllegalArgumentException.class, () -> g.valueAndGradient(x, new double[2])).getMessage());
    assertEquals("Functions.rosenbrock: grad is x itself; the adjoint needs an array of its own (the gradient would overwrite the point)",
        assertThrows(IllegalArgumentException.class, () -> g.valueAndGradient(x, x)).getMessage());
    assertEquals("Functions.rosenbrock: grad is null; pass new double[x.length]",
        assertThrows(IllegalArgumentException.class, () -> g.valueAndGradient(x, null)).getMessage());
    assertArrayEquals(new double[] {1, 2, 3}, x, 0, "the point is untouched");
  }

  @Test
  void jacobianByRowsAndByColumnsAgreeWithTheFormulaAndCentralDifferences() {
    for (double[] x : new double[][] {{0.7, -0.4}, {0.7, -0.4, 1.5, -2.0, 0.25}}) {
      double[][] rows = Jacobian.byRows(LOOKUP, Functions.class, "residuals", 3).at(x);
      double[][] columns = Jacobian.byColumns(LOOKUP, Functions.class, "residuals", 3).at(x);
      double[][] chosen = Jacobian.of(LOOKUP, Functions.class, "residuals", 3).at(x);
      double[][] analytic = new double[3][x.length];
      analytic[0][0] = x[1];
      analytic[0][1] = x[0];
      analytic[1][0] = Math.cos(x[0]);
      analytic[1][1] = 2 * x[1];
      analytic[2][0] = Math.exp(x[1]);
      analytic[2][1] = Math.exp(x[1]) * x[0];
      for (int k = 2; k < x.length; k++) {
        analytic[2][k] = 2 * x[k];
      }
      double[][] fd = centralJacobian(x);
      for (int i = 0; i < 3; i++) {
        assertArrayEquals(analytic[i], rows[i], 1e-14, "row " + i);
        assertArrayEquals(analytic[i], columns[i], 1e-14, "column form, row " + i);
        assertArrayEquals(fd[i], rows[i], 1e-6, "finite differences, row " + i);
        assertArrayEquals(rows[i], chosen[i], 0);
      }
    }
  }

  /**
   * Every sweep starts from zeroed residuals, as from a new array: the buffers are reused between
   * sweeps and calls, and a method adding into {@code r} saw the previous sweep's values (review:
   * 33.28 for 6.82 in the first call, growing to Infinity in later ones).
   */
  @Test
  void aResidualMethodAddingIntoItsResultsGetsTheSameJacobianAtEveryCall() {
    double[] x = {0.3, -0.5, 0.9, 1.2};
    int m = 3;
    double[][] analytic = new double[m][x.length];
    for (int i = 0; i < m; i++) {
      double s = 0;
      for (int t = 0; t < 3; t++) s += Math.sin(x[(i + t) % x.length]) * (t + 1);
      for (int t = 0; t < 3; t++) {
        int j = (i + t) % x.length;
        analytic[i][j] += 2 * s * Math.cos(x[j]) * (t + 1);
      }
    }
    double[][] fd = new double[m][x.length];
    for (int k = 0; k < x.length; k++) {
      double h = 1e-6;
      double[] p = x.clone(), q = x.clone(), rp = new double[m], rq = new double[m];
      p[k] += h;
      q[k] -= h;
      Functions.accumulatingResiduals(p, rp);
      Functions.accumulatingResiduals(q, rq);
      for (int i = 0; i < m; i++) fd[i][k] = (rp[i] - rq[i]) / (2 * h);
    }
    Jacobian rows = Jacobian.byRows(LOOKUP, Functions.class, "accumulatingResiduals", m);
    Jacobian columns = Jacobian.byColumns(LOOKUP, Functions.class, "accumulatingResiduals", m);
    for (int call = 0; call < 3; call++) {
      double[][] byRows = rows.at(x), byColumns = columns.at(x);
      for (int i = 0; i < m; i++) {
        assertArrayEquals(analytic[i], byRows[i], 1e-12, "call " + call + ", row " + i);
        assertArrayEquals(analytic[i], byColumns[i], 1e-12, "call " + call + ", column form, row " + i);
        assertArrayEquals(fd[i], byRows[i], 1e-6, "finite differences, call " + call + ", row " + i);
      }
    }
  }

  private static double[] centralGradient(double[] x) {
    double[] g = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      double h = 1e-6 * Math.max(1, Math.abs(x[i]));
      double[] p = x.clone(), m = x.clone();
      p[i] += h;
      m[i] -= h;
      g[i] = (Functions.rosenbrock(p) - Functions.rosenbrock(m)) / (2 * h);
    }
    return g;
  }

  private static double[][] centralJacobian(double[] x) {
    double[][] j = new double[3][x.length];
    for (int k = 0; k < x.length; k++) {
      double h = 1e-6 * Math.max(1, Math.abs(x[k]));
      double[] p = x.clone(), m = x.clone(), rp = new double[3], rm = new double[3];
      p[k] += h;
      m[k] -= h;
      Functions.residuals(p, rp);
      Functions.residuals(m, rm);
      for (int i = 0; i < 3; i++) {
        j[i][k] = (rp[i] - rm[i]) / (2 * h);
      }
    }
    return j;
  }
}
