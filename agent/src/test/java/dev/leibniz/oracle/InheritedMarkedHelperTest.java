package dev.leibniz.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.leibniz.oracle.fixtures.inheritedmarked.Objective;
import dev.leibniz.oracle.fixtures.inheritedmarked.Sines;
import dev.leibniz.oracle.fixtures.inheritedmarked.Truncated;
import java.lang.reflect.Method;
import org.junit.jupiter.api.Test;

/**
 * A marked method calling an annotated method it inherits ({@code scale}, declared in {@code Squared}, not overridden),
 * found by the twenty-ninth corpus round (LIBLINEAR's {@code L2R_L2_SvrFunction.grad} calling {@code subXTv} of {@code
 * L2R_L2_SvcFunction}). The subclass's view of the inherited method ({@code TemplateView}) was taken in as one of its own
 * methods, but, annotated, it was neither marked in the subclass nor a dispatched helper, so the call was refused as one of
 * "an overridable instance method that is not @Differentiable". Two triggers: a public class below package-private ones
 * ({@code Sines}), whose javac visibility bridge {@code size()} made the view look different (it runs {@code Erm.size()},
 * as the inherited code does); and a subclass overriding the {@code size()} the inherited method calls ({@code
 * Truncated}), where the view does differ. Both modes against the analytic Jacobian and central differences of the
 * primal, and the dot product of the two.
 */
class InheritedMarkedHelperTest {
  private static final double[] C = {1.0, 0.8, 1.2, 0.5};
  private static final double[][] POINTS = {{0.3, -0.5, 0.2, 1.1}, {-0.4, 0.9, -0.3, 0.6}};

  private static Class<?> fixture(String name) throws ClassNotFoundException {
    return Class.forName("dev.leibniz.oracle.fixtures.inheritedmarked." + name);
  }

  private static LinkedFixtures linked(Class<?> leaf) throws ClassNotFoundException {
    return LinkedFixtures.of(Objective.class, fixture("Erm"), fixture("Squared"), leaf);
  }

  @Test
  void anInheritedAnnotatedMethodBelowVisibilityBridgesIsDifferentiated() throws Exception {
    Class<?> type = linked(Sines.class).get(Sines.class);
    check(type.getConstructor(double[].class).newInstance((Object) C.clone()), (w, i) -> w[i] + 2 * C[i] * Math.cos(w[i]));
  }

  @Test
  void anInheritedAnnotatedMethodCallingAnOverrideIsDifferentiated() throws Exception {
    Class<?> type = linked(Truncated.class).get(Truncated.class);
    int last = C.length - 1;
    check(type.getConstructor(double[].class).newInstance((Object) C.clone()),
        (w, i) -> i == last ? w[i] : w[i] + 6 * C[i] * w[i] * w[i]);
  }

  interface Gradient {
    double at(double[] w, int i);
  }

  /** Tangent and central differences against the analytic gradient {@code g} along a direction, the adjoint against it. */
  private static void check(Object f, Gradient g) throws Exception {
    Class<?> type = f.getClass();
    Method primal = type.getMethod("value", double[].class);
    Method tangent = type.getMethod("value$tangent", double[].class, double[].class);
    Method adjoint = type.getMethod("value$adjoint", double[].class, double[].class, double.class);
    int n = C.length;
    for (double[] w : POINTS) {
      double[] v = {0.6, -0.25, 1.5, -0.8};
      double exact = 0;
      for (int i = 0; i < n; i++) exact += g.at(w, i) * v[i];
      double jv = (double) tangent.invoke(f, w.clone(), v.clone());
      double fd = FiniteDifferences.derivative(s -> {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) x[i] = w[i] + s * v[i];
        try {
          return (double) primal.invoke(f, (Object) x);
        } catch (ReflectiveOperationException e) {
          throw new AssertionError(e);
        }
      }, 0.0).value();
      assertEquals(exact, jv, 1e-12 * Math.max(1, Math.abs(exact)), "tangent against the analytic gradient");
      assertEquals(exact, fd, 1e-6 * Math.max(1, Math.abs(exact)), "central differences against the analytic gradient");
      double seed = -1.3;
      double[] wbar = new double[n];
      double value = (double) adjoint.invoke(f, w.clone(), wbar, seed);
      assertEquals((double) primal.invoke(f, (Object) w.clone()), value, 0, "primal value");
      double wbarV = 0;
      for (int j = 0; j < n; j++) {
        double expected = seed * g.at(w, j);
        assertEquals(expected, wbar[j], 1e-12 * Math.max(1, Math.abs(expected)), "adjoint, input " + j);
        wbarV += wbar[j] * v[j];
      }
      assertEquals(seed * jv, wbarV, 1e-12 * Math.max(1, Math.abs(wbarV)), "dot product <ybar, J v> = <wbar, v>");
    }
  }
}
