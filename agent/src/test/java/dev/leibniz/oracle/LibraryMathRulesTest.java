package dev.leibniz.oracle;

import static dev.leibniz.oracle.MathRulesTest.TRIG;
import static dev.leibniz.oracle.MathRulesTest.assertGradient;
import static dev.leibniz.oracle.MathRulesTest.binary;
import static dev.leibniz.oracle.MathRulesTest.binaryF;
import static dev.leibniz.oracle.MathRulesTest.p;
import static dev.leibniz.oracle.MathRulesTest.unary;
import static dev.leibniz.oracle.MathRulesTest.unaryF;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.oracle.MathRulesTest.Case;
import dev.leibniz.oracle.fixtures.LibraryMathFunctions;
import dev.leibniz.testing.Transformed;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.hipparchus.analysis.differentiation.DerivativeStructure;
import org.hipparchus.util.FastMath;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The math functions of Hipparchus' and Commons Math's {@code FastMath}, Kotlin's {@code
 * kotlin.math} and Scala's {@code scala.math}, called for real from {@code @Differentiable}
 * fixtures: both modes against Hipparchus {@code DerivativeStructure}, central finite differences
 * and each other (dot-product test), the primal exactly the library's value, and the conventions
 * at non-smooth points.
 */
class LibraryMathRulesTest {
  static final Transformed TRANSFORMED = Transformed.of(LibraryMathFunctions.class);
  static final Class<?> T = TRANSFORMED.type;
  static final Class<?> D = double.class, F = float.class, I = int.class, J = long.class;

  static final double[] ASINH = {-3, -0.5, 0, 1, 4};
  static final double[] ACOSH = {1.01, 1.5, 3, 100};
  static final double[] ATANH = {-0.9, -0.3, 0, 0.5, 0.99};
  static final double[] ROUNDED = {-2.7, -0.3, 0.4, 3.3};

  /** The same rules under every owner prefix: {@code h_}, {@code c3_}, {@code c2_}. */
  static List<Case> fastMath() {
    List<Case> c = new ArrayList<>();
    c.addAll(List.of(
        unary("h_sin", DerivativeStructure::sin, TRIG),
        unary("h_cos", DerivativeStructure::cos, TRIG),
        unary("h_tan", DerivativeStructure::tan, TRIG),
        unary("h_asin", DerivativeStructure::asin, -0.9, 0, 0.5),
        unary("h_acos", DerivativeStructure::acos, -0.9, 0, 0.5),
        unary("h_atan", DerivativeStructure::atan, -5, 0, 2),
        unary("h_sinh", DerivativeStructure::sinh, -3, 0, 1),
        unary("h_cosh", DerivativeStructure::cosh, -3, 0, 1),
        unary("h_tanh", DerivativeStructure::tanh, -3, 0, 1),
        unary("h_exp", DerivativeStructure::exp, -5, 0, 1, 10),
        unary("h_expm1", DerivativeStructure::expm1, -5, 1e-10, 1),
        unary("h_log", DerivativeStructure::log, 1e-3, 0.5, 2, 1e5),
        unary("h_log10", DerivativeStructure::log10, 1e-3, 0.5, 2),
        unary("h_log1p", DerivativeStructure::log1p, -0.5, 0, 100),
        unary("h_sqrt", DerivativeStructure::sqrt, 1e-6, 0.25, 2),
        unary("h_cbrt", DerivativeStructure::cbrt, -8, 0.1, 27),
        unary("h_abs", DerivativeStructure::abs, -2, 0.5),
        unary("h_signum", DerivativeStructure::sign, -2, 0.5),
        unary("h_floor", DerivativeStructure::floor, ROUNDED),
        unary("h_ceil", DerivativeStructure::ceil, ROUNDED),
        unary("h_rint", DerivativeStructure::rint, ROUNDED),
        unary("h_toRadians", DerivativeStructure::toRadians, -100, 1, 45),
        unary("h_toDegrees", DerivativeStructure::toDegrees, -100, 1, 45),
        unary("h_ulp", DerivativeStructure::ulp, 3.0, -5.5),
        unary("h_nextUp", x -> x, -2, 0.5),
        unary("h_nextDown", x -> x, -2, 0.5),
        unary("h_asinh", DerivativeStructure::asinh, ASINH),
        unary("h_acosh", DerivativeStructure::acosh, ACOSH),
        unary("h_atanh", DerivativeStructure::atanh, ATANH),
        roundTimesX("h_round", D),
        binary("h_atan2", (y, x) -> y.atan2(x), p(1, 2), p(-1, -0.5), p(0.3, -2)),
        binary("h_pow", DerivativeStructure::pow, p(2, 3), p(0.5, -1.5), p(3, 0.5)),
        binary("h_hypot", (x, y) -> x.hypot(y), p(3, 4), p(-1, 0.5)),
        binary("h_max", FastMath::max, p(1, 2), p(2, 1)),
        binary("h_min", FastMath::min, p(1, 2), p(2, 1)),
        binary("h_copySign", DerivativeStructure::copySign, p(2, -1), p(-3, 5)),
        binary("h_IEEEremainder", DerivativeStructure::remainder, p(5.3, 2), p(-7.1, 3)),
        binary("h_nextAfter", (x, y) -> x.add(y.multiply(0)), p(1.5, 2), p(-3, -10)),
        new Case("h_fma", new Class<?>[] {D, D, D}, (v, x) -> v[0].multiply(v[1]).add(v[2]), new double[][] {p(1, 2, 3), p(-0.5, 4, 1e-3)}),
        new Case("h_scalb", new Class<?>[] {D, I}, (v, x) -> v[0].scalb((int) x[1]), new double[][] {p(1.5, 3), p(-2, -4)}),
        integralPower("h_powInt", I),
        integralPower("h_powLong", J),
        binary("h_logBase", (base, x) -> x.log().divide(base.log()), p(2, 8), p(10, 0.5), p(0.5, 3)),
        clamp("h_clamp", D),
        clamp("h_clampF", F),
        unaryF("h_absF", DerivativeStructure::abs, -2, 0.5),
        unaryF("h_signumF", DerivativeStructure::sign, -2, 0.5),
        unaryF("h_nextUpF", x -> x, -2, 0.5),
        unaryF("h_nextDownF", x -> x, -2, 0.5),
        unaryF("h_ulpF", DerivativeStructure::ulp, 3.0, -5.5),
        roundTimesX("h_roundF", F),
        binaryF("h_maxF", FastMath::max, p(1, 2), p(2, 1)),
        binaryF("h_minF", FastMath::min, p(1, 2), p(2, 1)),
        binaryF("h_copySignF", DerivativeStructure::copySign, p(2, -1), p(-3, 5)),
        new Case("h_fmaF", new Class<?>[] {F, F, F}, (v, x) -> v[0].multiply(v[1]).add(v[2]), new double[][] {p(1, 2, 3)}),
        new Case("h_scalbF", new Class<?>[] {F, I}, (v, x) -> v[0].scalb((int) x[1]), new double[][] {p(1.5, 3)}),
        new Case("h_nextAfterF", new Class<?>[] {F, D}, (v, x) -> v[0].add(v[1].multiply(0)), new double[][] {p(1.5, 2), p(-3, -10)})));
    for (String owner : new String[] {"c3_", "c2_"}) {
      c.addAll(List.of(
          unary(owner + "sin", DerivativeStructure::sin, TRIG),
          unary(owner + "exp", DerivativeStructure::exp, -5, 0, 1),
          unary(owner + "log", DerivativeStructure::log, 1e-3, 0.5, 2),
          unary(owner + "sqrt", DerivativeStructure::sqrt, 1e-6, 0.25, 2),
          unary(owner + "asinh", DerivativeStructure::asinh, ASINH),
          unary(owner + "acosh", DerivativeStructure::acosh, ACOSH),
          unary(owner + "atanh", DerivativeStructure::atanh, ATANH),
          binary(owner + "pow", DerivativeStructure::pow, p(2, 3), p(0.5, -1.5)),
          binary(owner + "atan2", (y, x) -> y.atan2(x), p(1, 2), p(-1, -0.5)),
          binary(owner + "hypot", (x, y) -> x.hypot(y), p(3, 4), p(-1, 0.5)),
          binary(owner + "max", FastMath::max, p(1, 2), p(2, 1))));
    }
    c.add(unary("c3_abs", DerivativeStructure::abs, -2, 0.5));
    c.add(integralPower("c3_powInt", I));
    c.add(integralPower("c3_powLong", J));
    c.add(binary("c3_logBase", (base, x) -> x.log().divide(base.log()), p(2, 8), p(10, 0.5)));
    c.add(unary("c2_cbrt", DerivativeStructure::cbrt, -8, 0.1, 27));
    return c;
  }

  static List<Case> kotlinAndScala() {
    UnaryOperator<DerivativeStructure> log2 = x -> x.log().divide(Math.log(2));
    return List.of(
        unary("k_asinh", DerivativeStructure::asinh, ASINH),
        unary("k_acosh", DerivativeStructure::acosh, ACOSH),
        unary("k_atanh", DerivativeStructure::atanh, ATANH),
        unary("k_log2", log2, 1e-3, 0.5, 8),
        unaryF("k_log2F", log2, 0.5, 8),
        new Case("k_truncate", new Class<?>[] {D}, (v, x) -> v[0].multiply(x[0] < 0 ? Math.ceil(x[0]) : Math.floor(x[0])), pts(ROUNDED)),
        new Case("k_truncateF", new Class<?>[] {F}, (v, x) -> v[0].multiply(x[0] < 0 ? Math.ceil(x[0]) : Math.floor(x[0])), pts(ROUNDED)),
        binary("k_logBase", (x, base) -> x.log().divide(base.log()), p(8, 2), p(0.5, 10), p(3, 0.5)),
        binaryF("k_logBaseF", (x, base) -> x.log().divide(base.log()), p(8, 2), p(0.5, 10)),
        roundTimesX("k_roundToInt", D),
        roundTimesX("k_roundToLong", D),
        roundTimesX("k_roundToIntF", F),
        roundTimesX("k_roundToLongF", F),
        unary("s_sin", DerivativeStructure::sin, TRIG),
        unary("s_cos", DerivativeStructure::cos, TRIG),
        unary("s_tan", DerivativeStructure::tan, TRIG),
        unary("s_exp", DerivativeStructure::exp, -5, 0, 1),
        unary("s_log", DerivativeStructure::log, 1e-3, 0.5, 2),
        unary("s_sqrt", DerivativeStructure::sqrt, 1e-6, 0.25, 2),
        unary("s_cbrt", DerivativeStructure::cbrt, -8, 0.1, 27),
        unary("s_abs", DerivativeStructure::abs, -2, 0.5),
        unary("s_tanh", DerivativeStructure::tanh, -3, 0, 1),
        unary("s_signum", DerivativeStructure::sign, -2, 0.5),
        roundTimesX("s_round", D),
        unaryF("s_absF", DerivativeStructure::abs, -2, 0.5),
        binary("s_pow", DerivativeStructure::pow, p(2, 3), p(0.5, -1.5)),
        binary("s_atan2", (y, x) -> y.atan2(x), p(1, 2), p(-1, -0.5)),
        binary("s_hypot", (x, y) -> x.hypot(y), p(3, 4), p(-1, 0.5)),
        binary("s_max", FastMath::max, p(1, 2), p(2, 1)),
        binary("s_min", FastMath::min, p(1, 2), p(2, 1)),
        unary("s_rich_abs", DerivativeStructure::abs, -2, 0.5),
        unary("s_rich_ceil", DerivativeStructure::ceil, ROUNDED),
        unary("s_rich_floor", DerivativeStructure::floor, ROUNDED),
        unary("s_rich_toRadians", DerivativeStructure::toRadians, -100, 1, 45),
        unary("s_rich_toDegrees", DerivativeStructure::toDegrees, -100, 1, 45),
        binary("s_rich_max", FastMath::max, p(1, 2), p(2, 1)),
        binary("s_rich_min", FastMath::min, p(1, 2), p(2, 1)),
        roundTimesX("s_rich_round", D),
        unary("s_rich_isNaN", x -> x.multiply(x), -1.5, 2));
  }

  static double[][] pts(double... xs) {
    double[][] p = new double[xs.length][];
    for (int i = 0; i < xs.length; i++) p[i] = new double[] {xs[i]};
    return p;
  }

  /** {@code round(x) * x}: the derivative is the rounded value (round itself contributes 0). */
  static Case roundTimesX(String name, Class<?> type) {
    return new Case(name, new Class<?>[] {type}, (v, x) -> v[0].multiply(Math.round(x[0])), pts(ROUNDED));
  }

  /** {@code pow(x, n)} with an {@code int} or {@code long} exponent, including {@code n = 0}. */
  static Case integralPower(String name, Class<?> exponent) {
    return new Case(name, new Class<?>[] {D, exponent}, (v, x) -> v[0].pow((int) x[1]),
        new double[][] {p(2, 3), p(0.5, -2), p(-1.5, 3), p(3, 0), p(1.7, 1)});
  }

  /** Hipparchus' {@code clamp(x, lo, hi) = max(lo, min(x, hi))} inside, below and above the range. */
  static Case clamp(String name, Class<?> type) {
    return new Case(name, new Class<?>[] {type, type, type},
        (v, x) -> x[1] >= Math.min(x[0], x[2]) ? v[1] : x[0] <= x[2] ? v[0] : v[2],
        new double[][] {p(0.5, 0, 1), p(-1, 0, 1), p(2, 0, 1), p(0.25, -3, 4)});
  }

  @TestFactory
  Stream<DynamicTest> bothModesMatchHipparchusFiniteDifferencesAndEachOther() {
    List<Case> all = new ArrayList<>(fastMath());
    all.addAll(kotlinAndScala());
    List<DynamicTest> tests = new ArrayList<>();
    for (Case c : all) {
      ScalarFunction f = new ScalarFunction(T, c.name(), c.params());
      for (double[] x : c.points()) {
        tests.add(DynamicTest.dynamicTest(c.name() + Arrays.toString(x), () -> MathRulesTest.checkSmooth(c, f, x)));
      }
    }
    return tests.stream();
  }

  @Test
  void everyFixtureIsCovered() {
    List<Case> all = new ArrayList<>(fastMath());
    all.addAll(kotlinAndScala());
    long fixtures = Arrays.stream(LibraryMathFunctions.class.getDeclaredMethods())
        .filter(m -> m.isAnnotationPresent(dev.leibniz.Differentiable.class) && !m.getName().startsWith("loop_")).count();
    assertEquals(fixtures, all.stream().map(Case::name).distinct().count());
  }

  @Test
  void thePrimalKeepsCallingTheLibrary() {
    String text = Transformed.text(TRANSFORMED.result.transformed());
    // The adjoint returns the primal value (a tangent that returns only the tangent drops the call).
    // (m$adjoint is the entry that takes the tape workspace; the code is in its body.)
    for (String companion : new String[] {"h_sin$adjoint", "h_powInt$adjoint", "c3_exp$adjoint", "c2_log$adjoint", "k_asinh$adjoint"}) {
      String body = text.substring(text.indexOf(companion + "$body("));
      body = body.substring(0, body.indexOf("MAXSTACK"));
      String owner = companion.startsWith("h_") ? "org/hipparchus/util/FastMath"
          : companion.startsWith("c3_") ? "org/apache/commons/math3/util/FastMath"
          : companion.startsWith("c2_") ? "org/apache/commons/math/util/FastMath" : "kotlin/math/MathKt";
      assertTrue(body.contains("INVOKESTATIC " + owner + "."), companion + " calls " + owner + ":\n" + body);
    }
    // Scala's forwarder is replaced by the java.lang.Math call it makes; the primal value is the same.
    String scala = text.substring(text.indexOf("s_cos$adjoint$body("));
    scala = scala.substring(0, scala.indexOf("MAXSTACK"));
    assertTrue(scala.contains("INVOKESTATIC java/lang/Math.cos (D)D"), scala);
    assertFalse(scala.contains("scala/math/package$.cos"), scala);
  }

  @Test
  void inALoopWithLoopVariantExponentsAndBases() {
    double[] x = {0.7, -1.3, 0.4, 2.1, -0.6, 1.1, 0.9};
    String name = "loop_powersAndLogs";
    JacobianCheck.check(name, x,
        v -> new double[] {ArraysAndCallsTest.d(ArraysAndCallsTest.callOn(null, T, name, (Object) v))},
        (v, vd) -> new double[] {ArraysAndCallsTest.d(ArraysAndCallsTest.callOn(null, T, name + "$tangent", v, vd))},
        (v, yb) -> {
          double[] g = new double[v.length];
          ArraysAndCallsTest.callOn(null, T, name + "$adjoint", v, g, yb[0]);
          return g;
        },
        null);
  }

  @Test
  void conventionsAtNonSmoothPoints() {
    // pow(x, 0) = 1 everywhere: derivative 0, also at x = 0 (no 0 * 0^-1 = NaN).
    assertGradient(new ScalarFunction(T, "h_powInt", D, I), new double[] {0}, 0, 0);
    assertGradient(new ScalarFunction(T, "h_powLong", D, J), new double[] {0}, 0, 0);
    // pow(0, 3): 3 * 0^2 = 0; pow(0, 1) = x: 1.
    assertGradient(new ScalarFunction(T, "h_powInt", D, I), new double[] {0}, 0, 3);
    assertGradient(new ScalarFunction(T, "c3_powInt", D, I), new double[] {1}, 0, 1);
    // clamp ties go to the bound checked first (Hipparchus: max(lo, min(x, hi))).
    ScalarFunction clamp = new ScalarFunction(T, "h_clamp", D, D, D);
    assertGradient(clamp, new double[] {0, 1, 0}, 0, 0, 1); // x == lo: lo's derivative
    assertGradient(clamp, new double[] {1, 0, 0}, 1, 0, 1); // x == hi: x's (min's first argument)
    // atanh at +-1 and acosh at 1: infinite slopes, as the functions have.
    assertEquals(Double.POSITIVE_INFINITY, new ScalarFunction(T, "h_acosh", D).gradient(1)[0]);
    assertEquals(Double.POSITIVE_INFINITY, new ScalarFunction(T, "k_atanh", D).gradient(1)[0]);
  }
}
