package dev.leibniz.examples.adbench;

import dev.leibniz.Derivatives;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;

/**
 * The gradient of {@link Gmm#objective} with respect to {@code [alphas, means, icf]} (the order of
 * the golden file), through its generated companions: one {@code $adjoint} call, or one {@code
 * $tangent} call per parameter.
 */
public final class GmmGradient {
  private static final Class<?>[] PRIMAL = {
    double[].class,
    double[].class,
    double[].class,
    double[].class,
    int.class,
    int.class,
    int.class,
    double.class,
    int.class
  };

  private GmmGradient() {}

  /** {@code objective$adjoint}, per the contract. */
  public static MethodHandle adjoint() {
    return Derivatives.adjoint(MethodHandles.lookup(), Gmm.class, "objective", PRIMAL);
  }

  /** {@code objective$tangent}, per the contract. */
  public static MethodHandle tangent() {
    return Derivatives.tangent(MethodHandles.lookup(), Gmm.class, "objective", PRIMAL);
  }

  /** The objective and its gradient from one call of {@code adjoint} (seed 1). */
  public static ValueAndGradient byAdjoint(MethodHandle adjoint, GmmInput in) throws Throwable {
    double[] alphasBar = new double[in.alphas().length];
    double[] meansBar = new double[in.means().length];
    double[] icfBar = new double[in.icf().length];
    double[] xBar = new double[in.x().length];
    double[] gammaBar = new double[1];
    double value =
        (double)
            adjoint.invokeExact(
                in.alphas(),
                alphasBar,
                in.means(),
                meansBar,
                in.icf(),
                icfBar,
                in.x(),
                xBar,
                in.d(),
                in.k(),
                in.n(),
                in.gamma(),
                in.m(),
                1.0,
                gammaBar);
    return ValueAndGradient.concatenated(value, alphasBar, meansBar, icfBar);
  }

  /** The objective and its gradient from one call of {@code tangent} per parameter. */
  public static ValueAndGradient byTangent(MethodHandle tangent, GmmInput in) throws Throwable {
    double[] dalphas = new double[in.alphas().length];
    double[] dmeans = new double[in.means().length];
    double[] dicf = new double[in.icf().length];
    double[] dx = new double[in.x().length];
    double[][] directions = {dalphas, dmeans, dicf};
    double[] gradient = new double[in.parameterCount()];
    int next = 0;
    for (double[] direction : directions) {
      for (int j = 0; j < direction.length; j++) {
        direction[j] = 1;
        gradient[next++] =
            (double)
                tangent.invokeExact(
                    in.alphas(),
                    dalphas,
                    in.means(),
                    dmeans,
                    in.icf(),
                    dicf,
                    in.x(),
                    dx,
                    in.d(),
                    in.k(),
                    in.n(),
                    in.gamma(),
                    0.0,
                    in.m());
        direction[j] = 0;
      }
    }
    return new ValueAndGradient(in.objective(), gradient);
  }
}
