package dev.leibniz.objects;

import static dev.leibniz.testing.Transformed.invoke;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.Derivatives;
import dev.leibniz.objects.fixtures.HeldVectorGetters.Dense;
import dev.leibniz.objects.fixtures.HeldVectorGetters.Point;
import dev.leibniz.objects.fixtures.HeldVectorGetters;
import dev.leibniz.oracle.DotProductCheck;
import dev.leibniz.oracle.FiniteDifferences;
import dev.leibniz.testing.FirstDispatchInstalled;
import dev.leibniz.testing.Transformed;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Flink ML's shapes in miniature (HeldVectorGetters): an overridable getter of a class nobody
 * annotated returning the vector it holds (its companions return the field's shadow, or collect
 * into it), read by a static helper through an interface-typed parameter. Both modes against the
 * analytic gradient and central differences, and the dot-product test.
 */
@ExtendWith(FirstDispatchInstalled.class)
class HeldVectorGettersTest {
  static final Transformed T = Transformed.of(HeldVectorGetters.class, true);

  static void setWeight(Point p, double w) {
    try {
      Field f = Point.class.getDeclaredField("weight");
      f.setAccessible(true);
      f.setDouble(p, w);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  static double weight(Point p) {
    return p.getWeight();
  }

  // ------------------------------------------------------------ loss: x = (f0, f1, f2, w, c0, c1, c2)

  static final Class<Point> P = Point.class;
  static final Class<Dense> D = Dense.class;
  static final double[] X = {0.5, -1.2, 0.8, 0.7, 0.3, 0.1, -0.4};

  static Point point(double[] v) {
    return new Point(new Dense(new double[] {v[0], v[1], v[2]}), v[3]);
  }

  static Dense coefficients(double[] v) {
    return new Dense(new double[] {v[4], v[5], v[6]});
  }

  static double[] loss(double[] v) {
    return new double[] {(double) invoke(T.method("loss", P, D), point(v), coefficients(v))};
  }

  static double[] lossTangent(double[] v, double[] dv) {
    Point p = point(v), dp = Derivatives.zeroShadow(p);
    Dense c = coefficients(v), dc = Derivatives.zeroShadow(c);
    for (int i = 0; i < 3; i++) {
      dp.getFeatures().values[i] = dv[i];
      dc.values[i] = dv[4 + i];
    }
    setWeight(dp, dv[3]);
    return new double[] {(double) invoke(T.method("loss$tangent", P, P, D, D), p, dp, c, dc)};
  }

  static double[] lossAdjoint(double[] v, double[] ybar) {
    Point p = point(v), pbar = Derivatives.zeroShadow(p);
    Dense c = coefficients(v), cbar = Derivatives.zeroShadow(c);
    double f = (double) invoke(T.method("loss$adjoint", P, P, D, D, double.class), p, pbar, c, cbar, ybar[0]);
    assertEquals(loss(v)[0], f, 0, "the adjoint returns the primal value");
    double[] g = new double[7];
    for (int i = 0; i < 3; i++) {
      g[i] = pbar.getFeatures().values[i];
      g[4 + i] = cbar.values[i];
    }
    g[3] = weight(pbar);
    return g;
  }

  static double[] lossGradient(double[] v) {
    double d = v[0] * v[4] + v[1] * v[5] + v[2] * v[6], w = v[3];
    return new double[] {2 * w * d * v[4], 2 * w * d * v[5], 2 * w * d * v[6], d * d, 2 * w * d * v[0], 2 * w * d * v[1],
        2 * w * d * v[2]};
  }

  @Test
  void anOverridableGetterReturningAHeldVectorInBothModes() {
    assertTrue(T.result.diagnostics().stream().noneMatch(d -> d.method().startsWith("loss")), T.result.diagnostics().toString());
    double[] exact = lossGradient(X);
    double[] g = lossAdjoint(X, new double[] {1});
    for (int k = 0; k < X.length; k++) {
      double[] e = new double[X.length];
      e[k] = 1;
      double t = lossTangent(X, e)[0];
      FiniteDifferences.Estimate fd = FiniteDifferences.directional(HeldVectorGettersTest::loss, X, e)[0];
      assertEquals(exact[k], t, 1e-14, "tangent " + k + " vs analytic");
      assertEquals(fd.value(), t, fd.tolerance(1e-9), "tangent " + k + " vs differences");
      assertEquals(exact[k], g[k], 1e-14, "adjoint " + k + " vs analytic");
      assertEquals(fd.value(), g[k], fd.tolerance(1e-9), "adjoint " + k + " vs differences");
    }
    DotProductCheck.check("loss(Point, Dense)", X, 1, HeldVectorGettersTest::lossTangent, HeldVectorGettersTest::lossAdjoint,
        13, 5);
  }
}
