package dev.leibniz.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.core.Diagnostic;
import dev.leibniz.objects.fixtures.bases.CountedVec;
import dev.leibniz.objects.fixtures.bases.LabeledVec;
import dev.leibniz.objects.fixtures.bases.Vec3;
import dev.leibniz.oracle.JacobianCheck;
import dev.leibniz.testing.Transformed;
import java.lang.reflect.Method;
import org.junit.jupiter.api.Test;

/**
 * New objects of a value class whose superclasses are abstract, generic and field-less (Commons Geometry's {@code
 * Vector3D extends MultiDimensionalEuclideanVector extends EuclideanVector}), built from active values
 * ({@code core.objects.FieldlessBases}, README "Objects": objects built new from values): the cross product and a
 * lerp of a final {@code Vec3} in both modes against the analytic Jacobian, central differences and the dot-product
 * test. A base with a field, or whose constructor computes, keeps the construction refused with its line.
 */
class FieldlessBaseConstructionsTest {
  static final Transformed VEC = Transformed.of(Vec3.class);
  static final Class<?> V = VEC.type;
  static final Class<?> D = double.class;

  static Object vec(double x, double y, double z) {
    try {
      return V.getConstructor(D, D, D).newInstance(x, y, z);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  static Object vec(double[] v, int at) {
    return vec(v[at], v[at + 1], v[at + 2]);
  }

  static double[] parts(Object v) {
    return new double[] {(double) FinalFieldConstructionsTest.call(VEC.method("x"), v),
        (double) FinalFieldConstructionsTest.call(VEC.method("y"), v), (double) FinalFieldConstructionsTest.call(VEC.method("z"), v)};
  }

  static double[] concat(double[] a, double[] b) {
    double[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  @Test
  void theCrossProductOfTwoVectors() {
    Method primal = VEC.method("cross", V), tangent = VEC.method("cross$tangent", V, V, V),
        adjoint = VEC.method("cross$adjoint", V, V, V, V);
    double[] x = {1.2, -0.7, 2.1, 0.4, 0.9, -1.3};
    // d(a x b) = da x b + a x db: columns for a are -[b]x, for b [a]x
    double a1 = x[0], a2 = x[1], a3 = x[2], b1 = x[3], b2 = x[4], b3 = x[5];
    double[][] expected = {
        {0, b3, -b2, 0, -a3, a2},
        {-b3, 0, b1, a3, 0, -a1},
        {b2, -b1, 0, -a2, a1, 0}};
    JacobianCheck.check("cross", x,
        v -> parts(FinalFieldConstructionsTest.call(primal, vec(v, 0), vec(v, 3))),
        (v, dv) -> parts(FinalFieldConstructionsTest.call(tangent, vec(v, 0), vec(dv, 0), vec(v, 3), vec(dv, 3))),
        (v, w) -> {
          Object aBar = vec(0, 0, 0), bBar = vec(0, 0, 0);
          Object r = FinalFieldConstructionsTest.call(adjoint, vec(v, 0), aBar, vec(v, 3), bBar, vec(w, 0));
          assertEquals(java.util.Arrays.toString(parts(FinalFieldConstructionsTest.call(primal, vec(v, 0), vec(v, 3)))),
              java.util.Arrays.toString(parts(r)), "the adjoint returns the primal result");
          return concat(parts(aBar), parts(bBar));
        },
        expected);
  }

  @Test
  void aLerpThroughTheOverriddenGenericMethod() {
    Method primal = VEC.method("lerp", V, D), tangent = VEC.method("lerp$tangent", V, V, V, D, D),
        adjoint = VEC.method("lerp$adjoint", V, V, V, D, V, double[].class);
    double[] x = {1.2, -0.7, 2.1, 0.4, 0.9, -1.3, 0.3};
    double t = x[6];
    double[][] expected = new double[3][7];
    for (int i = 0; i < 3; i++) {
      expected[i][i] = 1 - t;
      expected[i][3 + i] = t;
      expected[i][6] = x[3 + i] - x[i];
    }
    JacobianCheck.check("lerp", x,
        v -> parts(FinalFieldConstructionsTest.call(primal, vec(v, 0), vec(v, 3), v[6])),
        (v, dv) -> parts(FinalFieldConstructionsTest.call(tangent, vec(v, 0), vec(dv, 0), vec(v, 3), vec(dv, 3), v[6], dv[6])),
        (v, w) -> {
          Object aBar = vec(0, 0, 0), pBar = vec(0, 0, 0);
          double[] tBar = new double[1];
          FinalFieldConstructionsTest.call(adjoint, vec(v, 0), aBar, vec(v, 3), pBar, v[6], vec(w, 0), tBar);
          return concat(concat(parts(aBar), parts(pBar)), tBar);
        },
        expected);
  }

  @Test
  void aBaseWithAFieldOrAComputingConstructorStaysRefusedWithTheLine() {
    for (Class<?> refused : new Class<?>[] {LabeledVec.class, CountedVec.class}) {
      Transformed t = Transformed.of(refused, true);
      Diagnostic d = t.result.diagnostics().stream().filter(x -> !x.warning() && x.method().startsWith("scaled(")).findFirst()
          .orElse(null);
      assertNotNull(d, refused.getSimpleName() + ".scaled refused: " + t.result.diagnostics());
      assertEquals(17, d.line(), d.message());
      assertTrue(d.message().contains("an active value is passed to the constructor of new " + refused.getSimpleName() + "("),
          d.message());
      assertNull(methodOrNull(t.type, "scaled$tangent"), "no companion for " + refused.getSimpleName());
    }
  }

  private static Method methodOrNull(Class<?> c, String name) {
    for (Method m : c.getDeclaredMethods()) {
      if (m.getName().equals(name)) return m;
    }
    return null;
  }
}
