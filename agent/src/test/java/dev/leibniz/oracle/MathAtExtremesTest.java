package dev.leibniz.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.leibniz.oracle.fixtures.MathAtExtremes;
import dev.leibniz.testing.Transformed;
import java.math.BigDecimal;
import java.math.MathContext;
import org.junit.jupiter.api.Test;

/**
 * Derivative formulas evaluated where a naive form overflows, underflows or cancels although the
 * derivative is an ordinary double: {@code atan2}'s {@code 1 / (y^2 + x^2)} at tiny and huge
 * arguments (was +-infinity and 0), {@code asin}, {@code acos} and {@code atanh}'s {@code 1 - x^2}
 * next to +-1 (was 1e-11 off at 0.999999), {@code asinh}'s {@code x^2 + 1} above 1e154 (was 0). Both modes against the derivative computed exactly
 * (BigDecimal), to a few ulps.
 */
class MathAtExtremesTest {
  static final Class<?> T = Transformed.of(MathAtExtremes.class).type;
  static final MathContext MC = MathContext.DECIMAL128;

  static void assertBoth(ScalarFunction f, double[] x, double[] exact) {
    double[] t = f.tangentGradient(x), a = f.gradient(x);
    for (int j = 0; j < exact.length; j++) {
      String at = f.name() + java.util.Arrays.toString(x) + " d/d" + j;
      assertEquals(exact[j], t[j], 1e-14 * Math.abs(exact[j]), at + " tangent");
      assertEquals(exact[j], a[j], 1e-14 * Math.abs(exact[j]), at + " adjoint");
    }
  }

  /** d atan2(y, x) = (x, -y) / (y^2 + x^2), exactly. */
  static double[] atan2Exact(double y, double x) {
    BigDecimal by = new BigDecimal(y), bx = new BigDecimal(x);
    BigDecimal r2 = by.multiply(by).add(bx.multiply(bx));
    return new double[] {bx.divide(r2, MC).doubleValue(), by.negate().divide(r2, MC).doubleValue()};
  }

  /** 1 / sqrt(1 - x^2) with 1 - x^2 exact. */
  static double inverseRoot(double x) {
    BigDecimal b = new BigDecimal(x);
    double oneMinus = BigDecimal.ONE.subtract(b.multiply(b)).doubleValue();
    return 1 / Math.sqrt(oneMinus);
  }

  @Test
  void atan2AtTinyAndHugeArguments() {
    ScalarFunction f = new ScalarFunction(T, "atan2", double.class, double.class);
    for (double[] p : new double[][] {{1e-170, 1e-170}, {3e-165, -2e-170}, {1e160, 1e160}, {-2e200, 5e199}, {0.3, -0.4}, {1e-160, 2e-161}}) {
      assertBoth(f, p, atan2Exact(p[0], p[1]));
    }
  }

  @Test
  void inverseSinesAndCosinesNextToOne() {
    ScalarFunction asin = new ScalarFunction(T, "asin", double.class), acos = new ScalarFunction(T, "acos", double.class);
    for (double x : new double[] {1 - 1e-14, -1 + 3e-15, Math.nextDown(1.0), 0.999999, 0.5, -0.25}) {
      double d = inverseRoot(x);
      assertBoth(asin, new double[] {x}, new double[] {d});
      assertBoth(acos, new double[] {x}, new double[] {-d});
    }
  }

  @Test
  void atanhNextToOne() {
    ScalarFunction f = new ScalarFunction(T, "atanh", double.class);
    for (double x : new double[] {1 - 1e-14, -1 + 3e-15, Math.nextDown(1.0), 0.999999, 0.5}) {
      BigDecimal b = new BigDecimal(x);
      double d = BigDecimal.ONE.divide(BigDecimal.ONE.subtract(b.multiply(b)), MC).doubleValue();
      assertBoth(f, new double[] {x}, new double[] {d});
    }
  }

  /** asinh' = 1 / sqrt(x^2 + 1), where x^2 + 1 overflows (it was 0). */
  @Test
  void asinhAtHugeArguments() {
    ScalarFunction f = new ScalarFunction(T, "asinh", double.class);
    for (double x : new double[] {1e200, -3e160, 1e154, 2.5, -0.5}) {
      BigDecimal b = new BigDecimal(x);
      double d = 1 / Math.sqrt(b.multiply(b).add(BigDecimal.ONE).doubleValue());
      if (Math.abs(x) > 1e100) d = 1 / Math.abs(x);
      assertBoth(f, new double[] {x}, new double[] {d});
    }
  }
}
