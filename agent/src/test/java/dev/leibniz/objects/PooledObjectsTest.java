package dev.leibniz.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.core.Diagnostic;
import dev.leibniz.objects.fixtures.pooledobjects.PooledMisuses;
import dev.leibniz.objects.fixtures.pooledobjects.PooledTurns;
import dev.leibniz.objects.fixtures.pooledobjects.ReadVec;
import dev.leibniz.objects.fixtures.pooledobjects.Vec;
import dev.leibniz.oracle.DotProductCheck;
import dev.leibniz.oracle.FiniteDifferences;
import dev.leibniz.testing.Transformed;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Objects made per call given as the store of an interface call that returns it, and objects taken from a pool and given
 * back (Ardor3D's {@code Quaternion.fromAngleAxis}: {@code Vector3 temp = Vector3.fetchTempInstance();
 * axis.normalize(temp); ... Vector3.releaseTempInstance(temp);}): the call is judged by the code of the class with shadows
 * implementing the interface (the store is returned, so the result is the same object), and the take by the pool's code
 * (a blank {@code new}, or {@code POOL.fetch().zero()}, whose reset writes constants into every floating field). Both
 * modes against the analytic gradient and central differences, the dot-product test, with and without the pool; the
 * tangent gives the vector back to the pool, the adjoint leaves it to the collector; a use after the release, a reset
 * that leaves a field and a take in a loop are refused at their lines.
 */
class PooledObjectsTest {
  static final Transformed T = Transformed.of(PooledTurns.class);

  @AfterEach
  void pools() {
    Vec.usePools(true);
  }

  static Object call(Method m, Object... args) {
    try {
      return m.invoke(null, args);
    } catch (InvocationTargetException e) {
      throw new AssertionError(e.getCause());
    } catch (ReflectiveOperationException | IllegalArgumentException e) {
      throw new AssertionError(m + " given " + args.length, e);
    }
  }

  static Method method(String name) {
    for (Method m : T.type.getDeclaredMethods()) {
      if (m.getName().equals(name) && java.lang.reflect.Modifier.isPublic(m.getModifiers())) return m;
    }
    throw new AssertionError(name + " was not generated: " + T.result.diagnostics());
  }

  /** The primal's parameters: 'd' a double, 'v' a vector (three inputs). */
  static final String ALIGNMENT = "dvv", CROSSED = "vvv";

  static String shape(String name) {
    return name.startsWith("alignment") ? ALIGNMENT : CROSSED;
  }

  static Vec vec(double[] x, int at) {
    return new Vec(x[at], x[at + 1], x[at + 2]);
  }

  static double value(String name, double[] x) {
    Object[] args = new Object[shape(name).length()];
    int at = 0;
    for (int k = 0; k < args.length; k++) {
      if (shape(name).charAt(k) == 'd') {
        args[k] = x[at++];
      } else {
        args[k] = vec(x, at);
        at += 3;
      }
    }
    return (double) call(method(name), args);
  }

  static double tangent(String name, double[] x, double[] dx) {
    String s = shape(name);
    Object[] args = new Object[2 * s.length()];
    int at = 0;
    for (int k = 0; k < s.length(); k++) {
      if (s.charAt(k) == 'd') {
        args[2 * k] = x[at];
        args[2 * k + 1] = dx[at++];
      } else {
        args[2 * k] = vec(x, at);
        args[2 * k + 1] = vec(dx, at);
        at += 3;
      }
    }
    return (double) call(method(name + "$tangent"), args);
  }

  static double[] gradient(String name, double[] x, double seed) {
    String s = shape(name);
    boolean anyScalar = s.indexOf('d') >= 0; // a double[] of the scalars' adjoints only when there is one
    Object[] args = new Object[s.length() + (int) s.chars().filter(c -> c == 'v').count() + (anyScalar ? 2 : 1)];
    Vec[] shadows = new Vec[s.length()];
    int at = 0, a = 0, scalars = 0;
    for (int k = 0; k < s.length(); k++) {
      if (s.charAt(k) == 'd') {
        args[a++] = x[at++];
        scalars++;
      } else {
        args[a++] = vec(x, at);
        args[a++] = shadows[k] = new Vec();
        at += 3;
      }
    }
    double[] grad = new double[scalars];
    args[a++] = seed;
    if (anyScalar) args[a] = grad;
    double v = (double) call(method(name + "$adjoint"), args);
    assertEquals(value(name, x), v, 1e-15, name + ": the adjoint returns the value");
    double[] out = new double[x.length];
    at = 0;
    int g = 0;
    for (int k = 0; k < s.length(); k++) {
      if (s.charAt(k) == 'd') {
        out[at++] = grad[g++];
      } else {
        out[at] = shadows[k].getX();
        out[at + 1] = shadows[k].getY();
        out[at + 2] = shadows[k].getZ();
        at += 3;
      }
    }
    return out;
  }

  static double dot(double[] a, double[] b) {
    return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
  }

  static double[] cross(double[] a, double[] b) {
    return new double[] {a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]};
  }

  /** The gradient by hand: f = sin(t) n . o with n = a / |a|; f = (b x n) . c. */
  static double[] analytic(String name, double[] x) {
    if (shape(name).equals(ALIGNMENT)) {
      double[] a = Arrays.copyOfRange(x, 1, 4), o = Arrays.copyOfRange(x, 4, 7);
      double len = Math.sqrt(dot(a, a)), s = Math.sin(x[0]);
      double[] n = {a[0] / len, a[1] / len, a[2] / len};
      double p = dot(n, o);
      double[] g = new double[7];
      g[0] = Math.cos(x[0]) * p;
      for (int k = 0; k < 3; k++) {
        g[1 + k] = s * (o[k] - n[k] * p) / len;
        g[4 + k] = s * n[k];
      }
      return g;
    }
    double[] a = Arrays.copyOfRange(x, 0, 3), b = Arrays.copyOfRange(x, 3, 6), c = Arrays.copyOfRange(x, 6, 9);
    double len = Math.sqrt(dot(a, a));
    double[] n = {a[0] / len, a[1] / len, a[2] / len};
    double[] dc = cross(b, n), db = cross(n, c), dn = cross(c, b);
    double[] g = new double[9];
    for (int k = 0; k < 3; k++) {
      g[k] = (dn[k] - n[k] * dot(n, dn)) / len;
      g[3 + k] = db[k];
      g[6 + k] = dc[k];
    }
    return g;
  }

  static final double[] ALIGNMENT_AT = {0.7, 1.2, -0.7, 2.1, 0.3, 0.9, -1.4};
  static final double[] CROSSED_AT = {1.2, -0.7, 2.1, 0.1, 1.0, 0.2, -0.6, 0.4, 1.3};
  static final String[] NAMES = {"alignmentNew", "alignmentPooled", "crossedPooled"};

  static double[] at(String name) {
    return shape(name).equals(ALIGNMENT) ? ALIGNMENT_AT : CROSSED_AT;
  }

  static double[] unit(int n, int k) {
    double[] e = new double[n];
    e[k] = 1;
    return e;
  }

  void bothModesAgainstTheAnalyticGradient() {
    for (String name : NAMES) {
      double[] x = at(name), g = analytic(name, x);
      double[] adjoint = gradient(name, x, 1);
      for (int k = 0; k < x.length; k++) {
        assertEquals(g[k], tangent(name, x, unit(x.length, k)), 1e-12, name + " tangent, input " + k);
        assertEquals(g[k], adjoint[k], 1e-12, name + " adjoint, input " + k);
      }
    }
  }

  @Test
  void bothModesAgainstTheAnalyticGradientWithThePool() {
    Vec.leaveInPool(5, -6, 7); // what an earlier user left: the take's reset clears it
    bothModesAgainstTheAnalyticGradient();
  }

  @Test
  void bothModesAgainstTheAnalyticGradientWithoutThePool() {
    Vec.usePools(false);
    bothModesAgainstTheAnalyticGradient();
  }

  @Test
  void bothModesAgainstFiniteDifferences() {
    java.util.Random rnd = new java.util.Random(17);
    for (String name : NAMES) {
      double[] x = at(name), v = new double[x.length];
      for (int k = 0; k < v.length; k++) v[k] = rnd.nextGaussian();
      FiniteDifferences.Estimate fd = FiniteDifferences.directional(p -> new double[] {value(name, p)}, x, v)[0];
      assertEquals(fd.value(), tangent(name, x, v), fd.tolerance(1e-9), name + " tangent");
      double gv = 0;
      double[] g = gradient(name, x, 1);
      for (int k = 0; k < v.length; k++) gv += g[k] * v[k];
      assertEquals(fd.value(), gv, fd.tolerance(1e-9), name + " adjoint");
    }
  }

  @Test
  void dotProductBetweenTheModes() {
    for (String name : NAMES) {
      DotProductCheck.check(name, at(name), 1, (x, dx) -> new double[] {tangent(name, x, dx)},
          (x, ybar) -> gradient(name, x, ybar[0]), 23, 5);
    }
  }

  @Test
  void theTangentGivesTheVectorBackAndTheAdjointLeavesIt() {
    double[] x = ALIGNMENT_AT;
    value("alignmentPooled", x); // the pool holds at least one vector now
    int before = Vec.pooled();
    assertTrue(before > 0);
    tangent("alignmentPooled", x, unit(7, 1));
    assertEquals(before, Vec.pooled(), "the tangent gives the vector back, as the original does");
    gradient("alignmentPooled", x, 1);
    assertEquals(before - 1, Vec.pooled(), "the adjoint leaves the vector it took to the collector");
  }

  @Test
  void aPoolHandingOutAParameterIsAnError() {
    Vec.usePools(true);
    double[] x = ALIGNMENT_AT;
    Vec axis = vec(x, 1);
    while (Vec.pooled() > 0) Vec.fetchTemp(); // empty it, then give it the axis itself
    Vec.releaseTemp(axis);
    AssertionError e = org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class,
        () -> call(method("alignmentPooled$tangent"), x[0], 1.0, axis, new Vec(), vec(x, 4), new Vec()));
    assertTrue(e.getCause() instanceof IllegalArgumentException && e.getCause().getMessage().startsWith("leibniz:"), e.toString());
  }

  static Diagnostic refusal(Transformed t, String method) {
    return t.result.diagnostics().stream().filter(d -> !d.warning() && d.method().startsWith(method + "("))
        .findFirst().orElseThrow(() -> new AssertionError(method + " not refused: " + t.result.diagnostics()));
  }

  @Test
  void whatIsNotAPerCallTemporaryIsRefusedAtItsLine() {
    Transformed t = Transformed.of(PooledMisuses.class, true);
    Diagnostic after = refusal(t, "usedAfterRelease");
    assertTrue(after.reason().contains("used after it was given back to the pool"), after.toString());
    assertEquals(15, after.line(), after.toString());
    Diagnostic partly = refusal(t, "partlyReset");
    assertTrue(partly.line() >= 21 && partly.line() <= 24, partly.toString());
    Diagnostic loop = refusal(t, "inLoop");
    assertTrue(loop.reason().contains("taken inside a loop"), loop.toString());
    assertEquals(33, loop.line(), loop.toString());
  }
}
