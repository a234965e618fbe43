package dev.leibniz.examples.readme;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.leibniz.Derivatives;
import dev.leibniz.Hessian;
import dev.leibniz.SerializableCompanion;
import dev.leibniz.examples.nbody.NBodySystem;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import org.hipparchus.special.Gamma;
import org.junit.jupiter.api.Test;

/**
 * The README's Java snippets after its first section, as they are written there (ReadmeSnippetsTest
 * checks that each snippet's lines are lines of this file or of {@link Model} and {@link
 * GammaRules}, in order), run under the agent and checked against closed forms and central
 * differences.
 */
class ReadmeExamplesTest {
  private static final double H = 1e-4;

  /** "Typed facades": a serialisable companion, shipped and called as an executor would. */
  @Test
  void serializableCompanion() throws Throwable {
    Model model = new Model(3);
    double[] x = {0.5, -2}, xBar = new double[2];
    SerializableCompanion adjoint = Derivatives.serializableAdjoint(Model.class, "energy", double[].class);
    adjoint = roundTrip(adjoint);
    double e = (double) adjoint.handle().invokeExact(model, x, xBar, 1.0);   // on an executor
    assertEquals(model.energy(x), e, 0);
    assertArrayEquals(new double[] {3 * 0.5, 3 * -2.0}, xBar, 1e-15);
  }

  /** "Objects": the n-body snippet; the tangent along Jupiter's vx against central differences and the adjoint. */
  @Test
  void nBodyShadows() throws Throwable {
    MethodHandles.Lookup lookup = MethodHandles.lookup();
    MethodHandle tangent = Derivatives.tangent(lookup, NBodySystem.class, "energyAfter", int.class, double.class);
    NBodySystem system = new NBodySystem();
    NBodySystem direction = Derivatives.zeroShadow(system);   // same structure, all zeros, no constructor run
    direction.bodies[1].vx = 1;                                // d/d(Jupiter's initial vx)
    double dE = (double) tangent.invokeExact(system, direction, 1000, 0.01, 0.0);

    MethodHandle adjoint = Derivatives.adjoint(lookup, NBodySystem.class, "energyAfter", int.class, double.class);
    NBodySystem start = new NBodySystem(), gradient = Derivatives.zeroShadow(start);
    double[] dtBar = new double[1];
    double energy = (double) adjoint.invokeExact(start, gradient, 1000, 0.01, 1.0, dtBar);

    assertEquals(new NBodySystem().energyAfter(1000, 0.01), energy, 0);
    NBodySystem plus = new NBodySystem(), minus = new NBodySystem();
    double h = 1e-4 * Math.abs(plus.bodies[1].vx);
    plus.bodies[1].vx += h;
    minus.bodies[1].vx -= h;
    double fd = (plus.energyAfter(1000, 0.01) - minus.energyAfter(1000, 0.01)) / (2 * h);
    assertEquals(fd, dE, 1e-6 * Math.abs(fd));
    assertEquals(dE, gradient.bodies[1].vx, 1e-12 * Math.abs(dE));
  }

  /** "Checking derivatives in your tests": both forms of Derivatives.check pass on right companions. */
  @Test
  void derivativesCheck() throws Throwable {
    MethodHandles.Lookup lookup = MethodHandles.lookup();
    double[] data = {1, 0.5, -0.25};
    Model model = new Model(2);
    double[] x = {0.5, 1.5, -1};
    Derivatives.check(MethodHandles.lookup(), Model.class, "loss", new double[] {0.5, -1}, data, 3);
    Derivatives.check(lookup, Model.class.getMethod("energy", double[].class), model, (Object) x);  // instance method
  }

  /** "Rules": logBeta through the user rule for logGamma, against digamma. */
  @Test
  void logBetaThroughTheRule() throws Throwable {
    double a = 1.5, b = 2.5;
    MethodHandle adjoint = Derivatives.adjoint(MethodHandles.lookup(), Model.class, "logBeta", double.class, double.class);
    double[] grad = new double[2];
    assertEquals(Model.logBeta(a, b), (double) adjoint.invokeExact(a, b, 1.0, grad), 0);
    assertEquals(Gamma.digamma(a) - Gamma.digamma(a + b), grad[0], 1e-13);
    assertEquals(Gamma.digamma(b) - Gamma.digamma(a + b), grad[1], 1e-13);
  }

  /** "Second order and Jacobians": H·v and dense Hessians against the closed forms. */
  @Test
  void hessians() throws Throwable {
    MethodHandles.Lookup lookup = MethodHandles.lookup();
    double[] x = {0.5, -1, 2}, data = {1, 3, -2}, v = {1, 0.5, -1};
    int n = 3;
    Hessian h = Hessian.of(MethodHandles.lookup(), Model.class, "energy", 0, double[].class, double[].class, int.class);
    double[] hv = h.times(v, x, data, n);          // H·v with respect to parameter 0; data and n fixed
    double[][] full = h.dense(x, data, n);         // n products with unit vectors
    double[][] exact = new double[n][n];
    for (int i = 0; i < n; i++) {
      int j = (i + 1) % n;
      exact[i][i] += 2 * data[i] * x[j];
      exact[i][j] += 2 * data[i] * x[i];
      exact[j][i] += 2 * data[i] * x[i];
    }
    for (int i = 0; i < n; i++) {
      assertArrayEquals(exact[i], full[i], 1e-13);
      double row = 0;
      for (int j = 0; j < n; j++) {
        row += exact[i][j] * v[j];
      }
      assertEquals(row, hv[i], 1e-13);
    }
    double a = 0.7, b = -0.3;
    double[][] hf = Hessian.ofScalars(lookup, Model.class, "f", double.class, double.class).dense(a, b);  // f(double a, double b): 2 × 2
    assertArrayEquals(new double[] {0, Math.cos(b)}, hf[0], 1e-15);
    assertArrayEquals(new double[] {Math.cos(b), -a * Math.sin(b)}, hf[1], 1e-15);
    double fd = ((Model.f(a, b + H) - Model.f(a, b)) - (Model.f(a, b) - Model.f(a, b - H))) / (H * H);
    assertEquals(fd, hf[1][1], 1e-6);
  }

  private static SerializableCompanion roundTrip(SerializableCompanion c) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(c);
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return (SerializableCompanion) in.readObject();
    }
  }
}
