package dev.leibniz.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.leibniz.Derivatives;
import dev.leibniz.objects.fixtures.Dataset;
import dev.leibniz.objects.fixtures.LogReg;
import dev.leibniz.oracle.FiniteDifferences;
import dev.leibniz.testing.Transformed;
import java.lang.reflect.Method;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Logistic regression with its weights in fields of the receiver, forward mode: the gradient with
 * respect to the fields by one tangent call per weight (unit directions in the receiver's
 * shadow), against the analytic gradient and finite differences; a method writing the fields.
 */
class LogRegTangentTest {
  static final Transformed T = Transformed.of(LogReg.class, true);
  static final int P = 4, N = 30;

  static Dataset data() {
    Random r = new Random(42);
    double[][] x = new double[N][P];
    double[] y = new double[N];
    for (int i = 0; i < N; i++) {
      for (int j = 0; j < P; j++) x[i][j] = r.nextGaussian();
      y[i] = r.nextBoolean() ? 1 : -1;
    }
    return new Dataset(x, y);
  }

  Object model(Dataset d, double[] w, double bias) throws Exception {
    Object m = T.type.getConstructor(Dataset.class, int.class).newInstance(d, P);
    System.arraycopy(w, 0, (double[]) T.type.getField("w").get(m), 0, P);
    T.type.getField("bias").setDouble(m, bias);
    return m;
  }

  double loss(Dataset d, double[] w, double bias, double lambda) throws Exception {
    return (double) T.type.getMethod("loss", double.class).invoke(model(d, w, bias), lambda);
  }

  /** The analytic gradient: w first, then the bias. */
  static double[] gradient(Dataset d, double[] w, double bias, double lambda) {
    double[] g = new double[P + 1];
    for (int i = 0; i < N; i++) {
      double z = bias;
      for (int j = 0; j < P; j++) z += w[j] * d.x[i][j];
      double sigma = 1 / (1 + Math.exp(d.y[i] * z)); // d/dz log(1+exp(-yz)) = -y sigma(-yz)
      for (int j = 0; j < P; j++) g[j] -= d.y[i] * sigma * d.x[i][j] / N;
      g[P] -= d.y[i] * sigma / N;
    }
    for (int j = 0; j < P; j++) g[j] += lambda * w[j];
    return g;
  }

  @Test
  void gradientWithRespectToTheFields() throws Exception {
    Dataset d = data();
    double[] w = {0.5, -1, 0.25, 2};
    double bias = 0.3, lambda = 0.1;
    double[] exact = gradient(d, w, bias, lambda);
    Method tangent = T.type.getMethod("loss$tangent", T.type, double.class, double.class);
    Object m = model(d, w, bias);
    for (int k = 0; k <= P; k++) {
      Object s = Derivatives.zeroShadow(m);
      if (k < P) ((double[]) T.type.getField("w").get(s))[k] = 1; else T.type.getField("bias").setDouble(s, 1);
      double t = (double) tangent.invoke(m, s, lambda, 0.0);
      assertEquals(exact[k], t, 1e-14, "d loss / d " + (k < P ? "w" + k : "bias"));
      final int kk = k;
      double fd = FiniteDifferences.derivative(h -> {
        try {
          double[] wh = w.clone();
          double bh = bias;
          if (kk < P) wh[kk] = h; else bh = h;
          return loss(d, wh, bh, lambda);
        } catch (Exception e) {
          throw new AssertionError(e);
        }
      }, k < P ? w[k] : bias).value();
      assertEquals(fd, t, 1e-8);
    }
    // the data's class is not @Differentiable and LogReg's companions only read it: a shadow for them leaves it null
    assertEquals(null, T.type.getField("data").get(Derivatives.zeroShadow(m, T.type)));
    // d/d lambda through the scalar parameter, the receiver's shadow at zero
    double r = 0;
    for (double wj : w) r += wj * wj;
    assertEquals(0.5 * r, (double) tangent.invoke(m, Derivatives.zeroShadow(m), lambda, 1.0), 1e-14);
  }

  @Test
  void stepWritesTheFieldsAndTheirTangents() throws Exception {
    Dataset d = data();
    double[] w = {0.5, -1, 0.25, 2}, dw = {1, 2, 3, 4}, g = {0.1, 0.2, 0.3, 0.4, 0.5}, dg = {-1, 0, 1, 2, 3};
    Object m = model(d, w, 0.3);
    Object s = Derivatives.zeroShadow(m);
    System.arraycopy(dw, 0, (double[]) T.type.getField("w").get(s), 0, P);
    T.type.getField("bias").setDouble(s, 0.75);
    double rate = 0.5, drate = 0.125;
    T.type.getMethod("step$tangent", T.type, double.class, double.class, double[].class, double[].class).invoke(m, s, rate, drate, g, dg);
    double[] sw = (double[]) T.type.getField("w").get(s);
    for (int j = 0; j < P; j++) {
      assertEquals(dw[j] - drate * g[j] - rate * dg[j], sw[j], 1e-15);
    }
    assertEquals(0.75 - drate * g[P] - rate * dg[P], T.type.getField("bias").getDouble(s), 1e-15);
  }

  @Test
  void adjointGivesTheGradientWithRespectToTheFieldsInOneCall() throws Exception {
    Dataset d = data();
    double[] w = {0.5, -1, 0.25, 2};
    double bias = 0.3, lambda = 0.1;
    double[] exact = gradient(d, w, bias, lambda);
    Object m = model(d, w, bias);
    Object bar = Derivatives.zeroShadow(m);
    double[] grad = new double[1];
    double value = (double) T.type.getMethod("loss$adjoint", T.type, double.class, double.class, double[].class).invoke(m, bar, lambda, 1.0, grad);
    assertEquals(loss(d, w, bias, lambda), value, 0);
    double[] wbar = (double[]) T.type.getField("w").get(bar);
    for (int j = 0; j < P; j++) assertEquals(exact[j], wbar[j], 1e-14, "w" + j);
    assertEquals(exact[P], T.type.getField("bias").getDouble(bar), 1e-14, "bias");
    double r = 0;
    for (double wj : w) r += wj * wj;
    assertEquals(0.5 * r, grad[0], 1e-14, "lambda");
  }

  @Test
  void stepAdjointAgainstItsTangentByTheDotProductTest() throws Exception {
    Dataset d = data();
    Random rnd = new Random(9);
    double[] w = new double[P], v = new double[P], u = new double[P], g = new double[P + 1], dg = new double[P + 1];
    for (int j = 0; j < P; j++) {
      w[j] = rnd.nextGaussian(); v[j] = rnd.nextGaussian(); u[j] = rnd.nextGaussian();
    }
    for (int j = 0; j <= P; j++) {
      g[j] = rnd.nextGaussian(); dg[j] = rnd.nextGaussian();
    }
    double rate = 0.3, drate = rnd.nextGaussian(), dbias = rnd.nextGaussian(), ubias = rnd.nextGaussian();
    // tangent: direction (v, dbias) in the shadow, drate, dg
    Object mt = model(d, w, 0.1), st = Derivatives.zeroShadow(mt);
    System.arraycopy(v, 0, (double[]) T.type.getField("w").get(st), 0, P);
    T.type.getField("bias").setDouble(st, dbias);
    T.type.getMethod("step$tangent", T.type, double.class, double.class, double[].class, double[].class).invoke(mt, st, rate, drate, g.clone(), dg);
    double lhs = T.type.getField("bias").getDouble(st) * ubias;
    double[] tw = (double[]) T.type.getField("w").get(st);
    for (int j = 0; j < P; j++) lhs += tw[j] * u[j];
    // adjoint: seeds (u, ubias) for the final fields in the shadow
    Object ma = model(d, w, 0.1), sa = Derivatives.zeroShadow(ma);
    System.arraycopy(u, 0, (double[]) T.type.getField("w").get(sa), 0, P);
    T.type.getField("bias").setDouble(sa, ubias);
    double[] gbar = new double[P + 1], scalars = new double[1];
    T.type.getMethod("step$adjoint", T.type, double.class, double[].class, double[].class, double[].class).invoke(ma, sa, rate, g.clone(), gbar, scalars);
    double rhs = T.type.getField("bias").getDouble(sa) * dbias + scalars[0] * drate;
    double[] aw = (double[]) T.type.getField("w").get(sa);
    for (int j = 0; j < P; j++) rhs += aw[j] * v[j];
    for (int j = 0; j <= P; j++) rhs += gbar[j] * dg[j];
    assertEquals(lhs, rhs, 1e-13 * Math.max(1, Math.abs(lhs)));
  }

  @Test
  void theWeightsPassedAsTheGradientMustCarryTheirShadow() throws Exception {
    // m.step(rate, m.w) with a tangent array for g that is not the shadow's w: refused at entry
    Object m = model(data(), new double[] {1, 2, 3, 4}, 0), s = Derivatives.zeroShadow(m);
    double[] w = (double[]) T.type.getField("w").get(m);
    Method tangent = T.type.getMethod("step$tangent", T.type, double.class, double.class, double[].class, double[].class);
    java.lang.reflect.InvocationTargetException e = org.junit.jupiter.api.Assertions.assertThrows(
        java.lang.reflect.InvocationTargetException.class, () -> tangent.invoke(m, s, 0.5, 0.0, w, new double[P]));
    org.junit.jupiter.api.Assertions.assertTrue(e.getCause() instanceof IllegalArgumentException
        && e.getCause().getMessage().contains("two different shadows"), e.getCause()::toString);
  }
}
