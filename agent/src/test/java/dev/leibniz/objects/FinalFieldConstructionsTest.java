package dev.leibniz.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.core.Diagnostic;
import dev.leibniz.objects.fixtures.finals.Chance;
import dev.leibniz.objects.fixtures.finals.Cplx;
import dev.leibniz.oracle.JacobianCheck;
import dev.leibniz.testing.Transformed;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import org.hipparchus.complex.Complex;
import org.junit.jupiter.api.Test;

/**
 * New objects of value classes whose fields are {@code final}, built from active values (README, "Objects": objects
 * built new from values): Commons Numbers' {@code Complex} shape — private final fields, a private plain constructor,
 * a static factory, a private static helper returning the new object, a chain of them, two paths. The construction is
 * the constructor given zeros, then its field writes, which the companions make through setters of the final fields
 * ({@code Relocation.finalWrites}). Each method in both modes against the analytic Jacobian of the holomorphic function
 * (its derivative computed by Hipparchus' {@code Complex}), central differences and the dot-product test; an immutable
 * static constant returned on a path has a zero shadow made at the read; a validating constructor of a class without a
 * layout (Uncommons' {@code Probability}: no plain or blank constructor beside it) is run again and its object refilled.
 */
class FinalFieldConstructionsTest {
  static final Transformed CPLX = Transformed.of(Cplx.class, true); // warnings: exact tests of im == 0 in exp
  static final Class<?> C = CPLX.type;

  static Object call(Method m, Object receiver, Object... args) {
    try {
      m.setAccessible(true);
      return m.invoke(receiver, args);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException r) throw r;
      throw new AssertionError(e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  static Object cplx(double re, double im) {
    return call(CPLX.method("of", double.class, double.class), null, re, im);
  }

  static double[] parts(Object z) {
    return new double[] {(double) call(CPLX.method("re"), z), (double) call(CPLX.method("im"), z)};
  }

  /**
   * {@code name} of the receiver {@code x[0] + i x[1]} (and of the parameter {@code x[2] + i x[3]} when there are four
   * inputs): its result's parts against the Jacobian of a holomorphic function whose derivatives along the receiver
   * and the parameter are {@code d[0]}, {@code d[1]}.
   */
  static void check(String name, double[] x, Complex... d) {
    boolean binary = x.length == 4;
    Class<?>[] primalTypes = binary ? new Class<?>[] {C} : new Class<?>[0];
    Method primal = CPLX.method(name, primalTypes);
    Method tangent = CPLX.method(name + "$tangent", binary ? new Class<?>[] {C, C, C} : new Class<?>[] {C});
    Method adjoint = CPLX.method(name + "$adjoint", binary ? new Class<?>[] {C, C, C, C} : new Class<?>[] {C, C});
    double[][] expected = new double[2][x.length];
    for (int k = 0; k < d.length; k++) { // a holomorphic f: [[Re f', -Im f'], [Im f', Re f']] per complex input
      expected[0][2 * k] = d[k].getReal();
      expected[0][2 * k + 1] = -d[k].getImaginary();
      expected[1][2 * k] = d[k].getImaginary();
      expected[1][2 * k + 1] = d[k].getReal();
    }
    JacobianCheck.check(name, x,
        v -> parts(binary ? call(primal, cplx(v[0], v[1]), cplx(v[2], v[3])) : call(primal, cplx(v[0], v[1]))),
        (v, dv) -> {
          Object shadow = binary ? call(tangent, cplx(v[0], v[1]), cplx(dv[0], dv[1]), cplx(v[2], v[3]), cplx(dv[2], dv[3]))
              : call(tangent, cplx(v[0], v[1]), cplx(dv[0], dv[1]));
          assertEquals(C, shadow.getClass(), name + ": the tangent returns the result's shadow");
          return parts(shadow);
        },
        (v, w) -> {
          Object zbar = cplx(0, 0), wbar = cplx(0, 0);
          Object r = binary ? call(adjoint, cplx(v[0], v[1]), zbar, cplx(v[2], v[3]), wbar, cplx(w[0], w[1]))
              : call(adjoint, cplx(v[0], v[1]), zbar, cplx(w[0], w[1]));
          double[] expectedValue = parts(binary ? call(primal, cplx(v[0], v[1]), cplx(v[2], v[3])) : call(primal, cplx(v[0], v[1])));
          assertEquals(java.util.Arrays.toString(expectedValue), java.util.Arrays.toString(parts(r)),
              name + ": the adjoint returns the primal result");
          double[] z = parts(zbar), o = parts(wbar);
          return binary ? new double[] {z[0], z[1], o[0], o[1]} : z;
        },
        expected);
  }

  @Test
  void aProductMadeByAPrivateStaticHelper() {
    Complex z = new Complex(1.3, -0.7), w = new Complex(0.4, 2.1);
    check("multiply", new double[] {1.3, -0.7, 0.4, 2.1}, w, z);
  }

  @Test
  void aQuotientThroughTheFactoryThenTheHelper() {
    Complex z = new Complex(1.3, -0.7), w = new Complex(0.4, 2.1);
    check("divide", new double[] {1.3, -0.7, 0.4, 2.1}, w.reciprocal(), z.negate().divide(w.multiply(w)));
  }

  @Test
  void theExponentialWithTheReceiverReturnedOnAnotherPath() {
    check("exp", new double[] {1.3, -0.7}, new Complex(1.3, -0.7).exp());
  }

  @Test
  void theSquareRootMadeOnOneOfTwoPaths() {
    check("sqrt", new double[] {1.3, -0.7}, new Complex(1.3, -0.7).sqrt().reciprocal().multiply(0.5));
    check("sqrt", new double[] {-1.3, 0.7}, new Complex(-1.3, 0.7).sqrt().reciprocal().multiply(0.5));
  }

  @Test
  void aStaticConstantReturnedOnAnotherPathHasAZeroDerivative() throws ReflectiveOperationException {
    check("log", new double[] {1.3, -0.7}, new Complex(1.3, -0.7).reciprocal());
    java.lang.reflect.Field nanField = C.getDeclaredField("NAN");
    nanField.setAccessible(true);
    Object nan = nanField.get(null), z = cplx(Double.NaN, 0.5);
    Object shadow = call(CPLX.method("log$tangent", C), z, cplx(1, 1));
    assertEquals("[0.0, 0.0]", java.util.Arrays.toString(parts(shadow)), "the constant's tangent: a zero shadow");
    assertTrue(shadow != nan, "a shadow of its own, never the constant");
    Object zbar = cplx(0, 0);
    Object r = call(CPLX.method("log$adjoint", C, C), z, zbar, cplx(1, 1));
    assertSame(nan, r, "the adjoint returns the constant itself");
    assertEquals("[0.0, 0.0]", java.util.Arrays.toString(parts(zbar)), "the constant's seed goes nowhere");
    assertTrue(Double.isNaN(parts(nan)[0]) && Double.isNaN(parts(nan)[1]), "the constant is unchanged");
  }

  @Test
  void aValidatingConstructorWithoutALayoutIsRunAgainAndRefilled() {
    // no plain or blank constructor beside it: the object returned is made by the same constructor on the same value,
    // its field then written (README "Objects", refilled constructions); derivatives: RefilledConstructionsTest
    Transformed chance = Transformed.of(Chance.class, true);
    assertTrue(chance.result.diagnostics().stream().allMatch(Diagnostic::warning), chance.result.diagnostics().toString());
    try {
      Object x = chance.type.getConstructor(double.class).newInstance(0.3), dx = chance.type.getConstructor(double.class).newInstance(1.0);
      Object y = chance.type.getMethod("squared$tangent", chance.type).invoke(x, dx);
      assertEquals(0.6, ((Number) y).doubleValue(), 1e-15, "d(p^2) = 2p dp");
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }
}
