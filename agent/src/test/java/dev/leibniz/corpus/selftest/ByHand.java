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
}
