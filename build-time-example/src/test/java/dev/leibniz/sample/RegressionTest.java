package dev.leibniz.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.lang.management.ManagementFactory;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Calls the companions that the build wrote into {@code Regression} (this source compiles only
 * because leibniz:transform ran at process-classes), in a JVM without the agent, and checks them
 * against the analytic gradients, central differences, and each other (dot-product test).
 */
class RegressionTest {
  static final int N = 40, D = 3;
  static final double[] X = new double[N * D], Y = new double[N], W = {0.4, -1.2, 0.7}, V = {0.3, 0.8, -0.5};
  static final double B = 0.25, VB = -0.6;

  static {
    for (int k = 0; k < X.length; k++) X[k] = Math.cos(0.7 * k + 0.2) * 1.5;
    for (int i = 0; i < N; i++) Y[i] = (i * 7) % 5 < 2 ? 1 : 0;
  }

  @Test
  void noAgentInThisJvm() {
    assertFalse(ManagementFactory.getRuntimeMXBean().getInputArguments().stream().anyMatch(a -> a.startsWith("-javaagent")));
  }

  @Test
  void meanSquaredErrorGradient() {
    double[] gw = new double[D], gb = new double[1];
    double value = Regression.meanSquaredError$adjoint(W, gw, B, X, null, Y, null, N, D, 1.0, gb);
    assertEquals(Regression.meanSquaredError(W, B, X, Y, N, D), value, 0);
    double[] ew = new double[D];
    double eb = 0;
    for (int i = 0; i < N; i++) {
      double r = Regression.predict(W, B, X, i, D) - Y[i];
      for (int j = 0; j < D; j++) ew[j] += 2 * r * X[i * D + j] / N;
      eb += 2 * r / N;
    }
    checkGradient(gw, gb[0], ew, eb, t -> Regression.meanSquaredError(shift(t), B + t * VB, X, Y, N, D));
    double tangent = Regression.meanSquaredError$tangent(W, V, B, VB, X, null, Y, null, N, D);
    assertEquals(dot(gw, gb[0]), tangent, 1e-13 * Math.max(1, Math.abs(tangent)));
  }

  @Test
  void logLossGradient() {
    double[] gw = new double[D], gb = new double[1];
    Regression.logLoss$adjoint(W, gw, B, X, null, Y, null, N, D, 1.0, gb);
    double[] ew = new double[D];
    double eb = 0;
    for (int i = 0; i < N; i++) {
      double m = Regression.predict(W, B, X, i, D);
      double r = 1 / (1 + Math.exp(-m)) - Y[i];
      for (int j = 0; j < D; j++) ew[j] += r * X[i * D + j] / N;
      eb += r / N;
    }
    checkGradient(gw, gb[0], ew, eb, t -> Regression.logLoss(shift(t), B + t * VB, X, Y, N, D));
    double tangent = Regression.logLoss$tangent(W, V, B, VB, X, null, Y, null, N, D);
    assertEquals(dot(gw, gb[0]), tangent, 1e-13 * Math.max(1, Math.abs(tangent)));
  }

  private static void checkGradient(double[] gw, double gb, double[] ew, double eb, DoubleUnaryOperator along) {
    for (int j = 0; j < D; j++) assertEquals(ew[j], gw[j], 1e-13, "d/dw" + j + " vs analytic");
    assertEquals(eb, gb, 1e-13, "d/db vs analytic");
    double h = 0x1p-12;
    double fd = (along.applyAsDouble(h) - along.applyAsDouble(-h)) / (2 * h);
    assertEquals(fd, dot(gw, gb), 1e-7, "directional derivative vs central differences");
  }

  private static double[] shift(double t) {
    double[] w = W.clone();
    for (int j = 0; j < D; j++) w[j] += t * V[j];
    return w;
  }

  private static double dot(double[] gw, double gb) {
    double s = gb * VB;
    for (int j = 0; j < D; j++) s += gw[j] * V[j];
    return s;
  }
}
