package dev.leibniz.objects;

import static dev.leibniz.testing.Transformed.invoke;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.Derivatives;
import dev.leibniz.core.Diagnostic;
import dev.leibniz.objects.fixtures.ObjectOnlyInputs.Point;
import dev.leibniz.objects.fixtures.ObjectOnlyInputs;
import dev.leibniz.oracle.DotProductCheck;
import dev.leibniz.oracle.FiniteDifferences;
import dev.leibniz.testing.FirstDispatchInstalled;
import dev.leibniz.testing.Transformed;
import java.lang.reflect.Method;
import java.util.List;
import org.ejml.data.DMatrixD1;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A marked method whose only inputs are objects of classes nobody annotated, whose fields it only
 * reads (found by the real-code corpus: JTS {@code Distance.pointToSegment}, EJML {@code
 * NormOps_DDRM.normF}): the objects are what it was marked for, so their classes get shadows as if
 * the parameters were annotated. Both modes against the analytic gradient and central differences,
 * and the dot-product test, for a point class and for EJML's {@code DMatrixRMaj} from the jar; a
 * matrix subclass overriding the {@code get(int)} that {@code normF} calls is refused at run time,
 * named, never differentiated as the base class; inputs holding no floating value stay refused.
 */
@ExtendWith(FirstDispatchInstalled.class)
class ObjectOnlyInputsTest {
  static final Transformed T = Transformed.of(ObjectOnlyInputs.class, true);

  // ------------------------------------------------------------ points: x = (ax, ay, bx, by)

  static final Class<Point> P = Point.class;
  static final double[] PTS = {1.0, 2.0, 4.0, -2.5};

  static double[] distance(double[] v) {
    return new double[] {(double) invoke(T.method("distance", P, P), new Point(v[0], v[1]), new Point(v[2], v[3]))};
  }

  static double[] distanceTangent(double[] v, double[] dv) {
    Point a = new Point(v[0], v[1]), b = new Point(v[2], v[3]);
    Point da = Derivatives.zeroShadow(a), db = Derivatives.zeroShadow(b);
    da.x = dv[0];
    da.y = dv[1];
    db.x = dv[2];
    db.y = dv[3];
    return new double[] {(double) invoke(T.method("distance$tangent", P, P, P, P), a, da, b, db)};
  }

  static double[] distanceAdjoint(double[] v, double[] ybar) {
    Point a = new Point(v[0], v[1]), b = new Point(v[2], v[3]);
    Point abar = Derivatives.zeroShadow(a), bbar = Derivatives.zeroShadow(b);
    double f = (double) invoke(T.method("distance$adjoint", P, P, P, P, double.class), a, abar, b, bbar, ybar[0]);
    assertEquals(distance(v)[0], f, 0, "the adjoint returns the primal value");
    return new double[] {abar.x, abar.y, bbar.x, bbar.y};
  }

  @Test
  void pointsGetShadowsWithTheReason() {
    String plans = T.result.plans().toString();
    assertTrue(plans.contains("ObjectOnlyInputs.distance has no differentiable input but its parameter 0"), plans);
  }

  @Test
  void pointDistanceInBothModes() {
    double ax = PTS[0], ay = PTS[1], bx = PTS[2], by = PTS[3], r = Math.hypot(ax - bx, ay - by);
    double[] exact = {(ax - bx) / r, (ay - by) / r, (bx - ax) / r, (by - ay) / r};
    double[] g = distanceAdjoint(PTS, new double[] {1});
    for (int k = 0; k < 4; k++) {
      double[] e = new double[4];
      e[k] = 1;
      double t = distanceTangent(PTS, e)[0];
      FiniteDifferences.Estimate fd = FiniteDifferences.directional(ObjectOnlyInputsTest::distance, PTS, e)[0];
      assertEquals(exact[k], t, 1e-14, "tangent " + k + " vs analytic");
      assertEquals(fd.value(), t, fd.tolerance(1e-9), "tangent " + k + " vs differences");
      assertEquals(exact[k], g[k], 1e-14, "adjoint " + k + " vs analytic");
      assertEquals(fd.value(), g[k], fd.tolerance(1e-9), "adjoint " + k + " vs differences");
    }
    DotProductCheck.check("distance(Point, Point)", PTS, 1, ObjectOnlyInputsTest::distanceTangent,
        ObjectOnlyInputsTest::distanceAdjoint, 7, 5);
  }

  /** The typed facade (annotation processor) decides the same: it passes the objects' shadows. */
  @Test
  void theFacadeTakesTheShadowsToo() throws Exception {
    Class<?> facade = Class.forName(ObjectOnlyInputs.class.getName() + "Derivatives");
    facade.getMethod("distanceTangent", P, P, P, P);
    facade.getMethod("scaledDistanceTangent", P, P, P, P, double.class, double.class);
    facade.getMethod("normTangent", DMatrixD1.class, DMatrixD1.class);
  }

  /** The decision is per class: a method of the same class with a double parameter takes the points' shadows too. */
  @Test
  void aDoubleParameterNextToThePointsTakesTheirShadowsToo() {
    Point a = new Point(1, 2), b = new Point(4, -2), da = Derivatives.zeroShadow(a), db = Derivatives.zeroShadow(b);
    Method tangent = T.method("scaledDistance$tangent", P, P, P, P, double.class, double.class);
    assertEquals(5.0, (double) invoke(tangent, a, da, b, db, 3.0, 1.0), 1e-15, "d/dscale = the distance");
    da.x = 1;
    assertEquals(3.0 * (1 - 4) / 5, (double) invoke(tangent, a, da, b, db, 3.0, 0.0), 1e-15, "d/dax = scale (ax - bx) / r");
  }

  // ------------------------------------------------------------ EJML: normF of a 2x3 matrix from the jar

  static final double[] A = {1.0, -2.5, 0.3, 4.0, 0.7, -1.1};

  static DMatrixRMaj matrix(double[] v) {
    return new DMatrixRMaj(2, 3, true, v.clone());
  }

  static double[] norm(double[] v) {
    return new double[] {(double) invoke(T.method("norm", DMatrixD1.class), matrix(v))};
  }

  static double[] normTangent(double[] v, double[] dv) {
    DMatrixRMaj a = matrix(v), da = Derivatives.zeroShadow(a);
    System.arraycopy(dv, 0, da.data, 0, dv.length);
    return new double[] {(double) invoke(T.method("norm$tangent", DMatrixD1.class, DMatrixD1.class), a, da)};
  }

  static double[] normAdjoint(double[] v, double[] ybar) {
    DMatrixRMaj a = matrix(v), abar = Derivatives.zeroShadow(a);
    double f = (double) invoke(T.method("norm$adjoint", DMatrixD1.class, DMatrixD1.class, double.class), a, abar, ybar[0]);
    assertEquals(norm(v)[0], f, 0, "the adjoint returns the primal value");
    return abar.data.clone();
  }

  @Test
  void ejmlNormOfAMatrixPassedInBothModes() {
    double n = 0;
    for (double x : A) n += x * x;
    n = Math.sqrt(n);
    double[] g = normAdjoint(A, new double[] {1});
    for (int k = 0; k < A.length; k++) {
      double[] e = new double[A.length];
      e[k] = 1;
      double t = normTangent(A, e)[0];
      FiniteDifferences.Estimate fd = FiniteDifferences.directional(ObjectOnlyInputsTest::norm, A, e)[0];
      assertEquals(A[k] / n, t, 1e-14, "tangent " + k + " vs analytic");
      assertEquals(fd.value(), t, fd.tolerance(1e-9), "tangent " + k + " vs differences");
      assertEquals(A[k] / n, g[k], 1e-14, "adjoint " + k + " vs analytic");
      assertEquals(fd.value(), g[k], fd.tolerance(1e-9), "adjoint " + k + " vs differences");
    }
    DotProductCheck.check("norm(DMatrixD1)", A, 1, ObjectOnlyInputsTest::normTangent, ObjectOnlyInputsTest::normAdjoint, 11, 5);
  }

  /** A matrix class overriding the get(int) normF calls: its derivative is not the base class's. */
  public static final class Doubled extends DMatrixRMaj {
    public Doubled(double[] v) {
      super(2, 3, true, v);
    }

    @Override
    public double get(int index) {
      return 2 * data[index];
    }
  }

  /**
   * The override's companions, taking the receiver's shadow, are generated at its first dispatch
   * with the caller's shadow classes: the derivative is the override's (2 a_k / |a| for the norm of
   * the doubled entries), never the base class's (a_k / |a|).
   */
  @Test
  void aSubclassOverridingACalledMethodGetsItsOwnDerivative() {
    double n = 0;
    for (double x : A) n += x * x;
    n = Math.sqrt(n);
    java.util.function.Function<double[], double[]> doubledNorm =
        v -> new double[] {(double) invoke(T.method("norm", DMatrixD1.class), new Doubled(v.clone()))};
    Doubled b = new Doubled(A.clone()), bbar = Derivatives.zeroShadow(b);
    assertEquals(2 * n, (double) invoke(T.method("norm$adjoint", DMatrixD1.class, DMatrixD1.class, double.class), b, bbar, 1.0), 1e-14);
    for (int k = 0; k < A.length; k++) {
      Doubled a = new Doubled(A.clone()), da = Derivatives.zeroShadow(a);
      da.data[k] = 1;
      double t = (double) invoke(T.method("norm$tangent", DMatrixD1.class, DMatrixD1.class), a, da);
      double[] e = new double[A.length];
      e[k] = 1;
      FiniteDifferences.Estimate fd = FiniteDifferences.directional(doubledNorm, A, e)[0];
      assertEquals(2 * A[k] / n, t, 1e-14, "tangent " + k + " vs analytic");
      assertEquals(fd.value(), t, fd.tolerance(1e-9), "tangent " + k + " vs differences");
      assertEquals(2 * A[k] / n, bbar.data[k], 1e-14, "adjoint " + k + " vs analytic");
    }
    DotProductCheck.check("norm(Doubled)", A, 1, (v, dv) -> {
      Doubled a = new Doubled(v.clone()), da = Derivatives.zeroShadow(a);
      System.arraycopy(dv, 0, da.data, 0, dv.length);
      return new double[] {(double) invoke(T.method("norm$tangent", DMatrixD1.class, DMatrixD1.class), a, da)};
    }, (v, ybar) -> {
      Doubled a = new Doubled(v.clone()), abar = Derivatives.zeroShadow(a);
      invoke(T.method("norm$adjoint", DMatrixD1.class, DMatrixD1.class, double.class), a, abar, ybar[0]);
      return abar.data.clone();
    }, 11, 5);
  }

  // ------------------------------------------------------------ nothing to differentiate

  @Test
  void inputsHoldingNoFloatingValueAreRefusedWithAdvice() {
    List<Diagnostic> d = T.result.diagnostics().stream().filter(x -> x.method().startsWith("scaled(")).toList();
    assertEquals(1, d.size(), T.result.diagnostics().toString());
    String m = d.get(0).message();
    assertTrue(m.startsWith("leibniz: cannot differentiate double dev.leibniz.objects.fixtures.ObjectOnlyInputs.scaled("
        + "ObjectOnlyInputs.Located, ObjectOnlyInputs.Counter) at ObjectOnlyInputs.java"), m);
    // Located is an interface nothing with shadows implements here: the advice names it (core.Refusals.interfaceOnly)
    assertTrue(m.contains("no differentiable input") && m.contains("ObjectOnlyInputs.Located is an interface"), m);
    for (Method c : T.type.getDeclaredMethods()) {
      assertTrue(!c.getName().startsWith("scaled$"), "no companion for the refused method: " + c);
    }
  }
}
