package dev.leibniz.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.oracle.fixtures.Constructs;
import dev.leibniz.oracle.fixtures.Contract;
import dev.leibniz.testing.Transformed;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodNode;

/** The companion signatures of README.md ("The contract"), and facts the other tests rely on. */
class ContractTest {
  static final Class<?> C = Transformed.of(Contract.class).type;

  static void assertCompanion(String name, boolean isStatic, Class<?> returns, Class<?>... params) {
    Method m;
    try {
      m = C.getDeclaredMethod(name, params);
    } catch (NoSuchMethodException e) {
      throw new AssertionError(name + Arrays.toString(params) + " missing; have " + Arrays.toString(C.getDeclaredMethods()));
    }
    assertTrue(Modifier.isPublic(m.getModifiers()), name + " is public");
    assertEquals(isStatic, Modifier.isStatic(m.getModifiers()), name + " static");
    assertEquals(returns, m.getReturnType(), name + " returns");
  }

  @Test
  void companionSignaturesFollowTheContract() {
    Class<?> d = double.class, da = double[].class, i = int.class, f = float.class, fa = float[].class;
    assertCompanion("f$tangent", true, d, d, d, d, d);
    assertCompanion("f$adjoint", true, d, d, d, d, da);
    assertCompanion("loss$tangent", true, d, da, da, da, da, i);
    assertCompanion("loss$adjoint", true, d, da, da, da, da, i, d);
    assertCompanion("residuals$tangent", true, void.class, da, da, da, da);
    assertCompanion("residuals$adjoint", true, void.class, da, da, da, da);
    assertCompanion("floatLoop$tangent", true, f, f, f, i);
    assertCompanion("floatLoop$adjoint", true, f, f, i, f, da);
    assertCompanion("instance$tangent", false, d, d, d, fa, fa);
    assertCompanion("instance$adjoint", false, d, d, fa, fa, d, da);
  }

  @Test
  void designExamplesGiveTheirDerivatives() throws Exception {
    ScalarFunction f = new ScalarFunction(C, "f", double.class, double.class);
    double x = 0.7, y = -0.3;
    double[] g = {x * 0 + Math.exp(y), x * Math.exp(y)};
    assertEquals(g[0], f.gradient(x, y)[0], 1e-15);
    assertEquals(g[1], f.gradient(x, y)[1], 1e-15);
    double[] w = {0.5, -1.5}, data = {1, 2, 3}, wb = new double[2];
    C.getMethod("loss$adjoint", double[].class, double[].class, double[].class, double[].class, int.class, double.class).invoke(null, w, wb, data, null, 3, 1.0);
    double g0 = 0, g1 = 0;
    for (double t : data) {
      double r = w[0] + w[1] * t;
      g0 += 2 * r;
      g1 += 2 * r * t;
    }
    assertEquals(g0, wb[0], 1e-14);
    assertEquals(g1, wb[1], 1e-14);
  }

  @Test
  void floatLoopHasFloatTangentsAndAdjoints() {
    ScalarFunction f = new ScalarFunction(C, "floatLoop", float.class, int.class);
    for (int n : new int[] {0, 1, 5}) {
      float x = 0.75f;
      double h = 1.0 / 1024;
      double fd = (Contract.floatLoop((float) (x + h), n) - Contract.floatLoop((float) (x - h), n)) / (2 * h);
      double g = f.gradient(x, n)[0];
      assertEquals(f.tangentGradient(x, n)[0], g, 1e-5 * Math.max(1, Math.abs(g)));
      assertEquals(fd, g, 1e-3 * Math.max(1, Math.abs(g)), "n=" + n);
    }
  }

  @Test
  void switchFixturesReallyCompileToTableAndLookupSwitches() {
    ClassNode cn = new ClassNode();
    new ClassReader(Transformed.bytesOf(Constructs.class)).accept(cn, 0);
    assertTrue(uses(cn, "tableSwitch", Opcodes.TABLESWITCH));
    assertTrue(uses(cn, "lookupSwitch", Opcodes.LOOKUPSWITCH));
  }

  static boolean uses(ClassNode cn, String method, int opcode) {
    for (MethodNode m : cn.methods) {
      if (m.name.equals(method)) {
        for (AbstractInsnNode in : m.instructions) {
          if (in.getOpcode() == opcode) return true;
        }
      }
    }
    return false;
  }
}
