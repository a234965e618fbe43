package dev.leibniz.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.objects.fixtures.boxed.BoxedResults;
import dev.leibniz.oracle.FiniteDifferences;
import dev.leibniz.testing.Transformed;
import java.lang.reflect.Method;
import org.junit.jupiter.api.Test;

/**
 * A {@code @Differentiable} method with a {@code Double} result (README, the contract table): {@code m$tangent}
 * returns the tangent as a {@code Double} (null where the method returns null), {@code m$adjoint} takes the seed as
 * a {@code Double} and returns the primal {@code Double}. Both modes against the analytic derivative and central
 * differences, and the dot-product test; a call of such a method whose result is unboxed is refused (its derivative
 * is not carried through the call yet).
 */
class BoxedResultsTest {
  static final Transformed T = Transformed.of(BoxedResults.class, true);
  static final Class<?> D = double.class;
  static final double SCALE = 1.5;

  static Object receiver() throws Exception {
    return T.type.getConstructor(D).newInstance(SCALE);
  }

  static Method method(String name, Class<?>... types) throws Exception {
    return T.type.getMethod(name, types);
  }

  @Test
  void logisticInBothModes() throws Exception {
    for (double x : new double[] {-2.1, 0.0, 0.7, 3.0}) {
      double e = Math.exp(-x);
      double exact = SCALE * e / ((1 + e) * (1 + e));
      double v = 0.8;
      Double tangent = (Double) method("apply$tangent", D, D).invoke(receiver(), x, v);
      assertEquals(exact * v, tangent, 1e-14, "tangent at " + x);
      FiniteDifferences.Estimate fd = FiniteDifferences.derivative(t -> new BoxedResults(SCALE).apply(t), x);
      assertEquals(fd.value(), tangent / v, fd.tolerance(1e-9), "differences at " + x);
      double[] grad = new double[1];
      double w = -1.3;
      Double primal = (Double) method("apply$adjoint", D, Double.class, double[].class).invoke(receiver(), x, (Double) w, grad);
      assertEquals(new BoxedResults(SCALE).apply(x), primal, 0, "the adjoint returns the primal result");
      assertEquals(exact * w, grad[0], 1e-14, "adjoint at " + x);
      assertEquals(w * tangent, v * grad[0], 1e-14, "dot product at " + x); // <w, J v> = <J^T w, v>
    }
  }

  @Test
  void twoInputsWithABranch() throws Exception {
    for (double x : new double[] {0.4, -0.9}) {
      double[] w = {0.3, -0.7, 1.1};
      double[] dw = {0.5, 0.2, -0.4};
      double dx = 0.6;
      double s = 0, ds = 0, dsdx = 0;
      for (int i = 0; i < w.length; i++) {
        s += w[i] * Math.sin(x * i);
        ds += dw[i] * Math.sin(x * i);
        dsdx += w[i] * i * Math.cos(x * i);
      }
      double exact = s > 0 ? (ds + dsdx * dx) * x + s * dx : Math.exp(s) * (ds + dsdx * dx) - dx;
      Double tangent = (Double) method("weighted$tangent", double[].class, double[].class, D, D).invoke(null, w, dw, x, dx);
      assertEquals(exact, tangent, 1e-13, "tangent at " + x);
      FiniteDifferences.Estimate fd = FiniteDifferences.derivative(t -> {
        double[] wt = new double[3];
        for (int i = 0; i < 3; i++) wt[i] = w[i] + t * dw[i];
        return BoxedResults.weighted(wt, x + t * dx);
      }, 0);
      assertEquals(fd.value(), tangent, fd.tolerance(1e-9), "differences at " + x);
      double[] wBar = new double[3];
      double[] grad = new double[1];
      double seed = 0.9;
      Double primal = (Double) method("weighted$adjoint", double[].class, double[].class, D, Double.class, double[].class)
          .invoke(null, w, wBar, x, (Double) seed, grad);
      assertEquals(BoxedResults.weighted(w, x), primal, 0);
      double dot = grad[0] * dx;
      for (int i = 0; i < 3; i++) dot += wBar[i] * dw[i];
      assertEquals(seed * tangent, dot, 1e-13, "dot product at " + x);
    }
  }

  @Test
  void nullResultGivesANullTangent() throws Exception {
    assertNull(method("logOrNull$tangent", D, D).invoke(null, -1.0, 1.0));
    double[] grad = new double[1];
    assertNull(method("logOrNull$adjoint", D, Double.class, double[].class).invoke(null, -1.0, (Double) 1.0, grad));
    assertEquals(0, grad[0], 0, "no result, no derivative");
    double x = 2.5;
    assertEquals(Math.log(x) + 1, (Double) method("logOrNull$tangent", D, D).invoke(null, x, 1.0), 1e-14);
    method("logOrNull$adjoint", D, Double.class, double[].class).invoke(null, x, (Double) 1.0, grad);
    assertEquals(Math.log(x) + 1, grad[0], 1e-14);
  }

  @Test
  void firstOrderOnlyForADoubleResult() throws Exception {
    for (String name : new String[] {"squareTwice", "cube"}) {
      assertTrue(T.result.diagnostics().stream().anyMatch(d -> d.method().startsWith(name + "(")
          && d.toString().contains("gets $tangent and $adjoint only")), T.result.diagnostics().toString());
    }
    assertTrue(T.result.generated().stream().noneMatch(g -> g.startsWith("squareTwice$adjoint$tangent") || g.startsWith("cube$tangents")),
        T.result.generated().toString());
    double x = 1.7;
    assertEquals(2 * x * 0.5, (Double) method("squareTwice$tangent", D, D).invoke(null, x, 0.5), 1e-14);
    double[] grad = new double[1];
    method("cube$adjoint", D, Double.class, double[].class).invoke(null, x, (Double) 2.0, grad);
    assertEquals(3 * x * x * 2, grad[0], 1e-13);
  }

  @Test
  void aCallWhoseBoxedResultIsUnboxedIsRefusedNotZero() {
    assertTrue(T.result.diagnostics().stream().anyMatch(d -> d.method().startsWith("differential(")
        && d.toString().contains("boxed Double")), T.result.diagnostics().toString());
    assertEquals(java.util.List.of("cube(D)Ljava/lang/Double;", "differential(D)D", "squareTwice(D)Ljava/lang/Double;"),
        T.result.diagnostics().stream().filter(d -> !d.warning()).map(d -> d.method()).sorted().toList(),
        "the caller is refused, and the second order and vector tangents of Double results");
    assertTrue(T.result.generated().stream().noneMatch(g -> g.startsWith("differential$")), T.result.generated().toString());
  }
}
