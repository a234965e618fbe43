package dev.leibniz.core.rules;

import static dev.leibniz.core.rules.MathRules.c;
import static dev.leibniz.core.rules.MathRules.javaRule;
import static dev.leibniz.core.rules.MathRules.unaryRule;

import dev.leibniz.core.ir.Builder;
import dev.leibniz.core.ir.Cond;
import dev.leibniz.core.ir.MethodRef;
import dev.leibniz.core.ir.Value;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Math classes of other libraries and languages, recognised by owner name and descriptor (the
 * agent depends on none of them). A function that means the same as {@code java.lang.Math}'s of
 * the same name and descriptor uses {@link MathRules}' rule; the functions only they have are
 * here, next to their formulas. The primal keeps calling the library (FastMath's values may differ
 * from {@code Math}'s in the last bit); derivative formulas call {@code java.lang.Math}.
 *
 * <ul>
 *   <li>{@code org.hipparchus.util.FastMath}, {@code org.apache.commons.math3.util.FastMath},
 *       {@code org.apache.commons.math.util.FastMath} (Commons Math 2): every {@code Math}
 *       function they have, plus {@code pow(double, int)}, {@code pow(double, long)}, {@code
 *       log(base, x)}, {@code asinh}, {@code acosh}, {@code atanh}, and Hipparchus' {@code clamp}.
 *       Functions returning objects ({@code sinCos}, {@code sinhCosh}) have no rule.
 *   <li>Kotlin's {@code kotlin.math} functions that are not inlined into the caller (the others
 *       compile to {@code java.lang.Math} calls): {@code asinh acosh atanh log(x, base) log2
 *       truncate roundToInt roundToLong}.
 *   <li>Scala's {@code scala.math.package$} forwarders ({@code math.cos(x)} is a virtual call on
 *       {@code package$.MODULE$} that calls {@code java.lang.Math.cos}) and {@code RichDouble}'s
 *       extension methods ({@code x.abs}, {@code x.max(y)}, {@code x.round}...): the call is
 *       replaced by the {@code java.lang.Math} call it forwards to (see {@link #forwardedCall});
 *       the implicit conversion to {@code RichDouble} is the identity ({@link #isIdentity}).
 *   <li>The error functions of Hipparchus ({@code org.hipparchus.special.Erf}) and Commons Math 3 and 2
 *       ({@code ...special.Erf}): {@code erf},
 *       {@code erfc} and {@code erf(x1, x2) = erf(x2) - erf(x1)}, whose derivative {@code 2/√π e^(-x²)} their code
 *       (a series of the regularized gamma function, special-cased at 0) does not give at {@code x = 0}. Their other
 *       functions ({@code erfInv}...) have no rule here and are differentiated through their code.
 * </ul>
 */
final class LibraryMath {
  private static final Set<String> FAST_MATH =
      Set.of(
          "org/hipparchus/util/FastMath",
          "org/apache/commons/math3/util/FastMath",
          "org/apache/commons/math/util/FastMath");
  private static final String HIPPARCHUS = "org/hipparchus/util/FastMath";
  private static final Set<String> ERF =
      Set.of("org/hipparchus/special/Erf", "org/apache/commons/math3/special/Erf", "org/apache/commons/math/special/Erf");
  private static final String KOTLIN = "kotlin/math/MathKt";
  private static final String SCALA = "scala/math/package$";
  /** {@code x.abs}, {@code x.max(y)}...: extension methods that call the {@code Math} function of that name. */
  private static final String SCALA_RICH_DOUBLE = "scala/runtime/RichDouble$";
  private static final String EXTENSION = "$extension";

  private static final Type DOUBLE = Type.DOUBLE_TYPE;
  private static final String D = "(D)D";

  private LibraryMath() {}

  static DerivativeRule find(String owner, String name, String desc) {
    String key = name + desc;
    if (FAST_MATH.contains(owner)) {
      DerivativeRule r = Extras.FAST_MATH_EXTRAS.get(key);
      if (r == null && owner.equals(HIPPARCHUS)) r = Extras.HIPPARCHUS_EXTRAS.get(key);
      return r != null ? r : javaRule(name, desc);
    }
    if (ERF.contains(owner)) return ErrorFunctions.RULES.get(key);
    return owner.equals(KOTLIN) ? Extras.KOTLIN_RULES.get(key) : null;
  }

  /** True when {@code owner} is one of the math classes recognised here. */
  static boolean isMathClass(String owner) {
    return FAST_MATH.contains(owner) || owner.equals(KOTLIN) || owner.equals(SCALA) || owner.equals(SCALA_RICH_DOUBLE);
  }

  static MethodRef forwardedCall(MethodRef m) {
    if (m.opcode() != Opcodes.INVOKEVIRTUAL) {
      return null;
    }
    String name = m.owner().equals(SCALA) ? m.name()
        : m.owner().equals(SCALA_RICH_DOUBLE) && m.name().endsWith(EXTENSION)
            ? m.name().substring(0, m.name().length() - EXTENSION.length()) : null;
    if (name == null || javaRule(name, m.desc()) == null) {
      return null;
    }
    return new MethodRef(Opcodes.INVOKESTATIC, "java/lang/Math", name, m.desc(), false);
  }

  /**
   * True for Scala's implicit conversion of a {@code double} or {@code float} to its rich wrapper
   * ({@code x.abs} calls {@code RichDouble$.abs$extension(Predef$.doubleWrapper(x))}): a value
   * class, so the conversion returns its argument.
   */
  static boolean isIdentity(MethodRef m) {
    return m.opcode() == Opcodes.INVOKEVIRTUAL
        && (m.owner().equals("scala/Predef$") || m.owner().equals("scala/LowPriorityImplicits"))
        && ((m.name().equals("doubleWrapper") && m.desc().equals("(D)D")) || (m.name().equals("floatWrapper") && m.desc().equals("(F)F")));
  }

  private static Value toDouble(Builder b, Value v) {
    return b.convert(v, DOUBLE);
  }

  private static Value one(Builder b) {
    return b.constant(DOUBLE, 1.0);
  }

  /** {@code d/dx x^n = n x^(n-1)} for an integral {@code n}, 0 when {@code n = 0} (x^0 = 1 everywhere). */
  private static DerivativeRule integralPower() {
    return (b, a, y) -> {
      Value n = toDouble(b, a[1]);
      Value zero = c(b, n, 0);
      Value dx = b.times(n, b.math("pow", "(DD)D", a[0], b.minus(n, one(b))));
      return new Value[] {b.select(n, Cond.EQ, zero, zero, dx), null};
    };
  }

  /**
   * {@code y = ln x / ln base}: {@code d/dx = 1 / (x ln base)}, {@code d/dbase = -y / (base ln
   * base)}; {@code xi}, {@code bi} say which argument is which. Computed in {@code double}.
   */
  private static DerivativeRule logBase(int xi, int bi) {
    return (b, a, y) -> {
      Value x = toDouble(b, a[xi]), base = toDouble(b, a[bi]);
      Value lnBase = b.math("log", D, base);
      Value[] p = new Value[2];
      p[xi] = b.div(one(b), b.times(MathRules.positiveZero(b, x), lnBase)); // at -0.0 as log's
      p[bi] = b.neg(b.div(toDouble(b, y), b.times(base, lnBase)));
      return p;
    };
  }

  /**
   * Hipparchus' {@code clamp(v, lo, hi) = max(lo, min(v, hi))}: the derivative of the argument
   * returned, with its own tie convention (first argument of each: not {@code min}'s, which takes the
   * second): {@code lo} when {@code lo >= min(v, hi)}, else {@code v} when {@code v <= hi}, else {@code hi}.
   */
  private static DerivativeRule clamp(String minDesc) {
    return (b, a, y) -> {
      Value v = a[0], lo = a[1], hi = a[2];
      Value one = c(b, v, 1), zero = c(b, v, 0);
      Value inner = b.math("min", minDesc, v, hi);
      Value pLo = b.select(lo, Cond.GE, inner, one, zero);
      Value pV = b.select(v, Cond.LE, hi, b.minus(one, pLo), zero);
      return new Value[] {pV, pLo, b.minus(b.minus(one, pLo), pV)};
    };
  }

  /** The error functions' rules, made when a differentiated method first calls one. */
  private static final class ErrorFunctions {
    private static final Map<String, DerivativeRule> RULES = new HashMap<>();

    /** {@code erf'(x) = 2/√π e^(-x²)} (finite everywhere: no strong zero needed). */
    private static Value gaussian(Builder b, Value x) {
      return b.times(b.constant(DOUBLE, 2 / Math.sqrt(Math.PI)), b.math("exp", D, b.neg(b.times(x, x))));
    }

    static {
      RULES.put("erf" + D, unaryRule((b, x, y) -> gaussian(b, x)));
      RULES.put("erfc" + D, unaryRule((b, x, y) -> b.neg(gaussian(b, x))));
      // erf(x1, x2) = erf(x2) - erf(x1)
      RULES.put("erf(DD)D", (b, a, y) -> new Value[] {b.neg(gaussian(b, a[0])), gaussian(b, a[1])});
    }
  }

  /**
   * The rules of the functions only these libraries have, made when a differentiated method first
   * calls a FastMath or Kotlin function (the holder's initialiser links their lambdas), not when
   * the agent starts.
   */
  private static final class Extras {
    /** FastMath functions that {@code java.lang.Math} lacks (name + descriptor). */
    private static final Map<String, DerivativeRule> FAST_MATH_EXTRAS = new HashMap<>();
    /** Hipparchus' {@code clamp}: its tie convention is its own (Java 21's {@code Math.clamp} differs). */
    private static final Map<String, DerivativeRule> HIPPARCHUS_EXTRAS = new HashMap<>();
    /** Kotlin's non-inline {@code kotlin.math} functions. */
    private static final Map<String, DerivativeRule> KOTLIN_RULES = new HashMap<>();

    /** {@code log2' = 1 / (x ln 2)}, in {@code double}, at {@code -0.0} as log's. */
    private static final DerivativeRule LOG2 = (b, a, y) ->
        new Value[] {b.div(b.constant(DOUBLE, 1 / Math.log(2)), MathRules.positiveZero(b, toDouble(b, a[0])))};

    // asinh' = 1 / sqrt(x^2 + 1) = 1 / hypot(x, 1)   (x^2 + 1 overflows above 1e154: the derivative was 0)
    private static final DerivativeRule ASINH =
        unaryRule((b, x, y) -> b.div(c(b, x, 1), b.math("hypot", "(DD)D", x, c(b, x, 1))));
    // acosh' = 1 / (sqrt(x - 1) sqrt(x + 1))   (+inf at 1; no cancellation in x^2 - 1 near 1)
    private static final DerivativeRule ACOSH =
        unaryRule((b, x, y) -> b.div(c(b, x, 1),
            b.times(b.math("sqrt", D, b.minus(x, c(b, x, 1))), b.math("sqrt", D, b.plus(x, c(b, x, 1))))));
    // atanh' = 1 / ((1 - x) (1 + x))   (1 - x^2 would cancel next to +-1)
    private static final DerivativeRule ATANH =
        unaryRule((b, x, y) -> b.div(c(b, x, 1), MathRules.oneMinusSquare(b, x)));

    static {
      FAST_MATH_EXTRAS.put("pow(DI)D", integralPower());
      FAST_MATH_EXTRAS.put("pow(DJ)D", integralPower());
      FAST_MATH_EXTRAS.put("log(DD)D", logBase(1, 0)); // FastMath.log(base, x)
      for (Map<String, DerivativeRule> m : java.util.List.of(FAST_MATH_EXTRAS, KOTLIN_RULES)) {
        m.put("asinh" + D, ASINH);
        m.put("acosh" + D, ACOSH);
        m.put("atanh" + D, ATANH);
      }
      HIPPARCHUS_EXTRAS.put("clamp(DDD)D", clamp("(DD)D"));
      HIPPARCHUS_EXTRAS.put("clamp(FFF)F", clamp("(FF)F"));

      KOTLIN_RULES.put("log(DD)D", logBase(0, 1)); // kotlin.math.log(x, base)
      KOTLIN_RULES.put("log(FF)F", logBase(0, 1));
      KOTLIN_RULES.put("log2(D)D", LOG2);
      KOTLIN_RULES.put("log2(F)F", LOG2);
      // Piecewise constant: derivative 0 wherever it exists.
      for (String f : new String[] {"truncate(D)D", "truncate(F)F", "roundToInt(D)I", "roundToInt(F)I", "roundToLong(D)J", "roundToLong(F)J"}) {
        KOTLIN_RULES.put(f, DerivativeRule.ZERO);
      }
      // Partials that can be infinite where the function is computed (x^(n-1) at 0 for n < 1, 1/x
      // at 0, acosh at 1, atanh at ±1): applied with a strong zero, as MathRules' singular ones.
      for (Map<String, DerivativeRule> m : java.util.List.of(FAST_MATH_EXTRAS, KOTLIN_RULES)) {
        m.replaceAll((key, rule) -> key.startsWith("asinh") || rule.isZero() ? rule : DerivativeRule.singular(rule));
      }
    }
  }
}
