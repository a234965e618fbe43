package dev.leibniz.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.core.Diagnostic;
import dev.leibniz.objects.fixtures.units.CountedUnit;
import dev.leibniz.objects.fixtures.units.OpenUnit;
import dev.leibniz.objects.fixtures.units.Vec3;
import dev.leibniz.oracle.JacobianCheck;
import dev.leibniz.oracle.LinkedFixtures;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Objects of a final class whose superclass is a value class with fields (Commons Geometry's {@code Vector3D.Unit
 * extends Vector3D}, made by normalising; {@code core.objects.ValueBases}): a {@code Unit} returned new, made here by its
 * private {@code super(x, y, z)} constructor, passed as a {@code Vec3} receiver or argument, and taken apart, in both
 * modes against the analytic Jacobian, central differences and the dot-product test; a {@code Unit} and its shadow
 * given to the companions of a method declared for {@code Vec3}; {@code Unit.from} throws through a static exception
 * factory. A super constructor that writes a static, or a subclass (not final: {@code OpenClassCopiesTest} has those)
 * outside the nest of a superclass whose fields are private, keeps the construction refused at its line.
 */
class ValueSubclassConstructionsTest {
  static final LinkedFixtures FIXTURES = LinkedFixtures.allowingDiagnostics(Vec3.class, Vec3.Unit.class, CountedUnit.class,
      OpenUnit.class);
  static final Class<?> V = FIXTURES.get(Vec3.class);
  static final Class<?> U = FIXTURES.get(Vec3.Unit.class);

  static Method method(String name, Class<?>... types) {
    try {
      Method m = V.getDeclaredMethod(name, types);
      m.setAccessible(true);
      return m;
    } catch (NoSuchMethodException e) {
      throw new AssertionError(name + " is missing: " + FIXTURES.result(Vec3.class).diagnostics(), e);
    }
  }

  static Object vec(double x, double y, double z) {
    try {
      return V.getConstructor(double.class, double.class, double.class).newInstance(x, y, z);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  /** A Unit of any numbers (a seed or a shadow), by its private constructor. */
  static Object unit(double x, double y, double z) {
    try {
      Constructor<?> c = U.getDeclaredConstructor(double.class, double.class, double.class);
      c.setAccessible(true);
      return c.newInstance(x, y, z);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  static Object vec(double[] v, int at) {
    return vec(v[at], v[at + 1], v[at + 2]);
  }

  static double[] parts(Object v) {
    return new double[] {(double) FinalFieldConstructionsTest.call(method("getX"), v),
        (double) FinalFieldConstructionsTest.call(method("getY"), v), (double) FinalFieldConstructionsTest.call(method("getZ"), v)};
  }

  static double[] cross(double[] a, double[] b) {
    return new double[] {a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]};
  }

  static double norm(double[] a) {
    return Math.sqrt(a[0] * a[0] + a[1] * a[1] + a[2] * a[2]);
  }

  /** d(v/|v|)/dv, column j: (e_j - u u_j)/|v|. */
  static double[] unitColumn(double[] v, int j) {
    double n = norm(v);
    double[] col = new double[3];
    for (int i = 0; i < 3; i++) col[i] = ((i == j ? 1 : 0) - v[i] * v[j] / (n * n)) / n;
    return col;
  }

  @Test
  void theCompanionsCarryNoRefusal() {
    assertEquals(java.util.List.of(), FIXTURES.result(Vec3.class).diagnostics().stream().filter(d -> !d.warning()).toList());
  }

  @Test
  void normalizeReturnsANewUnit() {
    Method primal = method("normalize"), tangent = method("normalize$tangent", V), adjoint = method("normalize$adjoint", V, U);
    double[] x = {1.2, -0.7, 2.1};
    double[][] expected = new double[3][3];
    for (int j = 0; j < 3; j++) {
      double[] col = unitColumn(x, j);
      for (int i = 0; i < 3; i++) expected[i][j] = col[i];
    }
    JacobianCheck.check("normalize", x,
        v -> parts(FinalFieldConstructionsTest.call(primal, vec(v, 0))),
        (v, dv) -> {
          Object shadow = FinalFieldConstructionsTest.call(tangent, vec(v, 0), vec(dv, 0));
          assertEquals(U, shadow.getClass(), "the result's shadow is a Unit");
          return parts(shadow);
        },
        (v, w) -> {
          Object bar = vec(0, 0, 0);
          Object r = FinalFieldConstructionsTest.call(adjoint, vec(v, 0), bar, unit(w[0], w[1], w[2]));
          assertEquals(U, r.getClass(), "the adjoint returns the primal Unit");
          assertEquals(Arrays.toString(parts(FinalFieldConstructionsTest.call(primal, vec(v, 0)))), Arrays.toString(parts(r)));
          return parts(bar);
        },
        expected);
  }

  @Test
  void aUnitMadeHereIsReturned() {
    Method primal = method("orthogonalXy"), tangent = method("orthogonalXy$tangent", V),
        adjoint = method("orthogonalXy$adjoint", V, U);
    double[] x = {1.2, -0.7, 2.1};
    double a = x[0], b = x[1], s3 = Math.pow(a * a + b * b, 1.5);
    double[][] expected = {{-a * b / s3, a * a / s3, 0}, {-b * b / s3, a * b / s3, 0}, {0, 0, 0}};
    JacobianCheck.check("orthogonalXy", x,
        v -> parts(FinalFieldConstructionsTest.call(primal, vec(v, 0))),
        (v, dv) -> parts(FinalFieldConstructionsTest.call(tangent, vec(v, 0), vec(dv, 0))),
        (v, w) -> {
          Object bar = vec(0, 0, 0);
          FinalFieldConstructionsTest.call(adjoint, vec(v, 0), bar, unit(w[0], w[1], w[2]));
          return parts(bar);
        },
        expected);
  }

  /** u x o with u = v/|v|: columns du_j x o for v, u x e_j for o. */
  static double[][] directionCrossJacobian(double[] x) {
    double[] v = Arrays.copyOfRange(x, 0, 3), o = Arrays.copyOfRange(x, 3, 6), u = v.clone();
    double n = norm(v);
    for (int i = 0; i < 3; i++) u[i] /= n;
    double[][] j = new double[3][6];
    for (int c = 0; c < 3; c++) {
      double[] byV = cross(unitColumn(v, c), o), e = new double[3];
      e[c] = 1;
      double[] byO = cross(u, e);
      for (int i = 0; i < 3; i++) {
        j[i][c] = byV[i];
        j[i][3 + c] = byO[i];
      }
    }
    return j;
  }

  @Test
  void aUnitIsTheReceiverOfACrossProduct() {
    Method primal = method("directionCross", V), tangent = method("directionCross$tangent", V, V, V),
        adjoint = method("directionCross$adjoint", V, V, V, V);
    double[] x = {1.2, -0.7, 2.1, 0.4, 0.9, -1.3};
    JacobianCheck.check("directionCross", x,
        v -> parts(FinalFieldConstructionsTest.call(primal, vec(v, 0), vec(v, 3))),
        (v, dv) -> parts(FinalFieldConstructionsTest.call(tangent, vec(v, 0), vec(dv, 0), vec(v, 3), vec(dv, 3))),
        (v, w) -> {
          Object aBar = vec(0, 0, 0), oBar = vec(0, 0, 0);
          FinalFieldConstructionsTest.call(adjoint, vec(v, 0), aBar, vec(v, 3), oBar, vec(w, 0));
          return FieldlessBaseConstructionsTest.concat(parts(aBar), parts(oBar));
        },
        directionCrossJacobian(x));
  }

  /**
   * A Unit and its shadow, made by normalize's companions, given to cross's as the argument declared {@code Vec3}:
   * {@code o x normalize(v)}, minus directionCross's Jacobian, the Unit's shadow carried through. (As the receiver, cross's
   * companions, which serve receivers of class Vec3 only, stop with their run-time error naming Unit.)
   */
  @Test
  void aUnitWithItsShadowIsPassedWhereAVec3IsExpected() {
    Method normalize = method("normalize"), normalizeT = method("normalize$tangent", V), normalizeA = method("normalize$adjoint", V, U),
        cross = method("cross", V), crossT = method("cross$tangent", V, V, V), crossA = method("cross$adjoint", V, V, V, V);
    double[] x = {1.2, -0.7, 2.1, 0.4, 0.9, -1.3};
    double[][] expected = directionCrossJacobian(x);
    for (double[] row : expected) {
      for (int j = 0; j < row.length; j++) row[j] = -row[j];
    }
    JacobianCheck.check("o x normalize(v)", x,
        v -> parts(FinalFieldConstructionsTest.call(cross, vec(v, 3), FinalFieldConstructionsTest.call(normalize, vec(v, 0)))),
        (v, dv) -> {
          Object u = FinalFieldConstructionsTest.call(normalize, vec(v, 0));
          Object du = FinalFieldConstructionsTest.call(normalizeT, vec(v, 0), vec(dv, 0));
          assertEquals(U, u.getClass());
          return parts(FinalFieldConstructionsTest.call(crossT, vec(v, 3), vec(dv, 3), u, du));
        },
        (v, w) -> {
          Object u = FinalFieldConstructionsTest.call(normalize, vec(v, 0));
          Object uBar = unit(0, 0, 0), oBar = vec(0, 0, 0), vBar = vec(0, 0, 0);
          FinalFieldConstructionsTest.call(crossA, vec(v, 3), oBar, u, uBar, vec(w, 0));
          FinalFieldConstructionsTest.call(normalizeA, vec(v, 0), vBar, uBar);
          return FieldlessBaseConstructionsTest.concat(parts(vBar), parts(oBar));
        },
        expected);
  }

  @Test
  void theAngleOfTwoUnitsTakenApart() {
    Method primal = method("angle", V), tangent = method("angle$tangent", V, V, V), adjoint = method("angle$adjoint", V, V, V, double.class);
    double[] x = {1.2, -0.7, 2.1, 0.4, 0.9, -1.3};
    double[] v = Arrays.copyOfRange(x, 0, 3), o = Arrays.copyOfRange(x, 3, 6);
    double nv = norm(v), no = norm(o), c = (v[0] * o[0] + v[1] * o[1] + v[2] * o[2]) / (nv * no), k = -1 / Math.sqrt(1 - c * c);
    double[][] expected = new double[1][6];
    for (int i = 0; i < 3; i++) {
      expected[0][i] = k * (o[i] / no - c * v[i] / nv) / nv;
      expected[0][3 + i] = k * (v[i] / nv - c * o[i] / no) / no;
    }
    JacobianCheck.check("angle", x,
        y -> new double[] {(double) FinalFieldConstructionsTest.call(primal, vec(y, 0), vec(y, 3))},
        (y, dy) -> new double[] {(double) FinalFieldConstructionsTest.call(tangent, vec(y, 0), vec(dy, 0), vec(y, 3), vec(dy, 3))},
        (y, w) -> {
          Object aBar = vec(0, 0, 0), oBar = vec(0, 0, 0);
          FinalFieldConstructionsTest.call(adjoint, vec(y, 0), aBar, vec(y, 3), oBar, w[0]);
          return FieldlessBaseConstructionsTest.concat(parts(aBar), parts(oBar));
        },
        expected);
  }

  /**
   * A Unit whose super constructor writes a static (it counts), or a subclass of a plain value class whose fields are private:
   * the new object given active values stays refused at its line, and the class gets no companion.
   */
  @Test
  void aCountingSuperConstructorOrAnOpenSubclassStaysRefusedWithTheLine() {
    for (Class<?> refused : new Class<?>[] {CountedUnit.class, OpenUnit.class}) {
      Diagnostic d = FIXTURES.result(refused).diagnostics().stream()
          .filter(x -> !x.warning() && x.method().startsWith("along(")).findFirst().orElse(null);
      assertNotNull(d, refused.getSimpleName() + ".along refused: " + FIXTURES.result(refused).diagnostics());
      assertEquals(14, d.line(), d.message());
      assertTrue(d.message().contains("an active value is passed to a constructor of " + refused.getName()), d.message());
      assertTrue(Arrays.stream(FIXTURES.get(refused).getDeclaredMethods()).noneMatch(m -> m.getName().startsWith("along$")),
          "no companion for " + refused.getSimpleName() + ".along");
    }
  }
}
