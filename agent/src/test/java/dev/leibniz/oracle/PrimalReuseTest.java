package dev.leibniz.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.leibniz.oracle.fixtures.PrimalReuse;
import dev.leibniz.testing.Transformed;
import org.hipparchus.analysis.differentiation.DSFactory;
import org.hipparchus.analysis.differentiation.DerivativeStructure;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Rules reuse primal values, in both modes: {@code sin}'s partial is the primal's {@code cos} of the
 * same argument where that dominates it (and the reverse for {@code cos}). Derivatives against
 * formulas, finite differences and between modes; the adjoints call {@code sin} and {@code cos}
 * once each, and so do the tangents, which reuse what the primal computed before the call and copy
 * a later call of the same block on the same value where the partial needs it.
 */
class PrimalReuseTest {
  static final Transformed T = Transformed.of(PrimalReuse.class);

  static Object call(String name, Object... args) {
    return ArraysAndCallsTest.callOn(null, T.type, name, args);
  }

  @Test
  void rotation() {
    double a = 0.7, r = 1.3;
    double[] g = new double[2];
    call("rotation$adjoint", a, r, 1.0, g);
    double c = Math.cos(a), s = Math.sin(a);
    assertEquals(-2 * r * c * s + r * c, g[0], 1e-14, "formula d/da");
    assertEquals(c * c + s, g[1], 1e-14, "formula d/dr");
    assertEquals(g[0], (double) call("rotation$tangent", a, 1.0, r, 0.0), 1e-14, "tangent = adjoint");
    ScalarFunction f = new ScalarFunction(T.type, "rotation", double.class, double.class);
    JacobianCheck.checkScalar(f, a, r);
    JacobianCheck.checkScalar(f, -2.1, 0.4);
  }

  @Test
  void aCosineOnOneBranchOnlyIsNotReused() {
    for (double flag : new double[] {1, -1}) {
      double a = 0.4;
      double[] g = new double[2];
      call("branchOnly$adjoint", a, flag, 1.0, g);
      double expected = 2 * Math.cos(a) - (flag > 0 ? Math.sin(a) : 0);
      assertEquals(expected, g[0], 1e-14, "formula, flag " + flag);
      assertEquals(expected, (double) call("branchOnly$tangent", a, 1.0, flag, 0.0), 1e-14, "tangent, flag " + flag);
    }
  }

  @Test
  void inALoop() {
    double[] x = {0.3, -1.2, 2.5, 0.9};
    double[] xb = new double[4];
    call("inLoop$adjoint", x, xb, 1.0);
    for (int i = 0; i < x.length; i++) assertEquals(Math.cos(2 * x[i]), xb[i], 1e-14, "formula: d/dx (sin x cos x) = cos 2x");
    JacobianCheck.check("inLoop", x,
        v -> new double[] {(double) call("inLoop", v)},
        (v, vd) -> new double[] {(double) call("inLoop$tangent", v, vd)},
        (v, yb) -> {
          double[] b = new double[v.length];
          call("inLoop$adjoint", v, b, yb[0]);
          return b;
        },
        new double[][] {xb.clone()});
  }

  @Test
  void eachCompanionCallsSinAndCosOnce() {
    for (String companion : new String[] {"rotation$adjoint$body", "inLoop$adjoint$body"}) {
      assertEquals(1, calls(companion, "sin"), companion + ": calls of sin");
      assertEquals(1, calls(companion, "cos"), companion + ": calls of cos");
    }
    // The tangent builds each partial where the call is: rotation's cos comes before its sin, so
    // cos's partial copies the primal's sin of the next line there (Sweep.later), and sin's partial
    // reuses the primal cos; inLoop the other way round (x[i] read twice: one cell, no store between).
    for (String companion : new String[] {"rotation$tangent", "inLoop$tangent"}) {
      assertEquals(1, calls(companion, "sin"), companion + ": calls of sin");
      assertEquals(1, calls(companion, "cos"), companion + ": calls of cos");
    }
  }

  /**
   * BA's rotation: sqrt, cos and sin called once by the adjoint and by the tangent (cos before sin,
   * in a branch); the Jacobian against Hipparchus, central differences and between the modes, on
   * both branches.
   */
  @Test
  void rodriguesCallsEachFunctionOnceInBothModes() {
    for (String companion : new String[] {"rodrigues$adjoint$body", "rodrigues$tangent"}) {
      for (String function : new String[] {"sqrt", "cos", "sin"}) {
        assertEquals(1, calls(companion, function), companion + ": calls of " + function);
      }
    }
    ScalarFunction f = new ScalarFunction(T.type, "rodrigues", double.class, double.class, double.class);
    for (double[] r : new double[][] {{0.3, -0.5, 0.8}, {-1.1, 0.2, 0.05}}) {
      JacobianCheck.check("rodrigues" + java.util.Arrays.toString(r), r,
          v -> new double[] {f.value(v)},
          (v, vd) -> new double[] {f.tangent(v, vd)},
          (v, yb) -> {
            double[] g = new double[3];
            f.adjoint(v, yb[0], g);
            return g;
          },
          new double[][] {rodriguesByHipparchus(r)});
    }
    JacobianCheck.checkScalar(f, 0, 0, 0);
  }

  /** The gradient of {@link dev.leibniz.oracle.fixtures.PrimalReuse#rodrigues} by Hipparchus' derivative structures (r ≠ 0). */
  private static double[] rodriguesByHipparchus(double[] r) {
    DSFactory factory = new DSFactory(3, 1);
    DerivativeStructure r0 = factory.variable(0, r[0]), r1 = factory.variable(1, r[1]), r2 = factory.variable(2, r[2]);
    DerivativeStructure theta = r0.multiply(r0).add(r1.multiply(r1)).add(r2.multiply(r2)).sqrt();
    DerivativeStructure c = theta.cos(), s = theta.sin();
    DerivativeStructure w0 = r0.divide(theta), w1 = r1.divide(theta), w2 = r2.divide(theta);
    DerivativeStructure dot = w0.add(w1.multiply(2)).add(w2.multiply(3));
    DerivativeStructure y = c.add(w1.multiply(3).subtract(w2.multiply(2)).multiply(s)).add(w0.multiply(dot).multiply(c.negate().add(1)));
    return new double[] {y.getPartialDerivative(1, 0, 0), y.getPartialDerivative(0, 1, 0), y.getPartialDerivative(0, 0, 1)};
  }

  static int calls(String method, String function) {
    ClassNode cn = new ClassNode();
    new ClassReader(T.result.transformed()).accept(cn, 0);
    int n = 0;
    for (MethodNode m : cn.methods) {
      if (!m.name.equals(method)) continue;
      for (AbstractInsnNode i : m.instructions) {
        if (i instanceof MethodInsnNode && ((MethodInsnNode) i).owner.equals("java/lang/Math") && ((MethodInsnNode) i).name.equals(function)) n++;
      }
      return n;
    }
    throw new AssertionError("no " + method);
  }
}
