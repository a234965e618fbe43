package dev.leibniz.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.core.Diagnostic;
import dev.leibniz.oracle.fixtures.AttackCatalogue;
import dev.leibniz.testing.Transformed;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The attacker's catalogue ({@link AttackCatalogue}): each function at points chosen to hit a corner
 * (zeros, axes, ties, huge and tiny arguments, negative bases, integer parts feeding back). A case
 * passes when its method is refused or warned about (loud), or when both modes agree with the
 * analytic derivative, with central finite differences where the function is smooth there, and
 * with each other (dot-product test). Any other disagreement is a silently wrong derivative.
 */
class AttackCatalogueTest {
  static final Transformed T = Transformed.of(AttackCatalogue.class, true);
  static final double EXACT = 1e-12, FLOAT = 1e-6;
  static final double LN2 = Math.log(2), LN10 = Math.log(10);

  /** One function at one point: its exact gradient; {@code smooth}: finite differences apply there. */
  record Case(String method, double[] at, Function<double[], double[]> exact, boolean smooth, double tolerance) {
    @Override
    public String toString() {
      return method + Arrays.toString(at);
    }
  }

  static final List<Case> CASES = new ArrayList<>();

  static void add(String m, double[] at, Function<double[], double[]> exact) {
    CASES.add(new Case(m, at, exact, true, EXACT));
  }

  /** At a point where the function is not smooth: the documented one-sided convention, no finite differences. */
  static void corner(String m, double[] at, Function<double[], double[]> exact) {
    CASES.add(new Case(m, at, exact, false, EXACT));
  }

  /**
   * A staircase finer than finite differences' steps ({@code (short) (x * 1000)} jumps every 0.001): differences at steps
   * that cross its jumps see its slope at large, those below them only rounding, so the exact derivative and the
   * dot-product test are its oracles.
   */
  static void stepped(String m, double[] at, Function<double[], double[]> exact) {
    CASES.add(new Case(m, at, exact, false, EXACT));
  }

  static void floats(String m, double[] at, Function<double[], double[]> exact) {
    CASES.add(new Case(m, at, exact, true, FLOAT));
  }

  static double[] p(double... v) {
    return v;
  }

  static double sech2(double x) {
    double s = 1 / Math.cosh(x);
    return s * s;
  }

  static {
    add("fma", p(1.3, -0.7), x -> p(x[1] + 2 * x[0], x[0]));
    floats("fmaFloat", p(1.3, -0.7), x -> p(x[1] + 1, x[0]));
    add("strictFma", p(1.3, -0.7), x -> p(x[1], x[0] + 1));
    add("scalb", p(1.3), x -> p(16 * x[0]));
    add("scalbNegative", p(-3.1), x -> p(0.25));
    floats("scalbFloat", p(1.3), x -> p(32));
    add("ulpTimes", p(1.3), x -> p(Math.ulp(x[0]) + 1));
    add("nextUpTimes", p(1.3), x -> p(Math.nextUp(x[0]) + x[0]));
    add("nextAfter", p(1.3), x -> p(2));
    floats("nextDownFloat", p(1.3), x -> p(3));
    for (double[] at : new double[][] {p(1.3, -0.7), p(-1.3, 2)}) {
      add("copySign", at, x -> p(2 * x[0] * Math.signum(x[1]) - Math.signum(x[0]), 0));
      add("copySignMagnitude", at, x -> p(3 * Math.signum(x[1]), Math.signum(x[0]) * Math.signum(x[1])));
    }
    add("ieeeRemainder", p(5.3, 2), x -> p(1, -3));
    add("ieeeRemainder", p(-7.7, 3), x -> p(1, 3));
    add("strictIeeeRemainder", p(1.3, 0.7), x -> p(2 * x[0], -2));
    add("rintTimes", p(2.3), x -> p(2));
    add("floorCeil", p(2.3), x -> p(1));
    add("floorModCast", p(2.3), x -> p(1));
    add("floorDivCast", p(2.35), x -> p(7));
    for (String m : new String[] {"hypot", "strictHypot"}) {
      for (double[] at : new double[][] {p(3, 4), p(3e300, 4e300), p(0, 2), p(-1e-200, 1e-200)}) {
        add(m, at, x -> p(x[0] / Math.hypot(x[0], x[1]), x[1] / Math.hypot(x[0], x[1])));
      }
    }
    add("powInteger", p(-2), x -> p(12));
    add("powInteger", p(0), x -> p(0));
    add("powNegativeExponent", p(-2), x -> p(0.25));
    add("powNegativeExponent", p(0.5), x -> p(-16));
    for (String m : new String[] {"pow", "strictPow"}) {
      add(m, p(2.5, 1.7), x -> p(x[1] * Math.pow(x[0], x[1] - 1), Math.pow(x[0], x[1]) * Math.log(x[0])));
      add(m, p(0, 2), x -> p(0, 0));
      corner(m, p(-2, 3), x -> p(12, 0)); // d/dy does not exist for a negative base: 0 (README convention)
    }
    add("powBase", p(1.3), x -> p(Math.pow(2, x[0]) * LN2));
    for (double at : new double[] {0, -2, 2}) add("powZeroExponent", p(at), x -> p(1));
    for (String m : new String[] {"atan2", "strictAtan2"}) {
      for (double[] at : new double[][] {p(0, 1), p(1, 0), p(0, -2), p(2, -3), p(-1e-170, 3e-171)}) {
        boolean cut = at[0] == 0 && at[1] < 0; // atan2 jumps from pi to -pi across the negative x axis
        Function<double[], double[]> d = x -> {
          double r = Math.hypot(x[0], x[1]);
          return p(x[1] / r / r, -x[0] / r / r);
        };
        if (cut) corner(m, at, d);
        else add(m, at, d);
      }
    }
    for (String m : new String[] {"cbrt", "strictCbrt"}) {
      for (double at : new double[] {8, -27, 1e-300}) add(m, p(at), x -> p(1 / (3 * Math.cbrt(x[0]) * Math.cbrt(x[0]))));
    }
    for (String m : new String[] {"expm1", "strictExpm1"}) {
      for (double at : new double[] {1e-10, -1e-12, -40, 700}) add(m, p(at), x -> p(Math.exp(x[0])));
    }
    for (String m : new String[] {"log1p", "strictLog1p"}) {
      for (double at : new double[] {1e-10, -0.999, 3}) add(m, p(at), x -> p(1 / (1 + x[0])));
    }
    for (double at : new double[] {3, -700, 1e-8}) {
      add("sinh", p(at), x -> p(Math.cosh(x[0])));
      add("cosh", p(at), x -> p(Math.sinh(x[0])));
    }
    for (String m : new String[] {"tanh", "strictTanh"}) {
      for (double at : new double[] {0.5, 5, 20, -30, 360}) add(m, p(at), x -> p(sech2(x[0])));
    }
    add("toRadians", p(33), x -> p(2 * 0.017453292519943295));
    add("toDegrees", p(0.7), x -> p(2 * 57.29577951308232));
    add("signumTimes", p(1.3), x -> p(1));
    add("signumTimes", p(-2), x -> p(-1));
    add("signumFloat", p(-2), x -> p(-1));
    floats("abs", p(-1.3), x -> p(-3)); // the float part's derivatives are floats
    floats("abs", p(1.3), x -> p(3));
    add("max", p(1, 2), x -> p(0, 1));
    add("max", p(3, 2), x -> p(1, 0));
    corner("max", p(2, 2), x -> p(1, 0)); // ties: the first argument (README convention)
    floats("minFloat", p(1, 2), x -> p(1, 0));
    add("maxSelf", p(1.3), x -> p(2));
    add("maxNaNGuard", p(1.3), x -> p(2.6));
    add("roundInArithmetic", p(2.3), x -> p(2));
    add("getExponentTimes", p(2.3), x -> p(1));
    add("doubleWrappers", p(1.3, -0.7), x -> p(2 * x[0] + x[1], x[0] + 1));
    floats("floatSum", p(1.3, -0.7), x -> p(2 * x[0] + x[1], x[0]));
    add("strictSinCosExp", p(0.4), x -> p(Math.cos(2 * x[0]) - Math.exp(-x[0])));
    add("strictLogs", p(2.3), x -> p(1 / x[0] + 1 / (x[0] * LN10) + 0.5 / Math.sqrt(x[0])));
    add("strictInverse", p(0.3), x -> p(1 / Math.sqrt(1 - x[0] * x[0]) - 0.5 / Math.sqrt(1 - x[0] * x[0] / 4) + 1 / (1 + x[0] * x[0])));
    add("sqrtOfSquare", p(-2), x -> p(-1));
    corner("sqrtOfSquare", p(0), x -> p(0)); // |x| at 0: the strong zero picks 0, a subgradient
    add("remainder", p(5.3, 2), x -> p(1, -2));
    add("remainder", p(-7.7, 3), x -> p(1, 2));
    floats("remainderFloat", p(5.3, 2), x -> p(1, -2));

    floats("floatTimesDouble", p(1.3), x -> p((float) x[0] + x[0])); // the adjoint of f is a float
    floats("floatChain", p(1.3, -0.7), x -> p(2 * x[0] * x[1], x[0] * x[0]));
    add("longCastFeedsBack", p(1.234), x -> p(1.23));
    add("intCastFeedsBack", p(2.3), x -> p(4));
    add("castRoundTrip", p(2.3), x -> p(1));
    stepped("charShortByte", p(1.2345), x -> p(12 + 1234 + 1));
    stepped("charShortByte", p(-1.2345), x -> p(65524 - 1234 - 1));
    add("charIncrement", p(2.5), x -> p(99));

    add("arrayCompound", p(1.3, -0.7), x -> p(2 * x[1] * x[1] + 2, 4 * x[0] * x[1]));
    add("arrayCompoundIndexed", p(1.3), x -> p(2 * x[0] + 4));
    add("ternary", p(2, 1), x -> p(2 * x[0] * x[1], x[0] * x[0]));
    add("ternary", p(1, 2), x -> p(x[1], x[0]));
    corner("ternaryTie", p(2, 2), x -> p(1, 0));
    add("ternaryTie", p(1, 2), x -> p(0, 1));
    add("switchOnComputed", p(0.5), x -> p(1));
    add("switchOnComputed", p(1.5), x -> p(3));
    add("switchOnComputed", p(7.5), x -> p(Math.cos(7.5)));
    add("switchOnComputed", p(-0.5), x -> p(-1));
    add("localCompound", p(1.3), x -> p(4 * (x[0] + 1) / 3));
    add("whileOnValue", p(5), x -> p(0.125));
    add("recursion", p(1.3), x -> p(5 * Math.pow(x[0], 4)));
    add("staticRoundTrip", p(1.3), x -> p(3 * x[0] * x[0]));
  }

  static Stream<Arguments> cases() {
    return CASES.stream().map(Arguments::of);
  }

  /** The diagnostics of {@code method}: any makes the case loud, never silent. */
  static List<Diagnostic> diagnostics(String method) {
    return T.result.diagnostics().stream().filter(d -> d.method().startsWith(method + "(")).toList();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void neverSilentlyWrong(Case c) throws ReflectiveOperationException {
    List<Diagnostic> loud = diagnostics(c.method());
    if (!loud.isEmpty()) {
      System.out.println("loud, not checked: " + c + " " + loud.get(0).message());
      return;
    }
    Class<?>[] params = new Class<?>[c.at().length];
    Arrays.fill(params, double.class);
    boolean isStatic = Modifier.isStatic(T.type.getDeclaredMethod(c.method(), params).getModifiers());
    Object receiver = isStatic ? null : T.type.getDeclaredConstructor().newInstance();
    ScalarFunction f = new ScalarFunction(T.type, receiver, c.method(), params);
    double[] x = c.at(), exact = c.exact().apply(x);
    double[] tangent = f.tangentGradient(x.clone()), adjoint = f.gradient(x.clone());
    for (int j = 0; j < exact.length; j++) {
      String at = c + " d/dx" + j + ": exact " + exact[j];
      double tol = c.tolerance() * Math.abs(exact[j]);
      assertTrue(Math.abs(tangent[j] - exact[j]) <= tol, at + ", tangent " + tangent[j]);
      assertTrue(Math.abs(adjoint[j] - exact[j]) <= tol, at + ", adjoint " + adjoint[j]);
    }
    if (c.smooth()) {
      for (int j = 0; j < exact.length; j++) {
        double[] e = new double[x.length];
        e[j] = 1;
        FiniteDifferences.Estimate est = FiniteDifferences.directional(v -> new double[] {f.value(v)}, x.clone(), e,
            c.tolerance() == FLOAT)[0];
        double tol = est.tolerance(c.tolerance() == FLOAT ? 1e-4 : 1e-7);
        assertTrue(Math.abs(tangent[j] - est.value()) <= tol,
            c + " d/dx" + j + ": finite differences " + est.value() + " +- " + tol + ", tangent " + tangent[j]);
      }
    }
    DotProductCheck.check(c.toString(), x, 1, (p, pd) -> new double[] {f.tangent(p, pd)}, (p, yb) -> {
      double[] g = new double[x.length];
      f.adjoint(p, yb[0], g);
      return g;
    }, 13, 3, c.tolerance() == FLOAT);
  }

  /** {@code own = x; return own * own + x;} on an instance (a scratch field, its companions take a receiver shadow): 2x + 1. */
  @Test
  void instanceFieldRoundTrip() throws ReflectiveOperationException {
    assertTrue(diagnostics("instanceRoundTrip").isEmpty(), () -> diagnostics("instanceRoundTrip").toString());
    Object receiver = T.type.getDeclaredConstructor().newInstance();
    var primal = T.method("instanceRoundTrip", double.class);
    var tangent = T.method("instanceRoundTrip$tangent", T.type, double.class, double.class);
    var adjoint = T.method("instanceRoundTrip$adjoint", T.type, double.class, double.class, double[].class);
    for (double x : new double[] {1.3, -0.4}) {
      double exact = 2 * x + 1;
      Object shadow = T.type.getDeclaredConstructor().newInstance();
      double dt = (double) tangent.invoke(receiver, shadow, x, 1.0);
      double[] g = new double[1];
      adjoint.invoke(receiver, T.type.getDeclaredConstructor().newInstance(), x, 1.0, g);
      assertEquals(exact, dt, EXACT * Math.abs(exact), "tangent at " + x);
      assertEquals(exact, g[0], EXACT * Math.abs(exact), "adjoint at " + x);
      FiniteDifferences.Estimate est = FiniteDifferences.derivative(v -> {
        try {
          return (double) primal.invoke(receiver, v);
        } catch (ReflectiveOperationException e) {
          throw new AssertionError(e);
        }
      }, x);
      assertEquals(est.value(), dt, est.tolerance(1e-7), "finite differences at " + x);
      DotProductCheck.check("instanceRoundTrip", p(x), 1, (v, vd) -> {
        try {
          return p((double) tangent.invoke(receiver, T.type.getDeclaredConstructor().newInstance(), v[0], vd[0]));
        } catch (ReflectiveOperationException e) {
          throw new AssertionError(e);
        }
      }, (v, yb) -> {
        try {
          double[] gg = new double[1];
          adjoint.invoke(receiver, T.type.getDeclaredConstructor().newInstance(), v[0], yb[0], gg);
          return gg;
        } catch (ReflectiveOperationException e) {
          throw new AssertionError(e);
        }
      }, 5, 3);
    }
  }

  /**
   * {@code Math.clamp(double, double, double)} (JDK 21) has no rule: a class calling it with an active value is
   * refused, located, on any JDK (the class file is made here, so the test compiles and runs on 17).
   */
  @Test
  void mathClampIsRefusedNotPassive() {
    for (String desc : new String[] {"(DDD)D", "(FFF)F"}) {
      boolean dbl = desc.startsWith("(D");
      ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_MAXS);
      cw.visit(Opcodes.V21, Opcodes.ACC_PUBLIC | Opcodes.ACC_SUPER, "dev/leibniz/oracle/fixtures/Clamping", null, "java/lang/Object", null);
      cw.visitSource("Clamping.java", null);
      MethodVisitor mv = cw.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, "f", "(D)D", null, null);
      mv.visitAnnotation("Ldev/leibniz/Differentiable;", true).visitEnd();
      mv.visitCode();
      Label start = new Label();
      mv.visitLabel(start);
      mv.visitLineNumber(7, start);
      mv.visitVarInsn(Opcodes.DLOAD, 0);
      if (!dbl) mv.visitInsn(Opcodes.D2F);
      mv.visitLdcInsn(dbl ? (Object) 0.0 : (Object) 0f);
      mv.visitLdcInsn(dbl ? (Object) 1.0 : (Object) 1f);
      mv.visitMethodInsn(Opcodes.INVOKESTATIC, "java/lang/Math", "clamp", desc, false);
      if (!dbl) mv.visitInsn(Opcodes.F2D);
      mv.visitVarInsn(Opcodes.DLOAD, 0);
      mv.visitInsn(Opcodes.DMUL);
      mv.visitInsn(Opcodes.DRETURN);
      mv.visitMaxs(0, 0);
      mv.visitEnd();
      cw.visitEnd();
      var r = new dev.leibniz.core.ClassDifferentiator(dev.leibniz.core.ClassFinder.of(getClass().getClassLoader()))
          .differentiate(cw.toByteArray());
      List<Diagnostic> refusals = r.diagnostics().stream().filter(d -> !d.warning()).toList();
      assertEquals(1, refusals.size(), () -> desc + ": " + r.diagnostics());
      String m = refusals.get(0).message();
      assertTrue(m.contains("Clamping.java:7") && m.contains("clamp") && m.contains("no derivative rule"), m);
    }
  }
}
