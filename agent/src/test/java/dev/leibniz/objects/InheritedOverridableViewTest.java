package dev.leibniz.objects;

import static dev.leibniz.objects.ShadowedArgumentToInterfaceParameterTest.call;
import static dev.leibniz.objects.ShadowedArgumentToInterfaceParameterTest.dot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.core.ClassDifferentiator;
import dev.leibniz.core.ClassFinder;
import dev.leibniz.core.Diagnostic;
import dev.leibniz.core.Result;
import dev.leibniz.objects.fixtures.inheritedviews.BaseVector;
import dev.leibniz.objects.fixtures.inheritedviews.ScaledVec;
import dev.leibniz.objects.fixtures.inheritedviews.UnitVec;
import dev.leibniz.objects.fixtures.inheritedviews.Vec;
import dev.leibniz.oracle.DotProductCheck;
import dev.leibniz.oracle.FiniteDifferences;
import dev.leibniz.testing.FirstDispatchInstalled;
import dev.leibniz.testing.Transformed;
import java.lang.reflect.Method;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Commons Geometry's {@code Vector3D.angle} shape: {@link Vec} (not final: {@link UnitVec} overrides {@code norm()})
 * calls the inherited, overridable {@link BaseVector#getCheckedNorm()}, which passes {@code this} to a static helper
 * taking the interface. The inherited method is differentiated as a view for {@code Vec} (core.TemplateView, guarded):
 * a member companion of {@code Vec} that dispatches like the primal, whose receiver check passes every class that runs
 * the inherited code ({@code Vec}, {@code UnitVec}), and whose {@code this.norm()} is dispatched on the receiver. Both
 * modes against the analytic derivative and central differences, the dot-product test, for a {@code Vec} and for a
 * {@code UnitVec} receiver (whose norm is the constant 1); a receiver whose class overrides {@code getCheckedNorm()}
 * itself and was never transformed fails at run time, naming it; an inherited method calling a private helper of the
 * base cannot run as {@code Vec}'s code and stays refused, located.
 */
@ExtendWith(FirstDispatchInstalled.class)
class InheritedOverridableViewTest {
  static final Transformed T = Transformed.of(Vec.class, true);
  /** UnitVec transformed (it overrides the marked norm()) and defined below the transformed Vec. */
  static final Class<?> UNIT = below(UnitVec.class, true);
  /** ScaledVec as it is (never transformed), below the transformed Vec. */
  static final Class<?> SCALED = below(ScaledVec.class, false);

  static Class<?> below(Class<?> c, boolean transform) {
    ClassLoader parent = T.type.getClassLoader();
    byte[] bytes = Transformed.bytesOf(c);
    if (transform) {
      Result r = new ClassDifferentiator(ClassFinder.of(parent)).differentiate(bytes);
      assertTrue(r.diagnostics().stream().allMatch(Diagnostic::warning), r.diagnostics().toString());
      bytes = r.transformed();
      Transformed.verify(bytes, parent);
    }
    byte[] defined = bytes;
    return new ClassLoader(parent) {
      Class<?> define() {
        return defineClass(c.getName(), defined, 0, defined.length);
      }
    }.define();
  }

  static Object vec(Class<?> type, double[] v, int from) {
    try {
      return type.getConstructor(double.class, double.class, double.class).newInstance(v[from], v[from + 1], v[from + 2]);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  static double[] coordinates(Object p) {
    return ShadowedArgumentToInterfaceParameterTest.coordinates(T, p);
  }


  // ------------------------------------------------------------ angle: v = (this.x, this.y, this.z, v.x, v.y, v.z)

  /**
   * d acos(a.b / (|a||b|)); for a receiver of {@code UnitVec}, |a| is its norm() = 1 whatever its coordinates: c = a.b /
   * |b|, dc/da = b/|b|, dc/db = a/|b| - c b/|b|^2.
   */
  static double[] angleGradient(double[] v, boolean unit) {
    double na = unit ? 1 : Math.sqrt(dot(v, 0, 0)), nb = Math.sqrt(dot(v, 3, 3)), c = dot(v, 0, 3) / (na * nb);
    double outer = -1 / Math.sqrt(1 - c * c);
    double[] g = new double[6];
    for (int k = 0; k < 3; k++) {
      g[k] = outer * (v[3 + k] / (na * nb) - (unit ? 0 : c * v[k] / (na * na)));
      g[3 + k] = outer * (v[k] / (na * nb) - c * v[3 + k] / (nb * nb));
    }
    return g;
  }

  static final double[][] PAIRS = {{0.6, -0.48, 0.64, 0.4, 0.9, -1.3}, {0.3, 0.8, 0.52, -1.2, 2.5, 1.6}};

  /** Both modes of angle on a receiver of class {@code receiver} (its shadows of that class too), v a Vec. */
  static void checkAngle(Class<?> receiver) {
    boolean unit = receiver != T.type;
    Method primal = T.method("angle", T.type), tangent = T.method("angle$tangent", T.type, T.type, T.type);
    Method adjoint = T.method("angle$adjoint", T.type, T.type, T.type, double.class);
    for (double[] x : PAIRS) {
      T.checkGradient("angle", x, angleGradient(x, unit),
          v -> new double[] {(double) call(primal, vec(receiver, v, 0), vec(T.type, v, 3))},
          (v, dv) -> new double[] {(double) call(tangent, vec(receiver, v, 0), vec(receiver, dv, 0), vec(T.type, v, 3), vec(T.type, dv, 3))},
          (v, ybar) -> {
            Object a = vec(receiver, v, 0), abar = vec(receiver, new double[3], 0), b = vec(T.type, v, 3), bbar = vec(T.type, new double[3], 0);
            double f = (double) call(adjoint, a, abar, b, bbar, ybar[0]);
            assertEquals((double) call(primal, vec(receiver, v, 0), vec(T.type, v, 3)), f, 0, "the adjoint returns the primal value");
            double[] g = new double[6];
            System.arraycopy(coordinates(abar), 0, g, 0, 3);
            System.arraycopy(coordinates(bbar), 0, g, 3, 3);
            return g;
          });
    }
  }

  @Test
  void theInheritedMethodPassingThisOnIsDifferentiatedForTheReceiversClassInBothModes() {
    checkAngle(T.type);
  }

  @Test
  void aReceiverOfTheFinalSubclassOverridingNormGetsItsOwnNormsDerivative() {
    checkAngle(UNIT);
  }

  // ------------------------------------------------------------ normTimes: v = (x, y, z, m), m |p|

  static void checkNormTimes(Class<?> receiver) {
    boolean unit = receiver != T.type;
    Method primal = T.method("normTimes", double.class), tangent = T.method("normTimes$tangent", T.type, double.class, double.class);
    Method adjoint = T.method("normTimes$adjoint", T.type, double.class, double.class, double[].class);
    Function<double[], double[]> f = v -> new double[] {(double) call(primal, vec(receiver, v, 0), v[3])};
    DotProductCheck.Tangent jv = (v, dv) -> new double[] {(double) call(tangent, vec(receiver, v, 0), vec(receiver, dv, 0), v[3], dv[3])};
    DotProductCheck.Adjoint jtw = (v, w) -> {
      Object pbar = vec(receiver, new double[3], 0);
      double[] mbar = new double[1];
      double value = (double) call(adjoint, vec(receiver, v, 0), pbar, v[3], w[0], mbar);
      assertEquals(f.apply(v)[0], value, 0, "the adjoint returns the primal value");
      double[] g = coordinates(pbar);
      return new double[] {g[0], g[1], g[2], mbar[0]};
    };
    for (double[] x : new double[][] {{1.2, -0.7, 2.1, 2.5}, {-0.3, 0.4, 1.1, 0.8}}) {
      double n = unit ? 1 : Math.sqrt(dot(x, 0, 0));
      double[] exact = unit ? new double[] {0, 0, 0, 1} : new double[] {x[3] * x[0] / n, x[3] * x[1] / n, x[3] * x[2] / n, n};
      double[] g = jtw.apply(x, new double[] {1});
      for (int k = 0; k < 4; k++) {
        double[] e = new double[4];
        e[k] = 1;
        FiniteDifferences.Estimate fd = FiniteDifferences.directional(f, x, e)[0];
        double t = jv.apply(x, e)[0];
        assertEquals(exact[k], t, 1e-13, "tangent " + k);
        assertEquals(fd.value(), t, fd.tolerance(1e-9), "tangent " + k + " vs differences");
        assertEquals(exact[k], g[k], 1e-13, "adjoint " + k);
        assertEquals(fd.value(), g[k], fd.tolerance(1e-9), "adjoint " + k + " vs differences");
      }
      DotProductCheck.check("normTimes", x, 1, jv, jtw, 31, 5);
    }
  }

  @Test
  void aNumberTimesTheCheckedNormInBothModesForBothReceivers() {
    checkNormTimes(T.type);
    checkNormTimes(UNIT);
  }

  // ------------------------------------------------------------ what stays refused, or fails at run time

  /** ScaledVec overrides getCheckedNorm() and was never transformed: Vec's companion would give Vec's derivative. */
  @Test
  void aReceiverOverridingTheInheritedMethodFailsAtRunTimeNamingItsClass() {
    double[] v = {1.2, -0.7, 2.1, 2.5};
    Method tangent = T.method("normTimes$tangent", T.type, double.class, double.class);
    Method adjoint = T.method("normTimes$adjoint", T.type, double.class, double.class, double[].class);
    assertEquals(2 * 2.5 * Math.sqrt(dot(v, 0, 0)), (double) call(T.method("normTimes", double.class), vec(SCALED, v, 0), 2.5), 1e-14,
        "the primal runs the override");
    for (Runnable companion : List.<Runnable>of(() -> call(tangent, vec(SCALED, v, 0), vec(SCALED, new double[3], 0), 2.5, 1.0),
        () -> call(adjoint, vec(SCALED, v, 0), vec(SCALED, new double[3], 0), 2.5, 1.0, new double[1]))) {
      String message = assertThrows(IllegalStateException.class, companion::run).getMessage();
      assertTrue(message.startsWith("leibniz: ") && message.contains(ScaledVec.class.getName() + ".getCheckedNorm()"), message);
    }
  }

  /** getScaledNorm() calls a private method of BaseVector: no view of it runs as Vec's code, so the helper's refusal stands. */
  @Test
  void anInheritedMethodCallingAPrivateHelperOfTheBaseStaysRefusedWithTheLine() {
    List<Diagnostic> refusals = T.result.diagnostics().stream().filter(d -> !d.warning() && d.method().startsWith("scaledNorm(")).toList();
    assertTrue(!refusals.isEmpty(), T.result.diagnostics().toString());
    String message = refusals.get(0).message();
    assertTrue(message.contains("Vec.java:45") && message.contains("passes an object with a shadow (BaseVector) to parameter 0 of"
        + " double Norms.checkedNorm(Spatial)"), message);
    assertTrue(T.result.diagnostics().stream().filter(d -> !d.warning()).allMatch(d -> d.method().startsWith("scaledNorm(")),
        T.result.diagnostics().toString());
    assertEquals(2 * 2.5 * 5, (double) call(T.method("scaledNorm", double.class), vec(T.type, new double[] {3, 4, 0}, 0), 2.5), 1e-14,
        "the class keeps its code");
  }
}
