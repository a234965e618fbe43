package dev.leibniz.hipparchus;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import org.hipparchus.optim.nonlinear.scalar.ObjectiveFunction;
import org.hipparchus.optim.nonlinear.scalar.ObjectiveFunctionGradient;

/**
 * The objective-gradient pair that Hipparchus' gradient-based optimisers take (for example {@code
 * NonLinearConjugateGradientOptimizer}), from a method {@code double f(double[] x)} marked {@code
 * @Differentiable}: the objective calls {@code f}, the gradient one {@code f$adjoint} (the whole
 * gradient at a small constant times the cost of {@code f}).
 *
 * <pre>{@code
 * LeibnizObjective f = LeibnizObjective.of(MethodHandles.lookup(), Model.class, "loss");
 * PointValuePair best = new NonLinearConjugateGradientOptimizer(Formula.POLAK_RIBIERE, checker)
 *     .optimize(new MaxEval(10_000), f.objective(), f.gradient(), GoalType.MINIMIZE, new InitialGuess(x0));
 * }</pre>
 */
public final class LeibnizObjective {
  private static final MethodType OBJECTIVE = MethodType.methodType(double.class, double[].class);

  private final MethodHandle primal;
  private final MethodHandle adjoint;

  private LeibnizObjective(Companions c) {
    this.primal = c.primal;
    this.adjoint = c.adjoint;
  }

  /** The pair for {@code double name(double[] x)}: {@code target} is its class when static, else the receiver. */
  public static LeibnizObjective of(MethodHandles.Lookup lookup, Object target, String name) {
    return new LeibnizObjective(Companions.of(lookup, target, name, OBJECTIVE));
  }

  public double value(double[] x) {
    try {
      return (double) primal.invokeExact(x);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException(e);
    }
  }

  /** The value at {@code x}; {@code gradient} receives ∇f(x) (added onto what it holds). */
  public double valueAndGradient(double[] x, double[] gradient) {
    try {
      return (double) adjoint.invokeExact(x, gradient, 1.0);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException(e);
    }
  }

  public double[] gradient(double[] x) {
    double[] g = new double[x.length];
    valueAndGradient(x, g);
    return g;
  }

  public ObjectiveFunction objective() {
    return new ObjectiveFunction(this::value);
  }

  public ObjectiveFunctionGradient gradient() {
    return new ObjectiveFunctionGradient(this::gradient);
  }
}
