package dev.leibniz.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.Derivatives;
import dev.leibniz.core.Diagnostic;
import dev.leibniz.objects.fixtures.templates.DenseMatrix;
import dev.leibniz.objects.fixtures.templates.Refused;
import dev.leibniz.objects.fixtures.templates.Templates;
import dev.leibniz.objects.fixtures.templates.Vector3;
import dev.leibniz.objects.fixtures.templates.Vector4;
import dev.leibniz.oracle.DotProductCheck;
import dev.leibniz.oracle.FiniteDifferences;
import dev.leibniz.oracle.LinkedFixtures;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Template methods inherited from an abstract class without numbers (issues 9 and 10): LWJGL's final {@code
 * Vector.length()} calling the abstract {@code lengthSquared()} that {@code Vector3f} implements, Commons Math's {@code
 * AbstractRealMatrix.operate} looping over {@code getEntry(i, j)}. Each is differentiated as code of the receiver's class
 * (core.TemplateView), one specialisation per receiver class, its companions taking that class's shadow: both modes
 * against the analytic derivative and central differences, the dot product between them; a template whose code reads a
 * package-private field of another package stays refused at the call, naming it.
 */
class InheritedTemplateMethodsTest {
  static final LinkedFixtures L = LinkedFixtures.of(Vector3.class, Vector4.class, DenseMatrix.class, Templates.class);
  static final Class<?> T = L.get(Templates.class);
  static final Class<?> V3 = L.get(Vector3.class), V4 = L.get(Vector4.class), M = L.get(DenseMatrix.class);
  static final String[] XYZW = {"x", "y", "z", "w"};

  // measure(a, b): inputs a.x a.y a.z b.x b.y b.z b.w; outputs the result, then b's fields after normalise()
  static final double[] AB = {0.3, 1.2, -0.5, -0.7, 0.4, 2.0, 0.9};

  static Object vector(Class<?> c, double[] in, int from) {
    try {
      Object v = c == V3 ? c.getConstructor(double.class, double.class, double.class).newInstance(0.0, 0.0, 0.0)
          : c.getConstructor(double.class, double.class, double.class, double.class).newInstance(0.0, 0.0, 0.0, 0.0);
      set(v, in, from);
      return v;
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  static int size(Object v) {
    return v.getClass() == V3 ? 3 : 4;
  }

  static void set(Object v, double[] in, int from) throws ReflectiveOperationException {
    for (int k = 0; k < size(v); k++) v.getClass().getField(XYZW[k]).setDouble(v, in[from + k]);
  }

  static void get(Object v, double[] out, int from) throws ReflectiveOperationException {
    for (int k = 0; k < size(v); k++) out[from + k] = v.getClass().getField(XYZW[k]).getDouble(v);
  }

  static Object invoke(String name, Object... args) {
    try {
      for (Method m : T.getMethods()) {
        if (m.getName().equals(name)) return m.invoke(null, args);
      }
      throw new AssertionError("no " + name);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException r) throw r;
      throw new AssertionError(e);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  static double[] measure(double[] in) {
    try {
      Object a = vector(V3, in, 0), b = vector(V4, in, 3);
      double[] out = new double[5];
      out[0] = (double) invoke("measure", a, b);
      get(b, out, 1);
      return out;
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  static double[] measureTangent(double[] in, double[] dir) {
    try {
      Object a = vector(V3, in, 0), b = vector(V4, in, 3);
      Object da = Derivatives.zeroShadow(a), db = Derivatives.zeroShadow(b);
      set(da, dir, 0);
      set(db, dir, 3);
      double[] out = new double[5];
      out[0] = (double) invoke("measure$tangent", a, da, b, db);
      get(db, out, 1);
      return out;
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  static double[] measureAdjoint(double[] in, double[] w) {
    try {
      Object a = vector(V3, in, 0), b = vector(V4, in, 3);
      Object abar = Derivatives.zeroShadow(a), bbar = Derivatives.zeroShadow(b);
      set(bbar, w, 1);
      invoke("measure$adjoint", a, abar, b, bbar, w[0]);
      double[] g = new double[7];
      get(abar, g, 0);
      get(bbar, g, 3);
      return g;
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  /** d/d(a, b) of |a| |b| + a.x b.y / |b| + b.z / |b|. */
  static double[] measureGradient(double[] in) {
    double[] a = Arrays.copyOfRange(in, 0, 3), b = Arrays.copyOfRange(in, 3, 7);
    double la = Math.sqrt(a[0] * a[0] + a[1] * a[1] + a[2] * a[2]);
    double lb = Math.sqrt(b[0] * b[0] + b[1] * b[1] + b[2] * b[2] + b[3] * b[3]);
    double[] g = new double[7];
    for (int k = 0; k < 3; k++) g[k] = lb * a[k] / la;
    g[0] += b[1] / lb;
    for (int j = 0; j < 4; j++) {
      double unitY = ((j == 1 ? 1 : 0) - b[1] * b[j] / (lb * lb)) / lb, unitZ = ((j == 2 ? 1 : 0) - b[2] * b[j] / (lb * lb)) / lb;
      g[3 + j] = la * b[j] / lb + a[0] * unitY + unitZ;
    }
    return g;
  }

  @Test
  void aVectorTemplateAgainstTheAnalyticDerivativeInBothModes() {
    double[] expected = measureGradient(AB);
    double[] g = measureAdjoint(AB, new double[] {1, 0, 0, 0, 0});
    for (int k = 0; k < 7; k++) {
      assertEquals(expected[k], g[k], 1e-14 * (1 + Math.abs(expected[k])), "adjoint, input " + k);
      double[] e = new double[7];
      e[k] = 1;
      assertEquals(expected[k], measureTangent(AB, e)[0], 1e-14 * (1 + Math.abs(expected[k])), "tangent, input " + k);
    }
  }

  @Test
  void aVectorTemplateAgainstFiniteDifferencesAndTheDotProduct() {
    checkAgainstDifferences(InheritedTemplateMethodsTest::measure, AB, 5, InheritedTemplateMethodsTest::measureTangent,
        InheritedTemplateMethodsTest::measureAdjoint);
    DotProductCheck.check("measure", AB, 5, InheritedTemplateMethodsTest::measureTangent, InheritedTemplateMethodsTest::measureAdjoint, 17, 5);
  }

  // quadratic(A, v): inputs A's six entries (2 x 3, by rows), then v.x v.y v.z
  static final double[] AV = {2.0, -1.0, 0.3, 0.5, 3.0, 1.0, 0.7, -0.4, 1.5};

  static Object matrix(double[] in) {
    try {
      return M.getConstructor(int.class, int.class, double[].class).newInstance(2, 3, Arrays.copyOfRange(in, 0, 6));
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  static Object shadowOf(Object matrix, double[] values) throws ReflectiveOperationException {
    Object s = Derivatives.zeroShadow(matrix);
    double[] data = (double[]) M.getField("data").get(s);
    System.arraycopy(values, 0, data, 0, 6);
    return s;
  }

  static double[] quadratic(double[] in) {
    return new double[] {(double) invoke("quadratic", matrix(in), vector(V3, in, 6))};
  }

  static double[] quadraticTangent(double[] in, double[] dir) {
    try {
      Object a = matrix(in), v = vector(V3, in, 6), dv = Derivatives.zeroShadow(v);
      set(dv, dir, 6);
      return new double[] {(double) invoke("quadratic$tangent", a, shadowOf(a, dir), v, dv)};
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  static double[] quadraticAdjoint(double[] in, double[] w) {
    try {
      Object a = matrix(in), v = vector(V3, in, 6), abar = shadowOf(a, new double[6]), vbar = Derivatives.zeroShadow(v);
      invoke("quadratic$adjoint", a, abar, v, vbar, w[0]);
      double[] g = new double[9];
      System.arraycopy((double[]) M.getField("data").get(abar), 0, g, 0, 6);
      get(vbar, g, 6);
      return g;
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void aMatrixTemplateAgainstTheAnalyticDerivativeInBothModes() {
    // y = |A v|^2: dy/dA_ij = 2 (A v)_i v_j, dy/dv = 2 A^T (A v)
    double[] w = new double[2];
    for (int i = 0; i < 2; i++) {
      for (int j = 0; j < 3; j++) w[i] += AV[3 * i + j] * AV[6 + j];
    }
    double[] expected = new double[9];
    for (int i = 0; i < 2; i++) {
      for (int j = 0; j < 3; j++) {
        expected[3 * i + j] = 2 * w[i] * AV[6 + j];
        expected[6 + j] += 2 * AV[3 * i + j] * w[i];
      }
    }
    double[] g = quadraticAdjoint(AV, new double[] {1});
    for (int k = 0; k < 9; k++) {
      assertEquals(expected[k], g[k], 1e-13, "adjoint, input " + k);
      double[] e = new double[9];
      e[k] = 1;
      assertEquals(expected[k], quadraticTangent(AV, e)[0], 1e-13, "tangent, input " + k);
    }
  }

  @Test
  void aMatrixTemplateAgainstFiniteDifferencesAndTheDotProduct() {
    checkAgainstDifferences(InheritedTemplateMethodsTest::quadratic, AV, 1, InheritedTemplateMethodsTest::quadraticTangent,
        InheritedTemplateMethodsTest::quadraticAdjoint);
    DotProductCheck.check("quadratic", AV, 1, InheritedTemplateMethodsTest::quadraticTangent,
        InheritedTemplateMethodsTest::quadraticAdjoint, 19, 5);
  }

  static void checkAgainstDifferences(Function<double[], double[]> f, double[] x, int outputs, DotProductCheck.Tangent tangent,
      DotProductCheck.Adjoint adjoint) {
    java.util.Random r = new java.util.Random(7);
    for (int trial = 0; trial < 3; trial++) {
      double[] v = new double[x.length];
      for (int k = 0; k < v.length; k++) v[k] = r.nextGaussian();
      FiniteDifferences.Estimate[] fd = FiniteDifferences.directional(f, x, v);
      double[] jv = tangent.apply(x, v);
      for (int o = 0; o < outputs; o++) {
        assertEquals(fd[o].value(), jv[o], fd[o].tolerance(1e-9), "tangent, output " + o);
        double[] w = new double[outputs];
        w[o] = 1;
        double[] g = adjoint.apply(x, w);
        double gv = 0;
        for (int k = 0; k < v.length; k++) gv += g[k] * v[k];
        assertEquals(fd[o].value(), gv, fd[o].tolerance(1e-9), "adjoint, output " + o);
      }
    }
  }

  /** One specialisation per receiver class: the two vector classes' length() get two companions, each taking its shadow. */
  @Test
  void eachReceiverClassGetsItsOwnSpecialisation() throws ReflectiveOperationException {
    String prefix = "leibniz$dev_leibniz_objects_fixtures_templates_";
    T.getDeclaredMethod(prefix + "Vector3$length$tangent", V3, V3);
    T.getDeclaredMethod(prefix + "Vector4$length$tangent", V4, V4);
    assertTrue(Arrays.stream(T.getDeclaredMethods()).noneMatch(m -> m.getName().contains("TemplateVector$")),
        "no companion of the base's code: " + Arrays.toString(T.getDeclaredMethods()));
  }

  /** The template reads a package-private field of another package: it cannot run as code of the subclass. */
  @Test
  void aTemplateThatCannotBeSeenFromTheReceiversClassStaysRefused() {
    LinkedFixtures refused = LinkedFixtures.allowingDiagnostics(Refused.class);
    List<Diagnostic> errors = refused.result(Refused.class).diagnostics().stream().filter(d -> !d.warning()).toList();
    assertEquals(1, errors.size(), errors::toString);
    Diagnostic d = errors.get(0);
    assertTrue(d.reason().contains("double ScaledVector.length() cannot be differentiated: it is declared in ScaledVector, a class"
        + " whose objects carry no derivatives, and calls lengthSquared() of its receiver")
        && d.reason().contains("write its computation where you call it"), d::message);
    assertTrue(d.line() > 0 && d.instruction().contains("ScaledVector.length()"), d::message);
  }

  @Test
  void noDiagnostic() {
    assertEquals(List.of(), L.result(Templates.class).diagnostics());
  }
}
