package dev.leibniz.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.core.ClassDifferentiator;
import dev.leibniz.objects.fixtures.carried.Quat;
import dev.leibniz.oracle.DotProductCheck;
import dev.leibniz.oracle.FiniteDifferences;
import dev.leibniz.testing.EulerRotations;
import dev.leibniz.testing.Transformed;
import java.lang.reflect.Method;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Objects carried across a cut as their fields (issue 12; docs/architecture.md, "Outlining"): {@code Quat.euler}, in
 * the shape of Sceneform's {@code eulerAngles}, makes three quaternions on three lines and multiplies them on the
 * last, so an object is live at every statement boundary; whole, its adjoint (constructors and products inlined) is
 * over HotSpot's compile limit. The outliner now cuts between the lines, the part before a cut storing each live
 * object's fields in the frame and the part after making it again: every companion is under 8,000 bytes, and both
 * modes agree with the analytic derivative (Hipparchus' {@code DerivativeStructure} of the same rotations), central
 * differences and each other (the dot product).
 */
class OutlinedHeldObjectsTest {
  static final Transformed T = Transformed.of(Quat.class);
  static final Class<?> D = double.class;
  static final double[] AT = {30, -50, 70};

  @Test
  void everyCompanionIsUnderTheCompileLimit() {
    assertTrue(T.result.diagnostics().stream().noneMatch(d -> d.reason().contains("compile limit")), T.result.diagnostics().toString());
    ClassNode cn = new ClassNode();
    new ClassReader(T.result.transformed()).accept(cn, 0);
    int parts = 0;
    for (MethodNode m : cn.methods) {
      if (!m.name.startsWith("euler$")) continue;
      int size = ClassDifferentiator.codeSize(m);
      assertTrue(size < 8000, m.name + m.desc + ": " + size + " bytes");
      if (m.name.contains("$part")) parts++;
    }
    assertTrue(parts > 0, "euler is cut");
  }

  @Test
  void bothModesAgainstTheAnalyticDerivative() throws Exception {
    EulerRotations.checkJacobian(EulerRotations.jacobian(AT), AT, OutlinedHeldObjectsTest::tangent, OutlinedHeldObjectsTest::adjoint, 1e-12);
  }

  @Test
  void bothModesAgainstFiniteDifferencesAndTheDotProduct() {
    java.util.Random rnd = new java.util.Random(12);
    for (int trial = 0; trial < 3; trial++) {
      double[] v = {rnd.nextGaussian(), rnd.nextGaussian(), rnd.nextGaussian()};
      FiniteDifferences.Estimate[] fd = FiniteDifferences.directional(OutlinedHeldObjectsTest::primal, AT, v);
      double[] dy = tangent(AT, v);
      double[] w = {rnd.nextGaussian(), rnd.nextGaussian(), rnd.nextGaussian(), rnd.nextGaussian()};
      double[] g = adjoint(AT, w);
      double along = 0, fdAlong = 0, tolerance = 0;
      for (int o = 0; o < 4; o++) {
        assertEquals(fd[o].value(), dy[o], fd[o].tolerance(1e-8), "tangent " + o + " vs finite differences");
        fdAlong += w[o] * fd[o].value();
        tolerance += Math.abs(w[o]) * fd[o].tolerance(1e-8);
      }
      for (int i = 0; i < 3; i++) along += g[i] * v[i];
      assertEquals(fdAlong, along, tolerance, "adjoint vs finite differences");
    }
    DotProductCheck.check("euler", AT, 4, OutlinedHeldObjectsTest::tangent, OutlinedHeldObjectsTest::adjoint, 13, 5);
  }

  static double[] primal(double[] x) {
    return of(Quat.euler(x[0], x[1], x[2]));
  }

  static double[] tangent(double[] x, double[] v) {
    Method m = T.method("euler$tangent", D, D, D, D, D, D);
    return of(Transformed.invoke(m, x[0], v[0], x[1], v[1], x[2], v[2]));
  }

  static double[] adjoint(double[] x, double[] w) {
    Method m = T.method("euler$adjoint", D, D, D, T.type, double[].class);
    double[] g = new double[3];
    Object result = Transformed.invoke(m, x[0], x[1], x[2], seed(w), g);
    assertEquals(primal(x)[0], of(result)[0], 0, "the adjoint returns the primal result");
    return g;
  }

  private static Object seed(double[] w) {
    try {
      Object q = T.type.getConstructor().newInstance();
      String[] names = {"x", "y", "z", "w"};
      for (int o = 0; o < 4; o++) T.type.getField(names[o]).setDouble(q, w[o]);
      return q;
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  private static double[] of(Object q) {
    try {
      Class<?> c = q.getClass();
      return new double[] {c.getField("x").getDouble(q), c.getField("y").getDouble(q), c.getField("z").getDouble(q),
          c.getField("w").getDouble(q)};
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }
}
