package dev.leibniz.oracle;

import static dev.leibniz.oracle.ArraysAndCallsTest.callOn;
import static dev.leibniz.oracle.ArraysAndCallsTest.d;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.leibniz.oracle.fixtures.lambdas.Geometry;
import dev.leibniz.oracle.fixtures.lambdas.MethodRefs;
import dev.leibniz.oracle.fixtures.lambdas.NestedLambdas;
import java.util.function.DoubleUnaryOperator;
import java.util.function.UnaryOperator;
import org.hipparchus.analysis.differentiation.DSFactory;
import org.hipparchus.analysis.differentiation.DerivativeStructure;
import org.junit.jupiter.api.Test;

/** Lambdas whose bodies are found at run time: the body is in the class that created the lambda. */
class LambdaBodiesTest {
  static final LinkedFixtures L = LinkedFixtures.of(NestedLambdas.class, NestedLambdas.Inner.class, MethodRefs.class, Geometry.class,
      dev.leibniz.oracle.fixtures.lambdas.Captures.class, dev.leibniz.oracle.fixtures.lambdas.Stateful.class,
      dev.leibniz.oracle.fixtures.lambdas.Factory.class);

  /** outer(x) = x^3, inner(x) = 10 x^2: the nested class's lambda must not get the outer class's body. */
  @Test
  void lambdaOfANestedClassUsesItsOwnBody() {
    check(L.get(NestedLambdas.class), "outer", x -> 3 * x * x);
    check(L.get(NestedLambdas.Inner.class), "inner", x -> 20 * x);
    check(L.get(NestedLambdas.class), "outer", x -> 3 * x * x);
  }

  /**
   * Method references: static ({@code Math::sin}, {@code Geometry::hypotenuse}) and bound to
   * {@code this}; each is the one site of its shape in its class, so its forwarder's companion is
   * found. Against finite differences and Hipparchus's DerivativeStructure, both modes.
   */
  @Test
  void methodReferences() throws Exception {
    Class<?> refs = L.get(MethodRefs.class);
    checkGradient(refs, null, "ofSine", 0.3, 1.4, (a, b) -> trapezoid(DerivativeStructure::sin, a, b));
    checkGradient(refs, null, "ofOtherClass", 0.6, -1.1, (a, b) -> a.multiply(a).add(b.multiply(b)).sqrt().multiply(a));
    Object receiver = refs.getConstructor(double.class).newInstance(2.5);
    checkGradient(refs, receiver, "ofThis", -0.4, 0.9, (a, b) -> trapezoid(t -> t.multiply(t).multiply(2.5), a, b));
  }

  private static DerivativeStructure trapezoid(UnaryOperator<DerivativeStructure> f, DerivativeStructure a, DerivativeStructure b) {
    DerivativeStructure h = b.subtract(a).divide(4);
    DerivativeStructure s = f.apply(a).add(f.apply(b)).multiply(0.5);
    for (int i = 1; i < 4; i++) s = s.add(f.apply(a.add(h.multiply(i))));
    return s.multiply(h);
  }

  /** f(a, b): tangent along each input and the adjoint against Hipparchus's gradient and finite differences. */
  private static void checkGradient(Class<?> c, Object receiver, String method, double a, double b,
      java.util.function.BinaryOperator<DerivativeStructure> oracle) {
    DSFactory ds = new DSFactory(2, 1);
    DerivativeStructure y = oracle.apply(ds.variable(0, a), ds.variable(1, b));
    double[] exact = {y.getPartialDerivative(1, 0), y.getPartialDerivative(0, 1)};
    double[] tangent = {d(callOn(receiver, c, method + "$tangent", a, 1.0, b, 0.0)), d(callOn(receiver, c, method + "$tangent", a, 0.0, b, 1.0))};
    double[] g = new double[2];
    assertEquals(y.getValue(), d(callOn(receiver, c, method + "$adjoint", a, b, 1.0, g)), 1e-13 * (1 + Math.abs(y.getValue())), method);
    for (int k = 0; k < 2; k++) {
      assertEquals(exact[k], tangent[k], 1e-12 * (1 + Math.abs(exact[k])), method + " tangent " + k);
      assertEquals(exact[k], g[k], 1e-12 * (1 + Math.abs(exact[k])), method + " adjoint " + k);
      int dir = k;
      FiniteDifferences.Estimate fd = FiniteDifferences.derivative(
          v -> d(callOn(receiver, c, method, dir == 0 ? v : a, dir == 1 ? v : b)), dir == 0 ? a : b);
      assertEquals(fd.value(), tangent[k], fd.tolerance(1e-8), method + " finite differences " + k);
    }
  }

  /**
   * Lambdas capturing values that are constants for the differentiated method (made in a
   * constructor, or from an int): a double, an array. Both modes against Hipparchus and finite differences.
   */
  @Test
  void lambdasCapturingPassiveValues() throws Exception {
    Class<?> c = L.get(dev.leibniz.oracle.fixtures.lambdas.Captures.class);
    Object o = c.getConstructor(double.class, double[].class).newInstance(1.7, new double[] {0.5, -2.0});
    checkGradient(c, o, "sineIntegral", 0.2, 1.3, (a, b) -> trapezoid(t -> t.sin().multiply(1.7), a, b));
    checkGradient(c, o, "withThis", 0.1, 0.7, (a, b) -> trapezoid(t -> t.multiply(t).multiply(3.0).add(1.5), a, b));
    checkGradient(c, o, "weightedIntegral", -0.3, 0.8, (a, b) -> trapezoid(t -> t.multiply(0.5).add(t.multiply(t).multiply(-2.0)), a, b));
    for (int n : new int[] {1, 4}) {
      double cst = n * 0.5, e = n * 0.25;
      double[] g = new double[2];
      double lo = 0.1, hi = 1.2;
      callOn(null, c, "shifted$adjoint", lo, hi, n, 1.0, g);
      DSFactory ds = new DSFactory(2, 1);
      DerivativeStructure y = trapezoid(t -> t.multiply(t).add(t.multiply(cst)).add(e), ds.variable(0, lo), ds.variable(1, hi));
      assertEquals(y.getPartialDerivative(1, 0), g[0], 1e-12, "shifted adjoint lo");
      assertEquals(y.getPartialDerivative(0, 1), g[1], 1e-12, "shifted adjoint hi");
      assertEquals(y.getPartialDerivative(0, 1), d(callOn(null, c, "shifted$tangent", lo, 0.0, hi, 1.0, n)), 1e-12, "shifted tangent hi");
      FiniteDifferences.Estimate fd = FiniteDifferences.derivative(v -> d(callOn(null, c, "shifted", lo, v, n)), hi);
      assertEquals(fd.value(), g[1], fd.tolerance(1e-8), "shifted finite differences");
    }
  }

  /**
   * A lambda writing a captured array, created in the marked method and given to a helper whose code
   * is known, is replaced by its body: the state carried from call to call keeps its derivative.
   * Both modes against Hipparchus and finite differences.
   */
  @Test
  void lambdaWritingACapturedArrayMadeHereIsItsBody() {
    Class<?> c = L.get(dev.leibniz.oracle.fixtures.lambdas.Stateful.class);
    checkGradient(c, null, "stateful", 0.2, 1.0, (a, b) -> {
      DerivativeStructure[] previous = {a.getField().getZero()};
      return trapezoid(t -> {
        DerivativeStructure p = previous[0];
        previous[0] = t;
        return p.multiply(t);
      }, a, b);
    });
  }

  /** The same lambda made in a constructor would carry a derivative from call to call: it is named at run time, not cut. */
  @Test
  void lambdaWritingACapturedArrayIsNamed() throws Exception {
    Class<?> c = L.get(dev.leibniz.oracle.fixtures.lambdas.Stateful.class);
    Object o = c.getConstructor().newInstance();
    d(callOn(o, c, "kept", 0.2, 1.0));
    AssertionError t = org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class, () -> callOn(o, c, "kept$tangent", 0.2, 1.0, 1.0, 0.0));
    AssertionError a = org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class, () -> callOn(o, c, "kept$adjoint", 0.2, 1.0, 1.0, new double[2]));
    for (AssertionError e : java.util.List.of(t, a)) {
      org.junit.jupiter.api.Assertions.assertTrue(e.getCause() instanceof IllegalStateException
          && e.getCause().getMessage().contains("Stateful$$Lambda"), e.getCause()::getMessage);
    }
  }

  /**
   * A lambda capturing an active value made by an un-annotated factory: the factory is inlined, the
   * lambda then is made here and becomes its body in the helper it is given to (was refused).
   */
  @Test
  void activeValueCapturedThroughAFactory() {
    Class<?> c = L.get(dev.leibniz.oracle.fixtures.lambdas.Factory.class);
    checkGradient(c, null, "viaFactory", 1.3, 0.8, (a, hi) -> trapezoid(t -> t.multiply(a), a.getField().getZero(), hi));
  }

  static void check(Class<?> c, String method, DoubleUnaryOperator exact) {
    for (double x : new double[] {-0.7, 0.3, 1.6}) {
      double tangent = d(callOn(null, c, method + "$tangent", x, 1.0));
      double[] g = new double[1];
      callOn(null, c, method + "$adjoint", x, 1.0, g);
      assertEquals(exact.applyAsDouble(x), tangent, 1e-13 * (1 + Math.abs(tangent)), method + " tangent at " + x);
      assertEquals(tangent, g[0], 1e-13 * (1 + Math.abs(tangent)), method + " adjoint at " + x);
      FiniteDifferences.Estimate fd = FiniteDifferences.derivative(v -> d(callOn(null, c, method, v)), x);
      assertEquals(fd.value(), tangent, fd.tolerance(1e-8), method + " finite differences at " + x);
    }
  }
}
