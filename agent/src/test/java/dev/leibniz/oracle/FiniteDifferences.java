package dev.leibniz.oracle;

import java.util.function.DoubleUnaryOperator;
import java.util.function.Function;

/**
 * Central finite differences with step control: for each trial step {@code h} the Richardson
 * extrapolation {@code R(h) = (4 D(h/2) - D(h)) / 3} of the central quotients {@code D} is formed,
 * and the step whose extrapolation agrees best with the next smaller step's wins. The disagreement
 * is the error estimate.
 */
public final class FiniteDifferences {
  private static final double[] STEPS = {1e-1, 3e-2, 1e-2, 3e-3, 1e-3, 3e-4, 1e-4, 1e-5};
  /** The relative spread beyond which the extrapolations do not settle ({@link Estimate#settles}). */
  static final double DIVERGENT = Double.parseDouble(System.getProperty("fd.divergent", "0.25"));

  private FiniteDifferences() {}

  /**
   * A derivative estimate and a bound on its error; {@code spread}: how far the chosen step's extrapolation is from the
   * previous step's, the part of the error that is not the output's rounding.
   */
  public record Estimate(double value, double error, double spread) {
    public Estimate(double value, double error) {
      this(value, error, error);
    }

    /**
     * False where the extrapolations do not settle as the step shrinks, by more than the output's rounding explains:
     * at a jump the quotients grow like 1/h (each step's about half or more away from the last), and the error
     * estimate, which grows with them, makes the tolerance accept any derivative. Under rounding alone (the spread
     * within the floor, as a step below an output's resolution) the estimate still bounds the derivative.
     */
    public boolean settles() {
      return !(spread > DIVERGENT * Math.max(1, Math.abs(value)));
    }

    /** The tolerance an exact derivative must meet: the error estimate plus a relative floor. */
    public double tolerance(double relativeFloor) {
      return 4 * error + relativeFloor * Math.max(1, Math.abs(value));
    }
  }

  /** {@code f'(x)}. */
  public static Estimate derivative(DoubleUnaryOperator f, double x) {
    double[] v = {1};
    return directional(p -> new double[] {f.applyAsDouble(p[0])}, new double[] {x}, v)[0];
  }

  /** {@code J(x) v} for {@code f: R^n -> R^m}, one estimate per output. */
  public static Estimate[] directional(Function<double[], double[]> f, double[] x, double[] v) {
    return directional(f, x, v, false);
  }

  /**
   * With {@code floats} (float code): two estimates that are both exactly 0 after a larger step
   * moved the output are passed over. A float sum absorbs a small change of one of its terms
   * (jMetal's sDecept adds C to ~650, whose float ulp is 6e-5, so C +- 1e-5 leaves the result
   * unchanged): there the step is below the output's resolution, and "no change, no error" is
   * not a derivative of 0. And a step's error is at least the rounding of the output (float, or double for any caller) divided by the step:
   * below the output's resolution the quotients are multiples of its ulp, and two of them can agree exactly on a
   * wrong value (Sunflow's {@code Color.blend}, linear with slope -0.5, gave -0.4974 with error 0 at steps 2e-6 and
   * 1.5e-5; larger steps give -0.5 to 1e-5). Steps whose points {@code x +- h v} (and {@code +- h/2 v}) float cannot hold exactly
   * are passed over too, when at least two steps are left: rounding the point moves it along another direction (an
   * input the function returns unchanged then gets a "derivative" off its direction's component, 0.4375 for
   * 0.43985, two steps agreeing on it exactly).
   */
  public static Estimate[] directional(Function<double[], double[]> f, double[] x, double[] v, boolean floats) {
    double scale = Double.POSITIVE_INFINITY, vmax = 0;
    for (int i = 0; i < x.length; i++) {
      if (v[i] != 0) {
        scale = Math.min(scale, x[i] != 0 ? Math.abs(x[i]) : 1);
        vmax = Math.max(vmax, Math.abs(v[i]));
      }
    }
    double[] y = f.apply(x.clone());
    int m = y.length;
    Estimate[] best = new Estimate[m];
    if (vmax == 0) {
      for (int k = 0; k < m; k++) best[k] = new Estimate(0, 0);
      return best;
    }
    double unit = scale / vmax;
    double[] prev = null;
    boolean[] moved = new boolean[m];
    java.util.List<Double> steps = new java.util.ArrayList<>();
    for (double step : STEPS) {
      // a power of two: x +- h is then exact far more often, in double and in float
      double h = Math.scalb(1.0, Math.getExponent(step * unit));
      if (!floats || heldInFloat(x, v, h)) steps.add(h);
    }
    if (steps.size() < 2) {
      steps.clear();
      for (double step : STEPS) steps.add(Math.scalb(1.0, Math.getExponent(step * unit)));
    }
    for (double h : steps) {
      double[] r = richardson(f, x, v, h);
      if (prev != null) {
        for (int k = 0; k < m; k++) {
          double spread = Math.abs(r[k] - prev[k]), err = Math.max(spread, rounding(y[k], h, floats));
          boolean unresolved = floats && moved[k] && r[k] == 0 && prev[k] == 0;
          if (!unresolved && Double.isFinite(r[k]) && Double.isFinite(err) && (best[k] == null || err < best[k].error())) {
            best[k] = new Estimate(r[k], err, spread > err / 10 ? spread : 0); // within the rounding floor: settled
          }
        }
      }
      for (int k = 0; k < m; k++) moved[k] |= r[k] != 0;
      prev = r;
    }
    for (int k = 0; k < m; k++) {
      if (best[k] == null) best[k] = new Estimate(Double.NaN, Double.POSITIVE_INFINITY);
    }
    return best;
  }

  /**
   * The rounding error of the extrapolated quotient at step {@code h} of an output near {@code y} (float or double):
   * each value is off by up to half an ulp, the quotient at h/2 divides by h and weighs 4/3, the one at h by 2h and
   * weighs 1/3. Double too: a step scaled to a tiny input cannot move an output of size 1 (Esri's
   * {@code KahanSummator.add} at a compensation of 1e-17, steps of 1e-18 and below, quotients exactly 0 with error 0
   * against the exact -1); the floor says what such steps can resolve, and is negligible at ordinary steps.
   */
  private static double rounding(double y, double h, boolean floats) {
    double ulp = floats ? Math.ulp((float) Math.abs(y)) : Math.ulp(Math.abs(y));
    return 1.5 * ulp / h;
  }

  /** True when float holds every coordinate of {@code x +- h v} and {@code x +- h/2 v} exactly. */
  private static boolean heldInFloat(double[] x, double[] v, double h) {
    for (int i = 0; i < x.length; i++) {
      for (double p : new double[] {x[i] + h * v[i], x[i] - h * v[i], x[i] + h / 2 * v[i], x[i] - h / 2 * v[i]}) {
        if ((double) (float) p != p) return false;
      }
    }
    return true;
  }

  private static double[] richardson(Function<double[], double[]> f, double[] x, double[] v, double h) {
    double[] d1 = central(f, x, v, h), d2 = central(f, x, v, h / 2);
    double[] r = new double[d1.length];
    for (int k = 0; k < r.length; k++) r[k] = (4 * d2[k] - d1[k]) / 3;
    return r;
  }

  private static double[] central(Function<double[], double[]> f, double[] x, double[] v, double h) {
    double[] plus = x.clone(), minus = x.clone();
    for (int i = 0; i < x.length; i++) {
      plus[i] += h * v[i];
      minus[i] -= h * v[i];
    }
    double[] fp = f.apply(plus), fm = f.apply(minus);
    double[] d = new double[fp.length];
    for (int k = 0; k < d.length; k++) d[k] = (fp[k] - fm[k]) / (2 * h);
    return d;
  }
}
