package dev.leibniz.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.core.Diagnostic;
import dev.leibniz.objects.fixtures.passive.Anchored;
import dev.leibniz.objects.fixtures.passive.Held;
import dev.leibniz.objects.fixtures.passive.Tagged;
import dev.leibniz.objects.fixtures.passive.Tagged.Kind;
import dev.leibniz.oracle.JacobianCheck;
import dev.leibniz.oracle.LinkedFixtures;
import java.lang.reflect.Method;
import java.util.Arrays;
import org.hipparchus.analysis.differentiation.DSFactory;
import org.hipparchus.analysis.differentiation.DerivativeStructure;
import org.junit.jupiter.api.Test;

/**
 * Value classes with passive fields beside their numbers (Commons Numbers' {@code Quaternion}: four doubles and a
 * {@code Type} enum; {@code core.objects.PassiveFields}): a final class with an enum, an {@code int} and a {@code
 * boolean} used in branches, built in the method by its private constructor (a construction from values, the passive
 * fields written as fields), returned, passed with its shadow, taken apart, copied by a constructor that computes
 * (split through the layout) and merged with an immutable constant, in both modes against the analytic Jacobian or
 * Hipparchus' DerivativeStructure, central differences and the dot-product test. The shadows given to the companions
 * hold other passive values (a null kind), which companions never read. A class whose other fields are an array and
 * an {@code Object} keeps its construction refused at its line.
 */
class PassiveValueFieldsTest {
  static final LinkedFixtures FIXTURES = LinkedFixtures.allowingDiagnostics(fixtures());
  static final Class<?> T = FIXTURES.get(Tagged.class);

  /**
   * The fixtures, with javac's switch map of Tagged's switches on Kind where javac makes one (package-private: loaded
   * beside Tagged; JDK 17's javac writes {@code Tagged$1}, JDK 25's switches on the ordinal without it).
   */
  static Class<?>[] fixtures() {
    java.util.List<Class<?>> classes = new java.util.ArrayList<>(java.util.List.of(Tagged.class, Held.class, Anchored.class));
    try {
      classes.add(Class.forName(Tagged.class.getName() + "$1"));
    } catch (ClassNotFoundException e) {
      // no switch map: nothing else to load beside Tagged
    }
    return classes.toArray(new Class<?>[0]);
  }

  static Method method(String name, Class<?>... types) {
    try {
      Method m = T.getDeclaredMethod(name, types);
      m.setAccessible(true);
      return m;
    } catch (NoSuchMethodException e) {
      throw new AssertionError(name + " is missing: " + FIXTURES.result(Tagged.class).diagnostics(), e);
    }
  }

  static Object call(Method m, Object receiver, Object... args) {
    return FinalFieldConstructionsTest.call(m, receiver, args);
  }

  static Object make(Kind kind, int power, boolean flipped, double a, double b) {
    return call(method("make", Kind.class, int.class, boolean.class, double.class, double.class), null, kind, power, flipped, a, b);
  }

  /** A shadow or seed: its passive fields hold what no companion may read (a null kind). */
  static Object shadow(double a, double b) {
    return make(null, -7, true, a, b);
  }

  static double[] parts(Object t) {
    return new double[] {(double) call(method("getA"), t), (double) call(method("getB"), t)};
  }

  static String passive(Object t) {
    return call(method("kind"), t) + " " + call(method("power"), t) + " " + call(method("flipped"), t);
  }

  static double[] concat(double[] x, double[] y) {
    return FieldlessBaseConstructionsTest.concat(x, y);
  }

  @Test
  void theCompanionsCarryNoRefusal() {
    assertEquals(java.util.List.of(), FIXTURES.result(Tagged.class).diagnostics().stream().filter(d -> !d.warning()).toList());
  }

  /** scaled(c) by kind: PLAIN (c a, b / c), otherwise (c^2 a, c sin b); the passive fields as the primal's. */
  @Test
  void aValueMadeHereIsReturnedWithItsPassiveFields() {
    Method primal = method("scaled", double.class), tangent = method("scaled$tangent", T, double.class, double.class),
        adjoint = method("scaled$adjoint", T, double.class, T, double[].class);
    for (Kind kind : Kind.values()) {
      double[] x = {1.3, -0.6, 0.8};
      double a = x[0], b = x[1], c = x[2];
      double[][] expected = kind == Kind.PLAIN ? new double[][] {{c, 0, a}, {0, 1 / c, -b / (c * c)}}
          : new double[][] {{c * c, 0, 2 * c * a}, {0, c * Math.cos(b), Math.sin(b)}};
      Object made = call(primal, make(kind, 3, false, a, b), c);
      assertEquals(kind == Kind.PLAIN ? "SCALED 4 false" : "SCALED 4 true", passive(made));
      JacobianCheck.check("scaled " + kind, x,
          v -> parts(call(primal, make(kind, 3, false, v[0], v[1]), v[2])),
          (v, dv) -> parts(call(tangent, make(kind, 3, false, v[0], v[1]), shadow(dv[0], dv[1]), v[2], dv[2])),
          (v, w) -> {
            Object bar = shadow(0, 0);
            double[] cBar = new double[1];
            Object r = call(adjoint, make(kind, 3, false, v[0], v[1]), bar, v[2], shadow(w[0], w[1]), cBar);
            assertEquals(passive(call(primal, make(kind, 3, false, v[0], v[1]), v[2])), passive(r), "the adjoint's primal result");
            return concat(parts(bar), cBar);
          },
          expected);
    }
  }

  /** combine(o) = (a o.b + o.a, b o.b), the passive fields from both. */
  @Test
  void aValueAndItsShadowArePassedIn() {
    Method primal = method("combine", T), tangent = method("combine$tangent", T, T, T), adjoint = method("combine$adjoint", T, T, T, T);
    double[] x = {1.3, -0.6, 0.4, 2.2};
    double a = x[0], b = x[1], ob = x[3];
    double[][] expected = {{ob, 0, 1, a}, {0, ob, 0, b}};
    assertEquals("SCALED 5 true", passive(call(primal, make(Kind.SCALED, 2, true, a, b), make(Kind.PLAIN, 3, false, x[2], ob))));
    JacobianCheck.check("combine", x,
        v -> parts(call(primal, make(Kind.SCALED, 2, true, v[0], v[1]), make(Kind.PLAIN, 3, false, v[2], v[3]))),
        (v, dv) -> parts(call(tangent, make(Kind.SCALED, 2, true, v[0], v[1]), shadow(dv[0], dv[1]),
            make(Kind.PLAIN, 3, false, v[2], v[3]), shadow(dv[2], dv[3]))),
        (v, w) -> {
          Object bar = shadow(0, 0), oBar = shadow(0, 0);
          call(adjoint, make(Kind.SCALED, 2, true, v[0], v[1]), bar, make(Kind.PLAIN, 3, false, v[2], v[3]), oBar, shadow(w[0], w[1]));
          return concat(parts(bar), parts(oBar));
        },
        expected);
  }

  /** Tagged.weight over DerivativeStructure: the formula its passive fields choose. */
  static DerivativeStructure weight(Kind kind, int power, boolean flipped, DerivativeStructure a, DerivativeStructure b) {
    DerivativeStructure s = kind == Kind.SCALED ? a.multiply(power) : a;
    return flipped ? s.multiply(b).negate() : s.multiply(b.sin());
  }

  /** Tagged.measure over DerivativeStructure, the receiver (kind, power, flipped) and o's passive fields given. */
  static DerivativeStructure measure(Kind kind, int power, boolean flipped, Kind oKind, int oPower, boolean oFlipped,
      DerivativeStructure a, DerivativeStructure b, DerivativeStructure oa, DerivativeStructure ob) {
    DerivativeStructure ta = a.add(oa), tb = b.multiply(ob);
    DerivativeStructure t = weight(Kind.SCALED, power + 2, !oFlipped, ta, tb);
    DerivativeStructure u = weight(oKind, oPower, flipped, ta.multiply(b), tb);
    return oPower > 2 ? t.add(u) : t.subtract(u);
  }

  /** measure(o): two temporaries taken apart, their passive fields choosing the formulas, in four configurations. */
  @Test
  void temporariesWithPassiveFieldsAreTakenApart() {
    Method primal = method("measure", T), tangent = method("measure$tangent", T, T, T), adjoint = method("measure$adjoint", T, T, T, double.class);
    Object[][] configurations = {{Kind.PLAIN, 1, false, Kind.SCALED, 3, true}, {Kind.SCALED, 0, true, Kind.PLAIN, 2, false},
        {Kind.PLAIN, 4, true, Kind.PLAIN, 5, true}, {Kind.SCALED, 2, false, Kind.SCALED, 1, false}};
    for (Object[] p : configurations) {
      Kind kind = (Kind) p[0], oKind = (Kind) p[3];
      int power = (int) p[1], oPower = (int) p[4];
      boolean flipped = (boolean) p[2], oFlipped = (boolean) p[5];
      double[] x = {1.3, -0.6, 0.4, 2.2};
      DSFactory f = new DSFactory(4, 1);
      DerivativeStructure m = measure(kind, power, flipped, oKind, oPower, oFlipped, f.variable(0, x[0]), f.variable(1, x[1]),
          f.variable(2, x[2]), f.variable(3, x[3]));
      double[][] expected = new double[1][4];
      for (int j = 0; j < 4; j++) {
        int[] order = new int[4];
        order[j] = 1;
        expected[0][j] = m.getPartialDerivative(order);
      }
      JacobianCheck.check("measure " + Arrays.toString(p), x,
          v -> new double[] {(double) call(primal, make(kind, power, flipped, v[0], v[1]), make(oKind, oPower, oFlipped, v[2], v[3]))},
          (v, dv) -> new double[] {(double) call(tangent, make(kind, power, flipped, v[0], v[1]), shadow(dv[0], dv[1]),
              make(oKind, oPower, oFlipped, v[2], v[3]), shadow(dv[2], dv[3]))},
          (v, w) -> {
            Object bar = shadow(0, 0), oBar = shadow(0, 0);
            call(adjoint, make(kind, power, flipped, v[0], v[1]), bar, make(oKind, oPower, oFlipped, v[2], v[3]), oBar, w[0]);
            return concat(parts(bar), parts(oBar));
          },
          expected);
    }
  }

  /** rescaled(): the copy constructor computes (the flag negated), split into a temporary and a construction from values. */
  @Test
  void aComputingCopyConstructorIsSplit() {
    Method primal = method("rescaled"), tangent = method("rescaled$tangent", T), adjoint = method("rescaled$adjoint", T, T);
    assertEquals("SCALED 6 true", passive(call(primal, make(Kind.PLAIN, 6, false, 1, 2))));
    assertEquals("PLAIN 6 false", passive(call(primal, make(Kind.SCALED, 6, true, 1, 2))));
    JacobianCheck.check("rescaled", new double[] {1.3, -0.6},
        v -> parts(call(primal, make(Kind.PLAIN, 6, false, v[0], v[1]))),
        (v, dv) -> parts(call(tangent, make(Kind.PLAIN, 6, false, v[0], v[1]), shadow(dv[0], dv[1]))),
        (v, w) -> {
          Object bar = shadow(0, 0);
          call(adjoint, make(Kind.PLAIN, 6, false, v[0], v[1]), bar, shadow(w[0], w[1]));
          return parts(bar);
        },
        new double[][] {{1, 0}, {0, 1}});
  }

  /** clamped(c): a new value (c a, c + b), or the immutable ZERO (its derivative 0, itself returned by the primal). */
  @Test
  void aValueMergedWithAnImmutableConstant() {
    Method primal = method("clamped", double.class), tangent = method("clamped$tangent", T, double.class, double.class),
        adjoint = method("clamped$adjoint", T, double.class, T, double[].class);
    Object zero = call(primal, make(Kind.SCALED, 1, false, 1, 2), -1.0);
    try {
      assertSame(T.getField("ZERO").get(null), zero, "the primal returns the constant itself");
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
    for (double c : new double[] {0.7, -0.7}) {
      double[] x = {1.3, -0.6, c};
      double[][] expected = c > 0 ? new double[][] {{c, 0, x[0]}, {0, 1, 1}} : new double[2][3];
      JacobianCheck.check("clamped " + c, x,
          v -> parts(call(primal, make(Kind.SCALED, 1, false, v[0], v[1]), v[2])),
          (v, dv) -> parts(call(tangent, make(Kind.SCALED, 1, false, v[0], v[1]), shadow(dv[0], dv[1]), v[2], dv[2])),
          (v, w) -> {
            Object bar = shadow(0, 0);
            double[] cBar = new double[1];
            call(adjoint, make(Kind.SCALED, 1, false, v[0], v[1]), bar, v[2], shadow(w[0], w[1]), cBar);
            return concat(parts(bar), cBar);
          },
          expected);
    }
  }

  /**
   * Beside the number, an array (whose shadow the object's would have to hold) and a field declared {@code Object}
   * (which may hold anything), or a field of a class with shadows (which holds a derivative): not passive fields, so the
   * construction given an active value stays refused at its line, and the method gets no companion.
   */
  @Test
  void anArrayObjectOrShadowedFieldKeepsTheConstructionRefused() {
    refusedAt(Held.class, "twice", 26);
    refusedAt(Anchored.class, "moved", 24);
  }

  static void refusedAt(Class<?> fixture, String method, int line) {
    Diagnostic d = FIXTURES.result(fixture).diagnostics().stream()
        .filter(x -> !x.warning() && x.method().startsWith(method + "(")).findFirst().orElse(null);
    assertNotNull(d, method + " refused: " + FIXTURES.result(fixture).diagnostics());
    assertEquals(line, d.line(), d.message());
    assertTrue(d.message().contains("new " + fixture.getSimpleName() + "(") && d.message().contains("an active value is passed to"), d.message());
    assertTrue(Arrays.stream(FIXTURES.get(fixture).getDeclaredMethods()).noneMatch(m -> m.getName().startsWith(method + "$")),
        "no companion for " + method);
  }
}
