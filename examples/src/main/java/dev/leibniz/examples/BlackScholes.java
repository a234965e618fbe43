package dev.leibniz.examples;

import dev.leibniz.Differentiable;

/**
 * The Black–Scholes price of a European call. Its derivative with respect to the spot is the
 * option's delta, {@code N(d1)}; with respect to the volatility its vega, {@code S·φ(d1)·√T}.
 */
public final class BlackScholes {
  private BlackScholes() {}

  /**
   * The call price for spot {@code s}, strike {@code k}, years to expiry {@code t}, risk-free rate
   * {@code r} and volatility {@code sigma}.
   */
  @Differentiable
  public static double call(double s, double k, double t, double r, double sigma) {
    double volT = sigma * Math.sqrt(t);
    double d1 = (Math.log(s / k) + (r + 0.5 * sigma * sigma) * t) / volT;
    double d2 = d1 - volT;
    return s * normalCdf(d1) - k * Math.exp(-r * t) * normalCdf(d2);
  }

  /**
   * The standard normal distribution function, by Hart's double-precision rational approximation
   * (Hart 1968, algorithm 5666, as given by G. West, "Better approximations to cumulative normal
   * functions", Wilmott 2005): absolute error about 1e-15.
   */
  static double normalCdf(double x) {
    double z = Math.abs(x);
    double tail;
    if (z > 37) {
      tail = 0;
    } else if (z < 7.07106781186547) {
      double num = 3.52624965998911e-2;
      num = num * z + 0.700383064443688;
      num = num * z + 6.37396220353165;
      num = num * z + 33.912866078383;
      num = num * z + 112.079291497871;
      num = num * z + 221.213596169931;
      num = num * z + 220.206867912376;
      double den = 8.83883476483184e-2;
      den = den * z + 1.75566716318264;
      den = den * z + 16.064177579207;
      den = den * z + 86.7807322029461;
      den = den * z + 296.564248779674;
      den = den * z + 637.333633378831;
      den = den * z + 793.826512519948;
      den = den * z + 440.413735824752;
      tail = Math.exp(-0.5 * z * z) * num / den;
    } else {
      double fraction = z + 1 / (z + 2 / (z + 3 / (z + 4 / (z + 0.65))));
      tail = Math.exp(-0.5 * z * z) / fraction / 2.506628274631;
    }
    return x > 0 ? 1 - tail : tail;
  }
}
