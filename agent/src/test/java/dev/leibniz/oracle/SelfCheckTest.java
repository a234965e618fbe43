package dev.leibniz.oracle;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.Derivatives;
import dev.leibniz.oracle.fixtures.ArrayFunctions;
import dev.leibniz.oracle.fixtures.Matrices;
import dev.leibniz.oracle.fixtures.Singularities;
import dev.leibniz.oracle.fixtures.SynchronizedMethods;
import dev.leibniz.oracle.fixtures.WrongCompanions;
import dev.leibniz.testing.Transformed;
import java.lang.invoke.MethodHandles;
import org.junit.jupiter.api.Test;

/**
 * {@link Derivatives#check}, the self-check users call from their tests: it passes on generated
 * companions (scalars, arrays in and out, matrices, instance methods) and fails, with the method,
 * the point and the disagreeing values, on planted mistakes in the tangent and in the adjoint.
 */
class SelfCheckTest {
  static MethodHandles.Lookup lookupIn(Class<?> c) throws IllegalAccessException {
    return MethodHandles.privateLookupIn(c, MethodHandles.lookup());
  }

  @Test
  void passesOnGeneratedCompanions() throws Exception {
    Class<?> s = Transformed.of(Singularities.class).type;
    Derivatives.check(lookupIn(s), s, "normalisedX", 0.3, 1.7);
    Derivatives.check(lookupIn(s), s, "guardedInLoop", new double[] {0.5, -2, 1.25}, 3);
    Class<?> a = Transformed.of(ArrayFunctions.class).type;
    Derivatives.check(lookupIn(a), a, "scaled", new double[] {0.5, -1.5, 2}, 1.25);
    Derivatives.check(lookupIn(a), a, "residuals", new double[] {0.3, -0.7, 1.1}, new double[4]);
    Derivatives.check(lookupIn(a), a, "squareInPlace", (Object) new double[] {0.3, -0.7, 1.1});
    Class<?> m = Transformed.of(Matrices.class).type;
    Derivatives.check(lookupIn(m), m, "corners", (Object) new double[][] {{1, 2, 3}, {4, 5, 6}});
    Class<?> b = Transformed.of(dev.leibniz.oracle.fixtures.BitTricks.class).type;
    Derivatives.check(lookupIn(b), b, "floatNegatedAndAbs", 1.5f); // float arithmetic: float tolerances
    Derivatives.check(lookupIn(b), b, "sumOfAbs", (Object) new double[] {1.5, -2, 0.25});
    Class<?> y = Transformed.of(SynchronizedMethods.class).type;
    Object receiver = y.getDeclaredConstructor().newInstance();
    Derivatives.check(lookupIn(y), y.getMethod("onReceiver", double.class), receiver, 0.8);
  }

  @Test
  void wrongTangentIsReportedWithMethodPointAndValues() throws Exception {
    AssertionError e = assertThrows(AssertionError.class,
        () -> Derivatives.check(lookupIn(WrongCompanions.class), WrongCompanions.class, "f", 1.5));
    String m = e.getMessage();
    assertTrue(m.contains(WrongCompanions.class.getName() + ".f(1.5)"), m);
    assertTrue(m.contains("tangent disagrees with central finite differences"), m);
  }

  @Test
  void wrongAdjointIsReportedByTheDotProductTest() throws Exception {
    AssertionError e = assertThrows(AssertionError.class, () -> Derivatives.check(lookupIn(WrongCompanions.class),
        WrongCompanions.class, "g", new double[] {1.5, -0.5}, 2.0));
    String m = e.getMessage();
    assertTrue(m.contains(WrongCompanions.class.getName() + ".g([1.5, -0.5], 2.0)"), m);
    assertTrue(m.contains("adjoint disagrees with the tangent"), m);
    Derivatives.check(lookupIn(WrongCompanions.class), WrongCompanions.class, "h", new double[] {1.5, -0.5}, 2.0);
  }

  @Test
  void handlesWithAnAdjointAloneAreCheckedAgainstFiniteDifferences() throws Exception {
    MethodHandles.Lookup l = MethodHandles.lookup();
    Class<?> w = WrongCompanions.class;
    java.lang.invoke.MethodType gType = java.lang.invoke.MethodType.methodType(double.class, double[].class, double.class);
    java.lang.invoke.MethodType gAdjoint = Derivatives.adjointType(gType);
    Derivatives.check("h", l.findStatic(w, "h", gType), null, l.findStatic(w, "h$adjoint", gAdjoint), false, false, 7,
        new double[] {1.5, -0.5}, 2.0);
    AssertionError e = assertThrows(AssertionError.class, () -> Derivatives.check("g", l.findStatic(w, "g", gType), null,
        l.findStatic(w, "g$adjoint", gAdjoint), false, false, 7, new double[] {1.5, -0.5}, 2.0));
    assertTrue(e.getMessage().contains("g([1.5, -0.5], 2.0): the adjoint disagrees with central finite differences"), e.getMessage());
  }

  @Test
  void atAKinkOneSidedDifferencesAreAcceptedOnlyWhenAsked() throws Exception {
    Class<?> c = Transformed.of(dev.leibniz.oracle.fixtures.BitTricks.class).type;
    MethodHandles.Lookup l = lookupIn(c);
    java.lang.invoke.MethodType t = java.lang.invoke.MethodType.methodType(double.class, double.class);
    var primal = l.findStatic(c, "absolute", t); // |x| + x^2: a kink at 0
    var tangent = l.findStatic(c, "absolute$tangent", Derivatives.tangentType(t));
    var adjoint = l.findStatic(c, "absolute$adjoint", Derivatives.adjointType(t));
    Derivatives.check("absolute", primal, tangent, adjoint, true, false, 1, 0.0);
    assertThrows(AssertionError.class, () -> Derivatives.check("absolute", primal, tangent, adjoint, false, false, 1, 0.0));
  }

  @Test
  void missingCompanionOrBadPointSaysWhy() {
    IllegalStateException missing = assertThrows(IllegalStateException.class,
        () -> Derivatives.check(lookupIn(SelfCheckTest.class), SelfCheckTest.class, "notDifferentiated", 1.0));
    assertTrue(missing.getMessage().contains("does not exist"), missing.getMessage());
    IllegalArgumentException none = assertThrows(IllegalArgumentException.class,
        () -> Derivatives.check(lookupIn(SelfCheckTest.class), SelfCheckTest.class, "nothing", 1));
    assertTrue(none.getMessage().contains("no method " + SelfCheckTest.class.getName() + ".nothing"), none.getMessage());
  }

  static double notDifferentiated(double x) {
    return x;
  }
}
