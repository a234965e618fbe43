package dev.leibniz.spark;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import org.apache.spark.mllib.linalg.DenseVector;
import org.apache.spark.mllib.linalg.Vector;
import org.apache.spark.mllib.optimization.Gradient;

/**
 * MLlib's {@link Gradient} computed by the build-time companion {@code LogisticLoss.pointLoss$adjoint}
 * instead of by hand: adds one record's gradient into {@code cumGradient} and returns its loss.
 * Allocates nothing per record. Serialisable (it has no fields): the companion is reached through a
 * {@code static final} method handle, which each executor JVM creates once and the JIT inlines.
 * (Sources in the same module cannot name the companion, which the build adds after compiling
 * them; a separate model module could call it directly.)
 */
public final class AdjointLogisticGradient extends Gradient {
  private static final long serialVersionUID = 1L;
  private static final MethodHandle POINT_LOSS_ADJOINT = find();

  private static MethodHandle find() {
    try {
      return MethodHandles.lookup().findStatic(LogisticLoss.class, "pointLoss$adjoint", MethodType.methodType(double.class,
          double[].class, double[].class, double[].class, double[].class, double.class, double.class, double[].class));
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("LogisticLoss has no pointLoss$adjoint: build with leibniz:transform (or run with the agent)", e);
    }
  }

  @Override
  public double compute(Vector data, double label, Vector weights, Vector cumGradient) {
    return pointLossAdjoint(values(weights), values(cumGradient), values(data), label);
  }

  /**
   * Where the adjoint adds the (unused) derivatives with respect to the features, one per thread:
   * passing null for a passive array would make the companion allocate a zero array per call.
   */
  private static final ThreadLocal<double[][]> FEATURE_ADJOINT = ThreadLocal.withInitial(() -> new double[1][0]);

  /** The loss of one record; adds its gradient into {@code gradient}. */
  static double pointLossAdjoint(double[] w, double[] gradient, double[] x, double label) {
    double[][] holder = FEATURE_ADJOINT.get();
    if (holder[0].length < x.length) {
      holder[0] = new double[x.length];
    }
    try {
      // null for the label's adjoint: passive, and a null scalar-adjoint array costs nothing
      return (double) POINT_LOSS_ADJOINT.invokeExact(w, gradient, x, holder[0], label, 1.0, (double[]) null);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable t) {
      throw new IllegalStateException(t);
    }
  }

  private static double[] values(Vector v) {
    if (v instanceof DenseVector) {
      return ((DenseVector) v).values();
    }
    throw new IllegalArgumentException("AdjointLogisticGradient takes dense vectors, not " + v.getClass().getSimpleName());
  }
}
