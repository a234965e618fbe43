package dev.leibniz.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.leibniz.Hessian;
import dev.leibniz.agent.fixtures.ShadowModel;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.lang.invoke.MethodHandles;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

/**
 * {@link Hessian} of methods with objects under the agent: an instance method of a {@code
 * @Differentiable} class (its second-order companion takes the receiver's three shadows first) and
 * a static method taking such an object, each object held fixed; against the analytic Hessian and
 * second differences of the method, symmetric, and H·v against the dense Hessian; the instance one
 * also after a serialisation round trip.
 */
class ObjectHessianIT {
  private static final double K = 1.3;

  /** H of k · Σ x_i² x_{i+1} + sin(k x_0) in x. */
  private static double analyticLoss(double[] x, int i, int j) {
    if (i == j) return (i + 1 < x.length ? 2 * K * x[i + 1] : 0) - (i == 0 ? K * K * Math.sin(K * x[0]) : 0);
    if (j == i + 1) return 2 * K * x[i];
    if (i == j + 1) return 2 * K * x[j];
    return 0;
  }

  @Test
  void hessianOfAShadowClassInstanceMethod() throws Exception {
    ShadowModel model = new ShadowModel(K);
    double[] x = {0.7, -1.1, 0.4, 0.9};
    for (Hessian h : new Hessian[] {
        Hessian.of(MethodHandles.lookup(), ShadowModel.class, "loss", 0, double[].class),
        roundTrip(Hessian.serializable(ShadowModel.class, "loss", 0, double[].class))}) {
      double[][] dense = h.dense(model, x);
      for (int i = 0; i < x.length; i++) {
        for (int j = 0; j < x.length; j++) {
          assertEquals(analyticLoss(x, i, j), dense[i][j], 1e-12, "H[" + i + "][" + j + "]");
          assertEquals(dense[j][i], dense[i][j], 1e-12, "symmetric");
          int a = i, b = j;
          assertEquals(secondDifference(d -> model.loss(shifted(x, a, d[0], b, d[1]))), dense[i][j], 1e-5,
              "H[" + i + "][" + j + "] vs second differences");
        }
      }
      double[] v = {0.3, -0.2, 1.1, 0.5};
      double[] hv = h.times(v, model, x);
      for (int i = 0; i < x.length; i++) {
        double expected = 0;
        for (int j = 0; j < x.length; j++) expected += dense[i][j] * v[j];
        assertEquals(expected, hv[i], 1e-12, "(H v)[" + i + "]");
      }
      assertEquals(K, model.k, 0, "the receiver is held fixed");
    }
  }

  @Test
  void hessianOfAStaticMethodTakingAnObject() {
    ShadowModel model = new ShadowModel(K);
    double t = 0.8;
    double[] x = {1.5, -0.6};
    // coupled(m, t, x) = m.k t³ x0 + x0 x1²
    Hessian inX = Hessian.of(MethodHandles.lookup(), ShadowModel.class, "coupled", 2, ShadowModel.class, double.class, double[].class);
    double[][] dense = inX.dense(model, t, x);
    double[][] analytic = {{0, 2 * x[1]}, {2 * x[1], 2 * x[0]}};
    for (int i = 0; i < 2; i++) {
      for (int j = 0; j < 2; j++) {
        assertEquals(analytic[i][j], dense[i][j], 1e-12, "H[" + i + "][" + j + "]");
        int a = i, b = j;
        assertEquals(secondDifference(d -> ShadowModel.coupled(model, t, shifted(x, a, d[0], b, d[1]))), dense[i][j], 1e-5);
      }
    }
    Hessian inT = Hessian.ofScalars(MethodHandles.lookup(), ShadowModel.class, "coupled", ShadowModel.class, double.class, double[].class);
    double[][] tt = inT.dense(model, t, x);
    assertEquals(6 * K * t * x[0], tt[0][0], 1e-12, "∂²/∂t²");
    assertEquals(secondDifference(d -> ShadowModel.coupled(model, t + d[0] + d[1], x)), tt[0][0], 1e-5);
    assertEquals(K, model.k, 0);
  }

  /** ∂²g/∂s∂t at 0 by central differences: g(s, t) is called with {s, t}. */
  private static double secondDifference(ToDoubleFunction<double[]> g) {
    double h = 1e-3;
    return (g.applyAsDouble(new double[] {h, h}) - g.applyAsDouble(new double[] {h, -h})
        - g.applyAsDouble(new double[] {-h, h}) + g.applyAsDouble(new double[] {-h, -h})) / (4 * h * h);
  }

  private static double[] shifted(double[] x, int i, double s, int j, double t) {
    double[] y = x.clone();
    y[i] += s;
    y[j] += t;
    return y;
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
