package dev.leibniz.badinput;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.core.Diagnostic;
import dev.leibniz.oracle.DotProductCheck;
import dev.leibniz.oracle.FiniteDifferences;
import java.lang.reflect.Method;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An exact test of an active value against a constant ({@code if (d == 0)}) picks a formula made for the point where
 * it holds; the companions differentiate that formula, which is the function's value there but not its derivative
 * (GraphHopper's edge distance at a horizontal edge, corpus round 8: silently wrong before). Here {@code f(a, b) = a *
 * b} with the special case {@code d = b - a == 0 -> a * a}: at {@code a == b} the companions give {@code (2a, 0)}, the
 * function's gradient is {@code (b, a)}. The core warns at load, on the test's line; tests that leave a loop (a series ending
 * on an exact 0 term) and tests of two active values ({@code r == max}) are not warned. Away from the point both
 * modes match the analytic gradient, finite differences and each other.
 */
class ConstantEqualityTestWarningTest {
  static final String MEMBERS = """
          @dev.leibniz.Differentiable
          static double special(double a, double b) {
            double d = b - a;
            if (d == 0) return a * a; /*POINT*/
            return a * b;
          }

          @dev.leibniz.Differentiable
          static double logged(double a, double b) {
            double d = b - a;
            if (d == 0) { /*LOGGED*/
              System.out.println("special case at b = " + b);
              return a * a;
            }
            return a * b;
          }

          @dev.leibniz.Differentiable
          static double compared(double a, double b) {
            if (Double.compare(b - a, 0.0) == 0) return a * a; /*COMPARE*/
            return a * b;
          }

          @dev.leibniz.Differentiable
          static double series(double x) {
            double s = 0, term = 1;
            for (int k = 0; k < 2000; k++) {
              s += term;
              term *= x;
              if (term == 0) break; /*LOOP*/
            }
            return s;
          }

          @dev.leibniz.Differentiable
          static double sincPerElement(double[] x) {
            double s = 0;
            for (double v : x) s += v == 0 ? 1 : Math.sin(v) / v * v; /*PER_ELEMENT*/
            return s;
          }

          @dev.leibniz.Differentiable
          static double ratioPerElement(double[] x) {
            double s = 0;
            for (int i = 0; i < x.length; i++) {
              if (x[i] == 1) s += 1; /*RATIO*/
              else s += Math.log(x[i]) / (x[i] - 1);
            }
            return s;
          }

          @dev.leibniz.Differentiable
          static double rotated(double r0, double r1, double r2, double p0, double p1, double p2,
              double q0, double q1, double q2) {
            double sqtheta = r0 * r0 + r1 * r1 + r2 * r2;
            double o0, o1, o2;
            if (sqtheta != 0) { /*BA*/
              double theta = Math.sqrt(sqtheta);
              double w0 = r0 / theta, w1 = r1 / theta, w2 = r2 / theta;
              double cos = Math.cos(theta), sin = Math.sin(theta);
              double tmp = (w0 * p0 + w1 * p1 + w2 * p2) * (1.0 - cos);
              o0 = p0 * cos + (w1 * p2 - w2 * p1) * sin + w0 * tmp;
              o1 = p1 * cos + (w2 * p0 - w0 * p2) * sin + w1 * tmp;
              o2 = p2 * cos + (w0 * p1 - w1 * p0) * sin + w2 * tmp;
            } else {
              o0 = p0 + (r1 * p2 - r2 * p1);
              o1 = p1 + (r2 * p0 - r0 * p2);
              o2 = p2 + (r0 * p1 - r1 * p0);
            }
            return q0 * o0 + q1 * o1 + q2 * o2;
          }

          @dev.leibniz.Differentiable
          static double hypot(double a, double b) {
            a = Math.abs(a);
            b = Math.abs(b);
            if (a == 0) return b; /*HYPOT*/
            return Math.sqrt(a * a + b * b);
          }

          @dev.leibniz.Differentiable
          static double flat(double x, double y) {
            if (x == 0) return 0; /*FLAT*/
            return x * x * y;
          }

          @dev.leibniz.Differentiable
          static double gammaP1(double x) {
            if (x == 0.0) return 0.0; /*GAMMA*/
            return 1 - Math.exp(-x);
          }

          @dev.leibniz.Differentiable
          static double rootSquared(double x) {
            double r = Math.sqrt(x);
            if (r == 0) return 0; /*ROOT*/
            return r * r;
          }

          @dev.leibniz.Differentiable
          static double boxed(double a, double b) {
            if (!Double.valueOf(b - a).equals(0.0)) return a * b; /*BOXED*/
            return a * a;
          }

          @dev.leibniz.Differentiable
          static double objectsEqual(double a, double b) {
            if (java.util.Objects.equals(b - a, 0.0)) return a * a; /*OBJECTS*/
            return a * b;
          }

          @dev.leibniz.Differentiable
          static double boxedFlat(double x, double y) {
            if (Double.valueOf(x).equals(0.0)) return 0; /*BOXFLAT*/
            return x * x * y;
          }

          @dev.leibniz.Differentiable
          static double pinned(double a, double b) {
            double r;
            if (Math.abs(a) > Math.abs(b)) r = a + b;
            else if (b != 0) r = a + b; /*PINNED*/
            else r = 0;
            return r;
          }

          @dev.leibniz.Differentiable
          static double arrayReread(double[] v) {
            if (v[0] == 0) return 0; /*AREAD*/
            return v[0] * v[1];
          }

          @dev.leibniz.Differentiable
          static double fieldReread(ConstantEqualityPoint p) {
            if (p.x == 0) return 0; /*FREAD*/
            return p.x * p.y;
          }

          @dev.leibniz.Differentiable
          static double comparedReread(double[] v) {
            if (Double.compare(v[0], 0.0) == 0) return v[1]; /*CREAD*/
            return v[1] + v[0] * v[2];
          }

          @dev.leibniz.Differentiable
          static double otherArray(double[] v, double[] w) {
            if (v[0] == 0) return w[0]; /*OTHERARRAY*/
            return v[0] * w[1] + w[0];
          }

          @dev.leibniz.Differentiable
          static double otherObject(ConstantEqualityPoint p, ConstantEqualityPoint q) {
            if (p.x == 0) return q.x; /*OTHEROBJECT*/
            return p.x * q.y + q.x;
          }

          @dev.leibniz.Differentiable
          static double keptSlope(double x, double y) {
            double t = x * y;
            if (t == 0) return x + y; /*SLOPE*/
            return (x + y) * Math.exp(t);
          }

          @dev.leibniz.Differentiable
          static double otherElements(double[] v) {
            if (v[0] == 0) return 0; /*OTHER*/
            return v[1] * v[2];
          }

          @dev.leibniz.Differentiable
          static double largest(double r, double g) {
            double max = r > g ? r : g;
            if (r == max) return r * g; /*TWO*/
            return g * g;
          }
        """;

  private static Subject subject;

  private static Subject subject() {
    if (subject == null) subject = Subject.ofMembers("ConstantEquality", MEMBERS,
        "@dev.leibniz.Differentiable\nfinal class ConstantEqualityPoint {\n  double x, y;\n}\n");
    return subject;
  }

  private static List<Diagnostic> warningsAt(String marker) {
    Subject s = subject();
    return s.result.diagnostics().stream()
        .filter(d -> d.warning() && d.reason().contains("equals a constant") && s.linesMarked(marker).contains(d.line()))
        .toList();
  }

  @Test
  void aTestAgainstAConstantIsWarnedOnItsLineAndOnlyThere() {
    assertEquals(1, warningsAt("/*POINT*/").size(), subject().result.diagnostics()::toString);
    assertTrue(warningsAt("/*POINT*/").get(0).reason().contains("differentiate at points where the test fails"));
    assertEquals(1, warningsAt("/*COMPARE*/").size(), subject().result.diagnostics()::toString); // Double.compare(d, 0.0) == 0
    // b only in a message in the special case: no use a derivative reaches
    assertEquals(1, warningsAt("/*LOGGED*/").size(), subject().result.diagnostics()::toString);
    // Double.valueOf(d).equals(0.0) (negated: the special case is the other branch) and Objects.equals(d, 0.0)
    assertEquals(1, warningsAt("/*BOXED*/").size(), subject().result.diagnostics()::toString);
    assertEquals(1, warningsAt("/*OBJECTS*/").size(), subject().result.diagnostics()::toString);
    assertTrue(warningsAt("/*LOOP*/").isEmpty(), subject().result.diagnostics()::toString);
    assertTrue(warningsAt("/*TWO*/").isEmpty(), subject().result.diagnostics()::toString);
  }

  /**
   * A special case per element in a loop, both of whose ways go on with the loop ({@code v == 0 ? 1 : sin(v) / v * v},
   * {@code x[i] == 1 ? 1 : log(x[i]) / (x[i] - 1)}), is warned like one outside loops: at {@code v = 0} the companions
   * gave 0 for the derivative 1 (and 0 for -1/2 at {@code x[i] = 1}) with no word (red team); the series that leaves
   * its loop on an exact zero term stays unwarned.
   */
  @Test
  void aSpecialCasePerElementInALoopIsWarned() {
    assertEquals(1, warningsAt("/*PER_ELEMENT*/").size(), subject().result.diagnostics()::toString);
    assertEquals(1, warningsAt("/*RATIO*/").size(), subject().result.diagnostics()::toString);
    assertTrue(warningsAt("/*LOOP*/").isEmpty(), subject().result.diagnostics()::toString);
  }

  /**
   * Special cases whose general formula is flat in the inputs they drop (a square of the tested value: {@code x == 0 ?
   * 0 : x * x y}, a hypot's {@code a == 0 ? |b|}) give the function's derivative at the point: no warning (false alarms
   * before). One that keeps every tested input is warned, right (Bundle Adjustment's first-order rotation, whose
   * gradient below is right) or not ({@code keptSlope}: {@code ∂/∂x} at {@code (0, 3)} is 1, the function's 10, R10-F5):
   * its slope across the level set cannot be checked statically.
   */
  @Test
  void specialCasesWhoseGeneralFormulaIsFlatAreNotWarnedThoseKeepingEveryTestedInputAre() throws Throwable {
    assertEquals(1, warningsAt("/*BA*/").size(), subject().result.diagnostics()::toString);
    assertEquals(1, warningsAt("/*SLOPE*/").size(), subject().result.diagnostics()::toString);
    Class<?> c = subject().loadTransformed();
    Method primal = c.getDeclaredMethod("keptSlope", double.class, double.class);
    Method tangent = c.getDeclaredMethod("keptSlope$tangent", double.class, double.class, double.class, double.class);
    primal.setAccessible(true);
    tangent.setAccessible(true);
    FiniteDifferences.Estimate fd = FiniteDifferences.derivative(x -> {
      try {
        return (double) primal.invoke(null, x, 3.0);
      } catch (ReflectiveOperationException e) {
        throw new AssertionError(e);
      }
    }, 0.0);
    assertEquals(10.0, fd.value(), fd.tolerance(1e-9)); // 1 + (x + y) y
    assertEquals(1.0, (double) tangent.invoke(null, 0.0, 1.0, 3.0, 0.0), 0.0); // the special case's, warned
    for (String marker : List.of("/*HYPOT*/", "/*FLAT*/", "/*BOXFLAT*/")) {
      assertTrue(warningsAt(marker).isEmpty(), () -> marker + " " + subject().result.diagnostics());
    }
  }

  @Test
  void atThePointTheUnwarnedSpecialCasesGiveTheGradientInBothModes() throws Throwable {
    double[] p = {0.3, -1.2, 0.7}, q = {1.1, 0.4, -0.9};
    double[] pxq = {p[1] * q[2] - p[2] * q[1], p[2] * q[0] - p[0] * q[2], p[0] * q[1] - p[1] * q[0]};
    // d/dr q·R(r)p = p × q at r = 0; d/dp = q; d/dq = p
    checkGradient("rotated", new double[] {0, 0, 0, p[0], p[1], p[2], q[0], q[1], q[2]},
        new double[] {pxq[0], pxq[1], pxq[2], q[0], q[1], q[2], p[0], p[1], p[2]});
    checkGradient("hypot", new double[] {0, 2}, new double[] {0, 1});
    checkGradient("hypot", new double[] {0, -1.5}, new double[] {0, -1});
    checkGradient("flat", new double[] {0, 3}, new double[] {0, 0});
    checkGradient("boxedFlat", new double[] {0, 3}, new double[] {0, 0});
    checkGradient("boxedFlat", new double[] {0.5, 3}, new double[] {3, 0.25});
  }

  /**
   * Still warned, because they are wrong at the point: the special case drops the tested input and the general formula
   * is not flat in it. {@code gammaP1} is Hipparchus' {@code regularizedGammaP(a, x)} at {@code a = 1} ({@code 1 -
   * e^-x}, with its {@code x == 0.0 -> 0.0}): its derivative at 0 is 1 (at {@code a < 1} infinite; {@code Erf.erf} at
   * 0 goes through it), the companions give 0. {@code rootSquared} squares {@code sqrt(x)}, whose partial is infinite at
   * 0: the square of the tested value is flat only when the tested value has finite partials.
   */
  @Test
  void specialCasesThatDropATestedInputTheGeneralFormulaUsesStayWarnedAndAreWrongThere() throws Throwable {
    assertEquals(1, warningsAt("/*GAMMA*/").size(), subject().result.diagnostics()::toString);
    assertEquals(1, warningsAt("/*ROOT*/").size(), subject().result.diagnostics()::toString);
    Class<?> c = subject().loadTransformed();
    for (String name : List.of("gammaP1", "rootSquared")) {
      Method tangent = c.getDeclaredMethod(name + "$tangent", double.class, double.class);
      Method primal = c.getDeclaredMethod(name, double.class);
      tangent.setAccessible(true);
      primal.setAccessible(true);
      // one-sided (x >= 0): (f(h) - f(0)) / h at a small h, against the companion's value at 0
      double h = 1e-7, forward = ((double) primal.invoke(null, h) - (double) primal.invoke(null, 0.0)) / h;
      assertEquals(1.0, forward, 1e-6, name);
      assertEquals(0.0, (double) tangent.invoke(null, 0.0, 1.0), 0.0, name); // the special case's derivative, warned
    }
  }

  /**
   * javac reads {@code v[0]} or {@code p.x} again at each use, so the general formula's loads are other
   * instructions than the tested one: an input is its location (R10-F4: these were silent, and {@code arrayReread}'s
   * tangent in {@code v[0]} at {@code (0, 3)} is 0 where the function's is 3). A general formula reading only other
   * constant elements is flat in the tested one: not warned.
   */
  @Test
  void aGeneralFormulaThatReadsTheTestedElementOrFieldAgainStaysWarned() throws Throwable {
    for (String marker : List.of("/*AREAD*/", "/*FREAD*/", "/*CREAD*/", "/*OTHERARRAY*/", "/*OTHEROBJECT*/")) {
      assertEquals(1, warningsAt(marker).size(), () -> marker + " " + subject().result.diagnostics());
    }
    assertTrue(warningsAt("/*OTHER*/").isEmpty(), subject().result.diagnostics()::toString);
    Class<?> c = subject().loadTransformed();
    Method primal = c.getDeclaredMethod("arrayReread", double[].class);
    Method tangent = c.getDeclaredMethod("arrayReread$tangent", double[].class, double[].class);
    primal.setAccessible(true);
    tangent.setAccessible(true);
    FiniteDifferences.Estimate fd = FiniteDifferences.derivative(
        x -> invoke(primal, new double[] {x, 3}), 0.0);
    assertEquals(3.0, fd.value(), fd.tolerance(1e-9));
    assertEquals(0.0, (double) tangent.invoke(null, new double[] {0, 3}, new double[] {1, 0}), 0.0); // warned
    // R10-F12: the special case reads another array at the tested index; the function's slope in v[0] is w[1]
    Method other = c.getDeclaredMethod("otherArray", double[].class, double[].class);
    Method otherTangent = c.getDeclaredMethod("otherArray$tangent", double[].class, double[].class, double[].class, double[].class);
    other.setAccessible(true);
    otherTangent.setAccessible(true);
    FiniteDifferences.Estimate slope = FiniteDifferences.derivative(x -> {
      try {
        return (double) other.invoke(null, new double[] {x, 0}, new double[] {5, 3});
      } catch (ReflectiveOperationException e) {
        throw new AssertionError(e);
      }
    }, 0.0);
    assertEquals(3.0, slope.value(), slope.tolerance(1e-9));
    assertEquals(0.0, (double) otherTangent.invoke(null, new double[] {0, 0}, new double[] {1, 0}, new double[] {5, 3},
        new double[] {0, 0}), 0.0); // warned
  }

  private static double invoke(Method m, double[] v) {
    try {
      return (double) m.invoke(null, (Object) v);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  /**
   * GraphHopper's edge distance (corpus round 8), the case the warning was made for: the horizontal edge's special case
   * drops {@code b_lat}, the vertical one {@code b_lon} and the shrink factor's latitudes; both stay warned.
   */
  @Test
  void graphHoppersHorizontalAndVerticalEdgesStayWarned() {
    dev.leibniz.core.Result r = differentiateFromClassPath("dev.leibniz.corpus.graphhopper.DistanceCalcEarthEdgeDistance");
    assertEquals(2, constantTestLines(r).size(), r.diagnostics()::toString);
  }

  /**
   * Hipparchus' {@code regularizedGammaP} (README's library demo): its {@code x == 0.0 -> 0.0} and the inlined {@code
   * regularizedGammaQ}'s {@code x == 0.0 -> 1.0} stay warned, and rightly: {@code Erf.erf(x) = P(1/2, x²)} (the
   * corpus copy, calling the jar) has derivative {@code 2/√π} at 0, its tangent there is 0.
   */
  @Test
  void hipparchusGammaAtZeroStaysWarnedAndErfIsWrongThere() throws Throwable {
    String name = "dev.leibniz.corpus.hipparchus.ErfErf";
    dev.leibniz.core.Result r = differentiateFromClassPath(name);
    assertEquals(2, constantTestLines(r).size(), r.diagnostics()::toString);
    byte[] transformed = r.transformed();
    ClassLoader own = new ClassLoader(ConstantEqualityTestWarningTest.class.getClassLoader()) { // this class first
      @Override
      protected Class<?> loadClass(String n, boolean resolve) throws ClassNotFoundException {
        if (!n.equals(name)) return super.loadClass(n, resolve);
        synchronized (getClassLoadingLock(n)) {
          Class<?> done = findLoadedClass(n);
          return done != null ? done : defineClass(n, transformed, 0, transformed.length);
        }
      }
    };
    Method tangent = Class.forName(name, true, own).getDeclaredMethod("erf$tangent", double.class, double.class);
    tangent.setAccessible(true);
    FiniteDifferences.Estimate fd = FiniteDifferences.derivative(org.hipparchus.special.Erf::erf, 0.0);
    assertEquals(2 / Math.sqrt(Math.PI), fd.value(), fd.tolerance(1e-9));
    assertEquals(0.0, (double) tangent.invoke(null, 0.0, 1.0), 0.0); // the special case's derivative, warned
    double away = (double) tangent.invoke(null, 0.4, 1.0), exact = 2 / Math.sqrt(Math.PI) * Math.exp(-0.16);
    assertEquals(exact, away, 1e-12 * exact);
  }

  private static List<Integer> constantTestLines(dev.leibniz.core.Result r) {
    return r.diagnostics().stream().filter(d -> d.warning() && d.reason().contains("equals a constant"))
        .map(Diagnostic::line).distinct().toList();
  }

  /** The core's result for a class of the test class path, with a finder that reads the others from it too. */
  private static dev.leibniz.core.Result differentiateFromClassPath(String name) {
    java.util.function.Function<String, byte[]> bytes = internal -> {
      try (java.io.InputStream in = ConstantEqualityTestWarningTest.class.getResourceAsStream("/" + internal + ".class")) {
        return in == null ? null : in.readAllBytes();
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    };
    return new dev.leibniz.core.ClassDifferentiator(bytes::apply).differentiate(bytes.apply(name.replace('.', '/')));
  }

  /**
   * Jama's {@code Maths.hypot} has this shape ({@code |a| > |b|}, else {@code b != 0}, else 0): its special case is
   * reached only at the origin, where hypot has no derivative and 0 is the usual choice, but the same branches around
   * {@code a + b} lose the gradient (1, 1) there: telling them apart needs what the general formula is, so both stay
   * warned.
   */
  @Test
  void theSpecialCaseOfJamasHypotShapeCanBeWrongAndStaysWarned() throws Throwable {
    assertEquals(1, warningsAt("/*PINNED*/").size(), subject().result.diagnostics()::toString);
    Class<?> c = subject().loadTransformed();
    Method tangent = c.getDeclaredMethod("pinned$tangent", double.class, double.class, double.class, double.class);
    Method primal = c.getDeclaredMethod("pinned", double.class, double.class);
    tangent.setAccessible(true);
    primal.setAccessible(true);
    FiniteDifferences.Estimate fd = FiniteDifferences.derivative(q -> call(() -> (double) primal.invoke(null, q, 0.0)), 0.0);
    assertEquals(1.0, fd.value(), fd.tolerance(1e-9));
    assertEquals(0.0, (double) tangent.invoke(null, 0.0, 1.0, 0.0, 0.0), 0.0); // the special case's derivative, warned
  }

  /** Tangent (one column per input) and adjoint at {@code x} against {@code exact}, central differences and each other. */
  private static void checkGradient(String name, double[] x, double[] exact) throws Throwable {
    Class<?> c = subject().loadTransformed();
    int n = x.length;
    Class<?>[] scalars = new Class<?>[n], tangentTypes = new Class<?>[2 * n], adjointTypes = new Class<?>[n + 2];
    java.util.Arrays.fill(scalars, double.class);
    java.util.Arrays.fill(tangentTypes, double.class);
    java.util.Arrays.fill(adjointTypes, double.class);
    adjointTypes[n + 1] = double[].class;
    Method primal = c.getDeclaredMethod(name, scalars), tangent = c.getDeclaredMethod(name + "$tangent", tangentTypes);
    Method adjoint = c.getDeclaredMethod(name + "$adjoint", adjointTypes);
    primal.setAccessible(true);
    tangent.setAccessible(true);
    adjoint.setAccessible(true);
    double[] gradient = adjointAt(adjoint, x, 1.0);
    for (int j = 0; j < n; j++) {
      double[] e = new double[n];
      e[j] = 1;
      double t = tangentAt(tangent, x, e);
      int k = j;
      FiniteDifferences.Estimate fd = FiniteDifferences.derivative(s -> {
        Object[] args = new Object[n];
        for (int i = 0; i < n; i++) args[i] = i == k ? s : x[i];
        return call(() -> (double) primal.invoke(null, args));
      }, x[j]);
      String at = name + " d/dx" + j + " at " + java.util.Arrays.toString(x);
      assertEquals(exact[j], t, 1e-14 * (1 + Math.abs(exact[j])), at);
      assertEquals(exact[j], gradient[j], 1e-14 * (1 + Math.abs(exact[j])), at);
      assertEquals(fd.value(), t, fd.tolerance(1e-9), at);
    }
    DotProductCheck.check(name, x, 1, (y, v) -> new double[] {call(() -> tangentAt(tangent, y, v))},
        (y, w) -> call(() -> adjointAt(adjoint, y, w[0])), 11, 5);
  }

  private static double tangentAt(Method tangent, double[] x, double[] v) throws Throwable {
    Object[] args = new Object[2 * x.length];
    for (int i = 0; i < x.length; i++) {
      args[2 * i] = x[i];
      args[2 * i + 1] = v[i];
    }
    return (double) tangent.invoke(null, args);
  }

  private static double[] adjointAt(Method adjoint, double[] x, double seed) throws Throwable {
    Object[] args = new Object[x.length + 2];
    for (int i = 0; i < x.length; i++) args[i] = x[i];
    double[] out = new double[x.length];
    args[x.length] = seed;
    args[x.length + 1] = out;
    adjoint.invoke(null, args);
    return out;
  }

  @Test
  void awayFromThePointBothModesMatchTheGradientFiniteDifferencesAndEachOther() throws Throwable {
    Class<?> c = subject().loadTransformed();
    Method tangent = c.getDeclaredMethod("special$tangent", double.class, double.class, double.class, double.class);
    Method adjoint = c.getDeclaredMethod("special$adjoint", double.class, double.class, double.class, double[].class);
    tangent.setAccessible(true);
    adjoint.setAccessible(true);
    for (double[] p : new double[][] {{0.7, 1.9}, {-1.3, 0.4}, {2.0, 2.0000001}}) {
      double a = p[0], b = p[1];
      FiniteDifferences.Estimate fa = FiniteDifferences.derivative(q -> q * b, a);
      FiniteDifferences.Estimate fb = FiniteDifferences.derivative(q -> a * q, b);
      double ta = (double) tangent.invoke(null, a, 1.0, b, 0.0), tb = (double) tangent.invoke(null, a, 0.0, b, 1.0);
      assertEquals(b, ta, 1e-15 * Math.abs(b));
      assertEquals(a, tb, 1e-15 * Math.abs(a));
      assertEquals(fa.value(), ta, fa.tolerance(1e-9));
      assertEquals(fb.value(), tb, fb.tolerance(1e-9));
      double[] g = new double[2];
      assertEquals(a * b, (double) adjoint.invoke(null, a, b, 1.0, g), 1e-15 * Math.abs(a * b));
      assertEquals(b, g[0], 1e-15 * Math.abs(b));
      assertEquals(a, g[1], 1e-15 * Math.abs(a));
      DotProductCheck.check("special at " + a + ", " + b, p, 1,
          (x, v) -> new double[] {call(() -> (double) tangent.invoke(null, x[0], v[0], x[1], v[1]))},
          (x, w) -> call(() -> {
            double[] out = new double[2];
            adjoint.invoke(null, x[0], x[1], w[0], out);
            return out;
          }), 11, 5);
    }
  }

  @Test
  void theSeriesEndingOnAnExactZeroTermKeepsItsExactDerivative() throws Throwable {
    Class<?> c = subject().loadTransformed();
    Method tangent = c.getDeclaredMethod("series$tangent", double.class, double.class);
    tangent.setAccessible(true);
    double x = 0.5; // the term underflows to 0 after about 1075 steps: the test holds and ends the loop
    double exact = 1 / ((1 - x) * (1 - x));
    FiniteDifferences.Estimate fd = FiniteDifferences.derivative(q -> 1 / (1 - q), x);
    assertEquals(exact, (double) tangent.invoke(null, x, 1.0), 1e-13 * exact);
    assertEquals(fd.value(), (double) tangent.invoke(null, x, 1.0), fd.tolerance(1e-9));
  }

  private interface Call<T> {
    T get() throws Throwable;
  }

  private static <T> T call(Call<T> c) {
    try {
      return c.get();
    } catch (Throwable e) {
      throw new AssertionError(e);
    }
  }
}
