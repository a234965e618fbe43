package dev.leibniz.objects;

import static dev.leibniz.objects.ComputingConstructorsTest.append;
import static dev.leibniz.objects.ComputingConstructorsTest.boxed;
import static dev.leibniz.objects.ComputingConstructorsTest.call;
import static dev.leibniz.objects.ComputingConstructorsTest.doubles;
import static dev.leibniz.objects.ComputingConstructorsTest.exact;
import static dev.leibniz.objects.ComputingConstructorsTest.interleaved;
import static dev.leibniz.objects.ComputingConstructorsTest.method;
import static dev.leibniz.objects.ComputingConstructorsTest.objectAdjoint;
import static dev.leibniz.objects.ComputingConstructorsTest.staticScalar;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.core.Diagnostic;
import dev.leibniz.objects.fixtures.ctorcall.CachedVec;
import dev.leibniz.objects.fixtures.ctorcall.ConstructorCalls;
import dev.leibniz.oracle.JacobianCheck;
import dev.leibniz.testing.Transformed;
import java.lang.reflect.Method;
import java.util.function.Function;
import org.hipparchus.analysis.differentiation.DerivativeStructure;
import org.junit.jupiter.api.Test;

/**
 * Constructor calls the real-code corpus stopped at (issue 10). A result built in another class by a constructor
 * chaining to the one that stores its numbers, in a class caching its hash in a field no constructor writes (WorldWind's
 * {@code new Vec4(x, y, z)} in {@code WWMath.computeTriangleNormal}: {@code core.objects.DefaultFields}), returned new
 * through the layout constructor; temporaries whose constructor asserts with the object itself as the message (Apache
 * SIS's {@code DoubleDouble}), and an object given to an exception thrown explicitly ({@code core.objects.ThrownMessages}).
 * Both modes against central finite differences, {@code DerivativeStructure} and the dot-product test ({@link
 * JacobianCheck}); a cache a constructor fills stays refused with its line; the companions' exception names the class.
 */
class ConstructorCallsTest {
  static final Transformed CALLS = Transformed.of(ConstructorCalls.class, true);

  static double[] of(CachedVec v) {
    return new double[] {v.x, v.y, v.z, v.w};
  }

  /** ConstructorCalls.normal over DerivativeStructure: the unit normal, and w = 1. */
  static DerivativeStructure[] normal(DerivativeStructure[] d) {
    DerivativeStructure ax = d[0], ay = d[1], bx = d[2], by = d[3], cz = d[4];
    DerivativeStructure x = ay.multiply(cz).subtract(by), y = bx.subtract(ax.multiply(cz)), z = ax.multiply(by).subtract(ay.multiply(bx));
    DerivativeStructure length = x.multiply(x).add(y.multiply(y)).add(z.multiply(z)).sqrt();
    return new DerivativeStructure[] {x.divide(length), y.divide(length), z.divide(length), ax.getField().getOne()};
  }

  @Test
  void aResultOfAChainingConstructorInAClassWithACachedHash() {
    double[] x = {0.7, -1.2, 0.4, 1.5, 0.9};
    Method primal = method(CALLS, "normal", doubles(5)), tangent = method(CALLS, "normal$tangent", doubles(10));
    Method adjoint = objectAdjoint(CALLS, "normal", 5, CachedVec.class);
    JacobianCheck.check("normal", x, v -> of((CachedVec) call(primal, null, boxed(v))),
        (v, dv) -> {
          CachedVec shadow = (CachedVec) call(tangent, null, interleaved(v, dv));
          assertEquals(CachedVec.class, shadow.getClass(), "the tangent returns the result's shadow");
          return of(shadow);
        },
        (v, w) -> {
          double[] g = new double[5];
          CachedVec r = (CachedVec) call(adjoint, null, append(boxed(v), new CachedVec(w[0], w[1], w[2], w[3]), g));
          assertEquals(call(primal, null, boxed(v)), r, "the adjoint returns the primal result");
          assertEquals(call(primal, null, boxed(v)).hashCode(), r.hashCode(), "its cache computed as the primal's");
          return g;
        },
        exact(x, ConstructorCallsTest::normal));
  }

  @Test
  void aCacheAConstructorFillsKeepsTheConstructionRefused() {
    Diagnostic d = CALLS.result.diagnostics().stream().filter(x -> x.method().startsWith("eager")).findFirst()
        .orElseThrow(() -> new AssertionError("eager was not refused: " + CALLS.result.diagnostics()));
    assertTrue(d.message().contains("ConstructorCalls.java:24") && d.message().contains("new EagerVec("), d.message());
    assertThrows(NoSuchMethodException.class, () -> ConstructorCalls.class.getMethod("eager$tangent", double.class, double.class));
  }

  /** A marked method of ConstructorCalls with n double parameters and a double result, checked against f. */
  static void scalar(String name, double[] x, Function<DerivativeStructure[], DerivativeStructure> f) {
    staticScalar(CALLS, name, x, f);
  }

  @Test
  void temporariesAssertingWithThemselvesAsTheMessage() {
    scalar("squares", new double[] {0.8, -1.3, 2.1}, d -> d[0].multiply(d[0]).add(d[1].multiply(d[1])).add(d[2].multiply(d[2])).sqrt());
  }

  /** What {@code m} throws on {@code args}: the exception itself, not wrapped. */
  static Throwable thrown(Method m, Object... args) {
    try {
      m.invoke(null, args);
    } catch (java.lang.reflect.InvocationTargetException e) {
      return e.getCause();
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
    throw new AssertionError(m.getName() + " threw nothing");
  }

  @Test
  void anObjectGivenToAThrownExceptionIsItsMessageOnly() {
    scalar("checked", new double[] {0.8, 1.3}, d -> d[0].multiply(d[1]).multiply(d[0]));
    Throwable primal = thrown(method(CALLS, "checked", doubles(2)), boxed(0.5, -2));
    assertEquals("java.lang.AssertionError: -1.0 + 0.0", primal.toString(), "the marked method keeps its code and its message");
    for (Throwable t : new Throwable[] {thrown(method(CALLS, "checked$tangent", doubles(4)), boxed(0.5, 1, -2, 1)),
        thrown(method(CALLS, "checked$adjoint", double.class, double.class, double.class, double[].class), 0.5, -2.0, 1.0, new double[2])}) {
      assertEquals(AssertionError.class, t.getClass());
      assertTrue(t.getMessage().startsWith("a Pair ("), "the companions' exception names the class: " + t.getMessage());
    }
  }
}
