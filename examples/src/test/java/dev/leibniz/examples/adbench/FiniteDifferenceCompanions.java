package dev.leibniz.examples.adbench;

import dev.leibniz.Derivatives;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;

/**
 * Stand-ins for the generated companions of the ADBench entry points, with exactly the contract's
 * signatures ({@link Derivatives#tangentType}, {@link Derivatives#adjointType}) but computed by
 * {@link CentralDifferences}. They let the derivative harness be checked against the golden files
 * before the agent can differentiate the workloads. The LSTM stand-in leaves the sequence's adjoint
 * alone (14,336 entries would take too long by differences).
 */
final class FiniteDifferenceCompanions {
  private FiniteDifferenceCompanions() {}

  /**
   * The stand-in {@code name} (declared here) for the {@code $tangent} or {@code $adjoint} of a
   * primal.
   */
  static MethodHandle handle(String name, Class<?> owner, String primal, boolean tangent)
      throws ReflectiveOperationException {
    Method m = null;
    for (Method candidate : owner.getDeclaredMethods()) {
      if (candidate.getName().equals(primal)) {
        m = candidate;
      }
    }
    MethodType type = MethodType.methodType(m.getReturnType(), m.getParameterTypes());
    MethodType companion = tangent ? Derivatives.tangentType(type) : Derivatives.adjointType(type);
    return MethodHandles.lookup().findStatic(FiniteDifferenceCompanions.class, name, companion);
  }

  static double gmmObjectiveTangent(
      double[] alphas,
      double[] dalphas,
      double[] means,
      double[] dmeans,
      double[] icf,
      double[] dicf,
      double[] x,
      double[] dx,
      int d,
      int k,
      int n,
      double gamma,
      double dgamma,
      int m) {
    return CentralDifferences.tangent(
        gmm(d, k, n, m),
        new double[][] {alphas, means, icf, x},
        new double[][] {dalphas, dmeans, dicf, dx},
        new double[] {gamma},
        new double[] {dgamma})[0];
  }

  static double gmmObjectiveAdjoint(
      double[] alphas,
      double[] alphasBar,
      double[] means,
      double[] meansBar,
      double[] icf,
      double[] icfBar,
      double[] x,
      double[] xBar,
      int d,
      int k,
      int n,
      double gamma,
      int m,
      double seed,
      double[] scalarBars) {
    CentralDifferences.adjoint(
        gmm(d, k, n, m),
        new double[][] {alphas, means, icf, x},
        new double[][] {alphasBar, meansBar, icfBar, xBar},
        new double[] {gamma},
        scalarBars,
        new double[] {seed});
    return Gmm.objective(alphas, means, icf, x, d, k, n, gamma, m);
  }

  static void baResidualTangent(
      double[] cam,
      double[] dcam,
      double[] X,
      double[] dX,
      double w,
      double dw,
      double[] feat,
      double[] dfeat,
      double[] err,
      double[] derr) {
    double[] d =
        CentralDifferences.tangent(
            BA_RESIDUAL,
            new double[][] {cam, X, feat},
            new double[][] {dcam, dX, dfeat},
            new double[] {w},
            new double[] {dw});
    Ba.residual(cam, X, w, feat, err);
    derr[0] = d[0];
    derr[1] = d[1];
  }

  static void baResidualAdjoint(
      double[] cam,
      double[] camBar,
      double[] X,
      double[] XBar,
      double w,
      double[] feat,
      double[] featBar,
      double[] err,
      double[] errBar,
      double[] scalarBars) {
    CentralDifferences.adjoint(
        BA_RESIDUAL,
        new double[][] {cam, X, feat},
        new double[][] {camBar, XBar, featBar},
        new double[] {w},
        scalarBars,
        errBar.clone());
    Ba.residual(cam, X, w, feat, err);
    errBar[0] = 0;
    errBar[1] = 0;
  }

  static double baWeightErrorTangent(double w, double dw) {
    return CentralDifferences.tangent(
        BA_WEIGHT_ERROR, new double[0][], new double[0][], new double[] {w}, new double[] {dw})[0];
  }

  static double baWeightErrorAdjoint(double w, double seed, double[] scalarBars) {
    CentralDifferences.adjoint(
        BA_WEIGHT_ERROR,
        new double[0][],
        new double[0][],
        new double[] {w},
        scalarBars,
        new double[] {seed});
    return Ba.weightError(w);
  }

  static double lstmLossAdjoint(
      double[] mainParams,
      double[] mainBar,
      double[] extraParams,
      double[] extraBar,
      double[] state,
      double[] stateBar,
      double[] sequence,
      double[] sequenceBar,
      int l,
      int c,
      int b,
      double seed) {
    CentralDifferences.adjoint(
        (arrays, scalars) ->
            new double[] {Lstm.loss(arrays[0], arrays[1], arrays[2], sequence, l, c, b)},
        new double[][] {mainParams, extraParams, state},
        new double[][] {mainBar, extraBar, stateBar},
        new double[0],
        new double[0],
        new double[] {seed});
    return Lstm.loss(mainParams, extraParams, state, sequence, l, c, b);
  }

  private static CentralDifferences.VectorFunction gmm(int d, int k, int n, int m) {
    return (arrays, scalars) ->
        new double[] {
          Gmm.objective(arrays[0], arrays[1], arrays[2], arrays[3], d, k, n, scalars[0], m)
        };
  }

  private static final CentralDifferences.VectorFunction BA_RESIDUAL =
      (arrays, scalars) -> {
        double[] err = new double[2];
        Ba.residual(arrays[0], arrays[1], scalars[0], arrays[2], err);
        return err;
      };

  private static final CentralDifferences.VectorFunction BA_WEIGHT_ERROR =
      (arrays, scalars) -> new double[] {Ba.weightError(scalars[0])};
}
