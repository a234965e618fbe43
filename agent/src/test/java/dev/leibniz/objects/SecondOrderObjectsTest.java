package dev.leibniz.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.Derivatives;
import dev.leibniz.objects.fixtures.Body;
import dev.leibniz.objects.fixtures.SecondOrderBody;
import dev.leibniz.oracle.FiniteDifferences;
import dev.leibniz.testing.Transformed;
import java.lang.reflect.Method;
import java.util.Random;
import org.hipparchus.analysis.differentiation.DSFactory;
import org.hipparchus.analysis.differentiation.DerivativeStructure;
import org.junit.jupiter.api.Test;

/**
 * Second order with objects ({@code @Differentiable(order = 2)}): {@code m$adjoint$tangent} takes
 * each object, its tangent shadow, its adjoint shadow and the adjoint shadow's tangent shadow; the
 * latter ends holding the Hessian-vector product. Against Hipparchus {@code DerivativeStructure}
 * of order 2, finite differences of the adjoint's gradient, and the symmetry of the Hessian.
 */
class SecondOrderObjectsTest {
  static final Transformed T = Transformed.of(SecondOrderBody.class);
  static final int STEPS = 3;
  static final double[] X = {0.4, 0, 0, 0.9, 0, 0, 1.3, 0.1}; // x, y, z, vx, vy, vz, mass, dt

  static Body body(double[] s) {
    return new Body(s[0], s[1], s[2], s[3], s[4], s[5], s[6]);
  }

  static void set(Body b, double[] v) {
    b.x = v[0]; b.y = v[1]; b.z = v[2]; b.vx = v[3]; b.vy = v[4]; b.vz = v[5]; b.mass = v[6];
  }

  static double[] get(Body b, double scalar) {
    return new double[] {b.x, b.y, b.z, b.vx, b.vy, b.vz, b.mass, scalar};
  }

  /** The gradient of drifted at x (fields, then dt) by one adjoint call. */
  static double[] gradient(double[] x) {
    try {
      Body b = body(x), bar = Derivatives.zeroShadow(b);
      double[] grad = new double[1];
      T.type.getMethod("drifted$adjoint", Body.class, Body.class, double.class, int.class, double.class, double[].class)
          .invoke(null, b, bar, x[7], STEPS, 1.0, grad);
      return get(bar, grad[0]);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  /** H v by one second-order call (seed 1, its tangent 0). */
  static double[] hessianVector(double[] x, double[] v) {
    try {
      Body b = body(x), db = Derivatives.zeroShadow(b), bar = Derivatives.zeroShadow(b), dbar = Derivatives.zeroShadow(b);
      set(db, v);
      double[] grad = new double[1], dgrad = new double[1];
      Method m = T.type.getMethod("drifted$adjoint$tangent", Body.class, Body.class, Body.class, Body.class, double.class, double.class,
          int.class, double.class, double.class, double[].class, double[].class);
      m.invoke(null, b, db, bar, dbar, x[7], v[7], STEPS, 1.0, 0.0, grad, dgrad);
      return get(dbar, dgrad[0]);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  static DerivativeStructure hipparchus(DerivativeStructure[] in) {
    DerivativeStructure x = in[0], vx = in[3], m = in[6], dt = in[7];
    for (int k = 0; k < STEPS; k++) {
      x = x.add(dt.multiply(vx));
      vx = vx.multiply(dt.multiply(x).multiply(m).negate().add(1));
    }
    return x.multiply(vx).add(m.multiply(x).multiply(x));
  }

  @Test
  void generatedWithoutDiagnostics() {
    assertTrue(T.result.diagnostics().isEmpty(), () -> "" + T.result.diagnostics());
  }

  @Test
  void hessianAgainstDerivativeStructureOfOrderTwo() {
    int n = X.length;
    DSFactory f = new DSFactory(n, 2);
    DerivativeStructure[] in = new DerivativeStructure[n];
    for (int k = 0; k < n; k++) in[k] = f.variable(k, X[k]);
    DerivativeStructure y = hipparchus(in);
    for (int j = 0; j < n; j++) {
      double[] e = new double[n];
      e[j] = 1;
      double[] col = hessianVector(X, e);
      for (int i = 0; i < n; i++) {
        int[] orders = new int[n];
        orders[i]++;
        orders[j]++;
        double exact = y.getPartialDerivative(orders);
        assertEquals(exact, col[i], 1e-12 * Math.max(1, Math.abs(exact)), "H[" + i + "][" + j + "]");
      }
      int[] first = new int[n];
      first[j] = 1;
      assertEquals(y.getPartialDerivative(first), gradient(X)[j], 1e-12 * Math.max(1, Math.abs(y.getPartialDerivative(first))), "gradient " + j);
    }
  }

  @Test
  void hessianVectorAgainstDifferencesOfTheGradientAndSymmetric() {
    Random r = new Random(9);
    for (int trial = 0; trial < 3; trial++) {
      double[] u = new double[X.length], v = new double[X.length];
      for (int k = 0; k < X.length; k++) {
        if (k == 1 || k == 2 || k == 4 || k == 5) continue; // y, z, vy, vz do not enter
        u[k] = r.nextGaussian();
        v[k] = r.nextGaussian();
      }
      FiniteDifferences.Estimate[] fd = FiniteDifferences.directional(SecondOrderObjectsTest::gradient, X, v);
      double[] hv = hessianVector(X, v), hu = hessianVector(X, u);
      for (int k = 0; k < X.length; k++) {
        assertEquals(fd[k].value(), hv[k], fd[k].tolerance(1e-8), "H v [" + k + "] vs differences of the gradient");
      }
      double uhv = 0, vhu = 0;
      for (int k = 0; k < X.length; k++) {
        uhv += u[k] * hv[k];
        vhu += v[k] * hu[k];
      }
      assertEquals(uhv, vhu, 1e-12 * Math.max(1, Math.abs(uhv)), "u.(H v) = v.(H u)");
    }
  }

  @Test
  void instanceMethodHessianTakesTheReceiversShadowsFirst() throws Exception {
    Transformed t = Transformed.of(dev.leibniz.objects.fixtures.Spring.class);
    Class<?> c = t.type;
    double k = 1.7, x = 0.8, s = -0.3;
    DSFactory f = new DSFactory(3, 2);
    DerivativeStructure dk = f.variable(0, k), dx = f.variable(1, x), ds = f.variable(2, s);
    DerivativeStructure d = dx.subtract(ds);
    DerivativeStructure e = dk.multiply(0.5).multiply(d).multiply(d).multiply(d.multiply(d).add(1));
    Method m = c.getMethod("energy$adjoint$tangent", c, c, c, double.class, double.class, double.class, double.class, double[].class, double[].class);
    for (int j = 0; j < 3; j++) {
      Object spring = c.getConstructor().newInstance();
      c.getField("k").setDouble(spring, k);
      c.getField("x").setDouble(spring, x);
      Object dsp = Derivatives.zeroShadow(spring), bar = Derivatives.zeroShadow(spring), dbar = Derivatives.zeroShadow(spring);
      if (j == 0) c.getField("k").setDouble(dsp, 1);
      if (j == 1) c.getField("x").setDouble(dsp, 1);
      double[] grad = new double[1], dgrad = new double[1];
      m.invoke(spring, dsp, bar, dbar, s, j == 2 ? 1 : 0, 1.0, 0.0, grad, dgrad);
      double[] col = {c.getField("k").getDouble(dbar), c.getField("x").getDouble(dbar), dgrad[0]};
      for (int i = 0; i < 3; i++) {
        int[] orders = new int[3];
        orders[i]++;
        orders[j]++;
        assertEquals(e.getPartialDerivative(orders), col[i], 1e-13, "H[" + i + "][" + j + "]");
      }
      assertEquals(e.getPartialDerivative(1, 0, 0), c.getField("k").getDouble(bar), 1e-13);
      assertEquals(e.getPartialDerivative(0, 0, 1), grad[0], 1e-13);
    }
  }

  @Test
  void kineticHessian() throws Exception {
    Body b = new Body(0, 0, 0, 3, 0, 0, 2);
    Body db = Derivatives.zeroShadow(b), bar = Derivatives.zeroShadow(b), dbar = Derivatives.zeroShadow(b);
    db.vx = 0.5;
    db.mass = -1;
    T.type.getMethod("kinetic$adjoint$tangent", Body.class, Body.class, Body.class, Body.class, double.class, double.class)
        .invoke(null, b, db, bar, dbar, 1.0, 0.0);
    // f = m vx^2 / 2: grad (vx^2/2, m vx); H v = (vx dvx, vx dm + m dvx)
    assertEquals(3 * 0.5, dbar.mass, 1e-15);
    assertEquals(3 * -1 + 2 * 0.5, dbar.vx, 1e-15);
    assertEquals(4.5, bar.mass, 1e-15);
    assertEquals(6, bar.vx, 1e-15);
  }
}
