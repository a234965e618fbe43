package dev.leibniz.agent;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.Derivatives;
import dev.leibniz.Gradient;
import dev.leibniz.Hessian;
import dev.leibniz.Jacobian;
import dev.leibniz.SerializableCompanion;
import dev.leibniz.agent.fixtures.Functions;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.lang.invoke.MethodHandles;
import org.junit.jupiter.api.Test;

/**
 * The serialisable {@link Gradient}, {@link Jacobian}, {@link Hessian} and companions ({@link
 * SerializableCompanion}) under the agent: after a serialisation
 * round trip (what a distributed engine does to a closure) they find the companions again and
 * give the same derivatives as before, and as the non-serialisable forms; the analytic gradient
 * and central differences are in {@link GradientJacobianIT}.
 */
class SerializableIT {
  @Test
  void gradientSurvivesARoundTrip() throws Exception {
    Gradient g = Gradient.serializable(Functions.class, "rosenbrock");
    assertTrue(g instanceof Serializable);
    Gradient copy = roundTrip(g);
    assertNotSame(g, copy);
    double[] x = {-1.2, 1.0, 0.3, 2.0};
    double[] expected = Gradient.of(MethodHandles.lookup(), Functions.class, "rosenbrock").at(x);
    assertArrayEquals(expected, copy.at(x), 0);
    double[] grad = new double[x.length];
    assertEquals(Functions.rosenbrock(x), copy.valueAndGradient(x, grad), 0);
    double[] analytic = new double[x.length];
    for (int i = 0; i + 1 < x.length; i++) {
      double a = x[i + 1] - x[i] * x[i];
      analytic[i] += -400 * x[i] * a - 2 * (1 - x[i]);
      analytic[i + 1] += 200 * a;
    }
    assertArrayEquals(analytic, grad, 1e-12);
    assertEquals("Functions.rosenbrock: grad is x itself; the adjoint needs an array of its own (the gradient would overwrite the point)",
        assertThrows(IllegalArgumentException.class, () -> copy.valueAndGradient(x, x)).getMessage());
  }

  @Test
  void jacobianSurvivesARoundTripByRowsAndByColumns() throws Exception {
    Jacobian j = roundTrip(Jacobian.serializable(Functions.class, "residuals", 3));
    Jacobian direct = Jacobian.of(MethodHandles.lookup(), Functions.class, "residuals", 3);
    for (double[] x : new double[][] {{0.7, -0.4}, {0.7, -0.4, 1.5, -2.0}}) { // columns, then rows
      double[][] got = j.at(x), expected = direct.at(x);
      for (int i = 0; i < 3; i++) {
        assertArrayEquals(expected[i], got[i], 0);
      }
      assertEquals(Math.cos(x[0]), got[1][0], 1e-15);
    }
  }

  /** H of {@link Functions#chain} in x and in k after a round trip, against the analytic Hessian and second differences. */
  @Test
  void hessianSurvivesARoundTrip() throws Exception {
    Hessian h = roundTrip(Hessian.serializable(Functions.class, "chain", 0, double[].class, double.class));
    double[] x = {0.8, -1.3, 0.4};
    double k = 1.7;
    double[][] dense = h.dense(x, k);
    for (int i = 0; i < x.length; i++) {
      for (int j = 0; j < x.length; j++) {
        double analytic = i == j ? 3 * k * x[i] * x[i] : Math.abs(i - j) == 1 ? 1 : 0;
        assertEquals(analytic, dense[i][j], 1e-12, "H[" + i + "][" + j + "]");
        int a = i, b = j;
        assertEquals(secondDifference(d -> Functions.chain(shifted(x, a, d[0], b, d[1]), k)), dense[i][j], 1e-5, "H[" + i + "][" + j + "] vs FD");
      }
    }
    double[] v = {0.3, -0.2, 1.1};
    double[] hv = h.times(v, x, k);
    for (int i = 0; i < x.length; i++) {
      double expected = 0;
      for (int j = 0; j < x.length; j++) expected += dense[i][j] * v[j];
      assertEquals(expected, hv[i], 1e-12);
    }
    Hessian scalars = roundTrip(Hessian.serializableOfScalars(Functions.class, "chain", double[].class, double.class));
    assertEquals(x[0], scalars.dense(x, k)[0][0], 1e-12, "∂²/∂k² = x0");
    assertEquals(secondDifference(d -> Functions.chain(x, k + d[0] + d[1])), scalars.dense(x, k)[0][0], 1e-5);
  }

  /**
   * The companions of an instance method ({@link Functions#weighted}, receiver passive) and its
   * Hessian, after a round trip: the handles take the receiver first; against the analytic gradient
   * and Hessian and central differences.
   */
  @Test
  void companionsOfAnInstanceMethodSurviveARoundTrip() throws Throwable {
    SerializableCompanion adjoint = roundTrip(Derivatives.serializableAdjoint(Functions.class, "weighted", double[].class));
    SerializableCompanion tangent = roundTrip(Derivatives.serializableTangent(Functions.class, "weighted", double[].class));
    Hessian hessian = roundTrip(Hessian.serializable(Functions.class, "weighted", 0, double[].class));
    Functions f = new Functions();
    f.weight = 2.5;
    double[] x = {0.6, -0.9, 1.4, 0.2};
    double[] grad = new double[x.length];
    assertEquals(f.weighted(x), (double) adjoint.handle().invokeExact(f, x, grad, 1.0), 0);
    double[] dx = {0.7, 0.1, -0.4, 0.9};
    double slope = (double) tangent.handle().invokeExact(f, x, dx);
    double expectedSlope = 0;
    for (int i = 0; i < x.length; i++) {
      double analytic = f.weight * ((i + 1 < x.length ? Math.cos(x[i]) * x[i + 1] : 0) + (i > 0 ? Math.sin(x[i - 1]) : 0));
      assertEquals(analytic, grad[i], 1e-12, "gradient " + i);
      int a = i;
      double h = 1e-6;
      double fd = (f.weighted(shifted(x, a, h, a, 0)) - f.weighted(shifted(x, a, -h, a, 0))) / (2 * h);
      assertEquals(fd, grad[i], 1e-7, "gradient " + i + " vs FD");
      expectedSlope += analytic * dx[i];
    }
    assertEquals(expectedSlope, slope, 1e-12);
    double[][] dense = hessian.dense(f, x);
    for (int i = 0; i < x.length; i++) {
      for (int j = 0; j < x.length; j++) {
        double analytic = i == j ? (i + 1 < x.length ? -f.weight * Math.sin(x[i]) * x[i + 1] : 0)
            : j == i + 1 ? f.weight * Math.cos(x[i]) : i == j + 1 ? f.weight * Math.cos(x[j]) : 0;
        assertEquals(analytic, dense[i][j], 1e-12, "H[" + i + "][" + j + "]");
        int a = i, b = j;
        assertEquals(secondDifference(d -> f.weighted(shifted(x, a, d[0], b, d[1]))), dense[i][j], 1e-5, "H[" + i + "][" + j + "] vs FD");
      }
    }
  }

  /** ∂²g/∂s∂t at 0 by central differences: g(s, t) is called with {s, t}. */
  private static double secondDifference(java.util.function.ToDoubleFunction<double[]> g) {
    double h = 1e-3;
    return (g.applyAsDouble(new double[] {h, h}) - g.applyAsDouble(new double[] {h, -h})
        - g.applyAsDouble(new double[] {-h, h}) + g.applyAsDouble(new double[] {-h, -h})) / (4 * h * h);
  }

  /** A copy of x with s added to x[i] and t to x[j]. */
  private static double[] shifted(double[] x, int i, double s, int j, double t) {
    double[] y = x.clone();
    y[i] += s;
    y[j] += t;
    return y;
  }

  /**
   * The gradient and Jacobian of instance methods of a {@code @Differentiable} class (companions
   * taking the receiver's shadow first), serialised with their receiver: against the analytic
   * derivatives and central differences; the receiver is held fixed (its shadow is not the caller's
   * business) and is the one that travelled (its field changed here does not change the copy).
   */
  @Test
  void gradientAndJacobianOfAShadowClassInstanceMethodTravelWithTheirReceiver() throws Exception {
    dev.leibniz.agent.fixtures.ShadowModel model = new dev.leibniz.agent.fixtures.ShadowModel(1.3);
    Gradient g = roundTrip(Gradient.serializable(model, "loss"));
    Jacobian j = roundTrip(Jacobian.serializable(model, "residuals", 2));
    Jacobian columns = roundTrip(Jacobian.serializable(model, "residuals", 3));
    model.k = 99; // the copies keep 1.3
    double k = 1.3;
    dev.leibniz.agent.fixtures.ShadowModel same = new dev.leibniz.agent.fixtures.ShadowModel(k);
    double[] x = {0.7, -1.1, 0.4};
    double[] grad = new double[3];
    assertEquals(same.loss(x), g.valueAndGradient(x, grad), 1e-15);
    for (int i = 0; i < x.length; i++) {
      double analytic = k * ((i + 1 < x.length ? 2 * x[i] * x[i + 1] : 0) + (i > 0 ? x[i - 1] * x[i - 1] : 0))
          + (i == 0 ? k * Math.cos(k * x[0]) : 0);
      assertEquals(analytic, grad[i], 1e-12, "gradient " + i);
      double h = 1e-6;
      double fd = (same.loss(shifted(x, i, h, i, 0)) - same.loss(shifted(x, i, -h, i, 0))) / (2 * h);
      assertEquals(fd, grad[i], 1e-7, "gradient " + i + " vs FD");
    }
    assertArrayEquals(grad, roundTrip(g).at(x), 0, "again after another trip");
    double[] p = {0.7, -1.1};
    double[][] expected = {{k * p[1], k * p[0]}, {Math.cos(p[0]), k}};
    double[][] rows = j.at(p), cols = columns.at(p);
    for (int i = 0; i < 2; i++) {
      assertArrayEquals(expected[i], rows[i], 1e-12, "row " + i + " by adjoint rows");
      assertArrayEquals(expected[i], cols[i], 1e-12, "row " + i + " by tangent columns");
      for (int c = 0; c < 2; c++) {
        int ii = i, cc = c;
        double h = 1e-6;
        double[] rp = new double[2], rm = new double[2];
        same.residuals(shifted(p, cc, h, cc, 0), rp);
        same.residuals(shifted(p, cc, -h, cc, 0), rm);
        assertEquals((rp[ii] - rm[ii]) / (2 * h), rows[i][c], 1e-7, "J[" + i + "][" + c + "] vs FD");
      }
    }
    Gradient local = Gradient.of(MethodHandles.lookup(), same, "loss");
    assertArrayEquals(grad, local.at(x), 0, "the same as the one made for this JVM");
    assertEquals(k, same.k, 0, "the receiver is not changed");
  }

  @Test
  void aReceiverThatCannotTravelIsRefusedWhenTheVariantIsMade() {
    String message = assertThrows(IllegalArgumentException.class, () -> Gradient.serializable(new Functions(), "weighted")).getMessage();
    assertTrue(message.contains("dev.leibniz.agent.fixtures.Functions, which is not Serializable"), message);
  }

  @Test
  void mistakesShowWhenTheVariantIsMadeNotOnTheExecutors() {
    assertEquals("no method dev.leibniz.agent.fixtures.Functions.nope(double[])double",
        assertThrows(IllegalArgumentException.class, () -> Gradient.serializable(Functions.class, "nope")).getMessage());
  }

  @SuppressWarnings("unchecked")
  private static <T> T roundTrip(T object) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(object);
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return (T) in.readObject();
    }
  }
}
