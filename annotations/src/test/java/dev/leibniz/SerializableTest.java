package dev.leibniz;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import org.junit.jupiter.api.Test;

/**
 * The serialisable variants' mechanics without the agent: companions written by hand (named as
 * the contract names them) in a package-private class, a round trip, and the companion found again
 * after it. {@code SerializableIT} in the agent module does the same with generated companions.
 */
class SerializableTest {
  /** f(x) = Σ x_k³ with its adjoint, and r = (x0 x1, x0 + x1) with both companions, by hand. */
  static final class HandWritten implements java.io.Serializable {
    static int adjointCalls;

    static double cubes(double[] x) {
      double s = 0;
      for (double v : x) s += v * v * v;
      return s;
    }

    public static double cubes$adjoint(double[] x, double[] xBar, double seed) {
      adjointCalls++;
      for (int k = 0; k < x.length; k++) xBar[k] += seed * 3 * x[k] * x[k];
      return cubes(x);
    }

    static void pair(double[] x, double[] r) {
      r[0] = x[0] * x[1];
      r[1] = x[0] + x[1];
    }

    public static void pair$adjoint(double[] x, double[] xBar, double[] r, double[] rBar) {
      pair(x, r);
      xBar[0] += rBar[0] * x[1] + rBar[1];
      xBar[1] += rBar[0] * x[0] + rBar[1];
      rBar[0] = rBar[1] = 0;
    }

    public static void pair$tangent(double[] x, double[] dx, double[] r, double[] dr) {
      pair(x, r);
      dr[0] = dx[0] * x[1] + x[0] * dx[1];
      dr[1] = dx[0] + dx[1];
    }

    /** Of cubes: the gradient 3x² into xBar, H·dx = 6x·dx into dxBar, returns ∇f·dx. */
    public static double cubes$adjoint$tangent(double[] x, double[] dx, double[] xBar, double[] dxBar, double seed, double dseed) {
      double slope = 0;
      for (int k = 0; k < x.length; k++) {
        xBar[k] += seed * 3 * x[k] * x[k];
        dxBar[k] += dseed * 3 * x[k] * x[k] + seed * 6 * x[k] * dx[k];
        slope += 3 * x[k] * x[k] * dx[k];
      }
      return slope;
    }

    final double scale;

    HandWritten(double scale) {
      this.scale = scale;
    }

    /** An instance method: scale · Σ x_k². */
    double scaled(double[] x) {
      double s = 0;
      for (double v : x) s += v * v;
      return scale * s;
    }

    public double scaled$tangent(double[] x, double[] dx) {
      double t = 0;
      for (int k = 0; k < x.length; k++) t += 2 * scale * x[k] * dx[k];
      return t;
    }

    public double scaled$adjoint(double[] x, double[] xBar, double seed) {
      for (int k = 0; k < x.length; k++) xBar[k] += seed * 2 * scale * x[k];
      return scaled(x);
    }

    /** An instance method with results: r = scale · (x0 x1, x0 + x1). */
    void scaledPair(double[] x, double[] r) {
      r[0] = scale * x[0] * x[1];
      r[1] = scale * (x[0] + x[1]);
    }

    public void scaledPair$adjoint(double[] x, double[] xBar, double[] r, double[] rBar) {
      scaledPair(x, r);
      xBar[0] += scale * (rBar[0] * x[1] + rBar[1]);
      xBar[1] += scale * (rBar[0] * x[0] + rBar[1]);
      rBar[0] = rBar[1] = 0;
    }

    public void scaledPair$tangent(double[] x, double[] dx, double[] r, double[] dr) {
      scaledPair(x, r);
      dr[0] = scale * (dx[0] * x[1] + x[0] * dx[1]);
      dr[1] = scale * (dx[0] + dx[1]);
    }
  }

  /** A receiver that is not serialisable. */
  static final class Plain {
    double square(double[] x) {
      return x[0] * x[0];
    }

    public double square$adjoint(double[] x, double[] xBar, double seed) {
      xBar[0] += seed * 2 * x[0];
      return square(x);
    }
  }

  @Test
  void gradientRoundTrip() throws Exception {
    Gradient g = roundTrip(Gradient.serializable(HandWritten.class, "cubes"));
    int before = HandWritten.adjointCalls;
    assertArrayEquals(new double[] {3, 12, 27}, g.at(new double[] {1, 2, 3}), 0);
    assertEquals(before + 1, HandWritten.adjointCalls);
    double[] x = {1, 2};
    assertEquals("HandWritten.cubes: grad has length 3 but x has length 2; they must be equal (one adjoint per element)",
        assertThrows(IllegalArgumentException.class, () -> g.valueAndGradient(x, new double[3])).getMessage());
  }

  @Test
  void jacobianRoundTrip() throws Exception {
    Jacobian j = roundTrip(Jacobian.serializable(HandWritten.class, "pair", 2));
    double[][] jac = j.at(new double[] {2, 5});
    assertArrayEquals(new double[] {5, 2}, jac[0], 0);
    assertArrayEquals(new double[] {1, 1}, jac[1], 0);
  }

  @Test
  void gradientOfAnInstanceMethodRoundTripsWithItsReceiver() throws Exception {
    Gradient g = roundTrip(Gradient.serializable(new HandWritten(2.5), "scaled"));
    double[] x = {1, -2, 3}, grad = new double[3];
    assertEquals(2.5 * 14, g.valueAndGradient(x, grad), 1e-12);
    assertArrayEquals(new double[] {5, -10, 15}, grad, 1e-12, "2 · scale · x, the receiver's scale travelled along");
    assertArrayEquals(new double[] {5, -10, 15}, roundTrip(g).at(x), 1e-12, "and again after a second trip");
    Gradient local = Gradient.of(java.lang.invoke.MethodHandles.lookup(), new HandWritten(-1), "scaled");
    assertArrayEquals(new double[] {-2, 4, -6}, local.at(x), 1e-12);
  }

  @Test
  void jacobianOfAnInstanceMethodRoundTripsWithItsReceiver() throws Exception {
    double[] x = {2, 3};
    double[][] expected = {{3 * 3, 3 * 2}, {3, 3}};
    double[][] rows = roundTrip(Jacobian.serializable(new HandWritten(3), "scaledPair", 2)).at(x);
    for (int i = 0; i < 2; i++) assertArrayEquals(expected[i], rows[i], 1e-12, "row " + i + " by adjoint rows");
    Jacobian local = Jacobian.of(java.lang.invoke.MethodHandles.lookup(), new HandWritten(3), "scaledPair", 2);
    double[][] jac = local.at(x);
    for (int i = 0; i < 2; i++) assertArrayEquals(expected[i], jac[i], 1e-12);
    // by tangent columns: more results (3, the last never written) than inputs
    double[][] columns = roundTrip(Jacobian.serializable(new HandWritten(3), "scaledPair", 3)).at(x);
    for (int i = 0; i < 2; i++) assertArrayEquals(expected[i], columns[i], 1e-12, "row " + i + " by tangent columns");
    assertArrayEquals(new double[2], columns[2], 0);
  }

  @Test
  void aReceiverThatIsNotSerializableIsRefusedWhenTheVariantIsMade() {
    String message = assertThrows(IllegalArgumentException.class, () -> Gradient.serializable(new Plain(), "square")).getMessage();
    assertTrue(message.contains("not Serializable") && message.contains("of(lookup, receiver"), message);
    assertEquals(4, Gradient.of(java.lang.invoke.MethodHandles.lookup(), new Plain(), "square").at(new double[] {2})[0], 0);
    String statics = assertThrows(IllegalArgumentException.class, () -> Gradient.serializable((Object) new HandWritten(1), "cubes"))
        .getMessage();
    assertTrue(statics.contains("is static"), statics);
  }

  @Test
  void hessianRoundTrip() throws Exception {
    Hessian h = roundTrip(Hessian.serializable(HandWritten.class, "cubes", 0, double[].class));
    assertArrayEquals(new double[] {6 * 1 * 0.5, 6 * 2 * -1, 6 * 3 * 2}, h.times(new double[] {0.5, -1, 2}, new double[] {1, 2, 3}), 0);
    double[][] dense = h.dense(new double[] {1, 2});
    assertArrayEquals(new double[] {6, 0}, dense[0], 0);
    assertArrayEquals(new double[] {0, 12}, dense[1], 0);
  }

  @Test
  void aHessianFromALookUpSaysHowToMakeASerialisableOne() {
    Hessian h = Hessian.of(java.lang.invoke.MethodHandles.lookup(), HandWritten.class, "cubes", 0, double[].class);
    java.io.NotSerializableException e = assertThrows(java.io.NotSerializableException.class, () -> roundTrip(h));
    assertTrue(e.getMessage().contains("make it with Hessian.serializable"), e.getMessage());
  }

  @Test
  void companionsOfAnInstanceMethodRoundTrip() throws Throwable {
    SerializableCompanion adjoint = roundTrip(Derivatives.serializableAdjoint(HandWritten.class, "scaled", double[].class));
    SerializableCompanion tangent = roundTrip(Derivatives.serializableTangent(HandWritten.class, "scaled", double[].class));
    HandWritten model = new HandWritten(1.5);
    double[] x = {1, -2}, xBar = new double[2];
    assertEquals(7.5, (double) adjoint.handle().invokeExact(model, x, xBar, 1.0), 0);
    assertArrayEquals(new double[] {3, -6}, xBar, 0);
    assertEquals(3 * 0.5 + -6 * 2.0, (double) tangent.handle().invokeExact(model, x, new double[] {0.5, 2}), 0);
    assertEquals(java.lang.invoke.MethodType.methodType(double.class, HandWritten.class, double[].class, double[].class, double.class),
        adjoint.type());
  }

  @Test
  void aMissingCompanionIsReportedWhenTheVariantIsMade() {
    String message = assertThrows(IllegalStateException.class, () -> Gradient.serializable(SerializableTest.class, "none")).getMessage();
    assertTrue(message.startsWith("dev.leibniz.SerializableTest.none$adjoint(double[],double[],double)double does not exist:"
        + " the Leibniz agent is not running."), message);
  }

  static double none(double[] x) {
    return x[0];
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
