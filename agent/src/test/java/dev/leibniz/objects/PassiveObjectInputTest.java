package dev.leibniz.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.Derivatives;
import dev.leibniz.core.Diagnostic;
import dev.leibniz.objects.fixtures.PassivePoints;
import dev.leibniz.objects.fixtures.ShadowedPoints;
import dev.leibniz.oracle.FiniteDifferences;
import dev.leibniz.testing.Transformed;
import java.lang.reflect.Method;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A marked method whose only inputs are objects of a class nobody annotated, whose fields it only
 * reads, had companions with a zero derivative and no diagnostic (found by the real-code corpus:
 * JTS {@code Distance.pointToSegment}, EJML {@code NormOps_DDRM.normF}): the objects are passive by
 * the contract, so what the user marked the method for was dropped without a word. Now refused,
 * located, with advice; annotating the class (the advice) gives the derivative, in both modes.
 */
class PassiveObjectInputTest {
  @Test
  void onlyPassiveObjectInputsIsRefusedWithAdvice() {
    Transformed t = Transformed.of(PassivePoints.class, true);
    List<Diagnostic> d = t.result.diagnostics().stream().filter(x -> x.method().startsWith("distance(")).toList();
    assertEquals(1, d.size(), t.result.diagnostics().toString());
    String m = d.get(0).message();
    assertTrue(m.startsWith("leibniz: cannot differentiate double dev.leibniz.objects.fixtures.PassivePoints.distance("
        + "PassivePoints.Point, PassivePoints.Point) at PassivePoints.java"), m);
    assertTrue(m.contains("no differentiable input") && m.contains("PassivePoints.Point parameter")
        && m.contains("annotate the class @Differentiable if it is yours"), m);
    for (Method c : t.type.getDeclaredMethods()) {
      assertTrue(!c.getName().startsWith("distance$"), "no companion for the refused method: " + c);
    }
  }

  @Test
  void aDoubleParameterNextToThePassiveObjectsKeepsTheCompanions() throws Exception {
    Transformed t = Transformed.of(PassivePoints.class, true);
    Method tangent = t.type.getDeclaredMethod("scaledDistance$tangent",
        PassivePoints.Point.class, PassivePoints.Point.class, double.class, double.class);
    PassivePoints.Point a = new PassivePoints.Point(1, 2), b = new PassivePoints.Point(4, -2);
    assertEquals(5.0, (double) tangent.invoke(null, a, b, 3.0, 1.0), 1e-15, "d/dscale = the distance");
  }

  @Test
  void annotatingThePointClassGivesTheDerivativeInBothModes() throws Exception {
    Transformed t = Transformed.of(ShadowedPoints.class);
    Class<ShadowedPoints.Point> p = ShadowedPoints.Point.class;
    Method tangent = t.type.getDeclaredMethod("distance$tangent", p, p, p, p);
    Method adjoint = t.type.getDeclaredMethod("distance$adjoint", p, p, p, p, double.class);
    double ax = 1.0, ay = 2.0, bx = 4.0, by = -2.5;
    double r = Math.hypot(ax - bx, ay - by);
    double[] analytic = {(ax - bx) / r, (ay - by) / r, (bx - ax) / r, (by - ay) / r};
    double[] x = {ax, ay, bx, by};
    for (int i = 0; i < 4; i++) {
      ShadowedPoints.Point a = new ShadowedPoints.Point(ax, ay), b = new ShadowedPoints.Point(bx, by);
      ShadowedPoints.Point da = Derivatives.zeroShadow(a), db = Derivatives.zeroShadow(b);
      if (i == 0) da.x = 1; else if (i == 1) da.y = 1; else if (i == 2) db.x = 1; else db.y = 1;
      double got = (double) tangent.invoke(null, a, da, b, db);
      int k = i;
      FiniteDifferences.Estimate fd = FiniteDifferences.derivative(h -> {
        double[] y = x.clone();
        y[k] = h;
        return Math.hypot(y[0] - y[2], y[1] - y[3]);
      }, x[i]);
      assertEquals(analytic[i], got, 1e-14, "tangent " + i);
      assertEquals(fd.value(), got, fd.tolerance(1e-9), "tangent against finite differences " + i);
    }
    ShadowedPoints.Point a = new ShadowedPoints.Point(ax, ay), b = new ShadowedPoints.Point(bx, by);
    ShadowedPoints.Point abar = Derivatives.zeroShadow(a), bbar = Derivatives.zeroShadow(b);
    assertEquals(r, (double) adjoint.invoke(null, a, abar, b, bbar, 1.0), 1e-15, "the adjoint returns the primal");
    double[] got = {abar.x, abar.y, bbar.x, bbar.y};
    for (int i = 0; i < 4; i++) assertEquals(analytic[i], got[i], 1e-14, "adjoint " + i);
  }
}
