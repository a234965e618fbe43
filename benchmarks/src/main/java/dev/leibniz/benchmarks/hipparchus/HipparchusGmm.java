package dev.leibniz.benchmarks.hipparchus;

import dev.leibniz.examples.adbench.GmmInput;
import org.hipparchus.analysis.differentiation.Gradient;
import org.hipparchus.special.Gamma;

/**
 * The ADBench GMM objective on Hipparchus {@link Gradient}s, written the way a Hipparchus user
 * would write it: the reference's loops with every active value a {@code Gradient}.
 */
public final class HipparchusGmm {
  private static final double PI = 3.14159265359;

  private HipparchusGmm() {}

  public static Gradient objective(Gradient[] alphas, Gradient[] means, Gradient[] icf,
      double[] x, int d, int k, int n, double gamma, int m) {
    int free = alphas[0].getFreeParameters();
    int icfSize = d * (d + 1) / 2;
    Gradient[] qdiags = new Gradient[k * d];
    Gradient[] sumQs = new Gradient[k];
    for (int ik = 0; ik < k; ik++) {
      Gradient sum = Gradient.constant(free, 0);
      for (int j = 0; j < d; j++) {
        Gradient q = icf[ik * icfSize + j];
        sum = sum.add(q);
        qdiags[ik * d + j] = q.exp();
      }
      sumQs[ik] = sum;
    }
    Gradient[] xc = new Gradient[d];
    Gradient[] y = new Gradient[d];
    Gradient[] main = new Gradient[k];
    Gradient slse = Gradient.constant(free, 0);
    for (int ix = 0; ix < n; ix++) {
      for (int ik = 0; ik < k; ik++) {
        for (int j = 0; j < d; j++) {
          xc[j] = means[ik * d + j].negate().add(x[ix * d + j]);
          y[j] = qdiags[ik * d + j].multiply(xc[j]);
        }
        int p = ik * icfSize + d;
        for (int i = 0; i < d; i++) {
          for (int j = i + 1; j < d; j++) {
            y[j] = y[j].add(icf[p++].multiply(xc[i]));
          }
        }
        Gradient sq = Gradient.constant(free, 0);
        for (int j = 0; j < d; j++) {
          sq = sq.add(y[j].multiply(y[j]));
        }
        main[ik] = alphas[ik].add(sumQs[ik]).subtract(sq.multiply(0.5));
      }
      slse = slse.add(logsumexp(main));
    }
    double constant = -n * d * 0.5 * Math.log(2 * PI);
    Gradient err = slse.subtract(logsumexp(alphas).multiply(n)).add(constant);
    return err.add(wishartPrior(d, k, gamma, m, sumQs, qdiags, icf));
  }

  private static Gradient logsumexp(Gradient[] v) {
    Gradient max = v[0];
    for (Gradient g : v) {
      if (g.getValue() > max.getValue()) {
        max = g;
      }
    }
    Gradient sum = Gradient.constant(max.getFreeParameters(), 0);
    for (Gradient g : v) {
      sum = sum.add(g.subtract(max).exp());
    }
    return sum.log().add(max);
  }

  private static Gradient wishartPrior(int d, int k, double gamma, int m, Gradient[] sumQs,
      Gradient[] qdiags, Gradient[] icf) {
    int icfSize = d * (d + 1) / 2;
    int dof = d + m + 1;
    double lgammaD = 0.25 * d * (d - 1) * Math.log(PI);
    for (int j = 1; j <= d; j++) {
      lgammaD += Gamma.logGamma(0.5 * dof + 0.5 * (1 - j));
    }
    double c = dof * d * (Math.log(gamma) - 0.5 * Math.log(2)) - lgammaD;
    Gradient out = Gradient.constant(sumQs[0].getFreeParameters(), 0);
    for (int ik = 0; ik < k; ik++) {
      Gradient frobenius = Gradient.constant(out.getFreeParameters(), 0);
      for (int j = 0; j < d; j++) {
        frobenius = frobenius.add(qdiags[ik * d + j].multiply(qdiags[ik * d + j]));
      }
      for (int p = ik * icfSize + d; p < (ik + 1) * icfSize; p++) {
        frobenius = frobenius.add(icf[p].multiply(icf[p]));
      }
      out = out.add(frobenius.multiply(0.5 * gamma * gamma)).subtract(sumQs[ik].multiply(m));
    }
    return out.subtract(k * c);
  }

  /** The full gradient, {@code [alphas, means, icf]}, into {@code grad}; returns the objective. */
  public static double gradient(GmmInput in, double[] grad) {
    int total = in.parameterCount();
    int k = in.k();
    Gradient f = objective(
        Variables.independent(in.alphas(), 0, total),
        Variables.independent(in.means(), k, total),
        Variables.independent(in.icf(), k + in.means().length, total),
        in.x(), in.d(), k, in.n(), in.gamma(), in.m());
    Variables.partials(f, 0, grad);
    return f.getValue();
  }

  /** The derivative along {@code (dAlphas, dMeans, dIcf)}. */
  public static double directional(GmmInput in, double[] dAlphas, double[] dMeans,
      double[] dIcf) {
    return objective(
        Variables.along(in.alphas(), dAlphas),
        Variables.along(in.means(), dMeans),
        Variables.along(in.icf(), dIcf),
        in.x(), in.d(), in.k(), in.n(), in.gamma(), in.m()).getPartialDerivative(0);
  }
}
