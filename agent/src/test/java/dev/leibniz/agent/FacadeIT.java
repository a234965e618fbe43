package dev.leibniz.agent;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.leibniz.agent.fixtures.FacadeModel;
import dev.leibniz.agent.fixtures.FacadeModelDerivatives;
import dev.leibniz.agent.fixtures.FacadeModel_InnerDerivatives;
import dev.leibniz.agent.fixtures.FacadeSpring;
import dev.leibniz.agent.fixtures.FacadeSpringDerivatives;
import dev.leibniz.Derivatives;
import java.lang.reflect.Method;
import org.junit.jupiter.api.Test;

/**
 * The typed facade that the annotation processor generated for {@link FacadeModel}, under the
 * agent: every call agrees with the analytic derivative, with central differences and with the
 * companion called through reflection; argument mistakes get one clear message.
 */
class FacadeIT {
  @Test
  void staticScalarMethodBothModes() throws Exception {
    double x = 1.3, y = -0.4;
    double[] grad = new double[2];
    assertEquals(FacadeModel.f(x, y), FacadeModelDerivatives.fAdjoint(x, y, 1.0, grad), 0);
    assertArrayEquals(new double[] {Math.sin(y), x * Math.cos(y)}, grad, 1e-15);
    assertEquals(central(h -> FacadeModel.f(x + h, y)), grad[0], 1e-8);
    assertEquals(central(h -> FacadeModel.f(x, y + h)), grad[1], 1e-8);
    assertEquals(0.5 * grad[0] - 2 * grad[1], FacadeModelDerivatives.fTangent(x, 0.5, y, -2), 1e-15);
    Method adjoint = FacadeModel.class.getMethod("f$adjoint", double.class, double.class, double.class, double[].class);
    double[] viaReflection = new double[2];
    adjoint.invoke(null, x, y, 1.0, viaReflection);
    assertArrayEquals(viaReflection, grad, 0);
  }

  @Test
  void newObjectResultComesBackAsItsShadowAndTakesItsSeed() {
    double r = 1.7, t = 0.6, dr = 0.5, dt = -2;
    FacadeModel.Point d = FacadeModelDerivatives.polarTangent(r, dr, t, dt);
    assertEquals(Math.cos(t) * dr - r * Math.sin(t) * dt, d.x, 1e-15);
    assertEquals(Math.sin(t) * dr + r * Math.cos(t) * dt, d.y, 1e-15);
    assertEquals(central(h -> FacadeModel.polar(r + dr * h, t + dt * h).x), d.x, 1e-7);
    assertEquals(central(h -> FacadeModel.polar(r + dr * h, t + dt * h).y), d.y, 1e-7);
    double[] grad = new double[2];
    FacadeModel.Point p = FacadeModelDerivatives.polarAdjoint(r, t, new FacadeModel.Point(3, -1), grad);
    assertEquals(FacadeModel.polar(r, t).x, p.x, 0);
    assertEquals(FacadeModel.polar(r, t).y, p.y, 0);
    assertArrayEquals(new double[] {3 * Math.cos(t) - Math.sin(t), -3 * r * Math.sin(t) - r * Math.cos(t)}, grad, 1e-15);
    assertEquals(3 * d.x - d.y, grad[0] * dr + grad[1] * dt, 1e-14, "dot-product test");
  }

  @Test
  void overloadOnAnArray() {
    double[] x = {1.3, -0.4}, xBar = new double[2];
    FacadeModelDerivatives.fAdjoint(x, xBar, 2.0);
    assertArrayEquals(new double[] {2 * Math.sin(-0.4), 2 * 1.3 * Math.cos(-0.4)}, xBar, 1e-15);
  }

  @Test
  void instanceMethodOfAGenericClassWithAnIntParameter() {
    FacadeModel<Double> model = new FacadeModel<>(0.5);
    double[] x = {1, -2, 3}, xBar = new double[3];
    double value = FacadeModelDerivatives.energyAdjoint(model, x, xBar, 2, 1.0);
    assertEquals(model.energy(x, 2), value, 0);
    assertArrayEquals(new double[] {0.5 * 2 * 1, 0.5 * 2 * 2 * -2, 0}, xBar, 1e-15);
    double[] dx = {0.3, 0.1, 7};
    assertEquals(xBar[0] * 0.3 + xBar[1] * 0.1, FacadeModelDerivatives.energyTangent(model, x, dx, 2), 1e-14, "dot-product test");
    assertEquals(central(h -> model.energy(new double[] {1 + 0.3 * h, -2 + 0.1 * h, 3 + 7 * h}, 2)),
        FacadeModelDerivatives.energyTangent(model, x, dx, 2), 1e-7);
  }

  @Test
  void floatMethod() {
    double[] grad = new double[1];
    assertEquals(1.5f * 1.5f * 1.5f, FacadeModelDerivatives.powerAdjoint(1.5f, 3, 1f, grad), 0);
    assertEquals(3 * 1.5 * 1.5, grad[0], 1e-6);
    assertEquals(3 * 1.5f * 1.5f, FacadeModelDerivatives.powerTangent(1.5f, 1f, 3), 1e-6);
  }

  @Test
  void secondOrderGivesHessianVectorProducts() {
    double[] x = {0.5, -1.5, 2}, v = {1, 2, -1};
    double[] grad = new double[3], hv = new double[3];
    double slope = FacadeModelDerivatives.quarticAdjointTangent(x, v, grad, hv, 1.0, 0.0);
    double[] h0 = {3 * x[0] * x[0], 1, 0}, h1 = {1, 3 * x[1] * x[1], 0}, h2 = {0, 0, 3 * x[2] * x[2]};
    assertArrayEquals(new double[] {dot(h0, v), dot(h1, v), dot(h2, v)}, hv, 1e-13);
    assertArrayEquals(new double[] {x[0] * x[0] * x[0] + x[1], x[1] * x[1] * x[1] + x[0], x[2] * x[2] * x[2]}, grad, 1e-13);
    assertEquals(dot(grad, v), slope, 1e-13);
  }

  @Test
  void nestedClass() {
    double[] grad = new double[1];
    FacadeModel_InnerDerivatives.cubeAdjoint(new FacadeModel.Inner(), 2, 1, grad);
    assertEquals(12, grad[0], 1e-15);
  }

  @Test
  void argumentMistakesAreNamed() {
    double[] x = {1, 2};
    assertEquals("FacadeModelDerivatives.fAdjoint: xBar is x itself; pass an array of its own (new double[x.length]):"
        + " the derivative would overwrite the values",
        assertThrows(IllegalArgumentException.class, () -> FacadeModelDerivatives.fAdjoint(x, x, 1.0)).getMessage());
    assertArrayEquals(new double[] {1, 2}, x, 0, "the point is untouched");
    assertEquals("FacadeModelDerivatives.fAdjoint: grad has length 1 but receives the adjoints of x, y; pass new double[2]",
        assertThrows(IllegalArgumentException.class, () -> FacadeModelDerivatives.fAdjoint(1, 2, 1, new double[1])).getMessage());
  }

  @Test
  void objectsPassTheirShadowsBothModes() {
    FacadeSpring s = new FacadeSpring(2.0, new double[] {0, 1.5, 2.5, 4.5});
    double rest = 1.2;
    // analytic: dE/dk = E/k, dE/dx_j = k (d_{j-1} - d_j), dE/drest = -k Σ d
    double[] d = {1.5 - rest, 1.0 - rest, 2.0 - rest};
    double energy = 0.5 * 2.0 * (d[0] * d[0] + d[1] * d[1] + d[2] * d[2]);
    double[] dx = {-2.0 * d[0], 2.0 * (d[0] - d[1]), 2.0 * (d[1] - d[2]), 2.0 * d[2]};
    FacadeSpring bar = Derivatives.zeroShadow(s);
    double[] grad = new double[1];
    assertEquals(energy, FacadeSpringDerivatives.energyAdjoint(s, bar, rest, 1.0, grad), 1e-15);
    assertEquals(energy / 2.0, bar.stiffness, 1e-14);
    assertArrayEquals(dx, bar.positions, 1e-14);
    assertEquals(-2.0 * (d[0] + d[1] + d[2]), grad[0], 1e-14);
    assertEquals(central(h -> new FacadeSpring(2.0 + h, s.positions).energy(rest)), bar.stiffness, 1e-7);

    FacadeSpring dot = Derivatives.zeroShadow(s);
    dot.stiffness = 0.3;
    dot.positions[1] = -0.7;
    double tangent = FacadeSpringDerivatives.energyTangent(s, dot, rest, 0.2);
    assertEquals(0.3 * bar.stiffness - 0.7 * bar.positions[1] + 0.2 * grad[0], tangent, 1e-13, "dot-product test");

    FacadeSpring sBar = Derivatives.zeroShadow(s);
    double[] wGrad = new double[2];
    assertEquals(3 * energy, FacadeSpringDerivatives.weightedAdjoint(s, sBar, 3.0, rest, 1.0, wGrad), 1e-14);
    assertArrayEquals(new double[] {energy, 3 * grad[0]}, wGrad, 1e-13);
    assertEquals(3 * energy / 2.0, sBar.stiffness, 1e-13);
    FacadeSpring ds = Derivatives.zeroShadow(s);
    ds.positions[3] = 1;
    assertEquals(3 * dx[3], FacadeSpringDerivatives.weightedTangent(s, ds, 3.0, 0, rest, 0), 1e-13);
  }

  private static double central(java.util.function.DoubleUnaryOperator f) {
    double h = 1e-5;
    return (f.applyAsDouble(h) - f.applyAsDouble(-h)) / (2 * h);
  }

  private static double dot(double[] a, double[] b) {
    double s = 0;
    for (int k = 0; k < a.length; k++) {
      s += a[k] * b[k];
    }
    return s;
  }
}
