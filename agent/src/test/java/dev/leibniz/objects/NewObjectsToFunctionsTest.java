package dev.leibniz.objects;

import static dev.leibniz.testing.Transformed.invoke;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.Derivatives;
import dev.leibniz.core.Diagnostic;
import dev.leibniz.objects.fixtures.functions.KeptVersors;
import dev.leibniz.objects.fixtures.functions.KeptVersors.Item;
import dev.leibniz.objects.fixtures.functions.NewVersors;
import dev.leibniz.objects.fixtures.functions.NewVersors.Versor;
import dev.leibniz.testing.FirstDispatchInstalled;
import dev.leibniz.testing.Transformed;
import java.util.function.Function;
import java.lang.reflect.Method;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * New objects made in a marked method from values and given to a generic JDK function held by an enum constant (Commons
 * Numbers' {@code Quaternion.positivePolarForm}: {@code negate().normalize()} computing the new quaternion's norm through
 * {@code type.norm.applyAsDouble(q)}; {@code TypedFunctionCalls.keepsNothingGiven}): what the call runs is chosen at run
 * time and judged at its first dispatch to write nothing, so it keeps nothing and the shadow made in the caller sees
 * every derivative. Made in a static method, returned by a helper of the class, and two at once (one of the receiver's
 * kind); both modes against the analytic gradient and central differences, and the dot-product test. A {@code Consumer}
 * given the object stays refused at the call, located; a lambda storing its argument is refused at its first call, named.
 */
@ExtendWith(FirstDispatchInstalled.class)
class NewObjectsToFunctionsTest {
  static final Transformed T = Transformed.of(NewVersors.class);
  static final Class<?> D = double.class;
  static final Class<?> V = Versor.class;

  /** A shadow of {@code v} holding the direction {@code d} (its first three entries). */
  static Versor shadowOf(Versor v, double[] d) {
    Versor s = Derivatives.zeroShadow(v);
    set(s, "w", d[0]);
    set(s, "x", d[1]);
    set(s, "y", d[2]);
    return s;
  }

  static void set(Versor v, String field, double value) {
    try {
      java.lang.reflect.Field f = Versor.class.getDeclaredField(field);
      f.setAccessible(true);
      f.setDouble(v, value);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  static Versor versor(double[] v) {
    return new Versor(v[0], v[1], v[2]);
  }

  static double call(String name, Class<?>[] types, Object... args) {
    return (double) invoke(T.method(name, types), args);
  }

  static final double[][] POINTS = {{0.7, -1.3, 2.2}, {1.4, 0.4, 0.9}, {-0.8, 1.1, 0.3}};

  // ------------------------------------------------------------ a new versor in a method of doubles

  @Test
  void aNewObjectsNormFromDoubles() {
    for (double[] p : POINTS) {
      double a = p[0], b = p[1], c = Math.abs(p[2]) + 1;
      double w = a * b, x = Math.sin(b), y = c, n = Math.sqrt(w * w + 2 * x * x + w * y);
      if (w * w + 2 * x * x + w * y <= 0) continue;
      double[] exact = {n + a * (2 * w + y) * b / (2 * n), a * ((2 * w + y) * a + 4 * x * Math.cos(b)) / (2 * n), a * w / (2 * n)};
      Class<?>[] f = {D, D, D}, t = {D, D, D, D, D, D}, adj = {D, D, D, D, double[].class};
      Function<double[], double[]> value = v -> new double[] {call("madeNorm", f, v[0], v[1], v[2])};
      T.checkGradient("madeNorm", new double[] {a, b, c}, exact, value,
          (v, d) -> new double[] {call("madeNorm$tangent", t, v[0], d[0], v[1], d[1], v[2], d[2])},
          (v, y0) -> {
            double[] g = new double[3];
            assertEquals(value.apply(v)[0], call("madeNorm$adjoint", adj, v[0], v[1], v[2], y0[0], g), 0, "the adjoint returns the value");
            return g;
          });
    }
  }

  // ------------------------------------------------------------ the argument negated by a method of its class, then its norm

  @Test
  void theNegatedArgumentsNorm() {
    negatedNorm("negatedNorm");
  }

  /** The same behind a switch on the new object's enum field: its {@code ordinal()} is a call on a passive object. */
  @Test
  void aSwitchOnTheNewObjectsKind() {
    negatedNorm("switchedNorm");
  }

  static void negatedNorm(String name) {
    for (double[] p : POINTS) {
      double w = p[0], x = p[1], y = p[2] * p[2] + 1, n = Math.sqrt(w * w + 2 * x * x + w * y);
      if (w * w + 2 * x * x + w * y <= 0) continue;
      double[] exact = {n + w * (2 * w + y) / (2 * n), w * 4 * x / (2 * n), w * w / (2 * n)};
      Function<double[], double[]> value = v -> new double[] {call(name, new Class<?>[] {V}, versor(v))};
      T.checkGradient(name, new double[] {w, x, y}, exact, value,
          (v, d) -> {
            Versor r = versor(v);
            return new double[] {call(name + "$tangent", new Class<?>[] {V, V}, r, shadowOf(r, d))};
          },
          (v, y0) -> {
            Versor r = versor(v), rbar = shadowOf(r, new double[3]);
            double f = call(name + "$adjoint", new Class<?>[] {V, V, D}, r, rbar, y0[0]);
            assertEquals(value.apply(v)[0], f, 0, "the adjoint returns the value");
            return new double[] {rbar.w, rbar.x, rbar.y};
          });
    }
  }

  // ------------------------------------------------------------ the negated argument normalized: a copy constructor inlined

  @Test
  void theNegatedArgumentNormalizedByACopy() {
    for (double[] p : POINTS) {
      double w = p[0], x = p[1], y = p[2] * p[2] + 1, q = w * w + 2 * x * x + w * y;
      if (q <= 0) continue;
      double n = Math.sqrt(q), c = (w * x + y) / (2 * n * n * n);
      double[] exact = {-x / n + c * (2 * w + y), -w / n + c * 4 * x, -1 / n + c * w};
      Function<double[], double[]> value = v -> new double[] {call("negatedUnit", new Class<?>[] {V}, versor(v))};
      T.checkGradient("negatedUnit", new double[] {w, x, y}, exact, value,
          (v, d) -> {
            Versor r = versor(v);
            return new double[] {call("negatedUnit$tangent", new Class<?>[] {V, V}, r, shadowOf(r, d))};
          },
          (v, y0) -> {
            Versor r = versor(v), rbar = shadowOf(r, new double[3]);
            double f = call("negatedUnit$adjoint", new Class<?>[] {V, V, D}, r, rbar, y0[0]);
            assertEquals(value.apply(v)[0], f, 0, "the adjoint returns the value");
            return new double[] {rbar.w, rbar.x, rbar.y};
          });
    }
  }

  /** Merged with the negated versor: the unit one is another allocation, so the adjoint is generated (no snapshot needed). */
  @Test
  void theNormalizedCopyMergedWithTheNegatedOne() {
    for (double[] p : POINTS) {
      double w = p[0], x = p[1], y = p[2] * p[2] + 1, s = 0.8, q = w * w + 2 * x * x + w * y;
      if (q <= 0) continue;
      double n = Math.sqrt(q), c = (w * x + s * y) / (2 * n * n * n);
      double[] exact = {-x / n + c * (2 * w + y), -w / n + c * 4 * x, -s / n + c * w, -y / n};
      Function<double[], double[]> value = v -> new double[] {call("negatedUnitOrNot", new Class<?>[] {V, D}, versor(v), v[3])};
      T.checkGradient("negatedUnitOrNot", new double[] {w, x, y, s}, exact, value,
          (v, d) -> {
            Versor r = versor(v);
            return new double[] {call("negatedUnitOrNot$tangent", new Class<?>[] {V, V, D, D}, r, shadowOf(r, d), v[3], d[3])};
          },
          (v, y0) -> {
            Versor r = versor(v), rbar = shadowOf(r, new double[3]);
            double[] sbar = new double[1];
            double f = call("negatedUnitOrNot$adjoint", new Class<?>[] {V, V, D, D, double[].class}, r, rbar, v[3], y0[0], sbar);
            assertEquals(value.apply(v)[0], f, 0, "the adjoint returns the value");
            return new double[] {rbar.w, rbar.x, rbar.y, sbar[0]};
          });
    }
  }

  // ------------------------------------------------------------ two new versors, one of the argument's kind

  @Test
  void twoNewObjectsOneOfTheArgumentsKind() {
    for (double[] p : POINTS) {
      double w = p[0], x = p[1], y = p[2] * p[2] + 2, s = 0.6 + 0.1 * p[1];
      double a = s * s * w * w + 2 * x * x + s * w * y - s * s * w, b = w * w + 2 * s * s * x * x + w * y;
      if (a <= 0 || b <= 0) continue;
      double ra = Math.sqrt(a), rb = Math.sqrt(b);
      double[] da = {2 * s * s * w + s * y - s * s, 4 * x, s * w, 2 * s * w * w + w * y - 2 * s * w};
      double[] db = {2 * w + y, 4 * s * s * x, w, 4 * s * x * x};
      double[] exact = new double[4];
      for (int k = 0; k < 4; k++) exact[k] = da[k] / (2 * ra) + s * db[k] / (2 * rb);
      exact[3] += rb;
      Function<double[], double[]> value = v -> new double[] {call("sumOfNorms", new Class<?>[] {V, D}, versor(v), v[3])};
      T.checkGradient("sumOfNorms", new double[] {w, x, y, s}, exact, value,
          (v, d) -> {
            Versor r = versor(v);
            return new double[] {call("sumOfNorms$tangent", new Class<?>[] {V, V, D, D}, r, shadowOf(r, d), v[3], d[3])};
          },
          (v, y0) -> {
            Versor r = versor(v), rbar = shadowOf(r, new double[3]);
            double[] sbar = new double[1];
            double f = call("sumOfNorms$adjoint", new Class<?>[] {V, V, D, D, double[].class}, r, rbar, v[3], y0[0], sbar);
            assertEquals(value.apply(v)[0], f, 0, "the adjoint returns the value");
            return new double[] {rbar.w, rbar.x, rbar.y, sbar[0]};
          });
    }
  }

  // ------------------------------------------------------------ refused: functions that may keep the object

  static final Transformed K = Transformed.of(KeptVersors.class, true);

  @Test
  void aConsumerGivenTheNewObjectIsRefusedAtTheCall() {
    Diagnostic d = K.result.diagnostics().stream().filter(x -> !x.warning() && x.method().startsWith("consumed("))
        .findFirst().orElseThrow(() -> new AssertionError("consumed is refused: " + K.result.diagnostics()));
    assertTrue(d.line() == 54 && d.instruction().contains("Consumer.accept(Object)")
        && d.reason().contains("given to a call that may keep it"), d.toString());
    for (Method m : K.type.getDeclaredMethods()) assertTrue(!m.getName().startsWith("consumed$"), "no companion: " + m);
  }

  @Test
  void aFunctionKeepingTheNewObjectIsRefusedAtItsFirstCall() {
    assertTrue(K.result.diagnostics().stream().noneMatch(x -> !x.warning() && x.method().startsWith("measured(")),
        K.result.diagnostics().toString());
    Item v = new Item(KeptVersors.Sinks.KEEPING, 0.4, 1.2);
    Class<?> I = Item.class;
    IllegalStateException te = assertThrows(IllegalStateException.class,
        () -> invoke(K.method("measured$tangent", I, I, D, D), v, Derivatives.zeroShadow(v), 0.3, 1.0));
    IllegalStateException ae = assertThrows(IllegalStateException.class,
        () -> invoke(K.method("measured$adjoint", I, I, D, D, double[].class), v, Derivatives.zeroShadow(v), 0.3, 1.0, new double[1]));
    for (IllegalStateException e : new IllegalStateException[] {te, ae}) {
      assertTrue(e.getMessage().contains("KeptVersors$Sinks") && e.getMessage().contains("may write memory"), e.getMessage());
    }
  }
}
