package dev.leibniz.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.oracle.FiniteDifferences.Estimate;
import dev.leibniz.oracle.fixtures.MathFunctions;
import dev.leibniz.testing.Transformed;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.BinaryOperator;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.hipparchus.analysis.differentiation.DSFactory;
import org.hipparchus.analysis.differentiation.DerivativeStructure;
import org.hipparchus.util.FastMath;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every {@code Math}/{@code StrictMath} derivative rule, in both modes, against Hipparchus {@code
 * DerivativeStructure} and central finite differences at smooth points, against the documented
 * conventions at the non-smooth ones, plus the adjoint dot-product test and NaN propagation.
 */
class MathRulesTest {
  static final Class<?> T = Transformed.of(MathFunctions.class).type;
  static final Class<?> D = double.class, F = float.class, I = int.class;

  /** A fixture method, its Hipparchus twin (active variables, all arguments) and smooth points. */
  record Case(String name, Class<?>[] params, BiFunction<DerivativeStructure[], double[], DerivativeStructure> hip, double[][] points) {
    boolean isFloat() {
      return Arrays.asList(params).contains(float.class);
    }

    ScalarFunction function() {
      return new ScalarFunction(T, name, params);
    }
  }

  static Case unary(String name, UnaryOperator<DerivativeStructure> hip, double... xs) {
    double[][] p = new double[xs.length][];
    for (int i = 0; i < xs.length; i++) p[i] = new double[] {xs[i]};
    return new Case(name, new Class<?>[] {D}, (v, x) -> hip.apply(v[0]), p);
  }

  static Case unaryF(String name, UnaryOperator<DerivativeStructure> hip, double... xs) {
    Case c = unary(name, hip, xs);
    return new Case(name, new Class<?>[] {F}, c.hip, c.points);
  }

  static Case binary(String name, BinaryOperator<DerivativeStructure> hip, double[]... pts) {
    return new Case(name, new Class<?>[] {D, D}, (v, x) -> hip.apply(v[0], v[1]), pts);
  }

  static Case binaryF(String name, BinaryOperator<DerivativeStructure> hip, double[]... pts) {
    return new Case(name, new Class<?>[] {F, F}, (v, x) -> hip.apply(v[0], v[1]), pts);
  }

  static double[] p(double... xs) {
    return xs;
  }

  static final double[] TRIG = {-2.5, -0.3, 0, 0.7, 1.2, 3.0};

  static final List<Case> CASES =
      List.of(
          unary("sin", DerivativeStructure::sin, TRIG),
          unary("cos", DerivativeStructure::cos, TRIG),
          unary("tan", DerivativeStructure::tan, TRIG),
          unary("asin", DerivativeStructure::asin, -0.9, -0.2, 0, 0.5, 0.99),
          unary("acos", DerivativeStructure::acos, -0.9, -0.2, 0, 0.5, 0.99),
          unary("atan", DerivativeStructure::atan, -5, -0.5, 0, 2, 1e3),
          unary("sinh", DerivativeStructure::sinh, -3, -0.5, 0, 1, 4),
          unary("cosh", DerivativeStructure::cosh, -3, -0.5, 0, 1, 4),
          unary("tanh", DerivativeStructure::tanh, -3, -0.5, 0, 1, 4),
          unary("exp", DerivativeStructure::exp, -5, -0.5, 0, 1, 10),
          unary("expm1", DerivativeStructure::expm1, -5, -0.5, 1e-10, 0, 1, 10),
          unary("log", DerivativeStructure::log, 1e-3, 0.5, 1, 2, 1e5),
          unary("log10", DerivativeStructure::log10, 1e-3, 0.5, 1, 2, 1e5),
          unary("log1p", DerivativeStructure::log1p, -0.5, 1e-10, 0, 1, 100),
          unary("sqrt", DerivativeStructure::sqrt, 1e-6, 0.25, 1, 2, 1e6),
          unary("cbrt", DerivativeStructure::cbrt, -8, -0.1, 0.1, 1, 27),
          unary("abs", DerivativeStructure::abs, -2, -1e-300, 1e-300, 0.5, 3),
          unary("signum", DerivativeStructure::sign, -2, -1e-300, 0.5, 3),
          unary("floor", DerivativeStructure::floor, -2.7, -0.3, 0.4, 3.3),
          unary("ceil", DerivativeStructure::ceil, -2.7, -0.3, 0.4, 3.3),
          unary("rint", DerivativeStructure::rint, -2.7, -0.3, 0.4, 3.3),
          unary("round", x -> x.multiply(0), -2.7, -0.3, 0.4, 3.3),
          unary("toRadians", DerivativeStructure::toRadians, -100, 0, 1, 45),
          unary("toDegrees", DerivativeStructure::toDegrees, -100, 0, 1, 45),
          unary("ulp", DerivativeStructure::ulp, 3.0, 1.5, -5.5, 100.3),
          unary("nextUp", x -> x, -2, 0.5, 3, 1e10),
          unary("nextDown", x -> x, -2, 0.5, 3, 1e10),
          binary("atan2", (y, x) -> y.atan2(x), p(1, 2), p(-1, -0.5), p(0.3, -2), p(-2, 0.1), p(1e-3, 1)),
          binary("pow", DerivativeStructure::pow, p(2, 3), p(0.5, -1.5), p(3, 0.5), p(1e-10, 0.5), p(1e-10, 3), p(1.5, 2.5), p(2, -2)),
          binary("hypot", (x, y) -> x.hypot(y), p(3, 4), p(-1, 0.5), p(1e-3, -2), p(1e5, 1)),
          binary("max", FastMath::max, p(1, 2), p(2, 1), p(-1, -3), p(-0.5, 0.25)),
          binary("min", FastMath::min, p(1, 2), p(2, 1), p(-1, -3), p(-0.5, 0.25)),
          binary("copySign", DerivativeStructure::copySign, p(2, -1), p(-3, 5), p(1.5, 2), p(-0.5, -2)),
          binary("IEEEremainder", DerivativeStructure::remainder, p(5.3, 2), p(-7.1, 3), p(10, 3.3), p(1, 0.4)),
          binary("nextAfter", (x, y) -> x.add(y.multiply(0)), p(1.5, 2), p(-3, -10)),
          new Case("fma", new Class<?>[] {D, D, D}, (v, x) -> v[0].multiply(v[1]).add(v[2]), new double[][] {p(1, 2, 3), p(-0.5, 4, 1e-3), p(3, -2, 7)}),
          new Case("scalb", new Class<?>[] {D, I}, (v, x) -> v[0].scalb((int) x[1]), new double[][] {p(1.5, 3), p(-2, -4), p(0.7, 0)}),
          unaryF("absF", DerivativeStructure::abs, -2, 0.5, 3),
          unaryF("signumF", DerivativeStructure::sign, -2, 0.5),
          unaryF("nextUpF", x -> x, -2, 0.5, 3),
          unaryF("nextDownF", x -> x, -2, 0.5, 3),
          unaryF("roundF", x -> x.multiply(0), -2.7, 0.4, 3.3),
          binaryF("maxF", FastMath::max, p(1, 2), p(2, 1), p(-1, -3)),
          binaryF("minF", FastMath::min, p(1, 2), p(2, 1), p(-1, -3)),
          binaryF("copySignF", DerivativeStructure::copySign, p(2, -1), p(-3, 5), p(1.5, 2)),
          new Case("fmaF", new Class<?>[] {F, F, F}, (v, x) -> v[0].multiply(v[1]).add(v[2]), new double[][] {p(1, 2, 3), p(-0.5, 4, 0.25)}),
          new Case("scalbF", new Class<?>[] {F, I}, (v, x) -> v[0].scalb((int) x[1]), new double[][] {p(1.5, 3), p(-2, -4)}),
          unary("strictSin", DerivativeStructure::sin, TRIG),
          unary("strictExp", DerivativeStructure::exp, -5, 0, 1, 10),
          unary("strictLog", DerivativeStructure::log, 1e-3, 0.5, 2),
          unary("strictSqrt", DerivativeStructure::sqrt, 1e-6, 0.25, 2),
          unary("strictCbrt", DerivativeStructure::cbrt, -8, 0.1, 27),
          unary("strictTanh", DerivativeStructure::tanh, -3, 0, 1),
          unary("strictAbs", DerivativeStructure::abs, -2, 3),
          binary("strictPow", DerivativeStructure::pow, p(2, 3), p(0.5, -1.5), p(1e-10, 0.5)),
          binary("strictAtan2", (y, x) -> y.atan2(x), p(1, 2), p(-1, -0.5)),
          binary("strictHypot", (x, y) -> x.hypot(y), p(3, 4), p(-1, 0.5)),
          binary("strictMax", FastMath::max, p(1, 2), p(2, 1)),
          binary("doubleSum", (x, y) -> x.add(y).multiply(x), p(1, 2), p(-0.5, 0.25)),
          binary("doubleMax", FastMath::max, p(1, 2), p(2, 1), p(-1, -3)),
          binary("doubleMin", FastMath::min, p(1, 2), p(2, 1), p(-1, -3)),
          binaryF("floatSum", (x, y) -> x.add(y).multiply(x), p(1, 2), p(-0.5, 0.25)),
          binaryF("floatMax", FastMath::max, p(1, 2), p(2, 1)),
          binaryF("floatMin", FastMath::min, p(1, 2), p(2, 1)),
          unaryF("ulpF", x -> x.multiply(Math.ulp((float) x.getValue())), 3.0, -5.5),
          new Case("nextAfterF", new Class<?>[] {F, D}, (v, x) -> v[0].add(v[1].multiply(0)), new double[][] {p(1.5, 2), p(-3, -10)}));

  @TestFactory
  Stream<DynamicTest> bothModesMatchHipparchusFiniteDifferencesAndEachOther() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Case c : CASES) {
      for (double[] x : c.points) {
        tests.add(DynamicTest.dynamicTest(c.name + Arrays.toString(x), () -> checkSmooth(c, x)));
      }
    }
    return tests.stream();
  }

  static void checkSmooth(Case c, double[] x) {
    checkSmooth(c, c.function(), x);
  }

  /** Both modes of {@code f} against {@code c}'s Hipparchus twin, finite differences and each other. */
  static void checkSmooth(Case c, ScalarFunction f, double[] x) {
    int n = f.active();
    double rel = c.isFloat() ? 1e-6 : 1e-12;
    double[] g = new double[n];
    double y = f.adjoint(x, 1, g);
    assertEquals(f.value(x), y, 0, c.name + Arrays.toString(x) + " primal returned by $adjoint");
    double[] tg = f.tangentGradient(x);
    double[] hip = hipparchus(c, f, x);
    double[] a = f.activePart(x);
    for (int i = 0; i < n; i++) {
      int k = i;
      assertEquals(g[i], tg[i], 1e-14 * Math.max(1, Math.abs(g[i])), () -> c.name + Arrays.toString(x) + " tangent vs adjoint, partial " + k);
      assertEquals(hip[i], g[i], rel * Math.max(1, Math.abs(hip[i])), () -> c.name + Arrays.toString(x) + " adjoint vs Hipparchus, partial " + k);
      double[] e = new double[n];
      e[i] = 1;
      Estimate fd = FiniteDifferences.directional(v -> new double[] {f.value(f.withActive(x, v))}, a, e)[0];
      assertEquals(fd.value(), g[i], fd.tolerance(c.isFloat() ? 1e-4 : 1e-8), () -> c.name + Arrays.toString(x) + " adjoint vs finite differences, partial " + k + " " + fd);
    }
    DotProductCheck.check(
        c.name,
        a,
        1,
        (v, vdot) -> new double[] {f.tangent(f.withActive(x, v), vdot)},
        (v, ybar) -> {
          double[] gr = new double[n];
          f.adjoint(f.withActive(x, v), ybar[0], gr);
          return gr;
        },
        42,
        3,
        c.isFloat());
  }

  static double[] hipparchus(Case c, double[] x) {
    return hipparchus(c, c.function(), x);
  }

  static double[] hipparchus(Case c, ScalarFunction f, double[] x) {
    double[] a = f.activePart(x);
    // float fixtures see the float-rounded arguments
    DSFactory factory = new DSFactory(a.length, 1);
    DerivativeStructure[] vars = new DerivativeStructure[a.length];
    for (int i = 0; i < a.length; i++) vars[i] = factory.variable(i, c.isFloat() ? (float) a[i] : a[i]);
    DerivativeStructure r = c.hip.apply(vars, x);
    double[] out = new double[a.length];
    for (int i = 0; i < a.length; i++) {
      int[] orders = new int[a.length];
      orders[i] = 1;
      out[i] = r.getPartialDerivative(orders);
    }
    return out;
  }

  static ScalarFunction fn(String name, Class<?>... params) {
    return new ScalarFunction(T, name, params);
  }

  /** Both modes give {@code expected} as the gradient at {@code x}. */
  static void assertGradient(ScalarFunction f, double[] expected, double... x) {
    String at = f.name() + Arrays.toString(x);
    double[] g = f.gradient(x);
    double[] tg = f.tangentGradient(x);
    for (int i = 0; i < expected.length; i++) {
      assertEquals(expected[i], g[i], 1e-15 * Math.abs(expected[i]), at + " adjoint partial " + i);
      assertEquals(expected[i], tg[i], 1e-15 * Math.abs(expected[i]), at + " tangent partial " + i);
    }
  }

  @Test
  void absDerivativeAtSignedZeroFollowsTheSignBit() {
    for (ScalarFunction f : List.of(fn("abs", D), fn("absF", F), fn("strictAbs", D))) {
      assertGradient(f, p(1), 0.0);
      assertGradient(f, p(-1), -0.0);
    }
  }

  /**
   * A tie is broken as if the first argument were the larger: max takes its derivative, min the second's; a tie of
   * signed zeros takes the argument Java returns, +0.0 the larger (max(-0.0, 0.0) is 0.0's, min(-0.0, 0.0) is -0.0's),
   * as abs' reads the zero's sign (sixteenth peer round: bce_with_logits at -0.0).
   */
  @Test
  void maxSendsTheDerivativeToTheFirstArgumentOnTiesAndMinToTheSecond() {
    for (double[] x : new double[][] {p(1.5, 1.5), p(0.0, -0.0), p(-2, -2), p(0, 0), p(-0.0, -0.0)}) {
      for (ScalarFunction f : List.of(fn("max", D, D), fn("maxF", F, F), fn("strictMax", D, D))) {
        assertGradient(f, p(1, 0), x);
      }
      for (ScalarFunction f : List.of(fn("min", D, D), fn("minF", F, F))) {
        assertGradient(f, p(0, 1), x);
      }
    }
    for (ScalarFunction f : List.of(fn("max", D, D), fn("maxF", F, F), fn("strictMax", D, D))) {
      assertGradient(f, p(0, 1), p(-0.0, 0.0));
    }
    for (ScalarFunction f : List.of(fn("min", D, D), fn("minF", F, F))) {
      assertGradient(f, p(1, 0), p(-0.0, 0.0));
    }
  }

  @Test
  void maxAndMinJustOffATieFollowTheLargerAndSmallerArgument() {
    double eps = 1e-12;
    assertGradient(fn("max", D, D), p(0, 1), 1, 1 + eps);
    assertGradient(fn("max", D, D), p(1, 0), 1 + eps, 1);
    assertGradient(fn("min", D, D), p(1, 0), 1, 1 + eps);
    assertGradient(fn("min", D, D), p(0, 1), 1 + eps, 1);
    assertGradient(fn("max", D, D), p(0, 1), -Double.MIN_VALUE, 0);
  }

  @Test
  void copySignWithASignedZeroSignFollowsTheSignBit() {
    for (ScalarFunction f : List.of(fn("copySign", D, D), fn("copySignF", F, F))) {
      assertGradient(f, p(-1, 0), 2, -0.0);
      assertGradient(f, p(1, 0), 2, 0.0);
      assertGradient(f, p(1, 0), -2, -0.0);
      assertGradient(f, p(-1, 0), -0.0, 0.0);
    }
  }

  @Test
  void absJustOffZeroFollowsTheSign() {
    assertGradient(fn("abs", D), p(1), Double.MIN_VALUE);
    assertGradient(fn("abs", D), p(-1), -Double.MIN_VALUE);
  }

  @Test
  void powExponentPartialIsZeroForNonPositiveBase() {
    ScalarFunction pow = fn("pow", D, D);
    assertGradient(pow, p(0, 0), 0, 2);
    assertGradient(pow, p(12, 0), -2, 3);
    assertGradient(pow, p(-4, 0), -2, 2);
    assertGradient(pow, p(0, 0), 0, 3);
    assertGradient(pow, p(-3 * Math.pow(-0.5, -4), 0), -0.5, -3);
    assertGradient(pow, p(0, 0), -0.0, 2);
  }

  @Test
  void powBasePartialIsZeroForZeroExponent() {
    ScalarFunction pow = fn("pow", D, D);
    assertGradient(pow, p(0, 0), 0, 0);
    assertGradient(pow, p(0, Math.log(2)), 2, 0);
    assertGradient(pow, p(0, 0), -3, 0);
    assertGradient(pow, p(0, Math.log(1e-300)), 1e-300, 0);
    assertGradient(pow, p(0, 0), -0.0, 0);
  }

  @Test
  void powWithBaseNearZeroMatchesAnalyticPartials() {
    ScalarFunction pow = fn("pow", D, D);
    for (double[] x : new double[][] {p(1e-300, 2), p(1e-10, 0.5), p(1e-8, 1), p(1e-100, 3)}) {
      double u = x[0], v = x[1];
      double[] g = pow.gradient(x), tg = pow.tangentGradient(x);
      double du = v * Math.pow(u, v - 1), dv = Math.pow(u, v) * Math.log(u);
      assertEquals(du, g[0], 1e-14 * Math.abs(du));
      assertEquals(dv, g[1], 1e-14 * Math.abs(dv));
      assertEquals(du, tg[0], 1e-14 * Math.abs(du));
      assertEquals(dv, tg[1], 1e-14 * Math.abs(dv));
    }
  }

  @Test
  void sqrtAndCbrtHaveInfiniteSlopeAtZero() {
    for (ScalarFunction f : List.of(fn("sqrt", D), fn("cbrt", D), fn("strictSqrt", D))) {
      assertEquals(Double.POSITIVE_INFINITY, f.gradient(0.0)[0], f.name());
      assertEquals(Double.POSITIVE_INFINITY, f.tangentGradient(0.0)[0], f.name());
    }
  }

  static final List<String> SMOOTH =
      List.of("sin", "cos", "tan", "asin", "acos", "atan", "sinh", "cosh", "tanh", "exp", "expm1",
          "log", "log10", "log1p", "sqrt", "cbrt", "strictSin", "strictExp", "strictLog",
          "strictSqrt", "strictCbrt", "strictTanh");

  @Test
  void nanInputGivesNanPrimalAndNanDerivativeWithoutThrowing() {
    for (Case c : CASES) {
      ScalarFunction f = c.function();
      for (int at = 0; at < c.params.length; at++) {
        if (c.params[at] == int.class) continue;
        double[] x = c.points[0].clone();
        x[at] = Double.NaN;
        double[] g = new double[f.active()];
        double y = f.adjoint(x, 1, g);
        double t = f.tangent(x, f.activePart(x).clone());
        String where = c.name + Arrays.toString(x);
        assertEquals(f.value(x), y, 0, where + " primal");
        if (SMOOTH.contains(c.name)) {
          assertTrue(Double.isNaN(g[0]), where + " adjoint " + g[0]);
          assertTrue(Double.isNaN(f.tangentGradient(x)[0]), where + " tangent " + t);
        }
      }
    }
  }

  /**
   * Every public static method of {@code Math}, {@code StrictMath}, {@code Double} and {@code Float} that takes and
   * returns floating values on this JDK has a rule in the one table ({@code MathRules}; {@code Double.sum} is the sum
   * {@code a + b}, {@code Double.max} is {@code Math.max}), so none is refused or taken as a constant. JDK 21's {@code
   * Math.clamp} has none: it is refused, located ({@code AttackCatalogueTest.mathClampIsRefusedNotPassive}).
   */
  @Test
  void everyFloatingStaticOfTheJdksMathClassesHasARule() {
    List<String> missing = new ArrayList<>();
    for (Class<?> c : List.of(Math.class, StrictMath.class, Double.class, Float.class)) {
      for (java.lang.reflect.Method m : c.getDeclaredMethods()) {
        int mod = m.getModifiers();
        boolean floating = m.getReturnType() == double.class || m.getReturnType() == float.class;
        boolean floatingArgument = Arrays.stream(m.getParameterTypes()).anyMatch(p -> p == double.class || p == float.class);
        if (!java.lang.reflect.Modifier.isStatic(mod) || !java.lang.reflect.Modifier.isPublic(mod) || !floating || !floatingArgument
            || m.getName().equals("clamp")) continue;
        var ref = new dev.leibniz.core.ir.MethodRef(org.objectweb.asm.Opcodes.INVOKESTATIC, org.objectweb.asm.Type.getInternalName(c),
            m.getName(), org.objectweb.asm.Type.getMethodDescriptor(m), false);
        if (!dev.leibniz.core.rules.MathRules.isSum(ref) && dev.leibniz.core.rules.MathRules.find(dev.leibniz.core.rules.MathRules.asMath(ref)) == null) {
          missing.add(c.getSimpleName() + "." + m.getName() + ref.desc());
        }
      }
    }
    assertEquals(List.of(), missing);
  }

  @Test
  void nanFirstArgumentOfSmoothBinaryFunctionsGivesNanPartial() {
    for (String name : List.of("atan2", "hypot", "pow", "strictPow", "strictAtan2", "strictHypot")) {
      ScalarFunction f = fn(name, D, D);
      double[] x = {Double.NaN, 1.5};
      assertTrue(Double.isNaN(f.gradient(x)[0]), name);
      assertTrue(Double.isNaN(f.tangentGradient(x)[0]), name);
    }
  }
}
