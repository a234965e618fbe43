package dev.leibniz.benchmarks.manual;

import java.util.Arrays;
import org.hipparchus.special.Gamma;

/**
 * The hand-written gradient of the ADBench GMM objective, following ADBench's manual C++
 * derivation ({@code gmm_objective_d}): per point, per component, {@code main_k} and its partials;
 * the log-sum-exp turns the {@code main_k} into softmax weights that scale each component's
 * partials; then {@code −n·softmax(alphas)} and the Wishart prior's gradient.
 *
 * <p>With {@code xc = x − μ_k} and {@code y = Q_k xc}: {@code ∂main/∂α = 1}, {@code ∂main/∂μ =
 * Q_kᵀ y}, {@code ∂main/∂q_j = 1 − Qdiag_j·xc_j·y_j}, {@code ∂main/∂L_{ji} = −y_j·xc_i}. Instead of
 * storing every component's partials per point (as the C++ does), it keeps {@code xc} and {@code y}
 * and accumulates the scaled partials in one pass over {@code L}: the same arithmetic, less memory.
 */
public final class GmmGradient {
  /** The value of pi that ADBench uses. */
  private static final double PI = 3.14159265359;

  private GmmGradient() {}

  /**
   * Overwrites {@code alphasBar}, {@code meansBar} and {@code icfBar} with the gradient and returns
   * the objective.
   */
  public static double valueAndGradient(
      double[] alphas, double[] means, double[] icf, double[] x, int d, int k, int n,
      double gamma, int m, double[] alphasBar, double[] meansBar, double[] icfBar) {
    int icfSize = d * (d + 1) / 2;
    double[] qdiags = new double[k * d];
    double[] sumQs = new double[k];
    for (int ik = 0; ik < k; ik++) {
      double sum = 0;
      for (int j = 0; j < d; j++) {
        double q = icf[ik * icfSize + j];
        sum += q;
        qdiags[ik * d + j] = Math.exp(q);
      }
      sumQs[ik] = sum;
    }
    Arrays.fill(alphasBar, 0);
    Arrays.fill(meansBar, 0);
    Arrays.fill(icfBar, 0);

    double[] xc = new double[k * d];
    double[] y = new double[k * d];
    double[] main = new double[k];
    double[] wy = new double[d];
    double slse = 0;
    for (int ix = 0; ix < n; ix++) {
      for (int ik = 0; ik < k; ik++) {
        main[ik] = alphas[ik] + sumQs[ik] - 0.5 * centreAndMultiply(d, ik, x, ix * d, means,
            qdiags, icf, ik * icfSize + d, xc, y);
      }
      double lse = logsumexp(k, main);
      slse += lse;
      for (int ik = 0; ik < k; ik++) {
        double w = Math.exp(main[ik] - lse);
        alphasBar[ik] += w;
        accumulate(d, ik, w, qdiags, icf, ik * icfSize, xc, y, wy, meansBar, icfBar);
      }
    }
    double lseAlphas = logsumexp(k, alphas);
    for (int ik = 0; ik < k; ik++) {
      alphasBar[ik] -= n * Math.exp(alphas[ik] - lseAlphas);
    }
    double constant = -n * d * 0.5 * Math.log(2 * PI);
    double err = constant + slse - n * lseAlphas;
    return err + wishartPrior(d, k, gamma, m, sumQs, qdiags, icf, icfBar);
  }

  /**
   * {@code xc_k = x_i − μ_k}, {@code y_k = Q_k·xc_k} (into rows {@code ik} of {@code xc} and {@code
   * y}); returns {@code ‖y_k‖²}.
   */
  private static double centreAndMultiply(int d, int ik, double[] x, int xOff, double[] means,
      double[] qdiags, double[] icf, int lOff, double[] xc, double[] y) {
    int row = ik * d;
    for (int j = 0; j < d; j++) {
      double c = x[xOff + j] - means[row + j];
      xc[row + j] = c;
      y[row + j] = qdiags[row + j] * c;
    }
    int p = lOff;
    for (int i = 0; i < d; i++) {
      double c = xc[row + i];
      int below = row + i + 1;
      int length = d - i - 1;
      for (int t = 0; t < length; t++) {
        y[below + t] += icf[p + t] * c;
      }
      p += length;
    }
    double sq = 0;
    for (int j = 0; j < d; j++) {
      sq += y[row + j] * y[row + j];
    }
    return sq;
  }

  /** Adds {@code w·∂main_k/∂(μ_k, q_k, L_k)} to the gradient. */
  private static void accumulate(int d, int ik, double w, double[] qdiags, double[] icf,
      int icfOff, double[] xc, double[] y, double[] wy, double[] meansBar, double[] icfBar) {
    int row = ik * d;
    for (int j = 0; j < d; j++) {
      wy[j] = w * y[row + j];
    }
    int p = icfOff + d;
    for (int i = 0; i < d; i++) {
      double c = xc[row + i];
      double qd = qdiags[row + i];
      icfBar[icfOff + i] += w - qd * c * wy[i];
      double qtwy = qd * wy[i];
      int length = d - i - 1;
      for (int t = 0; t < length; t++) {
        qtwy += icf[p + t] * wy[i + 1 + t];
      }
      for (int t = 0; t < length; t++) {
        icfBar[p + t] -= wy[i + 1 + t] * c;
      }
      meansBar[row + i] += qtwy;
      p += length;
    }
  }

  /** {@code log Σ exp(v_i)}, shifted by the maximum. */
  private static double logsumexp(int count, double[] v) {
    double max = v[0];
    for (int i = 1; i < count; i++) {
      max = Math.max(max, v[i]);
    }
    double sum = 0;
    for (int i = 0; i < count; i++) {
      sum += Math.exp(v[i] - max);
    }
    return Math.log(sum) + max;
  }

  /** The Wishart log-prior; adds its gradient to {@code icfBar}. */
  private static double wishartPrior(int d, int k, double gamma, int m, double[] sumQs,
      double[] qdiags, double[] icf, double[] icfBar) {
    int icfSize = d * (d + 1) / 2;
    int dof = d + m + 1;
    double lgammaD = 0.25 * d * (d - 1) * Math.log(PI);
    for (int j = 1; j <= d; j++) {
      lgammaD += Gamma.logGamma(0.5 * dof + 0.5 * (1 - j));
    }
    double c = dof * d * (Math.log(gamma) - 0.5 * Math.log(2)) - lgammaD;
    double g2 = gamma * gamma;
    double out = 0;
    for (int ik = 0; ik < k; ik++) {
      double frobenius = 0;
      for (int j = 0; j < d; j++) {
        double qd = qdiags[ik * d + j];
        frobenius += qd * qd;
        icfBar[ik * icfSize + j] += g2 * qd * qd - m;
      }
      for (int p = ik * icfSize + d; p < (ik + 1) * icfSize; p++) {
        frobenius += icf[p] * icf[p];
        icfBar[p] += g2 * icf[p];
      }
      out += 0.5 * g2 * frobenius - m * sumQs[ik];
    }
    return out - k * c;
  }
}
