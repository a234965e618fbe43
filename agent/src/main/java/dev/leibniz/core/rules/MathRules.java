package dev.leibniz.core.rules;

import dev.leibniz.core.ir.Builder;
import dev.leibniz.core.ir.Cond;
import dev.leibniz.core.ir.Insn;
import dev.leibniz.core.ir.MethodRef;
import dev.leibniz.core.ir.Op;
import dev.leibniz.core.ir.Value;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.objectweb.asm.Opcodes;

/**
 * Derivative rules for {@code java.lang.Math} and {@code java.lang.StrictMath}, one entry per
 * function and descriptor, each next to its formula, and the entry point that finds the rule of any
 * recognised math call: {@link LibraryMath} adds the functions that only other libraries' math
 * classes have (FastMath, Kotlin) and reuses these for the ones that mean the same as {@code
 * Math}'s. {@code y} is the result. Conventions at
 * non-smooth points (also in the README): {@code abs'(±0) = ±1} (the sign bit decides, as in
 * Hipparchus); at a NaN argument {@code abs}, {@code max} and {@code min} have NaN partials, as their result is NaN
 * ({@link #nanWhereNaN}); on a tie {@code max} sends the derivative to the first argument and {@code min} to the
 * second (as if the first were the larger: smooth functions of the pair keep their derivative); {@code
 * d pow(x,y)/dy = 0} when {@code x <= 0}, and {@code d pow(x,y)/dx = 0} when {@code y = 0}.
 */
public final class MathRules {
  /** The rules made so far ({@link #make}), by name and descriptor. */
  private static final Map<String, DerivativeRule> RULES = new ConcurrentHashMap<>();

  private MathRules() {}

  /**
   * The rule for static call {@code m} of a recognised math class ({@code Math}, {@code
   * StrictMath}, the FastMath classes, Kotlin's {@code kotlin.math}), or null if it has none.
   */
  public static DerivativeRule find(MethodRef m) {
    if (m.opcode() != Opcodes.INVOKESTATIC) {
      return null;
    }
    if (m.name().equals(TRUNCATE_MANTISSA) || m.name().equals(TRUNCATE_MANTISSA_FLOAT)) {
      return m.desc().equals("(DJ)D") || m.desc().equals("(FI)F") ? Rounding.RULE : null;
    }
    String owner = m.owner();
    if (owner.equals("java/lang/Math") || owner.equals("java/lang/StrictMath")) {
      return javaRule(m.name(), m.desc());
    }
    return LibraryMath.find(owner, m.name(), m.desc());
  }

  /**
   * {@code Double.max}, {@code Double.min} (and {@code Float}'s), called or as method references ({@code
   * reduce(Double::max)}), are {@code Math.max}, {@code Math.min}, which their JDK code calls: the call those rules
   * apply to; other methods are themselves.
   */
  public static MethodRef asMath(MethodRef m) {
    if (!boxStatic(m) || !m.name().equals("max") && !m.name().equals("min")) return m;
    return new MethodRef(Opcodes.INVOKESTATIC, "java/lang/Math", m.name(), m.desc(), false);
  }

  /** {@code Double.sum} (or {@code Float}'s), called or as {@code Double::sum}: {@code a + b}, as its JDK code computes it. */
  public static boolean isSum(MethodRef m) {
    return boxStatic(m) && m.name().equals("sum");
  }

  /** A static method of {@code Double} on two doubles or of {@code Float} on two floats, returning one. */
  private static boolean boxStatic(MethodRef m) {
    return m.isStatic() && (m.owner().equals("java/lang/Double") && m.desc().equals("(DD)D")
        || m.owner().equals("java/lang/Float") && m.desc().equals("(FF)F"));
  }

  /** The copied helper computing a mantissa truncation (lift.BitIdioms): {@code x} with low mantissa bits cleared. */
  static final String TRUNCATE_MANTISSA = dev.leibniz.core.Companions.HELPER_PREFIX + "truncateMantissa";
  static final String TRUNCATE_MANTISSA_FLOAT = dev.leibniz.core.Companions.HELPER_PREFIX + "truncateMantissaFloat";

  /**
   * A rounding of its first argument to fewer mantissa bits (the second, the mask, is passive):
   * derivative 1, as nextDown's; in a holder, linked on first use like the other rules.
   */
  private static final class Rounding {
    static final DerivativeRule RULE = (b, a, y) -> new Value[] {c(b, a[0], 1), null};
  }

  /**
   * The call of the class's copied helper {@code leibniz$truncateMantissa(x, mask)} (or the float
   * one) that stands for {@code longBitsToDouble(doubleToRawLongBits(x) & mask)} in a graph: the
   * same value, bit for bit, with the derivative of a rounding ({@link Rounding}).
   */
  public static MethodRef mantissaTruncation(String owner, boolean ownerIsInterface, boolean dbl) {
    return new MethodRef(Opcodes.INVOKESTATIC, owner, dbl ? TRUNCATE_MANTISSA : TRUNCATE_MANTISSA_FLOAT,
        dbl ? "(DJ)D" : "(FI)F", ownerIsInterface);
  }

  /**
   * Why a call of a math class's function that has no rule cannot take active values, with the
   * fix, in Java syntax; null when {@code m} belongs to no recognised math class.
   */
  public static String whyNoRule(MethodRef m) {
    String owner = m.owner();
    if (!owner.equals("java/lang/Math") && !owner.equals("java/lang/StrictMath") && !LibraryMath.isMathClass(owner)) {
      return null;
    }
    String simple = dev.leibniz.core.JavaSignature.className(owner);
    String call = dev.leibniz.core.JavaSignature.method(m);
    if (m.name().equals("sinCos") || m.name().equals("sinhCosh")) {
      String pair = m.name().equals("sinCos") ? "sin and cos" : "sinh and cosh";
      return call + " returns an object, which carries no derivative; call "
          + simple + "'s " + pair + " instead";
    }
    return call + " (" + owner.replace('/', '.') + ") has no derivative rule; write the expression with functions that have one"
        + " (README, \"Math functions\")";
  }

  /** The rule for {@code java.lang.Math.name} with descriptor {@code desc}, or null. */
  static DerivativeRule javaRule(String name, String desc) {
    String key = name + desc;
    DerivativeRule r = RULES.get(key);
    if (r == null) {
      r = make(name, desc);
      if (r != null) {
        DerivativeRule first = RULES.putIfAbsent(key, r);
        r = first != null ? first : r; // one rule object per function, whichever thread made it first
      }
    }
    return r;
  }

  /**
   * The call that a compiler-generated math forwarder stands for (Scala's {@code
   * scala.math.package$} methods call the {@code java.lang.Math} function of the same name and
   * descriptor), or null. The receiver of the forwarder is dropped.
   */
  public static MethodRef forwardedCall(MethodRef m) {
    return LibraryMath.forwardedCall(m);
  }

  /** True when call {@code m} returns its (last) argument unchanged: Scala's {@code doubleWrapper}. */
  public static boolean isIdentity(MethodRef m) {
    return LibraryMath.isIdentity(m);
  }

  /**
   * True when {@code v}, a value of the differentiated method, can be infinite or NaN while the
   * method's inputs are finite: a division, a remainder, a call of a singular function, or a sum,
   * difference, negation, conversion or product over such a call ({@code exp(x) - 1} overflows
   * with {@code exp}: NNlib's {@code elu = ifelse(x ≥ 0, x, α (exp(x) - 1))} at {@code x = 1000}
   * computes the side it discards, whose zero adjoint met {@code ∞} along {@code α}). As the partial
   * of a product with respect to the other factor it is applied with a strong zero.
   */
  public static boolean mayBeNonFinite(Value v) {
    return mayBeNonFinite(v, ARITHMETIC_DEPTH);
  }

  /** How many sums and products deep {@link #mayBeNonFinite} looks for a source (bounds the walk of a DAG). */
  private static final int ARITHMETIC_DEPTH = 4;

  private static boolean mayBeNonFinite(Value v, int depth) {
    if (!(v instanceof Insn)) return false;
    Insn i = (Insn) v;
    // a quotient only as the factor itself: quotients are everywhere inside numeric sums, and a strong zero on every
    // product over one grew the adjoints of real code (Carlson's integrals) past what outlining can cut
    if (i.op == Op.DIV || i.op == Op.REM) return depth == ARITHMETIC_DEPTH;
    if (i.op == Op.MATH) {
      DerivativeRule r = find(i.method());
      return r != null && r.singular();
    }
    if (depth == 0 || !(i.op.hasUnitPartials() || i.op == Op.MUL)) return false;
    for (Value a : i.args) {
      if (mayBeNonFinite(a, depth - 1)) return true;
    }
    return false;
  }

  /**
   * True when call {@code m} is of a function whose partial can be infinite where the function
   * itself is finite: {@code sqrt} and {@code cbrt} at 0, {@code asin}, {@code acos} at ±1,
   * {@code pow(0, y)} for {@code 0 < y < 1}, {@code acosh} at 1. Downstream of such a call (in the
   * reverse direction) an adjoint may be infinite while every value is finite. The other singular
   * rules' partials are infinite only where the function is too ({@code log(0)}, an overflowing
   * {@code exp}), or NaN ({@code hypot}, {@code atan2} at the origin: NaN in both modes).
   */
  public static boolean infiniteAtFinitePoint(MethodRef m) {
    DerivativeRule r = find(m);
    return r != null && r.singular() && INFINITE_AT_FINITE.contains(m.name());
  }

  private static final java.util.Set<String> INFINITE_AT_FINITE = java.util.Set.of("sqrt", "cbrt", "asin", "acos", "pow", "acosh");

  /**
   * True when call {@code m} is of a function whose partial is infinite at a finite argument where its value is infinite
   * too: {@code log} and {@code log10} at 0, {@code log1p} at -1. A function of that value can bring it back to a finite
   * one with a partial that is zero <em>because</em> of it ({@code exp(log x)} at {@code x = 0}: exp's value and partial
   * are 0), a dependent zero whose product with the infinite partial stands for a finite limit (1): the reverse must
   * not take it as the strong zero's independent one ({@code core.analysis.SingularCones#isAdjointSource}). Not an
   * overflowing {@code exp}: its infinite partial is at an infinite argument's edge, where {@code 1 / exp(x)}'s 0 is
   * the true limit.
   */
  public static boolean infiniteWithItsValue(MethodRef m) {
    DerivativeRule r = find(m);
    return r != null && r.singular() && INFINITE_WITH_VALUE.contains(m.name());
  }

  private static final java.util.Set<String> INFINITE_WITH_VALUE = java.util.Set.of("log", "log10", "log1p");

  /**
   * True when call {@code m} is of a function whose value overflows to infinity together with its partial at a finite
   * argument: {@code exp}, {@code expm1}, {@code sinh}, {@code cosh} (float code overflows {@code exp} at 89). The
   * program's value is then infinite on a whole neighbourhood, and whatever it computes from that value is locally
   * constant there: a partial that is zero <em>because</em> of it ({@code log}'s {@code 1/∞} in Burn's
   * {@code exp(-log(exp(-x) + 1))} at {@code x = -90f}) meets the infinite tangent with the true 0 of the differences,
   * which the reverse's strong zero on the call's partial gives too ({@code 1 / exp(x)} at 710: 0 in both modes).
   * Forward mode takes it as a tangent source for that strong zero ({@code core.analysis.NonFiniteTangents}).
   */
  public static boolean overflowsWithItsValue(MethodRef m) {
    DerivativeRule r = find(m);
    return r != null && r.singular() && OVERFLOWS_WITH_VALUE.contains(m.name());
  }

  private static final java.util.Set<String> OVERFLOWS_WITH_VALUE = java.util.Set.of("exp", "expm1", "sinh", "cosh");

  /**
   * True when call {@code m} is of a function whose partials are NaN (0/0) where it is finite:
   * {@code atan2} and {@code hypot} at the origin. Forward mode's tangent there is NaN, and any zero
   * partial met downstream must clear it (their directional derivatives there are finite), as the
   * reverse's strong zero on the call's partials does ({@code z·exp(hypot(x, y))}, {@code
   * hypot(hypot(x, y), z)} at the origin: 0 in both modes).
   */
  public static boolean nanAtFinitePoint(MethodRef m) {
    DerivativeRule r = find(m);
    return r != null && r.singular() && (m.name().equals("atan2") || m.name().equals("hypot"));
  }

  /**
   * Functions with a partial that can be infinite or NaN where the function itself is computed
   * (at a pole of the derivative, an overflow, or a division by zero inside the formula): their
   * partials are applied with a strong zero ({@link DerivativeRule#singular()}).
   */
  private static final java.util.Set<String> SINGULAR = java.util.Set.of(
      "asin", "acos", "log", "log10", "log1p", "sqrt", "cbrt", "atan2", "hypot", "pow",
      "exp", "expm1", "sinh", "cosh", "scalb", "IEEEremainder");

  static DerivativeRule unaryRule(Unary r) {
    return (b, a, y) -> new Value[] {r.partial(b, a[0], y)};
  }

  /** The partial of a one-argument function at {@code x} with result {@code y}. */
  @FunctionalInterface
  interface Unary {
    Value partial(Builder b, Value x, Value y);
  }

  static Value c(Builder b, Value like, double v) {
    return b.constant(like.type, v);
  }

  private static final String D = "(D)D";
  private static final String DD = "(DD)D";

  /**
   * The rule for {@code name} with descriptor {@code desc}, made on first use: each rule's lambda
   * is linked only when a differentiated method first calls its function (linking all of them at
   * start-up was most of the first differentiated class's lambda linking; benchmarks/STARTUP.md).
   */
  private static DerivativeRule make(String name, String desc) {
    DerivativeRule r = formula(name, desc);
    return r == null || !SINGULAR.contains(name) ? r : DerivativeRule.singular(r);
  }

  /** The formulas, one per function and descriptor; null for a function without one. */
  private static DerivativeRule formula(String name, String desc) {
    switch (desc) {
      case D:
        return unaryFormula(name);
      case "(F)F":
        switch (name) {
          // nextUp, nextDown: the identity up to one ulp
          case "nextUp":
          case "nextDown":
            return (b, a, y) -> new Value[] {c(b, a[0], 1)};
          // abs' = copySign(1, x): +1 at +0, -1 at -0
          case "abs":
            return abs();
          case "signum":
          case "ulp":
            return DerivativeRule.ZERO;
          default:
            return null;
        }
      case DD:
      case "(FF)F":
        return binaryFormula(name, desc);
      // nextAfter(x, d): the identity in x
      case "(FD)F":
        return name.equals("nextAfter") ? (b, a, y) -> new Value[] {c(b, a[0], 1), null} : null;
      // fma(u, v, w) = u v + w
      case "(DDD)D":
      case "(FFF)F":
        return name.equals("fma") ? (b, a, y) -> new Value[] {a[1], a[0], c(b, a[0], 1)} : null;
      // scalb(x, n) = x 2^n: d/dx = 2^n
      case "(DI)D":
      case "(FI)F":
        return name.equals("scalb") ? (b, a, y) -> new Value[] {b.math("scalb", desc, c(b, a[0], 1), a[1]), null} : null;
      // Piecewise constant: derivative 0 wherever it exists.
      case "(D)J":
      case "(F)I":
        return name.equals("round") ? DerivativeRule.ZERO : null;
      default:
        return null;
    }
  }

  /**
   * {@code x + 0.0} (as {@code x - (-0.0)}, which the builder does not fold): {@code x} itself but at {@code -0.0},
   * which becomes {@code +0.0}. For the partials of functions defined on {@code [0, ∞)} that divide by their argument
   * or result: their value at {@code -0.0} is the value at 0, so their slope there must be the one from inside the
   * domain, {@code +∞}, not {@code 1 / -0.0 = -∞}.
   */
  static Value positiveZero(Builder b, Value x) {
    return b.minus(x, c(b, x, -0.0));
  }

  /** {@code (1 - x)(1 + x)}: {@code 1 - x^2} without its cancellation next to +-1 ({@code 1 - x} is exact there). */
  static Value oneMinusSquare(Builder b, Value x) {
    return b.times(b.minus(c(b, x, 1), x), b.plus(c(b, x, 1), x));
  }

  /**
   * The partial {@code p} where the arguments {@code a} are numbers, NaN where one is NaN: {@code max}, {@code min} and
   * {@code abs} return NaN, not one of their arguments, when an argument is NaN (IEEE 754's propagation), and their
   * derivative there is NaN, as every other rule's is at a NaN argument. A 0 or 1 there instead (0 for {@code max(x, 0)}
   * at NaN, as the tie test failed) made the modes disagree: forward mode's product rule multiplies the NaN value by the
   * other factor's zero tangent (NaN), reverse mode only the partial (0), so {@code max(x, 0) * w} had the tangent NaN
   * and the adjoint 0 along x. These rules are {@link DerivativeRule#selecting}: a derivative 0 meeting a NaN partial
   * contributes 0, so a NaN computed and not used leaves the derivatives alone. Tested on the arguments, which the
   * partials read anyway: the reverse sweep need not keep the result.
   */
  static Value nanWhereNaN(Builder b, Value[] a, Value p) {
    for (Value v : a) p = b.select(v, Cond.EQ, v, p, c(b, p, Double.NaN));
    return p;
  }

  /**
   * abs' = copySign(1, x): +1 at +0, -1 at -0, NaN at NaN ({@link #nanWhereNaN}); selecting (x or -x), so that its NaN
   * meets a zero derivative with a strong zero.
   */
  private static DerivativeRule abs() {
    return DerivativeRule.selecting((b, a, y) ->
        new Value[] {nanWhereNaN(b, a, b.math("copySign", a[0].type.getSort() == org.objectweb.asm.Type.FLOAT ? "(FF)F" : DD,
            c(b, a[0], 1), a[0]))});
  }

  /** The formulas of the {@code double} functions of one argument. */
  private static DerivativeRule unaryFormula(String name) {
    switch (name) {
      // sin' = cos x
      case "sin": return unaryRule((b, x, y) -> b.math("cos", D, x));
      // cos' = -sin x
      case "cos": return unaryRule((b, x, y) -> b.neg(b.math("sin", D, x)));
      // tan' = 1 + y^2
      case "tan": return unaryRule((b, x, y) -> b.plus(c(b, x, 1), b.times(y, y)));
      // asin' = 1 / sqrt((1 - x) (1 + x))   (1 - x^2 would cancel next to +-1: 1e-11 off at 0.999999)
      case "asin": return unaryRule((b, x, y) -> b.div(c(b, x, 1), b.math("sqrt", D, oneMinusSquare(b, x))));
      // acos' = -1 / sqrt((1 - x) (1 + x))
      case "acos": return unaryRule((b, x, y) -> b.div(c(b, x, -1), b.math("sqrt", D, oneMinusSquare(b, x))));
      // atan' = 1 / (1 + x^2)
      case "atan": return unaryRule((b, x, y) -> b.div(c(b, x, 1), b.plus(c(b, x, 1), b.times(x, x))));
      // sinh' = cosh x
      case "sinh": return unaryRule((b, x, y) -> b.math("cosh", D, x));
      // cosh' = sinh x
      case "cosh": return unaryRule((b, x, y) -> b.math("sinh", D, x));
      // tanh' = sech^2 x = s s with s = 1 / cosh x: 1 - y^2 cancels (1e-8 off at 10) and is 0 from |x| = 19 on, where
      // y rounds to +-1 (the derivative, ~4 e^(-2|x|), was lost without a word); s s stays exact down to subnormals
      case "tanh": return unaryRule((b, x, y) -> {
        Value s = b.div(c(b, x, 1), b.math("cosh", D, x));
        return b.times(s, s);
      });
      // exp' = y
      case "exp": return unaryRule((b, x, y) -> y);
      // expm1' = exp x   (y + 1 is 0 below x = -37, where y rounds to -1: exp(-40) = 4e-18 was lost without a word)
      case "expm1": return unaryRule((b, x, y) -> b.math("exp", D, x));
      // log' = 1 / x, with x = -0.0 taken as +0.0 (log(-0.0) is log(0) = -inf; the slope there is the one from inside
      // the domain, +inf: 1 / -0.0 = -inf flipped the sign of every infinite derivative reaching 0 from below, as
      // log(-expm1(x)) at x = 0, PyTensor's log1mexp, eleventh peer round)
      case "log": return unaryRule((b, x, y) -> b.div(c(b, x, 1), positiveZero(b, x)));
      // log10' = 1 / (x ln 10), as log'
      case "log10": return unaryRule((b, x, y) -> b.div(c(b, x, 1 / Math.log(10)), positiveZero(b, x)));
      // log1p' = 1 / (1 + x)
      case "log1p": return unaryRule((b, x, y) -> b.div(c(b, x, 1), b.plus(c(b, x, 1), x)));
      // sqrt' = 1 / (2 y)   (+inf at 0: sqrt(-0.0) is -0.0, taken as +0.0 as for log)
      case "sqrt": return unaryRule((b, x, y) -> b.div(c(b, x, 0.5), positiveZero(b, y)));
      // cbrt' = 1 / (3 y^2)
      case "cbrt": return unaryRule((b, x, y) -> b.div(c(b, x, 1.0 / 3), b.times(y, y)));
      // toRadians' = pi / 180, toDegrees' = 180 / pi (the constants Math itself multiplies by)
      case "toRadians": return unaryRule((b, x, y) -> c(b, x, 0.017453292519943295));
      case "toDegrees": return unaryRule((b, x, y) -> c(b, x, 57.29577951308232));
      // nextUp, nextDown: the identity up to one ulp
      case "nextUp":
      case "nextDown":
        return unaryRule((b, x, y) -> c(b, x, 1));
      // abs' = copySign(1, x): +1 at +0, -1 at -0
      case "abs": return abs();
      // Piecewise constant: derivative 0 wherever it exists.
      case "floor":
      case "ceil":
      case "rint":
      case "signum":
      case "ulp":
        return DerivativeRule.ZERO;
      default:
        return null;
    }
  }

  /** The formulas of the functions of two arguments of one type ({@code (DD)D}, and some {@code (FF)F}). */
  private static DerivativeRule binaryFormula(String name, String desc) {
    boolean isDouble = desc.equals(DD);
    switch (name) {
      // max(u, v), min(u, v): the derivative of the argument returned; a tie is broken as if u were the larger, for
      // both: max takes u's derivative there and min v's, so that any smooth function of the pair gets its own
      // derivative (max + min = u + v, MLX's logaddexp max + log1p(exp(min - max)) at u = v: (1/2, 1/2); with both
      // taking u, (2, 0) and (1, 0), fifteenth peer round)
      // A tie of signed zeros is not broken so: Java returns +0.0 from max(-0.0, +0.0) and -0.0 from min, and abs'
      // reads the zero's sign (-1 at -0.0), so the rule takes the argument returned there (+0.0 the larger); with u's
      // at max(-0.0, 0.0), bce_with_logits' max(x, 0) + log(1 + exp(-|x|)) had 3/2 - p at x = -0.0 (sixteenth peer round)
      case "max":
        return DerivativeRule.selecting((b, a, y) -> {
          Value one = c(b, a[0], 1), zero = c(b, a[0], 0);
          Value tie = b.select(b.math("copySign", desc, one, a[0]), Cond.GE, b.math("copySign", desc, one, a[1]), one,
              zero);
          Value pu = nanWhereNaN(b, a, b.select(a[0], Cond.GT, a[1], one, b.select(a[0], Cond.EQ, a[1], tie, zero)));
          return new Value[] {pu, b.minus(one, pu)};
        });
      case "min":
        return DerivativeRule.selecting((b, a, y) -> {
          Value one = c(b, a[0], 1), zero = c(b, a[0], 0);
          Value tie = b.select(b.math("copySign", desc, one, a[0]), Cond.LT, b.math("copySign", desc, one, a[1]), one,
              zero);
          Value pu = nanWhereNaN(b, a, b.select(a[0], Cond.LT, a[1], one, b.select(a[0], Cond.EQ, a[1], tie, zero)));
          return new Value[] {pu, b.minus(one, pu)};
        });
      // copySign(m, s) = |m| sign(s): d/dm = copySign(1, m) copySign(1, s), d/ds = 0
      case "copySign":
        return (b, a, y) -> {
          Value one = c(b, a[0], 1);
          return new Value[] {b.times(b.math("copySign", desc, one, a[0]), b.math("copySign", desc, one, a[1])), null};
        };
      default:
        return isDouble ? doubleBinaryFormula(name) : null;
    }
  }

  /** The formulas of the {@code double} functions of two arguments other than max, min, copySign. */
  private static DerivativeRule doubleBinaryFormula(String name) {
    switch (name) {
      // nextAfter(x, d): the identity in x
      case "nextAfter":
        return (b, a, y) -> new Value[] {c(b, a[0], 1), null};
      // atan2(u, v): d/du = v / (u^2 + v^2), d/dv = -u / (u^2 + v^2), computed as (v / r) / r with
      // r = hypot(u, v): u^2 + v^2 underflows to 0 below 1e-162 (the partials were infinite) and
      // overflows above 1e154 (they were 0); at the origin both forms are 0/0 = NaN.
      case "atan2":
        return (b, a, y) -> {
          Value r = b.math("hypot", DD, a[0], a[1]);
          return new Value[] {b.div(b.div(a[1], r), r), b.div(b.div(b.neg(a[0]), r), r)};
        };
      // hypot(u, v): d/du = u / y, d/dv = v / y
      case "hypot":
        return (b, a, y) -> new Value[] {b.div(a[0], y), b.div(a[1], y)};
      // pow(u, v): d/du = v u^(v-1) (0 when v = 0), d/dv = y log u (0 when u <= 0)
      case "pow":
        return (b, a, y) -> {
          Value u = a[0], v = a[1];
          Value zero = c(b, u, 0);
          Value du = b.times(v, b.math("pow", DD, u, b.minus(v, c(b, u, 1))));
          du = b.select(v, Cond.EQ, zero, zero, du);
          Value dv = b.select(u, Cond.GT, zero, b.times(y, b.math("log", D, u)), zero);
          return new Value[] {du, dv};
        };
      // IEEEremainder(u, v) = u - rint(u / v) v: d/du = 1, d/dv = -rint(u / v)
      case "IEEEremainder":
        return (b, a, y) -> new Value[] {c(b, a[0], 1), b.neg(b.math("rint", D, b.div(a[0], a[1])))};
      default:
        return null;
    }
  }
}
