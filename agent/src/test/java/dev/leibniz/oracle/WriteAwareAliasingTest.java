package dev.leibniz.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.oracle.fixtures.WriteAwareAliasing;
import dev.leibniz.testing.Transformed;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Helpers called with arrays that are one array at run time. Split reversal (calls of helpers
 * without array results) records what each reverse needs; in joint reversal (helpers returning
 * arrays), a helper's distinct-arguments adjoint needs only the arrays it writes to be distinct
 * from its other arguments (write-aware aliasing). Derivatives against finite differences and
 * between modes (dot-product test), and which adjoint each call site uses.
 */
class WriteAwareAliasingTest {
  static final Transformed T = Transformed.of(WriteAwareAliasing.class);

  static Object call(String name, Object... args) {
    return ArraysAndCallsTest.callOn(null, T.type, name, args);
  }

  static void check(String name, int arrays, double[] x) {
    int n = x.length / arrays;
    JacobianCheck.check(
        name,
        x,
        v -> new double[] {(double) call(name, split(v, arrays, n, false))},
        (v, vd) -> new double[] {(double) call(name + "$tangent", interleave(split(v, arrays, n, false), split(vd, arrays, n, false)))},
        (v, yb) -> {
          Object[] xs = split(v, arrays, n, false);
          Object[] bars = split(new double[v.length], arrays, n, false);
          Object[] args = new Object[2 * arrays + 1];
          for (int k = 0; k < arrays; k++) {
            args[2 * k] = xs[k];
            args[2 * k + 1] = bars[k];
          }
          args[2 * arrays] = yb[0];
          call(name + "$adjoint", args);
          double[] g = new double[v.length];
          for (int k = 0; k < arrays; k++) System.arraycopy((double[]) bars[k], 0, g, k * n, n);
          return g;
        },
        null);
  }

  static Object[] split(double[] v, int arrays, int n, boolean unused) {
    Object[] out = new Object[arrays];
    for (int k = 0; k < arrays; k++) out[k] = java.util.Arrays.copyOfRange(v, k * n, (k + 1) * n);
    return out;
  }

  static Object[] interleave(Object[] a, Object[] b) {
    Object[] out = new Object[2 * a.length];
    for (int k = 0; k < a.length; k++) {
      out[2 * k] = a[k];
      out[2 * k + 1] = b[k];
    }
    return out;
  }

  /** The helper adjoints the adjoint body of {@code method} calls. */
  static List<String> calledAdjoints(String method) {
    ClassNode cn = new ClassNode();
    new ClassReader(T.result.transformed()).accept(cn, 0);
    List<String> names = new ArrayList<>();
    for (MethodNode m : cn.methods) {
      if (!m.name.equals(method + "$adjoint$body")) continue;
      for (AbstractInsnNode n : m.instructions) {
        if (n instanceof MethodInsnNode && ((MethodInsnNode) n).name.matches("combined?\\$adjoint.*")) {
          names.add(((MethodInsnNode) n).name);
        }
      }
    }
    return names;
  }

  @Test
  void readArgumentsThatAreOneArrayStillGetTheDistinctAdjoint() {
    check("readTwiceAsOneArray", 1, new double[] {0.3, -0.7, 1.1, 0.5});
    // split reversal: forward sweep and reverse sweep of each call (two methods); nothing writes the
    // arrays after the calls, so the split adjoint may read both again (stable arguments 0 and 1);
    // the written array is fresh, distinct from the read ones: built with distinct parameters
    assertEquals(List.of("combine$adjoint$split$distinct$stable3", "combine$adjoint$split$distinct$stable3", "combine$adjoint$split$distinct$stable3$reverse",
        "combine$adjoint$split$distinct$stable3$reverse"),
        calledAdjoints("readTwiceAsOneArray"));
  }

  @Test
  void parametersThatMayBeOneArrayButAreOnlyReadGetTheDistinctAdjoint() {
    check("twoReadParameters", 2, new double[] {0.3, -0.7, 1.1, 0.5, 0.9, -0.2});
    assertEquals(List.of("combine$adjoint$split$distinct$stable3", "combine$adjoint$split$distinct$stable3", "combine$adjoint$split$distinct$stable3",
        "combine$adjoint$split$distinct$stable3$reverse", "combine$adjoint$split$distinct$stable3$reverse", "combine$adjoint$split$distinct$stable3$reverse"),
        calledAdjoints("twoReadParameters"));
    // one array passed as both parameters
    double[] p = {0.3, -0.7, 1.1}, pb = new double[3];
    double[] q = p.clone(), qb = new double[3], sep = new double[3];
    call("twoReadParameters$adjoint", p, pb, q, qb, 1.0);
    double[] same = new double[3];
    call("twoReadParameters$adjoint", p, same, p, same, 1.0);
    for (int i = 0; i < 3; i++) assertEquals(pb[i] + qb[i], same[i], 1e-13, "aliased parameters, entry " + i);
    assertTrue(same[0] != 0);
  }

  @Test
  void aWrittenArrayThatAliasesAReadOneGetsTheGeneralAdjoint() {
    check("writtenAliasesRead", 1, new double[] {0.3, -0.7, 1.1, 0.5});
  }

  @Test
  void jointReversalWithReadArgumentsThatAreOneArray() {
    check("jointReadTwiceAsOneArray", 1, new double[] {0.3, -0.7, 1.1, 0.5});
  }

  @Test
  void jointReversalUsesTheGeneralAdjointWhenTheWrittenArrayIsAlsoRead() {
    check("jointWrittenAliasesRead", 1, new double[] {0.3, -0.7, 1.1, 0.5});
    assertEquals(List.of("combined$adjoint$body"), calledAdjoints("jointWrittenAliasesRead"));
  }

  @Test
  void oneArrayAsWrittenAndReadArgumentsOfACallee() {
    check("sameArrayThrice", 1, new double[] {0.3, -0.7, 1.1, 0.5});
  }
}
