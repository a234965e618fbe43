package dev.leibniz.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.leibniz.oracle.fixtures.GmmLike;
import dev.leibniz.testing.Transformed;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The generated adjoint of a GMM-like objective (same-class helpers reversed split, nested loops,
 * {@code exp}, {@code log}, {@code max}) against a gradient written by hand below, to 1e-12, plus
 * the usual oracles: central differences, the tangent, the dot-product test ({@link JacobianCheck}).
 * A change in the reverse builder that breaks a rule, a call's reversal or the replay of a path
 * fails here with the parameter it got wrong.
 */
class HandWrittenGradientTest {
  static final Transformed T = Transformed.of(GmmLike.class);
  static final int N = 5, D = 3, K = 4;

  static Object call(String name, Object... args) {
    return ArraysAndCallsTest.callOn(null, T.type, name, args);
  }

  @Test
  void theAdjointIsTheHandWrittenGradient() {
    Random r = new Random(11);
    double[] w = new double[K + 2 * K * D], x = new double[N * D];
    for (int i = 0; i < w.length; i++) w[i] = r.nextGaussian() * 0.5;
    for (int i = 0; i < x.length; i++) x[i] = r.nextGaussian();
    double value = (double) call("objective", w.clone(), x.clone(), N, D, K);
    assertEquals(objective(w, x), value, 1e-12 * Math.abs(value), "primal");
    double[] expected = gradient(w, x);
    double[] wb = new double[w.length], xb = new double[x.length];
    double adjointValue = (double) call("objective$adjoint", w.clone(), wb, x.clone(), xb, N, D, K, 1.0);
    assertEquals(value, adjointValue, 0, "the adjoint returns the primal value");
    for (int p = 0; p < w.length; p++) {
      assertEquals(expected[p], wb[p], 1e-12 * Math.max(1, Math.abs(expected[p])), "d/dw[" + p + "]");
    }
    JacobianCheck.check(
        "GmmLike.objective",
        w,
        z -> new double[] {(double) call("objective", z, x.clone(), N, D, K)},
        (z, zd) -> new double[] {(double) call("objective$tangent", z, zd, x.clone(), new double[x.length], N, D, K)},
        (z, yb) -> {
          double[] zb = new double[z.length];
          call("objective$adjoint", z, zb, x.clone(), new double[x.length], N, D, K, yb[0]);
          return zb;
        },
        new double[][] {expected});
  }

  /** The objective, written out (the same formula as the fixture, for the primal check). */
  static double objective(double[] w, double[] x) {
    double total = 0;
    for (int i = 0; i < N; i++) {
      total += logSumExp(betas(w, x, i));
    }
    double[] alpha = new double[K];
    System.arraycopy(w, 0, alpha, 0, K);
    return total - N * logSumExp(alpha);
  }

  /**
   * The gradient by hand: with {@code s_cj = exp(q_cj) (x_ij - mu_cj)} and {@code p_c} the softmax
   * of the betas, {@code d/d alpha_c = p_c}, {@code d/d mu_cj = p_c s_cj exp(q_cj)}, {@code d/d q_cj
   * = p_c (1 - s_cj^2)}, summed over points; the last term adds {@code -N softmax(alpha)_c}.
   */
  static double[] gradient(double[] w, double[] x) {
    double[] g = new double[w.length];
    int mu = K, q = K + K * D;
    for (int i = 0; i < N; i++) {
      double[] p = softmax(betas(w, x, i));
      for (int c = 0; c < K; c++) {
        g[c] += p[c];
        for (int j = 0; j < D; j++) {
          double e = Math.exp(w[q + c * D + j]);
          double s = e * (x[i * D + j] - w[mu + c * D + j]);
          g[mu + c * D + j] += p[c] * s * e;
          g[q + c * D + j] += p[c] * (1 - s * s);
        }
      }
    }
    double[] alpha = new double[K];
    System.arraycopy(w, 0, alpha, 0, K);
    double[] pa = softmax(alpha);
    for (int c = 0; c < K; c++) g[c] -= N * pa[c];
    return g;
  }

  static double[] betas(double[] w, double[] x, int i) {
    double[] beta = new double[K];
    int mu = K, q = K + K * D;
    for (int c = 0; c < K; c++) {
      double b = w[c];
      for (int j = 0; j < D; j++) {
        double s = Math.exp(w[q + c * D + j]) * (x[i * D + j] - w[mu + c * D + j]);
        b += w[q + c * D + j] - 0.5 * s * s;
      }
      beta[c] = b;
    }
    return beta;
  }

  static double logSumExp(double[] v) {
    double m = Double.NEGATIVE_INFINITY, s = 0;
    for (double e : v) m = Math.max(m, e);
    for (double e : v) s += Math.exp(e - m);
    return m + Math.log(s);
  }

  static double[] softmax(double[] v) {
    double l = logSumExp(v);
    double[] p = new double[v.length];
    for (int c = 0; c < v.length; c++) p[c] = Math.exp(v[c] - l);
    return p;
  }
}
