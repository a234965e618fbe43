package dev.leibniz.examples.adbench;

import dev.leibniz.Differentiable;

/**
 * The ADBench GMM objective: the negative log-likelihood of a Gaussian mixture with a Wishart
 * prior, computed exactly as ADBench's reference ({@code gmm.cpp}) does, quirks included (the
 * truncated {@link #PI}, the sign of the prior term).
 *
 * <p>Parameters are flat arrays: {@code alphas[k]}, {@code means[k*d]} (component-major) and {@code
 * icf[k*d(d+1)/2]} (per component: {@code d} log-diagonal entries of the inverse Cholesky factor,
 * then its strictly lower entries column by column). The derivative is taken with respect to {@code
 * alphas}, {@code means} and {@code icf}; {@code x} and {@code gamma} are data.
 */
public final class Gmm {
  /** The value of pi the reference uses. */
  static final double PI = 3.14159265359;

  private Gmm() {}

  /** The objective for {@code n} points {@code x[n*d]} and {@code k} components. */
  @Differentiable(order = 2, tangents = true)
  public static double objective(
      double[] alphas,
      double[] means,
      double[] icf,
      double[] x,
      int d,
      int k,
      int n,
      double gamma,
      int m) {
    int icfSize = d * (d + 1) / 2;
    double constant = -n * d * 0.5 * Math.log(2 * PI);

    double[] qdiags = new double[d * k];
    double[] sumQs = new double[k];
    preprocessQs(d, k, icf, sumQs, qdiags);

    double[] xcentered = new double[d];
    double[] qxcentered = new double[d];
    double[] mainTerm = new double[k];
    double slse = 0;
    for (int ix = 0; ix < n; ix++) {
      for (int ik = 0; ik < k; ik++) {
        subtract(d, x, ix * d, means, ik * d, xcentered);
        qTimesX(d, qdiags, ik * d, icf, ik * icfSize + d, xcentered, qxcentered);
        mainTerm[ik] = alphas[ik] + sumQs[ik] - 0.5 * sqnorm(d, qxcentered, 0);
      }
      slse = slse + logsumexp(k, mainTerm);
    }
    double lseAlphas = logsumexp(k, alphas);
    double err = constant + slse - n * lseAlphas;
    return err + logWishartPrior(d, k, gamma, m, sumQs, qdiags, icf);
  }

  /** {@code sumQs[ik] = Σ_j q_ik[j]} and {@code qdiags[ik*d + j] = exp(q_ik[j])}. */
  static void preprocessQs(int d, int k, double[] icf, double[] sumQs, double[] qdiags) {
    int icfSize = d * (d + 1) / 2;
    for (int ik = 0; ik < k; ik++) {
      sumQs[ik] = 0;
      for (int id = 0; id < d; id++) {
        double q = icf[ik * icfSize + id];
        sumQs[ik] = sumQs[ik] + q;
        qdiags[ik * d + id] = Math.exp(q);
      }
    }
  }

  /** {@code out = a[aOff..aOff+d) - b[bOff..bOff+d)}. */
  static void subtract(int d, double[] a, int aOff, double[] b, int bOff, double[] out) {
    for (int id = 0; id < d; id++) {
      out[id] = a[aOff + id] - b[bOff + id];
    }
  }

  /**
   * {@code out = Q·v} for the lower-triangular {@code Q} with diagonal {@code qdiag[qOff..]} and
   * strictly lower entries {@code ltri[lOff..]}, column by column.
   */
  static void qTimesX(
      int d, double[] qdiag, int qOff, double[] ltri, int lOff, double[] v, double[] out) {
    for (int id = 0; id < d; id++) {
      out[id] = qdiag[qOff + id] * v[id];
    }
    int p = lOff;
    for (int i = 0; i < d; i++) {
      for (int j = i + 1; j < d; j++) {
        out[j] = out[j] + ltri[p] * v[i];
        p++;
      }
    }
  }

  /** {@code Σ_i v[off + i]²} over {@code count} entries. */
  static double sqnorm(int count, double[] v, int off) {
    double sum = 0;
    for (int i = 0; i < count; i++) {
      sum = sum + v[off + i] * v[off + i];
    }
    return sum;
  }

  /** {@code log Σ exp(v[i])}, shifted by the maximum for stability. */
  static double logsumexp(int count, double[] v) {
    double max = v[0];
    for (int i = 1; i < count; i++) {
      if (max < v[i]) {
        max = v[i];
      }
    }
    double sum = 0;
    for (int i = 0; i < count; i++) {
      sum = sum + Math.exp(v[i] - max);
    }
    return Math.log(sum) + max;
  }

  /** The log of the Wishart prior on the {@code k} inverse covariance factors. */
  static double logWishartPrior(
      int d, int k, double gamma, int m, double[] sumQs, double[] qdiags, double[] icf) {
    int n = d + m + 1;
    int icfSize = d * (d + 1) / 2;
    double c = n * d * (Math.log(gamma) - 0.5 * Math.log(2)) - logGammaDistribution(d, n);
    double out = 0;
    for (int ik = 0; ik < k; ik++) {
      double frobenius = sqnorm(d, qdiags, ik * d) + sqnorm(icfSize - d, icf, ik * icfSize + d);
      out = out + 0.5 * gamma * gamma * frobenius - m * sumQs[ik];
    }
    return out - k * c;
  }

  /**
   * The log of the multivariate gamma function {@code Γ_d(n/2)}; it depends only on integers, so it
   * is passive.
   */
  static double logGammaDistribution(int d, int n) {
    double a = 0.5 * n;
    double out = 0.25 * d * (d - 1) * Math.log(PI);
    for (int j = 1; j <= d; j++) {
      out = out + logGamma(a + 0.5 * (1 - j));
    }
    return out;
  }

  /**
   * {@code log Γ(x)} for {@code x > 0} (the C library's {@code lgamma}): shifts {@code x} up to at
   * least 10 with {@code Γ(x) = Γ(x+1)/x}, then sums the Stirling series, whose first omitted term
   * is below 1e-15 there.
   */
  static double logGamma(double x) {
    double shift = 0;
    double y = x;
    while (y < 10) {
      shift = shift + Math.log(y);
      y = y + 1;
    }
    double inv = 1 / y;
    double inv2 = inv * inv;
    double series =
        inv
            * (1.0 / 12
                - inv2
                    * (1.0 / 360
                        - inv2
                            * (1.0 / 1260
                                - inv2
                                    * (1.0 / 1680
                                        - inv2 * (1.0 / 1188 - inv2 * (691.0 / 360360))))));
    return (y - 0.5) * Math.log(y) - y + 0.5 * Math.log(2 * Math.PI) + series - shift;
  }
}
