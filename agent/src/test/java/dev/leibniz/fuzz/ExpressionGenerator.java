package dev.leibniz.fuzz;

import java.util.List;
import java.util.Random;

/**
 * Random side-effect-free expressions over a {@link Scope}, as Java source text. Every
 * {@code Math} call stays inside its domain (square roots and logarithms of {@code 1 + e*e},
 * exponentials of bounded values, powers of positive bases), so that derivatives are finite; kinks
 * ({@code abs}, {@code max}, branches, casts to int) are allowed and detected by the oracle. The
 * differentiable bit-pattern idioms (sign flip, abs, float round trip) appear among the functions.
 */
final class ExpressionGenerator {
  private static final String[] CONSTANTS = {"0.5", "1.5", "2.0", "0.25", "3.0", "-1.0", "0.1", "-0.75"};
  private static final String[] EXPONENTS = {"2.0", "0.5", "1.5", "-1.0", "3.0", "-0.5"};

  private final Random r;
  /** Whether expressions may call library-jar functions beyond FastMath (Hipparchus {@code Erf}, {@code Gamma}). */
  private final boolean library;

  ExpressionGenerator(Random r) {
    this(r, false);
  }

  ExpressionGenerator(Random r, boolean library) {
    this.r = r;
    this.library = library;
  }

  /** A double-valued expression of at most {@code depth} nested operations. */
  String real(Scope s, int depth) {
    if (depth <= 0 || r.nextInt(4) == 0) {
      return leaf(s);
    }
    int d = depth - 1;
    switch (r.nextInt(31)) {
      case 0, 1, 2:
        return "(" + real(s, d) + " + " + real(s, d) + ")";
      case 3, 4:
        return "(" + real(s, d) + " - " + real(s, d) + ")";
      case 5, 6, 7:
        return "(" + real(s, d) + " * " + real(s, d) + ")";
      case 8:
        return "(" + real(s, d) + " / (2.0 + Math.sin(" + real(s, d) + ")))";
      case 9:
        return "(-(" + real(s, d) + "))";
      case 10:
        return "Math." + pick("sin", "cos", "atan", "tanh") + "(" + real(s, d) + ")";
      case 11:
        {
          String e = real(s, d - 1);
          return "Math.sqrt(1.0 + " + e + " * " + e + ")";
        }
      case 12:
        {
          String e = real(s, d - 1);
          return r.nextBoolean()
              ? "Math.log(1.0 + " + e + " * " + e + ")"
              : "Math.log(2.0 + Math.cos(" + e + "))";
        }
      case 13:
        return "Math.exp(" + pick("Math.sin(", "-0.5 * Math.tanh(", "Math.atan(") + real(s, d) + "))";
      case 14:
        return r.nextBoolean()
            ? "Math.pow(1.5 + Math.sin(" + real(s, d) + "), " + pick(EXPONENTS) + ")"
            : "Math.pow(1.5 + Math.cos(" + real(s, d) + "), Math.tanh(" + real(s, d) + "))";
      case 15:
        return "Math.hypot(" + real(s, d) + ", " + real(s, d) + ")";
      case 16:
        return "Math.abs(" + real(s, d) + ")";
      case 17:
        return "Math." + pick("max", "min") + "(" + real(s, d) + ", " + real(s, d) + ")";
      case 18:
        return "((" + condition(s, d) + ") ? " + real(s, d) + " : " + real(s, d) + ")";
      case 19:
        return "((double) " + single(s, d) + ")";
      case 20:
        return "(" + real(s, d) + " * (" + index(s, false) + "))";
      case 21:
        return r.nextInt(3) == 0 ? "((int) (" + real(s, d) + " * 4.0) * 0.25)" : leaf(s);
      case 22, 23:
        return helperCall(s, d);
      case 24:
        return bounded(s, d);
      case 25, 26:
        return moreMath(s, d);
      case 27:
        if (!s.longs.isEmpty()) {
          String l = pick(s.longs);
          return r.nextBoolean() ? "(" + l + " * 0.25)" : "((double) (" + l + " % 3L))";
        }
        return "((long) (" + real(s, d) + " * 2.0) * 0.5)";
      default:
        return leaf(s);
    }
  }

  private static final String FAST_MATH = "org.hipparchus.util.FastMath.";

  /**
   * The rest of {@code java.lang.Math}, {@code StrictMath} and Hipparchus' {@code FastMath}
   * (including its own functions), each kept inside its domain and away from points where the
   * derivative is infinite.
   */
  private String moreMath(Scope s, int d) {
    String m = switch (r.nextInt(8)) {
      case 0, 1 -> "StrictMath.";
      case 2, 3 -> FAST_MATH;
      default -> "Math.";
    };
    String e = real(s, d);
    return switch (r.nextInt(library ? 24 : 23)) {
      case 0 -> m + "expm1(Math.sin(" + e + "))";
      case 1 -> m + "log1p(" + e + " * " + e + ")";
      case 2 -> m + "log10(2.0 + Math.cos(" + e + "))";
      case 3 -> m + "cbrt(1.5 + Math.sin(" + e + "))";
      case 4 -> m + "sinh(Math.tanh(" + e + "))";
      case 5 -> m + "cosh(Math.sin(" + e + "))";
      case 6 -> m + "asin(0.9 * Math.sin(" + e + "))";
      case 7 -> m + "acos(0.9 * Math.tanh(" + e + "))";
      case 8 -> m + "atan2(" + e + ", 2.0 + Math.cos(" + real(s, d) + "))";
      case 9 -> m + "tan(0.5 * Math.sin(" + e + "))";
      case 10 -> m + pick("toRadians(", "toDegrees(") + e + ")";
      case 11 -> "Math.fma(" + e + ", " + real(s, d) + ", " + real(s, d) + ")";
      case 12 -> m + pick("floor(", "ceil(", "rint(", "signum(") + e + ")";
      case 13 -> m + "sin(" + e + ")";
      case 14 -> m + "exp(-0.5 * Math.tanh(" + e + "))";
      case 15 -> FAST_MATH + "asinh(" + e + ")";
      case 16 -> FAST_MATH + pick("atanh(0.9 * Math.tanh(", "acosh(2.0 + Math.sin(") + e + "))";
      case 17 -> FAST_MATH + "pow(1.5 + Math.sin(" + e + "), " + pick("2", "3", "-1", "0", "3L") + ")";
      case 18 -> FAST_MATH + "log(" + pick("2.0", "10.0") + ", 2.0 + Math.cos(" + e + "))";
      // bit patterns that Leibniz differentiates: -e, |e|, e
      case 19 -> "Double.longBitsToDouble(Double.doubleToRawLongBits(" + e + ") ^ 0x8000000000000000L)";
      case 20 -> "Double.longBitsToDouble(0x7fffffffffffffffL & Double.doubleToLongBits(" + e + "))";
      case 21 -> "(double) Float.intBitsToFloat(Float.floatToIntBits((float) (" + e + ")))";
      // Hipparchus functions read from the library jar's bytecode (no rule for them in the core)
      case 23 -> switch (r.nextInt(3)) {
        case 0 -> "org.hipparchus.special.Erf.erf(" + pick("", "0.5 * ") + e + ")";
        case 1 -> "org.hipparchus.special.Gamma.logGamma(" + pick("1.5", "3.0", "0.75") + " + Math.sin(" + e + "))";
        default -> "org.hipparchus.special.Erf.erfc(Math.tanh(" + e + "))";
      };
      default -> m + "sqrt(2.0 + Math.cos(" + e + "))";
    };
  }

  /** A double-valued expression in [-3, 3], for updates inside loops (no exponential growth). */
  String bounded(Scope s, int depth) {
    String e = real(s, Math.max(0, depth - 1));
    return switch (r.nextInt(5)) {
      case 0 -> "Math.sin(" + e + ")";
      case 1 -> "Math.tanh(" + e + ")";
      case 2 -> "Math.atan(" + e + ")";
      case 3 -> "Math.cos(" + e + ")";
      default -> "Math.exp(-(" + e + ") * (" + e + "))";
    };
  }

  /** A float-valued expression. */
  String single(Scope s, int depth) {
    int d = depth - 1;
    int choice = depth <= 0 ? r.nextInt(3) : r.nextInt(8);
    switch (choice) {
      case 0:
        if (!s.floats.isEmpty()) {
          return pick(s.floats);
        }
        return "(float) " + leaf(s);
      case 1:
        if (!s.floatArrays.isEmpty()) {
          String u = pick(s.floatArrays);
          return u + "[(" + index(s, true) + ") % " + u + ".length]";
        }
        return "(float) " + leaf(s);
      case 2:
        return "((float) " + leaf(s) + ")";
      case 3:
        return "((float) (" + real(s, d) + "))";
      case 4:
        return "(" + single(s, d) + " * " + single(s, d) + ")";
      case 5:
        return "(" + single(s, d) + " " + pick("+", "-") + " " + single(s, d) + ")";
      case 6:
        return "((float) Math." + pick("sin", "atan", "tanh") + "(" + single(s, d) + "))";
      default:
        for (Scope.Helper h : s.helpers) {
          if (h.shape() == Scope.HelperShape.FLOAT && r.nextBoolean()) {
            return h.name() + "(" + single(s, d) + ", " + real(s, d) + ")";
          }
        }
        return "((float) (" + real(s, d) + "))";
    }
  }

  /** A boolean condition; comparisons of active values make the function piecewise. */
  String condition(Scope s, int depth) {
    int d = Math.max(0, depth - 1);
    return switch (r.nextInt(10)) {
      case 0, 1, 2, 3 -> real(s, d) + " " + pick(">", "<", ">=", "<=") + " " + real(s, d);
      case 4 -> single(s, d) + " " + pick(">", "<") + " " + single(s, d);
      case 5 -> "(" + index(s, false) + ") % 2 == 0";
      case 6 -> "(" + index(s, false) + ") > " + r.nextInt(4);
      case 7 -> "(" + condition(s, d) + ") && (" + condition(s, d) + ")";
      case 8 -> "(" + condition(s, d) + ") || (" + condition(s, d) + ")";
      default -> "!(" + real(s, d) + " > " + real(s, d) + ")";
    };
  }

  /**
   * A non-negative int expression. With {@code mayCast}, occasionally the truncation of an active
   * value, which makes an index depend (piecewise-constantly) on the inputs.
   */
  String index(Scope s, boolean mayCast) {
    if (mayCast && r.nextInt(12) == 0) {
      return "(int) Math.abs(" + real(s, 1) + ")";
    }
    if (s.ints.isEmpty() || r.nextInt(4) == 0) {
      return Integer.toString(r.nextInt(6));
    }
    String i = pick(s.ints);
    return switch (r.nextInt(4)) {
      case 0 -> i + " + " + (1 + r.nextInt(3));
      case 1 -> i + " * " + (1 + r.nextInt(3)) + " + " + r.nextInt(3);
      default -> i;
    };
  }

  /** An element of an array in scope, as an lvalue or rvalue; null when no array is in scope. */
  String element(Scope s, boolean single) {
    List<String> arrays = single ? s.floatArrays : s.doubleArrays;
    if (arrays.isEmpty()) {
      return null;
    }
    String a = pick(arrays);
    return a + "[(" + index(s, true) + ") % " + a + ".length]";
  }

  String leaf(Scope s) {
    while (true) {
      switch (r.nextInt(10)) {
        case 0, 1, 2, 3:
          if (!s.doubles.isEmpty()) {
            return pick(s.doubles);
          }
          break;
        case 4:
          if (!s.floats.isEmpty()) {
            return pick(s.floats);
          }
          break;
        case 5, 6:
          if (s.hasArrays()) {
            String e = element(s, s.doubleArrays.isEmpty() || (!s.floatArrays.isEmpty() && r.nextInt(3) == 0));
            if (e != null) {
              return e;
            }
          }
          break;
        case 7:
          if (!s.ints.isEmpty()) {
            return "(" + pick(s.ints) + " * 0.5)";
          }
          break;
        default:
          return pick(CONSTANTS);
      }
    }
  }

  private String helperCall(Scope s, int d) {
    if (s.helpers.isEmpty()) {
      return leaf(s);
    }
    return call(s, pick(s.helpers), d);
  }

  /** A call of helper {@code h} with arguments from {@code s} (a value from {@code s} for a helper it cannot call). */
  String call(Scope s, Scope.Helper h, int d) {
    return switch (h.shape()) {
      case SCALAR -> h.name() + "(" + real(s, d) + ", " + real(s, d) + ")";
      case READS_ARRAY, WRITES_AND_RETURNS -> s.doubleArrays.isEmpty()
          ? leaf(s)
          : h.name() + "(" + pick(s.doubleArrays) + ", " + index(s, false) + ", " + real(s, d) + ")";
      case FLOAT -> h.name() + "(" + single(s, d) + ", " + real(s, d) + ")";
      case WRITES_ARRAY -> leaf(s);
      case CROSS_STATIC -> h.name() + "_L.h(" + real(s, d) + ", " + real(s, d) + ")";
      case VIRTUAL -> h.name() + "_r[" + receiver(s, 3) + "].g(" + real(s, d) + ", " + real(s, d) + ")";
      case INTERFACE -> h.name() + "_i[" + receiver(s, 2) + "].k(" + real(s, d) + ", " + real(s, d) + ")";
      case JDK_INTERFACE -> h.name() + "_q[" + receiver(s, 2) + "].applyAsDouble(" + real(s, d) + ", " + real(s, d) + ")";
      case LAMBDA -> switch (r.nextInt(4)) {
        case 0 -> h.name() + "_l.applyAsDouble(" + real(s, d) + ")";
        case 1 -> h.name() + "_m.applyAsDouble(" + real(s, d) + ", " + real(s, d) + ")";
        case 2 -> h.name() + "_ha(" + h.name() + "_l, " + real(s, d) + ")";
        default -> h.name() + "_hb(" + h.name() + "_m, " + real(s, d) + ", " + real(s, d) + ")";
      };
      case RULED -> h.name() + "_G.h(" + real(s, d) + ", " + real(s, d) + ")";
    };
  }

  /** An index below {@code n} into a receiver array: from an int in scope (non-negative), else a constant. */
  private String receiver(Scope s, int n) {
    return s.ints.isEmpty() || r.nextInt(4) == 0 ? Integer.toString(r.nextInt(n)) : "(" + pick(s.ints) + " % " + n + ")";
  }

  String pick(String... options) {
    return options[r.nextInt(options.length)];
  }

  <T> T pick(List<T> options) {
    return options.get(r.nextInt(options.size()));
  }
}
