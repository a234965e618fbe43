package dev.leibniz.corpus.selftest;

import dev.leibniz.Differentiable;

/**
 * Companions written by hand for the harness's own test: {@code f} returns {@code x a0 + a1^2} and
 * overwrites {@code a2} with {@code x a1}. {@link Right} follows the contract exactly; the others
 * each get one derivative wrong, which the harness must report as WRONG.
 */
public final class ByHand {
  private ByHand() {}

  /** Correct companions. */
  public static final class Right {
    @Differentiable
    public static double f(double x, double[] a) {
      a[2] = x * a[1];
      return x * a[0] + a[1] * a[1];
    }

    public static double f$tangent(double x, double dx, double[] a, double[] da) {
      da[2] = dx * a[1] + x * da[1];
      a[2] = x * a[1];
      return dx * a[0] + x * da[0] + 2 * a[1] * da[1];
    }

    public static double f$adjoint(double x, double[] a, double[] abar, double seed, double[] scalars) {
      double a2bar = abar[2];
      abar[2] = 0;
      scalars[0] += a2bar * a[1] + seed * a[0];
      abar[1] += a2bar * x + seed * 2 * a[1];
      abar[0] += seed * x;
      a[2] = x * a[1];
      return x * a[0] + a[1] * a[1];
    }
  }

  /** An interface generic in its argument type, as Smile's {@code MercerKernel<T>} and {@code Distance<T>}. */
  public interface Generic<T> {
    double f(double x, T a);
  }

  /**
   * {@link Right}'s companions on an instance method implementing {@link Generic}: javac adds the bridge
   * {@code f(double, Object)} and copies {@code @Differentiable} onto it, so two methods named f carry the annotation.
   */
  public static final class RightThroughGenericInterface implements Generic<double[]> {
    @Differentiable
    @Override
    public double f(double x, double[] a) {
      return Right.f(x, a);
    }

    public double f$tangent(double x, double dx, double[] a, double[] da) {
      return Right.f$tangent(x, dx, a, da);
    }

    public double f$adjoint(double x, double[] a, double[] abar, double seed, double[] scalars) {
      return Right.f$adjoint(x, a, abar, seed, scalars);
    }
  }

  /** The tangent misses the derivative of the array output. */
  public static final class WrongTangent {
    @Differentiable
    public static double f(double x, double[] a) {
      a[2] = x * a[1];
      return x * a[0] + a[1] * a[1];
    }

    public static double f$tangent(double x, double dx, double[] a, double[] da) {
      da[2] = dx * a[1];
      a[2] = x * a[1];
      return dx * a[0] + x * da[0] + 2 * a[1] * da[1];
    }

    public static double f$adjoint(double x, double[] a, double[] abar, double seed, double[] scalars) {
      return Right.f$adjoint(x, a, abar, seed, scalars);
    }
  }

  /** The adjoint forgets that the overwritten a2 on entry has no influence (keeps its seed). */
  public static final class WrongAdjoint {
    @Differentiable
    public static double f(double x, double[] a) {
      a[2] = x * a[1];
      return x * a[0] + a[1] * a[1];
    }

    public static double f$tangent(double x, double dx, double[] a, double[] da) {
      return Right.f$tangent(x, dx, a, da);
    }

    public static double f$adjoint(double x, double[] a, double[] abar, double seed, double[] scalars) {
      double a2bar = abar[2];
      scalars[0] += a2bar * a[1] + seed * a[0];
      abar[1] += a2bar * x + seed * 2 * a[1];
      abar[0] += seed * x;
      a[2] = x * a[1];
      return x * a[0] + a[1] * a[1];
    }
  }

  /** The tangent throws. */
  public static final class Throws {
    @Differentiable
    public static double f(double x, double[] a) {
      return x * a[0];
    }

    public static double f$tangent(double x, double dx, double[] a, double[] da) {
      throw new NoSuchMethodError("ByHand$Throws.g$tangent");
    }

    public static double f$adjoint(double x, double[] a, double[] abar, double seed, double[] scalars) {
      scalars[0] += seed * a[0];
      abar[0] += seed * x;
      return x * a[0];
    }
  }

  /** No companion at all. */
  public static final class Missing {
    @Differentiable
    public static double f(double x, double[] a) {
      return x * a[0];
    }
  }

  /** A plain object whose field a method writes: its companions take shadows (README, "Objects"). */
  public static final class Point {
    public double v;

    public Point(double v) {
      this.v = v;
    }
  }

  /** g(x, p) scales p.v by x and returns p itself (a fluent {@code return p}): correct companions. */
  public static final class ReturnsParameter {
    @Differentiable
    public static Point g(double x, Point p) {
      p.v = x * p.v;
      return p;
    }

    public static Point g$tangent(double x, double dx, Point p, Point dp) {
      dp.v = dx * p.v + x * dp.v;
      p.v = x * p.v;
      return dp;
    }

    /** The final p.v is seeded through p's shadow and through the result's: both seeds count. */
    public static Point g$adjoint(double x, Point p, Point pbar, Point resultBar, double[] scalars) {
      double bar = pbar.v + resultBar.v;
      scalars[0] += bar * p.v;
      pbar.v = bar * x;
      p.v = x * p.v;
      return p;
    }
  }

  /** h(x, y) returns a new Point(x y) (README, "Objects": object results): correct companions. */
  public static final class NewPoint {
    @Differentiable
    public static Point h(double x, double y) {
      return new Point(x * y);
    }

    public static Point h$tangent(double x, double dx, double y, double dy) {
      return new Point(dx * y + x * dy);
    }

    public static Point h$adjoint(double x, double y, Point seed, double[] scalars) {
      double bar = seed == null ? 0 : seed.v;
      scalars[0] += bar * y;
      scalars[1] += bar * x;
      return new Point(x * y);
    }
  }

  /** As {@link NewPoint}, but the adjoint reads y's derivative as if the result were x alone. */
  public static final class NewPointWrongAdjoint {
    @Differentiable
    public static Point h(double x, double y) {
      return NewPoint.h(x, y);
    }

    public static Point h$tangent(double x, double dx, double y, double dy) {
      return NewPoint.h$tangent(x, dx, y, dy);
    }

    public static Point h$adjoint(double x, double y, Point seed, double[] scalars) {
      scalars[0] += seed.v * y;
      return new Point(x * y);
    }
  }

  /** As {@link NewPoint}, but the tangent returns the primal result instead of its shadow. */
  public static final class NewPointTangentReturnsPrimal {
    @Differentiable
    public static Point h(double x, double y) {
      return NewPoint.h(x, y);
    }

    public static Point h$tangent(double x, double dx, double y, double dy) {
      return new Point(x * y);
    }

    public static Point h$adjoint(double x, double y, Point seed, double[] scalars) {
      return NewPoint.h$adjoint(x, y, seed, scalars);
    }
  }

  /** As {@link ReturnsParameter}, but the adjoint drops the seed given through the result. */
  public static final class DropsResultSeed {
    @Differentiable
    public static Point g(double x, Point p) {
      return ReturnsParameter.g(x, p);
    }

    public static Point g$tangent(double x, double dx, Point p, Point dp) {
      return ReturnsParameter.g$tangent(x, dx, p, dp);
    }

    public static Point g$adjoint(double x, Point p, Point pbar, Point resultBar, double[] scalars) {
      return ReturnsParameter.g$adjoint(x, p, pbar, new Point(0), scalars);
    }
  }

  /** As {@link ReturnsParameter}, but the tangent returns the primal object instead of its shadow. */
  public static final class TangentReturnsPrimal {
    @Differentiable
    public static Point g(double x, Point p) {
      return ReturnsParameter.g(x, p);
    }

    public static Point g$tangent(double x, double dx, Point p, Point dp) {
      ReturnsParameter.g$tangent(x, dx, p, dp);
      return p;
    }

    public static Point g$adjoint(double x, Point p, Point pbar, Point resultBar, double[] scalars) {
      return ReturnsParameter.g$adjoint(x, p, pbar, resultBar, scalars);
    }
  }

  /**
   * Float code whose adjoint is 0.1 % off in x: inside the float finite-difference floor (2e-3), so
   * only the dot-product test catches it, and the float rounding allowance must not hide it.
   */
  public static final class FloatSlightlyWrongAdjoint {
    @Differentiable
    public static float f(float x, float y) {
      return x * y + x;
    }

    public static float f$tangent(float x, float dx, float y, float dy) {
      return dx * y + x * dy + dx;
    }

    public static float f$adjoint(float x, float y, float seed, double[] scalars) {
      scalars[0] += seed * (y + 1) * 1.001f;
      scalars[1] += seed * x;
      return x * y + x;
    }
  }

  /**
   * Sunflow's {@code Color.blend} in one channel, {@code (1 - b) c1 + b c2} in float, with right companions: linear in
   * each input, so its derivative along {@code b} at (0.3, 0.6, 0.1) is exactly {@code 0.1 - 0.6}. Differences over
   * steps below the output's float resolution agree with each other at -0.4974 (error 0) there.
   */
  public static final class FloatBlend {
    @Differentiable
    public static float f(float b, float c1, float c2) {
      return (1.0f - b) * c1 + b * c2;
    }

    public static float f$tangent(float b, float db, float c1, float dc1, float c2, float dc2) {
      return (-db) * c1 + (1.0f - b) * dc1 + db * c2 + b * dc2;
    }

    public static float f$adjoint(float b, float c1, float c2, float seed, double[] scalars) {
      scalars[0] += seed * (c2 - c1);
      scalars[1] += seed * (1.0f - b);
      scalars[2] += seed * b;
      return (1.0f - b) * c1 + b * c2;
    }
  }

  /** Two marked methods without companions, as the peer round's classes hold several entries. */
  public static final class TwoMissing {
    @Differentiable
    public static double f(double x) {
      return x * x;
    }

    @Differentiable
    public static double g(double x) {
      return x + 1;
    }
  }

  /**
   * Double signature, float inside (Clad's fn4 sums into a float): the tangent rounds its derivative to float as
   * the code rounds its value, the adjoint does not; both are right to float precision, not to 1e-10.
   */
  public static final class FloatInside {
    @Differentiable
    public static double f(double x, double y) {
      float acc = 0;
      acc += x * y;
      return acc + x;
    }

    public static double f$tangent(double x, double dx, double y, double dy) {
      return (float) (dx * y + x * dy) + dx;
    }

    public static double f$adjoint(double x, double y, double seed, double[] scalars) {
      scalars[0] += seed * (y + 1);
      scalars[1] += seed * x;
      return (float) (x * y) + x;
    }
  }

  /** As {@link FloatInside} with the adjoint in x 0.1 % off: the float tolerances must still see it. */
  public static final class FloatInsideWrongAdjoint {
    @Differentiable
    public static double f(double x, double y) {
      float acc = 0;
      acc += x * y;
      return acc + x;
    }

    public static double f$tangent(double x, double dx, double y, double dy) {
      return (float) (dx * y + x * dy) + dx;
    }

    public static double f$adjoint(double x, double y, double seed, double[] scalars) {
      scalars[0] += seed * (y + 1) * 1.001;
      scalars[1] += seed * x;
      return (float) (x * y) + x;
    }
  }

  /**
   * An instance method whose companions take the receiver's shadow first (a filter stage keeping its state in
   * a field, as iirj's DirectFormII): {@code step} returns {@code 2 x + v^2} and sets {@code v = x v}. The
   * receiver's field is an input and an output.
   */
  public static final class Stage {
    double v;

    Stage(double v) {
      this.v = v;
    }

    @Differentiable
    public double step(double x) {
      double out = 2 * x + v * v;
      v = x * v;
      return out;
    }

    public double step$tangent(Stage s, double x, double dx) {
      double dout = 2 * dx + 2 * v * s.v;
      s.v = dx * v + x * s.v;
      v = x * v;
      return dout;
    }

    public double step$adjoint(Stage s, double x, double seed, double[] scalars) {
      double vOld = v, vbarIn = s.v;
      scalars[0] += vbarIn * vOld + 2 * seed;
      s.v = vbarIn * x + 2 * vOld * seed;
      v = x * v;
      return 2 * x + vOld * vOld;
    }
  }

  /** As {@link Stage}, with an adjoint that adds into the receiver's shadow instead of replacing its seed. */
  public static final class StageKeepsSeed {
    double v;

    StageKeepsSeed(double v) {
      this.v = v;
    }

    @Differentiable
    public double step(double x) {
      double out = 2 * x + v * v;
      v = x * v;
      return out;
    }

    public double step$tangent(StageKeepsSeed s, double x, double dx) {
      double dout = 2 * dx + 2 * v * s.v;
      s.v = dx * v + x * s.v;
      v = x * v;
      return dout;
    }

    public double step$adjoint(StageKeepsSeed s, double x, double seed, double[] scalars) {
      double vOld = v, vbarIn = s.v;
      scalars[0] += vbarIn * vOld + 2 * seed;
      s.v += vbarIn * x + 2 * vOld * seed;
      v = x * v;
      return 2 * x + vOld * vOld;
    }
  }

  /** The state of {@link InheritedStage}, declared by its superclass as Neuroph's TransferFunction.output is. */
  public abstract static class StageBase {
    double v;
  }

  /**
   * As {@link Stage}, the field it reads and writes declared by its superclass: the companions take the receiver's
   * shadow typed as that superclass (README: the highest class with shadows).
   */
  public static final class InheritedStage extends StageBase {
    InheritedStage(double v) {
      this.v = v;
    }

    @Differentiable
    public double step(double x) {
      double out = 2 * x + v * v;
      v = x * v;
      return out;
    }

    public double step$tangent(StageBase s, double x, double dx) {
      double dout = 2 * dx + 2 * v * s.v;
      s.v = dx * v + x * s.v;
      v = x * v;
      return dout;
    }

    public double step$adjoint(StageBase s, double x, double seed, double[] scalars) {
      double vOld = v, vbarIn = s.v;
      scalars[0] += vbarIn * vOld + 2 * seed;
      s.v = vbarIn * x + 2 * vOld * seed;
      v = x * v;
      return 2 * x + vOld * vOld;
    }
  }

  /**
   * Enzyme.jl's mybesselj(0, z), the series of J_0 summed term by term until a term is at most 1e-8, with right
   * companions: the tangent carries each term's derivative forward, the adjoint walks the terms backwards. At z = -17.1
   * the terms reach 5e5 and cancel to 0.16, so each mode's derivative carries rounding of about 1e-16 times the terms'
   * derivatives (5e-10 summed), in its own order: the two agree to 2e-10 relative, not to 1e-10.
   */
  public static final class CancellingSeries {
    private static final double ATOL = 1e-8;

    @Differentiable
    public static double f(double z) {
      double s = 1;
      double out = s;
      for (int k = 1; Math.abs(s) > ATOL; k++) {
        s *= -1.0 / k / k * (z / 2) * (z / 2);
        out += s;
      }
      return out;
    }

    public static double f$tangent(double z, double dz) {
      double s = 1;
      double ds = 0;
      double dout = 0;
      for (int k = 1; Math.abs(s) > ATOL; k++) {
        double c = -1.0 / k / k * (z / 2) * (z / 2);
        double dc = -1.0 / k / k * (z / 2) * dz;
        ds = ds * c + s * dc;
        s *= c;
        dout += ds;
      }
      return dout;
    }

    public static double f$adjoint(double z, double seed, double[] scalars) {
      double[] before = new double[200];
      double s = 1;
      double out = s;
      int n = 0;
      for (int k = 1; Math.abs(s) > ATOL; k++) {
        before[k] = s;
        s *= -1.0 / k / k * (z / 2) * (z / 2);
        out += s;
        n = k;
      }
      double sbar = seed; // s_n is read only by out
      for (int k = n; k >= 1; k--) {
        double c = -1.0 / k / k * (z / 2) * (z / 2);
        scalars[0] += sbar * before[k] * (-1.0 / k / k * (z / 2));
        sbar = seed + sbar * c; // s_{k-1} is read by out and by s_k
      }
      return out;
    }
  }

  /** {@link CancellingSeries} with an adjoint 1e-8 too large: no rounding of that code is anywhere near. */
  public static final class CancellingSeriesSlightlyWrongAdjoint {
    @Differentiable
    public static double f(double z) {
      return CancellingSeries.f(z);
    }

    public static double f$tangent(double z, double dz) {
      return CancellingSeries.f$tangent(z, dz);
    }

    public static double f$adjoint(double z, double seed, double[] scalars) {
      return CancellingSeries.f$adjoint(z, seed * (1 + 1e-8), scalars);
    }
  }

  /**
   * One step of Kahan's summation onto 0.7 (Esri's KahanSummator.add) with the running compensation an input: at a
   * compensation of 1e-17 the differences' steps along it (scaled to the input) cannot move the sum near 1, and their
   * quotients agree on 0 exactly; the exact tangent is -1.
   */
  public static final class KahanStep {
    private static final double SUM = 0.7;

    @Differentiable
    public static double f(double v, double compensation) {
      double y = v - compensation;
      return SUM + y;
    }

    public static double f$tangent(double v, double dv, double compensation, double dcompensation) {
      return dv - dcompensation;
    }

    public static double f$adjoint(double v, double compensation, double seed, double[] scalars) {
      scalars[0] += seed;
      scalars[1] -= seed;
      return f(v, compensation);
    }
  }

  /**
   * A jump at 0.5 ({@code x < 0.5 ? x : x + 1}) with the right companions (slope 1 on both sides): at 0.5 the
   * differences' quotients grow like 1/h, and their error estimate with them, so the tolerance would accept any value.
   */
  public static final class Jump {
    @Differentiable
    public static double f(double x) {
      return x < 0.5 ? x : x + 1;
    }

    public static double f$tangent(double x, double dx) {
      return dx;
    }

    public static double f$adjoint(double x, double seed, double[] scalars) {
      scalars[0] += seed;
      return f(x);
    }
  }

  /** {@link KahanStep} with the adjoint in the compensation off by 1e-6 relative. */
  public static final class KahanStepSlightlyWrongAdjoint {
    @Differentiable
    public static double f(double v, double compensation) {
      return KahanStep.f(v, compensation);
    }

    public static double f$tangent(double v, double dv, double compensation, double dcompensation) {
      return KahanStep.f$tangent(v, dv, compensation, dcompensation);
    }

    public static double f$adjoint(double v, double compensation, double seed, double[] scalars) {
      scalars[0] += seed;
      scalars[1] -= seed * (1 + 1e-6);
      return f(v, compensation);
    }
  }
}
