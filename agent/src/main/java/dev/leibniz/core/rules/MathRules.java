package dev.leibniz.core.rules;

import dev.leibniz.core.ir.Builder;
import dev.leibniz.core.ir.Cond;
import dev.leibniz.core.ir.Insn;
import dev.leibniz.core.ir.MethodRef;
import dev.leibniz.core.ir.Op;
import dev.leibniz.core.ir.Value;
import java.util.HashMap;
import java.util.Map;
import org.objectweb.asm.Opcodes;

/**
 * Derivative rules for {@code java.lang.Math} and {@code java.lang.StrictMath}, one entry per
 * function and descriptor, each next to its formula, and the entry point that finds the rule of any
 * recognised math call: {@link LibraryMath} adds the functions that only other libraries' math
 * classes have (FastMath, Kotlin) and reuses these for the ones that mean the same as {@code
 * Math}'s. {@code y} is the result. Conventions at
 * non-smooth points (also in the README): {@code abs'(±0) = ±1} (the sign bit decides, as in
 * Hipparchus); {@code max}/{@code min} send the derivative to the first argument on ties; {@code
 * d pow(x,y)/dy = 0} when {@code x <= 0}, and {@code d pow(x,y)/dx = 0} when {@code y = 0}.
 */
public final class MathRules {
  private static final Map<String, DerivativeRule> RULES = new HashMap<>();

  private MathRules() {}

  /**
   * The rule for static call {@code m} of a recognised math class ({@code Math}, {@code
   * StrictMath}, the FastMath classes, Kotlin's {@code kotlin.math}), or null if it has none.
   */
  public static DerivativeRule find(MethodRef m) {
    if (m.opcode() != Opcodes.INVOKESTATIC) {
      return null;
    }
    String owner = m.owner();
    if (owner.equals("java/lang/Math") || owner.equals("java/lang/StrictMath")) {
      return javaRule(m.name(), m.desc());
    }
    return LibraryMath.find(owner, m.name(), m.desc());
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
    String simple = owner.substring(owner.lastIndexOf('/') + 1);
    StringBuilder call = new StringBuilder(simple).append('.').append(m.name()).append('(');
    org.objectweb.asm.Type[] args = org.objectweb.asm.Type.getArgumentTypes(m.desc());
    for (int i = 0; i < args.length; i++) {
      call.append(i > 0 ? ", " : "").append(args[i].getClassName());
    }
    call.append(')');
    if (m.name().equals("sinCos") || m.name().equals("sinhCosh")) {
      String pair = m.name().equals("sinCos") ? "sin and cos" : "sinh and cosh";
      return owner.replace('/', '.') + "." + m.name() + " returns an object, which carries no derivative; call "
          + simple + "'s " + pair + " instead";
    }
    return call + " (" + owner.replace('/', '.') + ") has no derivative rule; write the expression with functions that have one"
        + " (README, \"Math functions\")";
  }

  /** The rule for {@code java.lang.Math.name} with descriptor {@code desc}, or null. */
  static DerivativeRule javaRule(String name, String desc) {
    return RULES.get(name + desc);
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
   * True when {@code v}, a value of the differentiated method, can be infinite or NaN while its
   * operands are finite: a division, a remainder, or a call of a singular function. As the partial
   * of a product with respect to the other factor it is applied with a strong zero.
   */
  public static boolean mayBeNonFinite(Value v) {
    if (!(v instanceof Insn)) return false;
    Insn i = (Insn) v;
    if (i.op == Op.DIV || i.op == Op.REM) return true;
    if (i.op != Op.MATH) return false;
    DerivativeRule r = find(i.method());
    return r != null && r.singular();
  }

  private static void rule(String name, String desc, DerivativeRule r) {
    RULES.put(name + desc, SINGULAR.contains(name) ? DerivativeRule.singular(r) : r);
  }

  /**
   * Functions with a partial that can be infinite or NaN where the function itself is computed
   * (at a pole of the derivative, an overflow, or a division by zero inside the formula): their
   * partials are applied with a strong zero ({@link DerivativeRule#singular()}).
   */
  private static final java.util.Set<String> SINGULAR = java.util.Set.of(
      "asin", "acos", "log", "log10", "log1p", "sqrt", "cbrt", "atan2", "hypot", "pow",
      "exp", "expm1", "sinh", "cosh", "scalb", "IEEEremainder");

  private static void unary(String name, Unary r) {
    rule(name, "(D)D", unaryRule(r));
  }

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

  static {
    // sin' = cos x
    unary("sin", (b, x, y) -> b.math("cos", D, x));
    // cos' = -sin x
    unary("cos", (b, x, y) -> b.neg(b.math("sin", D, x)));
    // tan' = 1 + y^2
    unary("tan", (b, x, y) -> b.plus(c(b, x, 1), b.times(y, y)));
    // asin' = 1 / sqrt(1 - x^2)
    unary("asin", (b, x, y) -> b.div(c(b, x, 1), b.math("sqrt", D, b.minus(c(b, x, 1), b.times(x, x)))));
    // acos' = -1 / sqrt(1 - x^2)
    unary("acos", (b, x, y) -> b.div(c(b, x, -1), b.math("sqrt", D, b.minus(c(b, x, 1), b.times(x, x)))));
    // atan' = 1 / (1 + x^2)
    unary("atan", (b, x, y) -> b.div(c(b, x, 1), b.plus(c(b, x, 1), b.times(x, x))));
    // sinh' = cosh x
    unary("sinh", (b, x, y) -> b.math("cosh", D, x));
    // cosh' = sinh x
    unary("cosh", (b, x, y) -> b.math("sinh", D, x));
    // tanh' = 1 - y^2
    unary("tanh", (b, x, y) -> b.minus(c(b, x, 1), b.times(y, y)));
    // exp' = y
    unary("exp", (b, x, y) -> y);
    // expm1' = y + 1
    unary("expm1", (b, x, y) -> b.plus(y, c(b, x, 1)));
    // log' = 1 / x
    unary("log", (b, x, y) -> b.div(c(b, x, 1), x));
    // log10' = 1 / (x ln 10)
    unary("log10", (b, x, y) -> b.div(c(b, x, 1 / Math.log(10)), x));
    // log1p' = 1 / (1 + x)
    unary("log1p", (b, x, y) -> b.div(c(b, x, 1), b.plus(c(b, x, 1), x)));
    // sqrt' = 1 / (2 y)   (+inf at 0)
    unary("sqrt", (b, x, y) -> b.div(c(b, x, 0.5), y));
    // cbrt' = 1 / (3 y^2)
    unary("cbrt", (b, x, y) -> b.div(c(b, x, 1.0 / 3), b.times(y, y)));
    // toRadians' = pi / 180, toDegrees' = 180 / pi (the constants Math itself multiplies by)
    unary("toRadians", (b, x, y) -> c(b, x, 0.017453292519943295));
    unary("toDegrees", (b, x, y) -> c(b, x, 57.29577951308232));
    // nextUp, nextDown: the identity up to one ulp
    unary("nextUp", (b, x, y) -> c(b, x, 1));
    unary("nextDown", (b, x, y) -> c(b, x, 1));
    rule("nextUp", "(F)F", (b, a, y) -> new Value[] {c(b, a[0], 1)});
    rule("nextDown", "(F)F", (b, a, y) -> new Value[] {c(b, a[0], 1)});
    // nextAfter(x, d): the identity in x
    rule("nextAfter", "(DD)D", (b, a, y) -> new Value[] {c(b, a[0], 1), null});
    rule("nextAfter", "(FD)F", (b, a, y) -> new Value[] {c(b, a[0], 1), null});
    // abs' = copySign(1, x): +1 at +0, -1 at -0
    rule("abs", D, (b, a, y) -> new Value[] {b.math("copySign", DD, c(b, a[0], 1), a[0])});
    rule("abs", "(F)F", (b, a, y) -> new Value[] {b.math("copySign", "(FF)F", c(b, a[0], 1), a[0])});
    // atan2(u, v): d/du = v / (u^2 + v^2), d/dv = -u / (u^2 + v^2)
    rule("atan2", DD, (b, a, y) -> {
      Value r2 = b.plus(b.times(a[0], a[0]), b.times(a[1], a[1]));
      return new Value[] {b.div(a[1], r2), b.div(b.neg(a[0]), r2)};
    });
    // hypot(u, v): d/du = u / y, d/dv = v / y
    rule("hypot", DD, (b, a, y) -> new Value[] {b.div(a[0], y), b.div(a[1], y)});
    // pow(u, v): d/du = v u^(v-1) (0 when v = 0), d/dv = y log u (0 when u <= 0)
    rule("pow", DD, (b, a, y) -> {
      Value u = a[0], v = a[1];
      Value zero = c(b, u, 0);
      Value du = b.times(v, b.math("pow", DD, u, b.minus(v, c(b, u, 1))));
      du = b.select(v, Cond.EQ, zero, zero, du);
      Value dv = b.select(u, Cond.GT, zero, b.times(y, b.math("log", D, u)), zero);
      return new Value[] {du, dv};
    });
    // max(u, v): the derivative of the argument returned, u on ties
    for (String t : new String[] {"D", "F"}) {
      String desc = "(" + t + t + ")" + t;
      rule("max", desc, DerivativeRule.selecting((b, a, y) -> {
        Value one = c(b, a[0], 1), zero = c(b, a[0], 0);
        Value pu = b.select(a[0], Cond.GE, a[1], one, zero);
        return new Value[] {pu, b.minus(one, pu)};
      }));
      rule("min", desc, DerivativeRule.selecting((b, a, y) -> {
        Value one = c(b, a[0], 1), zero = c(b, a[0], 0);
        Value pu = b.select(a[0], Cond.LE, a[1], one, zero);
        return new Value[] {pu, b.minus(one, pu)};
      }));
      // copySign(m, s) = |m| sign(s): d/dm = copySign(1, m) copySign(1, s), d/ds = 0
      rule("copySign", desc, (b, a, y) -> {
        String d2 = desc;
        Value one = c(b, a[0], 1);
        return new Value[] {b.times(b.math("copySign", d2, one, a[0]), b.math("copySign", d2, one, a[1])), null};
      });
      // fma(u, v, w) = u v + w
      rule("fma", "(" + t + t + t + ")" + t, (b, a, y) -> new Value[] {a[1], a[0], c(b, a[0], 1)});
    }
    // scalb(x, n) = x 2^n: d/dx = 2^n
    rule("scalb", "(DI)D", (b, a, y) -> new Value[] {b.math("scalb", "(DI)D", c(b, a[0], 1), a[1]), null});
    rule("scalb", "(FI)F", (b, a, y) -> new Value[] {b.math("scalb", "(FI)F", c(b, a[0], 1), a[1]), null});
    // IEEEremainder(u, v) = u - rint(u / v) v: d/du = 1, d/dv = -rint(u / v)
    rule("IEEEremainder", DD, (b, a, y) ->
        new Value[] {c(b, a[0], 1), b.neg(b.math("rint", D, b.div(a[0], a[1])))});
    // Piecewise constant: derivative 0 wherever it exists.
    for (String f : new String[] {"floor", "ceil", "rint", "signum", "ulp"}) {
      rule(f, D, DerivativeRule.ZERO);
    }
    rule("signum", "(F)F", DerivativeRule.ZERO);
    rule("ulp", "(F)F", DerivativeRule.ZERO);
    rule("round", "(D)J", DerivativeRule.ZERO);
    rule("round", "(F)I", DerivativeRule.ZERO);
  }
}
