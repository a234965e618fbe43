package dev.leibniz.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.corpus.sceneform.Quaternion;
import dev.leibniz.corpus.sceneform.Vector3;
import dev.leibniz.oracle.DotProductCheck;
import dev.leibniz.testing.EulerRotations;
import dev.leibniz.testing.EulerRotations.Mode;
import dev.leibniz.oracle.FiniteDifferences;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Sceneform's {@code Quaternion.eulerAngles} (14,869 bytes of adjoint whole) and {@code lookRotation} (15,849) keep
 * their objects live from one statement to the next (issue 12). Both were refused: outlining could not cut them, and
 * the oversized retry, which emits a companion no cut brings under HotSpot's compile limit whole, under the JVM's
 * 64 KB, with a warning (docs/architecture.md, "Emitting"), failed on ASM's bound on frame computation ("Too many
 * operations": a thousand locals and the branches of the inlined constructors and products). Now {@code eulerAngles},
 * whose objects are made by {@code new}, is cut with its objects carried as their fields ("Outlining"), and {@code
 * lookRotation}, whose objects come from calls, is emitted whole with the warning. Both modes against the analytic
 * derivative (Hipparchus' {@code DerivativeStructure} of the same rotations), central differences, the dot product.
 */
class OversizedHeldObjectsTest {
  /** The messages of the core's diagnostics about both classes. */
  static final List<String> DIAGNOSTICS = new java.util.ArrayList<>();
  /** Both classes transformed, in one loader (a companion of {@code Quaternion} calls {@code Vector3}'s). */
  static final CorpusLoader LOADER = CorpusLoader.differentiate(List.of(Quaternion.class, Vector3.class), DIAGNOSTICS);
  static final Class<?> Q = load(Quaternion.class);
  static final Class<?> V = load(Vector3.class);

  private static Class<?> load(Class<?> c) {
    try {
      return LOADER.loadClass(c.getName());
    } catch (ClassNotFoundException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void eulerAnglesIsCutAndLookRotationEmittedWhole() {
    assertTrue(DIAGNOSTICS.stream().allMatch(d -> d.startsWith("leibniz: warning: ")), DIAGNOSTICS.toString());
    assertEquals(0, DIAGNOSTICS.stream().filter(d -> d.contains("Quaternion.eulerAngles(") && d.contains("compile limit")).count(),
        DIAGNOSTICS.toString());
    assertEquals(1, DIAGNOSTICS.stream().filter(d -> d.contains("Quaternion.lookRotation(") && d.contains("8000-byte compile limit")
        && d.contains("it is generated anyway")).count(), DIAGNOSTICS.toString());
  }

  @Test
  void eulerAnglesAgainstTheAnalyticDerivative() throws Exception {
    double[] x = {30, -50, 70};
    double[] rounded = {(float) x[0], (float) x[1], (float) x[2]}; // the float angles Vector3 holds
    EulerRotations.checkJacobian(EulerRotations.jacobian(rounded), x, this::eulerTangent, this::eulerAdjoint, 1e-6);
  }

  @Test
  void bothAgainstFiniteDifferencesAndTheDotProduct() {
    double[] e = {30, -50, 70};
    double[] look = {0.3, -0.4, 0.8, 0.1, 0.9, 0.2};
    check("eulerAngles", e, this::eulerPrimal, this::eulerTangent, this::eulerAdjoint);
    check("lookRotation", look, this::lookPrimal, this::lookTangent, this::lookAdjoint);
  }

  private static void check(String what, double[] x, Function<double[], double[]> primal, Mode tangent, Mode adjoint) {
    DotProductCheck.Tangent t = (p, v) -> call(tangent, p, v);
    DotProductCheck.Adjoint a = (p, w) -> call(adjoint, p, w);
    java.util.Random rnd = new java.util.Random(12);
    for (int trial = 0; trial < 3; trial++) {
      double[] v = new double[x.length];
      for (int i = 0; i < v.length; i++) v[i] = (float) rnd.nextGaussian();
      FiniteDifferences.Estimate[] fd = FiniteDifferences.directional(primal, x, v, true);
      double[] dy = t.apply(x, v);
      for (int o = 0; o < 4; o++) {
        assertEquals(fd[o].value(), dy[o], fd[o].tolerance(1e-4), what + " tangent " + o + " vs finite differences");
      }
      double[] w = new double[4];
      for (int o = 0; o < 4; o++) w[o] = (float) rnd.nextGaussian();
      double[] g = a.apply(x, w);
      double along = 0, fdAlong = 0, scale = 0;
      for (int i = 0; i < x.length; i++) along += g[i] * v[i];
      for (int o = 0; o < 4; o++) {
        fdAlong += w[o] * fd[o].value();
        scale += Math.abs(w[o]) * (fd[o].tolerance(1e-4) + Math.abs(fd[o].value()));
      }
      assertEquals(fdAlong, along, 1e-3 * scale, what + " adjoint vs finite differences");
    }
    DotProductCheck.check(what, x, 4, t, a, 13, 5, true);
  }

  private static double[] call(Mode m, double[] x, double[] v) {
    try {
      return m.at(x, v);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private static Vector3 vec(double[] x, int at) {
    return new Vector3((float) x[at], (float) x[at + 1], (float) x[at + 2]);
  }

  /** A transformed {@code Vector3}. */
  private static Object tvec(double[] x, int at) throws Exception {
    return V.getConstructor(float.class, float.class, float.class).newInstance((float) x[at], (float) x[at + 1], (float) x[at + 2]);
  }

  private static double[] of(Object q) {
    try {
      Class<?> c = q.getClass();
      return new double[] {c.getField("x").getFloat(q), c.getField("y").getFloat(q), c.getField("z").getFloat(q),
          c.getField("w").getFloat(q)};
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  /** A transformed {@code Quaternion} holding {@code w} as it is (the constructors normalise). */
  private static Object seed(double[] w) throws Exception {
    Object q = Q.getConstructor().newInstance();
    String[] names = {"x", "y", "z", "w"};
    for (int o = 0; o < 4; o++) {
      Field f = Q.getField(names[o]);
      f.setFloat(q, (float) w[o]);
    }
    return q;
  }

  private static double[] grad(Object... bars) throws Exception {
    double[] g = new double[3 * bars.length];
    for (int k = 0; k < bars.length; k++) {
      g[3 * k] = V.getField("x").getFloat(bars[k]);
      g[3 * k + 1] = V.getField("y").getFloat(bars[k]);
      g[3 * k + 2] = V.getField("z").getFloat(bars[k]);
    }
    return g;
  }

  private double[] eulerPrimal(double[] x) {
    return of(Quaternion.eulerAngles(vec(x, 0)));
  }

  private double[] eulerTangent(double[] x, double[] v) throws Exception {
    Method m = Q.getMethod("eulerAngles$tangent", V, V);
    return of(m.invoke(null, tvec(x, 0), tvec(v, 0)));
  }

  private double[] eulerAdjoint(double[] x, double[] w) throws Exception {
    Method m = Q.getMethod("eulerAngles$adjoint", V, V, Q);
    Object bar = V.getConstructor().newInstance();
    Object result = m.invoke(null, tvec(x, 0), bar, seed(w));
    double[] expected = eulerPrimal(x);
    for (int o = 0; o < 4; o++) assertEquals(expected[o], of(result)[o], 0, "the adjoint returns the primal result");
    return grad(bar);
  }

  private double[] lookPrimal(double[] x) {
    return of(Quaternion.lookRotation(vec(x, 0), vec(x, 3)));
  }

  private double[] lookTangent(double[] x, double[] v) throws Exception {
    Method m = Q.getMethod("lookRotation$tangent", V, V, V, V);
    return of(m.invoke(null, tvec(x, 0), tvec(v, 0), tvec(x, 3), tvec(v, 3)));
  }

  private double[] lookAdjoint(double[] x, double[] w) throws Exception {
    Method m = Q.getMethod("lookRotation$adjoint", V, V, V, V, Q);
    Object forwardBar = V.getConstructor().newInstance(), upBar = V.getConstructor().newInstance();
    m.invoke(null, tvec(x, 0), forwardBar, tvec(x, 3), upBar, seed(w));
    return grad(forwardBar, upBar);
  }
}
