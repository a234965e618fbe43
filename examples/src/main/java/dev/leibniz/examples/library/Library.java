package dev.leibniz.examples.library;

import dev.leibniz.DerivativeRules;
import dev.leibniz.Differentiable;
import java.util.function.DoubleUnaryOperator;
import org.hipparchus.analysis.function.Gaussian;
import org.hipparchus.special.Gamma;
import org.hipparchus.util.FastMath;
import org.hipparchus.util.MathUtils;

/**
 * Marked methods over unmodified library code (the hipparchus-core jar): the agent differentiates
 * the library's methods from their bytecode, dispatches through interfaces to the implementations'
 * companions, and uses a hand-written rule for {@code Gamma.logGamma} (FromJars differentiates
 * Hipparchus' own {@code logGamma}, {@code erf} and normal CDF without it).
 */
@DerivativeRules(GammaRules.class)
public final class Library {
  /** A lambda created in this (transformed) class: calls through the interface use its body's companion. */
  public static final DoubleUnaryOperator QUARTIC = x -> x * x * x * x;

  private Library() {}

  /** A log-likelihood-like sum over library special functions and FastMath. */
  @Differentiable
  public static double special(double x) {
    return FastMath.log(Gamma.lanczos(x)) + FastMath.exp(-x) * MathUtils.normalizeAngle(x, 0);
  }

  /** A library object's method (Gaussian.value, private fields read through the bridge). */
  @Differentiable
  public static double gaussianMixture(double x, double w) {
    return w * new Gaussian(0.5, 1.5).value(x) + (1 - w) * new Gaussian(-1, 0.7).value(x);
  }

  /** log B(a, b) = log Gamma(a) + log Gamma(b) - log Gamma(a + b), through the rule. */
  @Differentiable
  public static double logBeta(double a, double b) {
    return Gamma.logGamma(a) + Gamma.logGamma(b) - Gamma.logGamma(a + b);
  }

  /** The trapezoid rule over a JDK interface; the companion call dispatches on the receiver. */
  @Differentiable
  public static double trapezoid(DoubleUnaryOperator f, double a, double b, int n) {
    double h = (b - a) / n;
    double s = 0.5 * (f.applyAsDouble(a) + f.applyAsDouble(b));
    for (int i = 1; i < n; i++) {
      s += f.applyAsDouble(a + i * h);
    }
    return s * h;
  }

  /** One classical Runge-Kutta step over an interface right-hand side, then the first component. */
  @Differentiable
  public static double rk4(Rhs f, double t, double h, double[] y) {
    int n = y.length;
    double[] k1 = new double[n], k2 = new double[n], k3 = new double[n], k4 = new double[n], tmp = new double[n];
    f.computeDerivatives(t, y, k1);
    for (int i = 0; i < n; i++) tmp[i] = y[i] + 0.5 * h * k1[i];
    f.computeDerivatives(t + 0.5 * h, tmp, k2);
    for (int i = 0; i < n; i++) tmp[i] = y[i] + 0.5 * h * k2[i];
    f.computeDerivatives(t + 0.5 * h, tmp, k3);
    for (int i = 0; i < n; i++) tmp[i] = y[i] + h * k3[i];
    f.computeDerivatives(t + h, tmp, k4);
    return y[0] + h / 6 * (k1[0] + 2 * k2[0] + 2 * k3[0] + k4[0]);
  }
}
