package dev.leibniz.objects;

import static dev.leibniz.objects.ComputingConstructorsTest.boxed;
import static dev.leibniz.objects.ComputingConstructorsTest.call;
import static dev.leibniz.objects.ComputingConstructorsTest.doubles;
import static dev.leibniz.objects.ComputingConstructorsTest.exact;
import static dev.leibniz.objects.ComputingConstructorsTest.interleaved;
import static dev.leibniz.objects.ComputingConstructorsTest.method;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.core.Diagnostic;
import dev.leibniz.objects.fixtures.ctorrefs.Arrow;
import dev.leibniz.objects.fixtures.ctorrefs.Components;
import dev.leibniz.objects.fixtures.ctorrefs.HeldFactories;
import dev.leibniz.oracle.JacobianCheck;
import dev.leibniz.testing.Transformed;
import java.lang.reflect.Method;
import java.util.function.Function;
import org.hipparchus.analysis.differentiation.DerivativeStructure;
import org.junit.jupiter.api.Test;

/**
 * Objects made through a constructor reference given as a functional interface (Commons Geometry's {@code
 * Vector3D.project(base)}: {@code getComponent(base, false, Vector3D::new)}, whose helper computes the numbers and calls
 * {@code factory.apply(x, y, z)}): the method given the reference is inlined, and the call of the function becomes
 * {@code new C(x, y, z)} there, which then follows the rules of any {@code new} — taken apart when used and dropped
 * ({@code Vec3::new}, {@code Vec2::new}, a static factory's {@code Vec3::of}, one component given to the next), returned
 * with its shadow from a class that has shadows ({@code Arrow::new}). The helper's norm check throws an exception another
 * helper makes ({@code throw Norms.illegal(norm)}), passive as a {@code throw new ...} written in place. Each in both
 * modes against the Jacobian by Hipparchus {@code DerivativeStructure}, central differences and the dot-product test
 * ({@link JacobianCheck}); a constructor reference kept in a field, or given to an interface's method, stays refused
 * with its line.
 */
class ConstructorReferenceTest {
  static final Class<?> D = double.class, A = double[].class;
  static final Transformed COMPONENTS = Transformed.of(Components.class);
  static final Transformed ARROW = Transformed.of(Arrow.class);

  static DerivativeStructure dot(DerivativeStructure[] a, DerivativeStructure[] b) {
    DerivativeStructure s = a[0].multiply(b[0]);
    for (int i = 1; i < a.length; i++) s = s.add(a[i].multiply(b[i]));
    return s;
  }

  /** The projection of {@code a} on {@code b}: {@code (a.b / b.b) b}. */
  static DerivativeStructure[] projection(DerivativeStructure[] a, DerivativeStructure[] b) {
    DerivativeStructure scale = dot(a, b).divide(dot(b, b));
    DerivativeStructure[] p = new DerivativeStructure[b.length];
    for (int i = 0; i < b.length; i++) p[i] = scale.multiply(b[i]);
    return p;
  }

  static DerivativeStructure[] rejection(DerivativeStructure[] a, DerivativeStructure[] b) {
    DerivativeStructure[] p = projection(a, b), r = new DerivativeStructure[a.length];
    for (int i = 0; i < a.length; i++) r[i] = a[i].subtract(p[i]);
    return r;
  }

  /** A marked static method of Components with {@code n} double parameters, checked against {@code f}. */
  static void scalar(String name, double[] x, Function<DerivativeStructure[], DerivativeStructure> f) {
    int n = x.length;
    Method primal = method(COMPONENTS, name, doubles(n)), tangent = method(COMPONENTS, name + "$tangent", doubles(2 * n));
    Class<?>[] adjointTypes = doubles(n + 2);
    adjointTypes[n + 1] = A;
    Method adjoint = method(COMPONENTS, name + "$adjoint", adjointTypes);
    JacobianCheck.check(name, x, v -> new double[] {(double) call(primal, null, boxed(v))},
        (v, dv) -> new double[] {(double) call(tangent, null, interleaved(v, dv))},
        (v, w) -> {
          double[] g = new double[n];
          Object[] args = java.util.Arrays.copyOf(boxed(v), n + 2);
          args[n] = w[0];
          args[n + 1] = g;
          assertEquals((double) call(primal, null, boxed(v)), (double) call(adjoint, null, args), name + ": the adjoint's value");
          return g;
        },
        exact(x, d -> new DerivativeStructure[] {f.apply(d)}));
  }

  static DerivativeStructure[] part(DerivativeStructure[] d, int from, int to) {
    return java.util.Arrays.copyOfRange(d, from, to);
  }

  @Test
  void aConstructorReferenceGivenToAGenericHelperMakesAnObjectTakenApart() {
    scalar("projected", new double[] {1.2, -0.7, 2.1, 0.4, 0.9, -1.3}, d -> {
      DerivativeStructure[] p = projection(part(d, 0, 3), part(d, 3, 6));
      return dot(p, p).add(p[0]);
    });
    scalar("rejected2", new double[] {1.5, -0.8, -0.4, 1.1}, d -> {
      DerivativeStructure[] r = rejection(part(d, 0, 2), part(d, 2, 4));
      return r[0].multiply(3).add(r[1].multiply(r[0]));
    });
  }

  @Test
  void aStaticFactorysReferenceMakesTheSameObject() {
    scalar("projectedOf", new double[] {1.2, -0.7, 2.1, 0.4, 0.9, -1.3}, d -> {
      DerivativeStructure[] p = projection(part(d, 0, 3), part(d, 3, 6));
      return dot(p, p).add(p[0]);
    });
  }

  @Test
  void oneFactorysObjectGivenToTheNextCall() {
    scalar("chained", new double[] {1.2, -0.7, 2.1, 0.4, 0.9, -1.3}, d -> {
      DerivativeStructure[] r = rejection(part(d, 0, 3), part(d, 3, 6));
      DerivativeStructure[] c = {d[5], d[3], d[0].getField().getOne()};
      DerivativeStructure[] p = projection(r, c);
      return p[0].multiply(p[1]).add(p[2]);
    });
  }

  @Test
  void theHelpersNormCheckThrowsInBothModes() {
    Method tangent = method(COMPONENTS, "projected$tangent", doubles(12));
    Method adjoint = method(COMPONENTS, "projected$adjoint", withArray(doubles(7)));
    IllegalArgumentException t = assertThrows(IllegalArgumentException.class,
        () -> call(tangent, null, boxed(1, 1, 1, 1, 1, 1, 0, 1, 0, 1, 0, 1)));
    assertEquals("Illegal norm: 0.0", t.getMessage(), "the helper's own exception, with its message");
    IllegalArgumentException a = assertThrows(IllegalArgumentException.class,
        () -> call(adjoint, null, 1.0, 1.0, 1.0, 0.0, 0.0, 0.0, 1.0, new double[6]));
    assertEquals("Illegal norm: 0.0", a.getMessage());
  }

  static Class<?>[] withArray(Class<?>[] types) {
    Class<?>[] t = java.util.Arrays.copyOf(types, types.length + 1);
    t[types.length] = A;
    return t;
  }

  // ---------------------------------------------------------------- returned with its shadow

  static Object arrow(double x, double y, double z) {
    try {
      return ARROW.type.getConstructor(D, D, D).newInstance(x, y, z);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  static Object arrow(double[] v, int from) {
    return arrow(v[from], v[from + 1], v[from + 2]);
  }

  static double[] parts(Object a) {
    try {
      Class<?> c = ARROW.type;
      return new double[] {c.getField("x").getDouble(a), c.getField("y").getDouble(a), c.getField("z").getDouble(a)};
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  /** {@code a.name(base)} of x = {a, base}: the three fields of the new Arrow, in both modes. */
  static void returned(String name, double[] x, Function<DerivativeStructure[], DerivativeStructure[]> f) {
    Class<?> c = ARROW.type;
    Method primal = method(ARROW, name, c), tangent = method(ARROW, name + "$tangent", c, c, c);
    Method adjoint = method(ARROW, name + "$adjoint", c, c, c, c);
    JacobianCheck.check(name, x, v -> parts(call(primal, arrow(v, 0), arrow(v, 3))),
        (v, dv) -> parts(call(tangent, arrow(v, 0), arrow(dv, 0), arrow(v, 3), arrow(dv, 3))),
        (v, w) -> {
          Object aBar = arrow(0, 0, 0), baseBar = arrow(0, 0, 0);
          Object r = call(adjoint, arrow(v, 0), aBar, arrow(v, 3), baseBar, arrow(w, 0));
          assertEquals(java.util.Arrays.toString(parts(call(primal, arrow(v, 0), arrow(v, 3)))), java.util.Arrays.toString(parts(r)),
              name + ": the adjoint returns the primal result");
          double[] g = new double[6];
          System.arraycopy(parts(aBar), 0, g, 0, 3);
          System.arraycopy(parts(baseBar), 0, g, 3, 3);
          return g;
        },
        exact(x, f));
  }

  @Test
  void anObjectMadeByAConstructorReferenceIsReturnedWithItsShadow() {
    double[] x = {1.2, -0.7, 2.1, 0.4, 0.9, -1.3};
    returned("project", x, d -> projection(part(d, 0, 3), part(d, 3, 6)));
    returned("reject", x, d -> rejection(part(d, 0, 3), part(d, 3, 6)));
  }

  // ---------------------------------------------------------------- refusals that stay

  @Test
  void aConstructorReferenceNotCalledInTheGraphStaysRefusedWithItsLine() {
    Transformed held = Transformed.of(HeldFactories.class, true);
    for (Object[] c : new Object[][] {{"stored(", 25, "Factory3.apply(double, double, double)"},
        {"givenAway(", 32, "HeldFactories.Scaler.scaled(double, double, double, double, Factory3)"}}) {
      Diagnostic d = held.result.diagnostics().stream().filter(x -> !x.warning() && x.method().startsWith((String) c[0]))
          .findFirst().orElse(null);
      assertNotNull(d, c[0] + " refused: " + held.result.diagnostics());
      assertEquals((int) c[1], d.line(), d.message());
      assertTrue(d.message().contains((String) c[2]), d.message());
      assertTrue(d.message().contains("it can be overridden, so what a call runs (and writes) is not known"), d.message());
      assertTrue(!d.message().contains("dev/leibniz"), "Java syntax: " + d.message());
    }
  }
}
