package dev.leibniz.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.leibniz.oracle.fixtures.PrimalReuse;
import dev.leibniz.testing.Transformed;
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
 * once each, tangents reuse what the primal computed before the call.
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
    // sin's partial reuses the primal cos, but cos's partial must call sin itself.
    assertEquals(1, calls("rotation$tangent", "cos"), "rotation$tangent: calls of cos");
    assertEquals(2, calls("rotation$tangent", "sin"), "rotation$tangent: calls of sin");
    // inLoop's sin comes first (x[i] read twice: one cell, no store between): the other way round
    assertEquals(1, calls("inLoop$tangent", "sin"), "inLoop$tangent: calls of sin");
    assertEquals(2, calls("inLoop$tangent", "cos"), "inLoop$tangent: calls of cos");
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
