package dev.leibniz.vector;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.leibniz.oracle.FiniteDifferences;
import dev.leibniz.testing.Transformed;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * The partials of a vector tangent's {@code Math} calls are written before the direction loop, when
 * the segment's whole primal has run: {@code cos t}'s partial reuses the primal's {@code sin t} of
 * the next line, and {@code sin t}'s the primal's {@code cos t}, so {@code turn$tangents$body}
 * calls each once. The tangents against the formula, {@code $tangent}, central differences and the
 * adjoint (dot product).
 */
class VectorPrimalReuseTest {
  static final Transformed T = VectorTangentTest.T;

  static Map<String, Integer> mathCalls(String method) {
    ClassNode cn = new ClassNode();
    new ClassReader(T.result.transformed()).accept(cn, 0);
    Map<String, Integer> calls = new TreeMap<>();
    for (MethodNode m : cn.methods) {
      if (!m.name.equals(method)) continue;
      for (AbstractInsnNode n : m.instructions) {
        if (n instanceof MethodInsnNode c && c.owner.equals("java/lang/Math")) calls.merge(c.name, 1, Integer::sum);
      }
    }
    return calls;
  }

  @Test
  void cosAndSinOfOneAngleAreCalledOnce() {
    assertEquals(Map.of("cos", 1, "sin", 1), mathCalls("turn$tangents$body"));
  }

  @Test
  void tangentsAgainstTheFormulaTheTangentDifferencesAndTheAdjoint() throws ReflectiveOperationException {
    Method primal = T.type.getMethod("turn", double.class, double.class, double.class);
    Method tangents = T.type.getMethod("turn$tangents", double.class, double[].class, double.class, double[].class, double.class,
        double[].class, int.class, double[].class);
    Method tangent = T.type.getMethod("turn$tangent", double.class, double.class, double.class, double.class, double.class, double.class);
    Method adjoint = T.type.getMethod("turn$adjoint", double.class, double.class, double.class, double.class, double[].class);
    double t = 0.83, x = -1.4, y = 0.6;
    double[][] dirs = {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}, {0.3, -0.7, 1.1}};
    int k = dirs.length;
    double[] dt = new double[k], dx = new double[k], dy = new double[k], out = new double[k];
    for (int d = 0; d < k; d++) {
      dt[d] = dirs[d][0];
      dx[d] = dirs[d][1];
      dy[d] = dirs[d][2];
    }
    assertEquals((double) primal.invoke(null, t, x, y), (double) tangents.invoke(null, t, dt, x, dx, y, dy, k, out), 0);
    double c = Math.cos(t), s = Math.sin(t);
    double[] grad = {-s * x - c * y + c * c - s * s, c, -s};
    double[] g = new double[3];
    adjoint.invoke(null, t, x, y, 1.0, g);
    for (int d = 0; d < k; d++) {
      double formula = grad[0] * dirs[d][0] + grad[1] * dirs[d][1] + grad[2] * dirs[d][2];
      assertEquals(formula, out[d], 1e-14, "direction " + d + " against the formula");
      assertEquals((double) tangent.invoke(null, t, dirs[d][0], x, dirs[d][1], y, dirs[d][2]), out[d], 1e-14, "against $tangent");
      double[] v = dirs[d];
      FiniteDifferences.Estimate fd = FiniteDifferences.derivative(h -> {
        try {
          return (double) primal.invoke(null, t + h * v[0], x + h * v[1], y + h * v[2]);
        } catch (ReflectiveOperationException e) {
          throw new AssertionError(e);
        }
      }, 0.0);
      assertEquals(fd.value(), out[d], fd.tolerance(1e-7), "direction " + d + " against differences");
      assertEquals(g[0] * v[0] + g[1] * v[1] + g[2] * v[2], out[d], 1e-14, "dot product with the adjoint");
    }
  }
}
