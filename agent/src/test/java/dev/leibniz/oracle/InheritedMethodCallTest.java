package dev.leibniz.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.oracle.fixtures.inherited.CallsInherited;
import dev.leibniz.oracle.fixtures.inherited.CallsFloatInherited;
import dev.leibniz.oracle.fixtures.inherited.CallsInheritedFinal;
import dev.leibniz.oracle.fixtures.inherited.CallsProtectedInherited;
import dev.leibniz.oracle.fixtures.inherited.CallsThroughSuperclassType;
import dev.leibniz.oracle.fixtures.inherited.OverridesInherited;
import dev.leibniz.testing.Transformed;
import java.lang.reflect.Method;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A marked method of a subclass calling a method it inherits from a superclass nobody marked ({@code 2 * linkInv(f)},
 * {@code linkInv(f) = scale * exp(f)} in the superclass): g'(f) = 2 * scale * exp(f) = 4 exp(f). Found by the tenth
 * corpus round (H2O's distributions call link and linkInv inherited from Distribution). javac names the subclass as the
 * call's owner; the core took the call for one of the class's own methods, found no such method in the class, and
 * refused with a reason that did not apply ("it can be overridden, and dispatch needs its class file"; for a final
 * inherited method "cannot be differentiated: null"). {@code InheritedCalls} names the declaring superclass instead, and
 * the call is differentiated as the call of another class's method (dispatched when overridable), as the same call with
 * the receiver typed as the superclass always was. Both modes against 4 exp(f) and central finite differences of the
 * primal, and the dot product of the two; a subclass nobody transformed that overrides the inherited method gets the
 * derivative of its own code or an error naming it, never the superclass's derivative.
 */
class InheritedMethodCallTest {
  private static final double[] POINTS = {-0.7, 0.3, 1.2};

  @Test
  void theCallThroughTheSuperclassTypeIsCorrectInBothModes() throws Exception {
    check(Transformed.of(CallsThroughSuperclassType.class));
  }

  @Test
  void theCallOfAnInheritedMethodIsCorrectInBothModes() throws Exception {
    check(Transformed.of(CallsInherited.class));
  }

  @Test
  void theCallOfAFinalInheritedMethodIsCorrectInBothModes() throws Exception {
    check(Transformed.of(CallsInheritedFinal.class));
  }

  @Test
  void inheritedProtectedAndStaticMethodsOfASuperclassInAnotherPackage() throws Exception {
    // g(x) = 1.5 sin x + x^3, g'(x) = 1.5 cos x + 3 x^2
    Transformed t = Transformed.of(CallsProtectedInherited.class);
    Object receiver = t.type.getConstructor().newInstance();
    Method primal = t.type.getMethod("g", double.class);
    Method tangent = t.type.getMethod("g$tangent", double.class, double.class);
    Method adjoint = t.type.getMethod("g$adjoint", double.class, double.class, double[].class);
    for (double x : POINTS) {
      double exact = 1.5 * Math.cos(x) + 3 * x * x;
      assertEquals(exact, FiniteDifferences.derivative(v -> invoke(primal, receiver, v), x).value(), 1e-6 * Math.abs(exact));
      double jv = (double) tangent.invoke(receiver, x, 0.6);
      assertEquals(exact * 0.6, jv, 1e-12 * Math.abs(exact), "tangent");
      double[] xbar = new double[1];
      adjoint.invoke(receiver, x, 3.0, xbar);
      assertEquals(3.0 * exact, xbar[0], 1e-12 * Math.abs(exact), "adjoint");
      assertEquals(3.0 * jv, xbar[0] * 0.6, 1e-12 * Math.abs(3.0 * jv), "dot product");
    }
  }

  @Test
  void anInheritedFloatMethodIsCorrectInBothModes() throws Exception {
    // g(x) = 3 * 2 x^2 in float, g'(x) = 12 x
    Transformed t = Transformed.of(CallsFloatInherited.class);
    Object receiver = t.type.getConstructor().newInstance();
    Method primal = t.type.getMethod("g", float.class);
    Method tangent = t.type.getMethod("g$tangent", float.class, float.class);
    Method adjoint = null;
    for (Method m : t.type.getMethods()) if (m.getName().equals("g$adjoint")) adjoint = m;
    assertEquals(List.of(float.class, float.class), List.of(adjoint.getParameterTypes()).subList(0, 2), "x, then the seed");
    for (double x : POINTS) {
      float xf = (float) x;
      float exact = 12f * xf;
      double fd = FiniteDifferences.derivative(v -> {
        try {
          return (float) primal.invoke(receiver, (float) v);
        } catch (ReflectiveOperationException e) {
          throw new AssertionError(e);
        }
      }, xf).value();
      assertEquals(exact, fd, 1e-3 * Math.abs(exact), "finite differences");
      float jv = (float) tangent.invoke(receiver, xf, 0.5f);
      assertEquals(exact * 0.5f, jv, 1e-5f * Math.abs(exact), "tangent");
      Object xbar = java.lang.reflect.Array.newInstance(adjoint.getParameterTypes()[2].getComponentType(), 1);
      adjoint.invoke(receiver, xf, 2f, xbar);
      float xb = ((Number) java.lang.reflect.Array.get(xbar, 0)).floatValue();
      assertEquals(2f * exact, xb, 1e-5f * Math.abs(exact), "adjoint");
      assertEquals(2f * jv, xb * 0.5f, 1e-5f * Math.abs(2f * jv), "dot product");
    }
  }

  @Test
  void anOverrideNobodyTransformedIsNeverGivenTheInheritedDerivative() throws Exception {
    LinkedFixtures l = LinkedFixtures.of(CallsInherited.class, OverridesInherited.class);
    Object overriding = l.get(OverridesInherited.class).getConstructor().newInstance();
    Method tangent = overriding.getClass().getMethod("g$tangent", double.class, double.class);
    try {
      double dt = (double) tangent.invoke(overriding, 0.3, 1.0);
      assertEquals(4 * 0.3, dt, 1e-12, "the override's derivative, 2 * 2f");
    } catch (java.lang.reflect.InvocationTargetException e) {
      String message = String.valueOf(e.getCause().getMessage());
      assertTrue(message.contains(OverridesInherited.class.getName()), message);
    }
  }

  /** Tangent and adjoint against 4 exp(f) and central finite differences of the primal, and their dot product. */
  private static void check(Transformed t) throws Exception {
    Object receiver = t.type.getConstructor().newInstance();
    Method primal = t.type.getMethod("g", double.class);
    Method tangent = t.type.getMethod("g$tangent", double.class, double.class);
    Method adjoint = t.type.getMethod("g$adjoint", double.class, double.class, double[].class);
    for (double f : POINTS) {
      double exact = 4 * Math.exp(f);
      double fd = FiniteDifferences.derivative(x -> invoke(primal, receiver, x), f).value();
      double v = 0.6, seed = 3.0;
      double jv = (double) tangent.invoke(receiver, f, v);
      assertEquals(exact * v, jv, 1e-12 * exact, "tangent");
      assertEquals(exact, fd, 1e-6 * exact, "finite differences");
      double[] fbar = new double[1];
      double value = (double) adjoint.invoke(receiver, f, seed, fbar);
      assertEquals(invoke(primal, receiver, f), value, 0.0, "the adjoint returns the primal value");
      assertEquals(seed * exact, fbar[0], 1e-12 * exact, "adjoint");
      assertEquals(seed * jv, fbar[0] * v, 1e-12 * Math.abs(seed * jv), "dot product <ybar, J v> = <xbar, v>");
    }
  }

  private static double invoke(Method m, Object receiver, double x) {
    try {
      return (double) m.invoke(receiver, x);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }
}
