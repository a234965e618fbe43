package dev.leibniz.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.Derivatives;
import dev.leibniz.core.Diagnostic;
import dev.leibniz.objects.fixtures.created.Point;
import dev.leibniz.objects.fixtures.created.Segment;
import dev.leibniz.objects.fixtures.created.SegmentPick;
import dev.leibniz.oracle.DotProductCheck;
import dev.leibniz.oracle.FiniteDifferences;
import dev.leibniz.testing.Transformed;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * A marked method whose result is a new object made by a helper (JTS' {@code LineSegment.pointAlongOffset}: {@code
 * Coordinate coord = p0.create(); coord.setX(..); coord.setY(..); return coord;}), where {@code create()} returns
 * {@code new Coordinate()} on every path ({@code analysis.FreshObjects}): the result aliases nothing the passive
 * receiver holds, and its shadow is the same call made again with its floating fields set to 0. The overridable
 * {@code p0.create()} and a static helper calling another, each in both modes against the analytic Jacobian and
 * central finite differences, and the dot-product test; a helper that may return its receiver is differentiated
 * through the receiver's shadow (the segment holds its point, so it has shadows).
 */
class CreatedResultsTest {
  static final Transformed T = Transformed.of(Segment.class);
  static final Class<?> D = double.class, P = Point.class;

  record Fn(String name, Function<double[], double[]> primal, DotProductCheck.Tangent tangent, DotProductCheck.Adjoint adjoint) {}

  static Object segment() {
    try {
      return T.type.getConstructor(P, P).newInstance(new Point(0.5, -1.0), new Point(2.0, 1.5));
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  static Object p0(Object segment) {
    try {
      return T.type.getField("p0").get(segment);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  static double[] of(Point p) {
    return new double[] {p.x, p.y};
  }

  static Object call(Method m, Object receiver, Object... args) {
    try {
      return m.invoke(receiver, args);
    } catch (InvocationTargetException e) {
      throw new AssertionError(e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  static final Fn OFFSET;
  static final Fn ORIGIN;

  static {
    try {
      Method primal = T.type.getMethod("pointAlongOffset", D, D);
      // the segment holds its points, whose class has shadows: it has shadows too (NestedShadowsTest), so the
      // companions take the receiver's shadow, zero here (the derivative along the two numbers)
      Method tangent = T.type.getMethod("pointAlongOffset$tangent", T.type, D, D, D, D);
      Method adjoint = T.type.getMethod("pointAlongOffset$adjoint", T.type, D, D, P, double[].class);
      OFFSET = new Fn("pointAlongOffset", x -> of((Point) call(primal, segment(), x[0], x[1])),
          (x, v) -> {
            Object s = segment();
            Point r = (Point) call(tangent, s, Derivatives.zeroShadow(s), x[0], v[0], x[1], v[1]);
            assertSame(Point.class, r.getClass(), "the tangent returns a new point");
            return of(r);
          },
          (x, w) -> {
            double[] g = new double[2];
            Object s = segment();
            Point r = (Point) call(adjoint, s, Derivatives.zeroShadow(s), x[0], x[1], new Point(w[0], w[1]), g);
            assertEquals(of((Point) call(primal, segment(), x[0], x[1]))[0], r.x, 0, "the adjoint returns the primal result");
            assertNotSame(p0(s), r, "a new point, not the receiver's");
            return g;
          });
      Method oPrimal = T.type.getMethod("scaledFromOrigin", D, D);
      Method oTangent = T.type.getMethod("scaledFromOrigin$tangent", D, D, D, D);
      Method oAdjoint = T.type.getMethod("scaledFromOrigin$adjoint", D, D, P, double[].class);
      ORIGIN = new Fn("scaledFromOrigin", x -> of((Point) call(oPrimal, null, x[0], x[1])),
          (x, v) -> of((Point) call(oTangent, null, x[0], v[0], x[1], v[1])),
          (x, w) -> {
            double[] g = new double[2];
            call(oAdjoint, null, x[0], x[1], new Point(w[0], w[1]), g);
            return g;
          });
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  /** Rows per output (x, y of the result), columns per input. */
  static double[][] jacobian(Fn f, double[] x) {
    if (f == ORIGIN) return new double[][] {{x[1], x[0]}, {Math.cos(x[0]), 1}};
    double dx = 1.5, dy = 2.5, len = Math.sqrt(dx * dx + dy * dy);
    return new double[][] {{dx, -dy / len}, {dy, dx / len}};
  }

  static final Fn[] ALL = {OFFSET, ORIGIN};
  static final double[][] POINTS = {{0.3, 0.8}, {-1.2, 2.5}};

  static double[] unit(int n, int k) {
    double[] e = new double[n];
    e[k] = 1;
    return e;
  }

  @Test
  void bothModesAgainstTheAnalyticJacobian() throws Exception {
    for (Fn f : ALL) {
      for (double[] x : POINTS) {
        double[][] j = jacobian(f, x);
        for (int i = 0; i < 2; i++) {
          double[] col = f.tangent().apply(x, unit(2, i));
          for (int o = 0; o < 2; o++) assertEquals(j[o][i], col[o], 1e-14, f.name() + " tangent d" + o + "/d" + i);
        }
        for (int o = 0; o < 2; o++) {
          double[] row = f.adjoint().apply(x, unit(2, o));
          for (int i = 0; i < 2; i++) assertEquals(j[o][i], row[i], 1e-14, f.name() + " adjoint d" + o + "/d" + i);
        }
      }
    }
  }

  @Test
  void bothModesAgainstFiniteDifferences() throws Exception {
    java.util.Random rnd = new java.util.Random(7);
    for (Fn f : ALL) {
      for (double[] x : POINTS) {
        double[] v = {rnd.nextGaussian(), rnd.nextGaussian()};
        FiniteDifferences.Estimate[] fd = FiniteDifferences.directional(f.primal(), x, v);
        double[] jv = f.tangent().apply(x, v);
        for (int o = 0; o < 2; o++) {
          assertEquals(fd[o].value(), jv[o], fd[o].tolerance(1e-9), f.name() + " tangent, output " + o);
          double[] g = f.adjoint().apply(x, unit(2, o));
          assertEquals(fd[o].value(), g[0] * v[0] + g[1] * v[1], fd[o].tolerance(1e-9), f.name() + " adjoint, output " + o);
        }
      }
    }
  }

  @Test
  void dotProductBetweenTheModes() {
    for (Fn f : ALL) {
      for (double[] x : POINTS) DotProductCheck.check(f.name(), x, 2, f.tangent(), f.adjoint(), 5, 4);
    }
  }

  /**
   * p0.pick(fresh) returns p0 itself or a new point, then the point is moved: once the segment has shadows (it holds its
   * point, whose class has shadows: NestedShadowsTest) the result is p0's shadow or a new one, and both modes give the
   * linear map exactly: result.x = p0.x + t, result.y = p0.y (p0 returned) or 0 (a new point).
   */
  @Test
  void aHelperThatMayReturnItsReceiverIsDifferentiatedThroughTheReceiversShadow() throws Exception {
    Transformed t = Transformed.of(SegmentPick.class, true);
    assertTrue(t.result.diagnostics().stream().allMatch(Diagnostic::warning), t.result.diagnostics().toString());
    Method tangent = t.type.getMethod("moved$tangent", t.type, D, D, boolean.class);
    Method adjoint = t.type.getMethod("moved$adjoint", t.type, D, boolean.class, P, double[].class);
    for (boolean fresh : new boolean[] {false, true}) {
      Object s = t.type.getConstructor(P).newInstance(new Point(1.0, 2.0)), ds = Derivatives.zeroShadow(s);
      Point dp0 = (Point) t.type.getField("p0").get(ds);
      dp0.x = 10;
      dp0.y = 100;
      Point dr = (Point) call(tangent, s, ds, 0.5, 1.0, fresh);
      assertEquals(11.0, dr.x, 0, "d result.x = d p0.x + dt");
      assertEquals(fresh ? 0.0 : 100.0, dr.y, 0, "d result.y");
      Object s2 = t.type.getConstructor(P).newInstance(new Point(1.0, 2.0)), bs = Derivatives.zeroShadow(s2);
      double[] g = new double[1];
      call(adjoint, s2, bs, 0.5, fresh, new Point(1.0, 1.0), g);
      Point bp0 = (Point) t.type.getField("p0").get(bs);
      assertEquals(1.0, bp0.x, 0, "adjoint of p0.x");
      assertEquals(fresh ? 0.0 : 1.0, bp0.y, 0, "adjoint of p0.y");
      assertEquals(1.0, g[0], 0, "adjoint of t");
    }
  }

  /**
   * JDSP's LMS.filter: arrays assigned to fields in the call and read by getters after it are the call's results, not
   * scratch; the refusal says which scratch condition fails instead of only listing them.
   */
  @Test
  void anArrayFieldAssignedInTheCallAndReadByAGetterIsRefusedWithWhyItIsNotScratch() {
    Transformed t = Transformed.of(dev.leibniz.objects.fixtures.created.Smoother.class, true);
    Diagnostic d = t.result.diagnostics().stream().filter(x -> !x.warning()).findFirst().orElseThrow();
    assertTrue(d.reason().contains("this field is not scratch: a new array is assigned to it in the call (line 11), and other"
        + " methods of the class read it (getOut())"), d.reason());
  }
}
