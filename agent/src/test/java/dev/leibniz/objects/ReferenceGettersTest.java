package dev.leibniz.objects;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.Derivatives;
import dev.leibniz.core.ClassDifferentiator;
import dev.leibniz.core.ClassFinder;
import dev.leibniz.core.Result;
import dev.leibniz.objects.fixtures.held.Cells;
import dev.leibniz.objects.fixtures.held.Grid;
import dev.leibniz.objects.fixtures.held.GridOps;
import dev.leibniz.oracle.JacobianCheck;
import dev.leibniz.oracle.LinkedFixtures;
import dev.leibniz.testing.Transformed;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Rajawali's {@code Matrix4.multiply(Matrix4)} shape: a getter returning the array another instance holds in a field that
 * keeps one reference ({@code getDoubleValues()} returning {@code m}), then a helper of another class writing this
 * instance's array. The adjoint runs the getter again in its reverse sweep; it reads no number, and the reference it
 * reads never changes, so what the method wrote meanwhile does not matter. Both modes against the analytic Jacobian,
 * central finite differences and the dot-product test ({@link JacobianCheck}), inputs the two grids' numbers; a getter
 * of a field another method assigns stays refused at its line.
 */
class ReferenceGettersTest {
  static final LinkedFixtures L = LinkedFixtures.of(Grid.class, GridOps.class);
  static final Class<?> G = L.get(Grid.class);

  static Object grid(double a, double b) {
    try {
      return G.getConstructor(double.class, double.class).newInstance(a, b);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  static double[] values(Object g) {
    try {
      Field f = G.getDeclaredField("v");
      f.setAccessible(true);
      return (double[]) f.get(g);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  static Object shadow(Object g, double a, double b) {
    Object s = Derivatives.zeroShadow(g);
    values(s)[0] = a;
    values(s)[1] = b;
    return s;
  }

  static Object invoke(String name, Object receiver, Object... args) {
    Method m = Arrays.stream(G.getMethods()).filter(k -> k.getName().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError("no " + name));
    try {
      return m.invoke(receiver, args);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException r) throw r;
      throw new AssertionError(e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  /** (a0, a1, b0, b1) -> the receiver's (a0 b0, a1 b1). */
  static double[] times(double[] in) {
    Object a = grid(in[0], in[1]), b = grid(in[2], in[3]);
    assertSame(a, invoke("times", a, b));
    return values(a).clone();
  }

  static double[] timesTangent(double[] in, double[] dir) {
    Object a = grid(in[0], in[1]), b = grid(in[2], in[3]);
    Object as = shadow(a, dir[0], dir[1]), bs = shadow(b, dir[2], dir[3]);
    assertSame(as, invoke("times$tangent", a, as, b, bs));
    return values(as).clone();
  }

  static double[] timesAdjoint(double[] in, double[] w) {
    Object a = grid(in[0], in[1]), b = grid(in[2], in[3]);
    Object ab = shadow(a, w[0], w[1]), bb = shadow(b, 0, 0);
    invoke("times$adjoint", a, ab, b, bb, null);
    return new double[] {values(ab)[0], values(ab)[1], values(bb)[0], values(bb)[1]};
  }

  @Test
  void aGetterRunAgainAfterTheArrayIsWrittenInBothModes() {
    for (double[] in : new double[][] {{1.5, -2.0, 0.75, 3.0}, {-0.5, 0.25, -1.25, 2.0}}) {
      double[][] exact = {{in[2], 0, in[0], 0}, {0, in[3], 0, in[1]}};
      JacobianCheck.check("times", in, ReferenceGettersTest::times, ReferenceGettersTest::timesTangent,
          ReferenceGettersTest::timesAdjoint, exact);
    }
  }

  @Test
  void aGetterOfAFieldAssignedElsewhereStaysRefusedAtItsLine() {
    Result r = new ClassDifferentiator(ClassFinder.of(Cells.class.getClassLoader())).differentiate(Transformed.bytesOf(Cells.class));
    String all = String.join("\n", r.diagnostics().stream().map(Object::toString).toList());
    assertTrue(all.contains("line=28, instruction=double[] Cells.values(), mode=adjoint") && all.contains("reverse mode runs this callee again"), all);
  }
}
