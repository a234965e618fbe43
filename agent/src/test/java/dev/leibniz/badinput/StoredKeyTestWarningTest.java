package dev.leibniz.badinput;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.core.Diagnostic;
import dev.leibniz.oracle.FiniteDifferences;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A cache of the last argument, {@code if (x != lastX) { lastX = x; lastY = f(x); } return lastY * y;}: where the key
 * matches (the program called the method at that point before: a warm cache), the companions differentiate the path
 * that reuses the stored result, whose tangent is what the object's shadow holds (0 for a fresh shadow), so they gave 0
 * for {@code ∂/∂x} where the function's is {@code f'(x) y}, without a word. The core now warns on the test's line (a key
 * in a field, or in an array a field holds, compared whole by {@code Arrays.equals} or element by element); a test of two parameters, and a search loop left on a match, are not
 * warned. At a cold cache the tangent is the function's derivative (analytic and finite differences); at a warm one it is
 * the stored path's 0, the case the warning names.
 */
class StoredKeyTestWarningTest {
  static final String MEMBERS = """
          private double lastX = Double.NaN, lastY;
          private final double[] cache = {Double.NaN, 0};

          @dev.leibniz.Differentiable
          double memo(double x, double y) {
            if (x != lastX) { /*FIELD*/
              lastX = x;
              lastY = Math.sin(x) * x;
            }
            return lastY * y;
          }

          @dev.leibniz.Differentiable
          double arrayMemo(double x, double y) {
            if (x != cache[0]) { /*ARRAY*/
              cache[0] = x;
              cache[1] = Math.sin(x) * x;
            }
            return cache[1] * y;
          }

          private final double[] key = new double[2];
          private boolean valid;
          private double keyed;

          @dev.leibniz.Differentiable
          double contents(double[] x) {
            if (valid && java.util.Arrays.equals(x, key)) return keyed; /*CONTENTS*/
            System.arraycopy(x, 0, key, 0, 2);
            valid = true;
            keyed = x[0] * x[1];
            return keyed;
          }

          @dev.leibniz.Differentiable
          double elements(double[] x) {
            boolean same = valid;
            for (int i = 0; i < 2; i++) if (x[i] != key[i]) same = false; /*ELEMENTS*/
            if (same) return keyed;
            for (int i = 0; i < 2; i++) key[i] = x[i];
            valid = true;
            keyed = x[0] * x[1];
            return keyed;
          }

          static final class P {
            double x;
            P(double x) { this.x = x; }
          }

          private double lastPx = Double.NaN, lastPy;

          @dev.leibniz.Differentiable
          double otherObjectKey(P p) {
            if (p.x != lastPx) { /*OBJECT*/
              lastPx = p.x;
              lastPy = p.x * p.x;
            }
            return lastPy;
          }

          private double own = 3, lastOwn = Double.NaN, ownY;

          @dev.leibniz.Differentiable
          double ownFieldKey(double y) {
            if (own != lastOwn) { /*OWN*/
              lastOwn = own;
              ownY = own * own;
            }
            return ownY * y;
          }

          private static double lastStatic = Double.NaN, staticY;

          @dev.leibniz.Differentiable
          double staticKey(P p) {
            if (p.x != lastStatic) { /*STATIC*/
              lastStatic = p.x;
              staticY = p.x * p.x;
            }
            return staticY;
          }

          @dev.leibniz.Differentiable
          static double twoFields(P p, P q) {
            if (p.x == q.x) return 2 * p.x; /*TWOFIELDS*/
            return p.x * q.x;
          }

          private double a = 1, b = 2, seen;

          @dev.leibniz.Differentiable
          double writtenEitherWay() {
            if (a != b) seen = a * b; /*EITHER*/
            a = 2 * a;
            return seen + a;
          }

          @dev.leibniz.Differentiable
          static double twoParameters(double x, double y) {
            if (x == y) return x * x; /*PARAMS*/
            return x * y;
          }

          @dev.leibniz.Differentiable
          double search(double x, double[] knots) {
            int k = 0;
            for (int i = 0; i < knots.length; i++) {
              if (x == knots[i]) { k = i; break; } /*SEARCH*/
            }
            return x * k;
          }
        """;

  private static Subject subject;

  private static Subject subject() {
    if (subject == null) subject = Subject.ofMembers("StoredKey", MEMBERS, "");
    return subject;
  }

  private static List<Diagnostic> warningsAt(String marker) {
    Subject s = subject();
    return s.result.diagnostics().stream()
        .filter(d -> d.warning() && d.reason().contains("a value kept in a field or static") && s.linesMarked(marker).contains(d.line()))
        .toList();
  }

  @Test
  void aCacheKeyedByAnActiveValueIsWarnedOnItsLine() {
    assertEquals(1, warningsAt("/*FIELD*/").size(), subject().result.diagnostics()::toString);
    assertEquals(1, warningsAt("/*ARRAY*/").size(), subject().result.diagnostics()::toString);
    // the whole key compared (Arrays.equals), or element by element setting a flag the method then returns on
    assertEquals(1, warningsAt("/*CONTENTS*/").size(), subject().result.diagnostics()::toString);
    assertEquals(1, warningsAt("/*ELEMENTS*/").size(), subject().result.diagnostics()::toString);
    assertTrue(warningsAt("/*FIELD*/").get(0).reason().contains("take derivatives on an object whose cache is cold"));
    assertTrue(warningsAt("/*PARAMS*/").isEmpty(), subject().result.diagnostics()::toString);
    assertTrue(warningsAt("/*TWOFIELDS*/").isEmpty(), subject().result.diagnostics()::toString);
    assertTrue(warningsAt("/*SEARCH*/").isEmpty(), subject().result.diagnostics()::toString);
  }

  /**
   * Review R4: both sides read from fields ({@code if (p.x != lastX)}), the key told by the write on the way taken when
   * they differ (the same field of the same object); one warning per place, made by both modes alike. A key in a
   * static is refused where the active key is written into it. Two fields compared with no write of either there is no cache, nor is a field written after the test either way.
   */
  @Test
  void aKeyInAFieldComparedWithAnotherFieldIsWarned() {
    for (String marker : List.of("/*OBJECT*/", "/*OWN*/")) {
      List<Diagnostic> w = warningsAt(marker);
      assertEquals(1, w.size(), marker + " " + subject().result.diagnostics());
      assertEquals("both", w.get(0).mode(), marker);
    }
    // a key in a static: the write of the active key there is refused (an error at the write), never silent
    assertTrue(subject().result.diagnostics().stream().anyMatch(d -> !d.warning() && d.method().startsWith("staticKey(")
        && d.instruction().contains("lastStatic")), subject().result.diagnostics()::toString);
    assertTrue(warningsAt("/*TWOFIELDS*/").isEmpty(), subject().result.diagnostics()::toString);
    assertTrue(warningsAt("/*EITHER*/").isEmpty(), subject().result.diagnostics()::toString);
  }

  /** The derivative in x at a cold cache is the function's; at a warm one it is the stored path's 0 (what is warned). */
  @Test
  void coldCacheGivesTheFunctionsDerivativeWarmCacheTheStoredPaths() throws Throwable {
    Class<?> c = subject().loadTransformed();
    Method primal = c.getDeclaredMethod("memo", double.class, double.class);
    Method tangent = c.getDeclaredMethod("memo$tangent", c, double.class, double.class, double.class, double.class);
    primal.setAccessible(true);
    tangent.setAccessible(true);
    double x = 0.7, y = 1.3, exact = (Math.cos(x) * x + Math.sin(x)) * y;
    double cold = (double) tangent.invoke(instance(c), zeroShadow(c), x, 1.0, y, 0.0);
    FiniteDifferences.Estimate fd = FiniteDifferences.derivative(t -> {
      try {
        return (double) primal.invoke(instance(c), t, y); // a fresh object per point: the cache never hits
      } catch (ReflectiveOperationException e) {
        throw new AssertionError(e);
      }
    }, x);
    assertEquals(exact, cold, 1e-12);
    assertEquals(exact, fd.value(), 1e-6);
    Object warm = instance(c);
    primal.invoke(warm, x, y);
    assertEquals(0.0, (double) tangent.invoke(warm, zeroShadow(c), x, 1.0, y, 0.0));
  }

  private static Object instance(Class<?> c) throws ReflectiveOperationException {
    var k = c.getDeclaredConstructor();
    k.setAccessible(true);
    return k.newInstance();
  }

  /** A shadow of the receiver: an instance whose numbers are all 0. */
  private static Object zeroShadow(Class<?> c) throws ReflectiveOperationException {
    Object s = instance(c);
    for (Field f : c.getDeclaredFields()) {
      if (Modifier.isStatic(f.getModifiers())) continue;
      f.setAccessible(true);
      if (f.getType() == double.class) f.setDouble(s, 0);
      else if (f.getType() == double[].class) java.util.Arrays.fill((double[]) f.get(s), 0);
    }
    return s;
  }
}
