package dev.leibniz.oracle;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.core.Diagnostic;
import dev.leibniz.oracle.fixtures.AttackPrograms;
import dev.leibniz.testing.FirstDispatchInstalled;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 13 (never silently wrong): the attacker's small programs ({@link AttackPrograms}), run through the core with
 * all their nested classes linked. A case passes when it is loud (a diagnostic on its method, its helpers or its
 * classes, or a {@code leibniz:} error at run time), or when both modes agree with the analytic gradient, with
 * central differences, and with each other (dot-product test).
 */
@ExtendWith(FirstDispatchInstalled.class)
class AttackProgramsTest {
  static final LinkedFixtures FIXTURES = LinkedFixtures.allowingDiagnostics(AttackPrograms.class.getNestMembers());
  static final double EXACT = 1e-12, FLOAT = 1e-6;

  /**
   * One program at one point: its exact gradient; {@code classes}: the prefix of its nested classes'
   * simple names; a negative {@code tolerance}: not smooth there, no finite differences.
   */
  record Case(String method, double[] at, Function<double[], double[]> exact, double tolerance, String classes) {
    @Override
    public String toString() {
      return method + Arrays.toString(at);
    }
  }

  static final List<Case> CASES = new ArrayList<>();

  static void add(String m, double x, double y, Function<double[], double[]> exact) {
    add(m, x, y, exact, Character.toUpperCase(m.charAt(0)) + m.substring(1));
  }

  static void add(String m, double x, double y, Function<double[], double[]> exact, String classes) {
    CASES.add(new Case(m, new double[] {x, y}, exact, EXACT, classes));
  }

  static double[] p(double... v) {
    return v;
  }

  static {
    add("aliasDot", 1.3, 0.7, v -> p(2 * v[0], 2 * v[1]));
    add("aliasShift", 1.3, 0.7, v -> p(2 * v[1] + v[1] * v[1], 2 * v[0] + 2 * v[0] * v[1]));
    add("aliasField", 1.3, 0.7, v -> p(2 * v[1] + 2 * v[0], 2 * v[0]));
    add("aliasScalar", 1.3, 0.7, v -> p(Math.sin(v[0]) + v[0] * Math.cos(v[0]), 1));
    add("aliasCells", 1.3, 0.7, v -> p(2 * v[1], 2 * v[0]));
    add("partialWrite", 1.3, 0.7, v -> p(2 * v[0] * v[1], v[0] * v[0] + 1));
    add("caughtIndex", 5, 0.7, v -> p(v[1], v[0]));
    add("caughtIndex", 1.3, 0.7, v -> p(2 * v[1], 2 * v[0]));
    add("staticState", 1.3, 0.7, v -> p(2 * v[0] + v[1], v[0] + 2 * v[1]));
    add("instanceState", 1.3, 0.7, v -> p(3 * v[0] * v[0] + v[1] * v[1], 2 * v[0] * v[1]));
    add("defaultOverride", 1.3, 0.7, v -> p(8 * v[0] * v[1], 4 * v[0] * v[0]), "Default");
    add("defaultOverride", 1.3, -0.7, v -> p(2 * v[0] * v[1], v[0] * v[0]), "Default");
    add("lambdaCapture", 1.3, 0.7, v -> p(2 * v[0] + v[1], v[0] + 2 * v[1]));
    add("anonymous", 1.3, 0.7, v -> p(Math.sin(v[1]), v[0] * Math.cos(v[1])), "1");
    add("rowsForEach", 1.3, 0.7, v -> p(2 * v[0] + 2 * v[0] * v[1] * v[1], 2 * v[1] + 2 * v[0] * v[0] * v[1]));
    add("switchOnSign", 2, 1, v -> p(2 * v[0], 0));
    add("switchOnSign", 1, 2, v -> p(v[1] * v[1], 2 * v[0] * v[1]));
    add("earlyReturn", 1.3, 0.7, AttackProgramsTest::earlyReturn);
    add("earlyReturn", 0.5, 0.1, AttackProgramsTest::earlyReturn);
    add("labelledBreak", 1.3, 0.7, AttackProgramsTest::labelledBreak);
    add("labelledBreak", 0.1, 0.05, AttackProgramsTest::labelledBreak);
    add("nanTernary", 1.3, 0.7, v -> p(v[1], v[0]));
    add("nanTernary", 3, 0.7, v -> p(v[1] / (2 * Math.sqrt(v[0] - 2)), Math.sqrt(v[0] - 2)));
    add("maxOfEqual", 1.3, 0.7, v -> p(2 * v[1], 2 * v[0]));
    add("recursion", 1.3, 0.7, v -> p(3 * v[0] * v[0] * v[1], v[0] * v[0] * v[0]));
    add("varargs", 1.3, 0.7, v -> p(2 * v[0] + 2 * v[0] * v[1] * v[1], 2 * v[1] + 2 * v[0] * v[0] * v[1]));
    add("recordNorm", 1.3, 0.7, v -> p(2 * v[0] + 2 * v[0] * v[1] * v[1], 2 * v[0] * v[0] * v[1]), "RecordPoint");
    add("enumScale", 1.3, 0.7, v -> p(1000 + v[1], v[0]), "EnumUnit");
    add("enumScale", 0.5, 0.7, v -> p(-1 + v[1], v[0]), "EnumUnit");
    add("innerClass", 1.3, 0.7, v -> p(2 * v[0] * v[1], v[0] * v[0]), "InnerScale");
    add("sortWeights", 1.3, 0.7, v -> p(2 * v[1] + 3, 1 + 2 * v[0]));
    add("compareLarger", 1.3, 0.7, v -> p(2 * v[0], 0));
    add("compareLarger", 0.3, 0.7, v -> p(0, 2 * v[1]));
    add("fillCopy", 1.3, 0.7, v -> p(2 + 2 * v[1], 2 * v[0]));
    CASES.add(new Case("floatMix", p(1.3, 0.7), v -> p(v[1] + 1, v[0]), FLOAT, "FloatMix"));
    CASES.add(new Case("formatted", p(1.3, 0.7), v -> p(v[1], v[0]), FLOAT, "Formatted"));
    CASES.add(new Case("printedLength", p(1.3, 0.7), v -> p(3, 1), -EXACT, "PrintedLength")); // the length jumps within differences' steps
    add("aliasReverse", 1.3, 0.7, v -> p(4 * v[0] * v[0] * v[0] + 2 * v[0], 2 * v[1]));
    add("overlapCopy", 1.3, 0.7, v -> p(2 * v[0] + v[1], v[0]));
    add("cloneAlias", 1.3, 0.7, v -> p(v[1], v[0]));
    add("listOfRows", 1.3, 0.7, v -> p(v[1] + v[1] * v[1], v[0] + 2 * v[0] * v[1]));
    add("sharedRows", 1.3, 0.7, v -> p(v[1], v[0] + 1));
    add("sharedRowsForEach", 1.3, 0.7, v -> p(v[1] * v[1], 2 * v[0] * v[1]));
    add("retained", 1.3, 0.7, v -> p(2 * v[0] + v[1], v[0]));
    add("passiveStatic", 1.3, 0.7, v -> p(v[1], v[0]));
    add("passiveCounter", 1.3, 0.7, v -> p(v[1], v[0] + 2));
    add("overrideClass", 1.3, 0.7, v -> p(3 * v[0] * v[0] * v[1], v[0] * v[0] * v[0]), "Override");
    add("overrideClass", 1.3, -0.7, v -> p(2 * v[0] * v[1], v[0] * v[0]), "Override");
    add("enumOpBody", 1.3, 0.7, v -> p(2 * v[0] * v[1], v[0] * v[0]));
    add("enumOpBody", 0.5, 0.7, v -> p(v[1], v[0]));
    add("lambdaLate", 1.3, 0.7, v -> p(v[1], v[0]));
    add("throwAfterLocal", 1.3, 0.7, v -> p(2 * v[0], 1));
    add("varargsInPlace", 1.3, 0.7, v -> p(2 * v[0] + v[1], v[0]));
    add("roundedTrips", 1.3, 0.7, v -> p(3 * v[1], 3 * v[0]));
    add("genericRead", 1.3, 0.7, v -> p(2 * v[0] * v[1], v[0] * v[0]), "Generic");
    add("genericRead", 1.3, -0.7, v -> p(2 * v[0] + v[1], v[0]), "Generic");
    add("genericLambda", 1.3, 0.7, v -> p(v[1] + 1, v[0]), "Generic");
    add("partialObject", 1.3, 0.7, v -> p(2 * v[0] * v[1], v[0] * v[0] + 1));
    add("boxedList", 1.3, 0.7, v -> p(2 * v[0], 2 * v[1]));
    add("overflowIndex", 1.3, 0.7, v -> p(v[1], v[0]));
    add("strictMix", 1.3, 0.7, v -> {
      double h = Math.hypot(v[0], v[1]), l = Math.log1p(v[0] * v[1]);
      return p(v[1] / (1 + v[0] * v[1]) * h + l * v[0] / h, v[0] / (1 + v[0] * v[1]) * h + l * v[1] / h);
    });
  }

  /** The gradient of {@code earlyReturn}, forward by hand. */
  static double[] earlyReturn(double[] v) {
    double s = 1;
    double[] ds = {0, 0};
    for (int i = 0; i < 10; i++) {
      ds = p(ds[0] * v[0] + s, ds[1] * v[0] + 1);
      s = s * v[0] + v[1];
      if (s > 5) return ds;
    }
    return p(-ds[0], -ds[1]);
  }

  /** The gradient of {@code labelledBreak}, forward by hand. */
  static double[] labelledBreak(double[] v) {
    double s = 0;
    double[] ds = {0, 0};
    for (int i = 0; i < 5; i++) {
      for (int j = 0; j < 5; j++) {
        ds = p(ds[0] + i + v[1] * j * ds[0], ds[1] + j * s + v[1] * j * ds[1]);
        s += v[0] * i + v[1] * j * s;
        if (s > 10) return ds;
      }
    }
    return ds;
  }

  static Stream<Arguments> cases() {
    return CASES.stream().map(Arguments::of);
  }

  /** The diagnostics of the case's method, of its helpers (their names begin with it) and of its nested classes. */
  static List<Diagnostic> diagnostics(Case c) {
    List<Diagnostic> all = new ArrayList<>();
    for (Class<?> k : AttackPrograms.class.getNestMembers()) {
      String simple = k.getName().substring(k.getName().lastIndexOf('$') + 1);
      for (Diagnostic d : FIXTURES.result(k).diagnostics()) {
        if (d.method().startsWith(c.method()) || (k != AttackPrograms.class && simple.startsWith(c.classes()))) all.add(d);
      }
    }
    return all;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void neverSilentlyWrong(Case c) {
    List<Diagnostic> loud = diagnostics(c);
    if (!loud.isEmpty()) {
      System.out.println("LOUD " + c + ": " + loud.get(0).message());
      return;
    }
    ScalarFunction f = new ScalarFunction(FIXTURES.get(AttackPrograms.class), c.method(), double.class, double.class);
    double[] x = c.at(), exact = c.exact().apply(x);
    double[] tangent, adjoint;
    try {
      tangent = f.tangentGradient(x.clone());
      adjoint = f.gradient(x.clone());
    } catch (AssertionError e) {
      String m = String.valueOf(e.getCause() == null ? e.getMessage() : e.getCause().getMessage());
      assertTrue(m.startsWith("leibniz:"), c + ": " + e + " / " + m);
      System.out.println("LOUD at run time " + c + ": " + m);
      return;
    }
    boolean floats = c.tolerance() == FLOAT, smooth = c.tolerance() > 0;
    for (int j = 0; j < exact.length; j++) {
      String at = c + " d/dx" + j + ": exact " + exact[j];
      double tol = Math.abs(c.tolerance()) * Math.max(1, Math.abs(exact[j]));
      assertTrue(Math.abs(tangent[j] - exact[j]) <= tol, at + ", tangent " + tangent[j] + ", adjoint " + adjoint[j]);
      assertTrue(Math.abs(adjoint[j] - exact[j]) <= tol, at + ", adjoint " + adjoint[j] + ", tangent " + tangent[j]);
      if (!smooth) continue;
      double[] e = new double[x.length];
      e[j] = 1;
      FiniteDifferences.Estimate est = FiniteDifferences.directional(v -> new double[] {f.value(v)}, x.clone(), e, floats)[0];
      double fdTol = est.tolerance(floats ? 1e-4 : 1e-7);
      assertTrue(Math.abs(tangent[j] - est.value()) <= fdTol,
          c + " d/dx" + j + ": finite differences " + est.value() + " +- " + fdTol + ", tangent " + tangent[j]);
    }
    DotProductCheck.check(c.toString(), x, 1, (q, qd) -> new double[] {f.tangent(q, qd)}, (q, yb) -> {
      double[] g = new double[x.length];
      f.adjoint(q, yb[0], g);
      return g;
    }, 13, 3, floats);
    System.out.println("RIGHT " + c);
  }
}
