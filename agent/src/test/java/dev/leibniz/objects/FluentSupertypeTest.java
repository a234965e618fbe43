package dev.leibniz.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.Derivatives;
import dev.leibniz.core.Diagnostic;
import dev.leibniz.objects.fixtures.FluentLengthPoint;
import dev.leibniz.objects.fixtures.FluentPoint;
import dev.leibniz.testing.Transformed;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A fluent {@code return this} declared as an abstract, fieldless superclass (LWJGL 2's {@code Vector scale(float)},
 * corpus entry lwjgl/Vector3f.scale). With the superclass given a shadow slot, the tangent returns the receiver's
 * shadow and the adjoint takes the result's seed; where it keeps none, the method is refused at the return instead of
 * a tangent returning null.
 */
class FluentSupertypeTest {
  private static final double X = 2.0, Y = -3.0, S = 0.7;

  /** (x, y, s) to the scaled point's (x, y): the primal, run on a fresh point. */
  private static double[] scaled(double[] in) {
    FluentPoint p = new FluentPoint(in[0], in[1]);
    p.scale(in[2]);
    return new double[] {p.x, p.y};
  }

  private static Object invoke(Transformed t, String name, Object receiver, Object... args) throws Exception {
    Method m = Arrays.stream(t.type.getDeclaredMethods()).filter(c -> c.getName().equals(name)).findFirst().orElseThrow();
    m.setAccessible(true);
    return m.invoke(receiver, args);
  }

  private static double field(Object o, String name) throws Exception {
    return o.getClass().getField(name).getDouble(o);
  }

  private static Object point(Transformed t, double x, double y) throws Exception {
    return t.type.getConstructor(double.class, double.class).newInstance(x, y);
  }

  /** J v for v = (dx, dy, ds): by the tangent, which must return the receiver's shadow. */
  private static double[] tangent(Transformed t, double[] v) throws Exception {
    Object p = point(t, X, Y), dp = Derivatives.zeroShadow(p);
    t.type.getField("x").setDouble(dp, v[0]);
    t.type.getField("y").setDouble(dp, v[1]);
    Object r = invoke(t, "scale$tangent", p, dp, S, v[2]);
    assertSame(dp, r, "the tangent of return this is the receiver's shadow");
    return new double[] {field(dp, "x"), field(dp, "y")};
  }

  /** J^T w for the result's seed w: by the adjoint. */
  private static double[] adjoint(Transformed t, double[] w) throws Exception {
    Object p = point(t, X, Y), bar = Derivatives.zeroShadow(p), seed = Derivatives.zeroShadow(p);
    t.type.getField("x").setDouble(seed, w[0]);
    t.type.getField("y").setDouble(seed, w[1]);
    double[] grad = new double[1];
    Object r = invoke(t, "scale$adjoint", p, bar, S, seed, grad);
    assertSame(p, r, "the adjoint returns the primal result");
    return new double[] {field(bar, "x"), field(bar, "y"), grad[0]};
  }

  @Test
  void theTangentReturnsTheReceiversShadowAndTheAdjointTakesTheSeed() throws Exception {
    Transformed t = Transformed.of(FluentPoint.class, true);
    assertTrue(t.result.diagnostics().stream().allMatch(Diagnostic::warning), () -> t.result.diagnostics().toString());
    double[] in = {X, Y, S};
    double h = 1e-6;
    for (int k = 0; k < 3; k++) {
      double[] v = new double[3];
      v[k] = 1;
      double[] dot = tangent(t, v);
      double[] exact = {S * v[0] + X * v[2], S * v[1] + Y * v[2]};
      double[] plus = in.clone(), minus = in.clone();
      plus[k] += h;
      minus[k] -= h;
      double[] fp = scaled(plus), fm = scaled(minus);
      for (int j = 0; j < 2; j++) {
        assertEquals(exact[j], dot[j], 1e-14, "tangent d" + j + "/d" + k);
        assertEquals((fp[j] - fm[j]) / (2 * h), dot[j], 1e-8, "central differences d" + j + "/d" + k);
      }
    }
    double[] w = {0.3, -1.1};
    double[] bar = adjoint(t, w);
    assertEquals(S * w[0], bar[0], 1e-14, "adjoint of x");
    assertEquals(S * w[1], bar[1], 1e-14, "adjoint of y");
    assertEquals(X * w[0] + Y * w[1], bar[2], 1e-14, "adjoint of s");
    double[] v = {0.4, 1.3, -0.8};
    double[] jv = tangent(t, v);
    double lhs = w[0] * jv[0] + w[1] * jv[1];
    double rhs = bar[0] * v[0] + bar[1] * v[1] + bar[2] * v[2];
    assertEquals(lhs, rhs, 1e-13 * Math.max(1, Math.abs(lhs)), "dot-product test <w, J v> = <J^T w, v>");
  }

  /**
   * The superclass keeps no slot (norm reads its length(), computed from lengthSquared() of the transformed class:
   * core.SlotTypes): scale would return a passive result; it is refused at its return, naming the declared type.
   */
  @Test
  void aShadowReturnedAsATypeWithoutShadowsIsRefusedAtTheReturn() {
    Transformed t = Transformed.of(FluentLengthPoint.class, true);
    List<Diagnostic> errors = t.result.diagnostics().stream()
        .filter(d -> !d.warning() && d.method().startsWith("scale(")).toList();
    assertEquals(1, errors.size(), t.result.diagnostics()::toString);
    Diagnostic d = errors.get(0);
    assertTrue(d.reason().contains("returns an object with a shadow (FluentLengthPoint) declared as FluentLengthBase")
        && d.reason().contains("declare the result as FluentLengthPoint"), d::message);
    assertEquals(28, d.line(), d::message);
    assertTrue(Arrays.stream(t.type.getDeclaredMethods()).noneMatch(m -> m.getName().startsWith("scale$")),
        () -> "no companion of scale: " + Arrays.toString(t.type.getDeclaredMethods()));
  }
}
