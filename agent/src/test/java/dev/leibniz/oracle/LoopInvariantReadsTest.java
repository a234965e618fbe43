package dev.leibniz.oracle;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.oracle.fixtures.LoopInvariantReads;
import dev.leibniz.testing.Transformed;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * The adjoint of a read whose array and index do not change in its loop is summed in a local while
 * the loop is reversed and added to the array's adjoint once, when the reverse leaves the loop.
 * Derivatives against finite differences, formulas and the tangent (dot-product test); the
 * generated reverse loop has no store into the adjoint array; a loop that ran no iteration touches
 * no cell.
 */
class LoopInvariantReadsTest {
  static final Transformed T = Transformed.of(LoopInvariantReads.class);

  static Object call(String name, Object... args) {
    return ArraysAndCallsTest.callOn(null, T.type, name, args);
  }

  /** f(a, x) of two arrays (a: the first na entries of v) against differences and the tangent. */
  static void checkTwoArrays(String name, int na, double[] v) {
    JacobianCheck.check(
        name,
        v,
        w -> new double[] {(double) call(name, part(w, 0, na), part(w, na, w.length))},
        (w, wd) -> new double[] {(double) call(name + "$tangent", part(w, 0, na), part(wd, 0, na), part(w, na, w.length), part(wd, na, w.length))},
        (w, yb) -> {
          double[] ab = new double[na], xb = new double[w.length - na];
          call(name + "$adjoint", part(w, 0, na), ab, part(w, na, w.length), xb, yb[0]);
          double[] g = new double[w.length];
          System.arraycopy(ab, 0, g, 0, na);
          System.arraycopy(xb, 0, g, na, xb.length);
          return g;
        },
        null);
  }

  static double[] part(double[] v, int from, int to) {
    return java.util.Arrays.copyOfRange(v, from, to);
  }

  @Test
  void aCellReadInEveryIteration() {
    double[] a = {0.3, -1.2, 0.8}, x = {0.5, -0.25, 1.5, 2.0, -0.75};
    checkTwoArrays("weighted", 3, concat(a, x));
    double[] ab = new double[3], xb = new double[5];
    call("weighted$adjoint", a, ab, x, xb, 2.0);
    double expected = 0;
    for (int i = 0; i < x.length; i++) expected += 2.0 * i * x[i];
    assertArrayEquals(new double[] {0, 0, expected}, ab, 1e-14, "formula: d/da[k] = seed * sum_i i x[i]");
    for (int i = 0; i < x.length; i++) assertEquals(2.0 * i * a[2], xb[i], 1e-14);
  }

  @Test
  void aCellInvariantInTheInnerLoopOnly() {
    double[] a = {0.3, -1.2, 0.8, 0.1}, x = {0.5, -0.25, 1.5};
    checkTwoArrays("nested", 4, concat(a, x));
    double[] ab = new double[4], xb = new double[3];
    call("nested$adjoint", a, ab, x, xb, 1.0);
    for (int j = 0; j < a.length; j++) {
      double d = 0;
      for (double xi : x) d += Math.cos(a[j] * xi) * xi;
      assertEquals(d, ab[j], 1e-14, "formula: d/da[j]");
    }
  }

  /** The array is written by the method around the inner loop, not in it: the read is still invariant there. */
  @Test
  void aCellTheMethodRewritesAroundTheInnerLoop() {
    double[] a = {0.3, -1.2, 0.8}, x = {0.5, -0.25, 1.5, 0.7};
    checkTwoArrays("rewrittenAround", 3, concat(a, x));
    double[] ab = new double[3], xb = new double[4];
    call("rewrittenAround$adjoint", a, ab, x, xb, 1.0);
    for (int j = 0; j < a.length; j++) {
      double d = 0;
      for (double xi : x) d += Math.cos(a[j] * a[j] * xi) * xi * 2 * a[j];
      assertEquals(d, ab[j], 1e-14, "formula: d/da[j]");
    }
  }

  @Test
  void aLoopThatRanNoIterationTouchesNoCell() {
    double[] a = {0.3, -1.2}, ab = {5, 7};
    double y = (double) call("maybeNever$adjoint", a, ab, 100, 0, 1.0);
    assertEquals(0, y, 0);
    assertArrayEquals(new double[] {5, 7}, ab, 0, "adjoints accumulate (+=), nothing added");
    call("maybeNever$adjoint", a, ab, 1, 6, 1.0);
    assertArrayEquals(new double[] {5, 7 + 15}, ab, 0, "formula: sum_{i<6} i = 15");
    double dy = (double) call("maybeNever$tangent", a, new double[] {0, 1}, 1, 6);
    assertEquals(15, dy, 0, "tangent");
  }

  @Test
  void floatsAndTwoReadsOfOneCell() {
    float[] a = {0.5f, -2f}, ab = new float[2];
    float y = (float) call("floats$adjoint", a, ab, 7, 1f);
    assertEquals(7 * (0.25f - 2f), y, 1e-6f);
    assertArrayEquals(new float[] {7 * 2 * 0.5f, 7}, ab, 1e-5f, "formula: n * (2 a[0], 1)");
    float h = 1e-2f;
    float up = (float) call("floats", new float[] {0.5f + h, -2f}, 7), down = (float) call("floats", new float[] {0.5f - h, -2f}, 7);
    assertEquals((up - down) / (2 * h), ab[0], 1e-2f, "central difference");
  }

  /**
   * The forward sweep reads an invariant cell once before its loop (core.reverse.HoistedLoads): the
   * test whether it can be read and the read are off every cycle, the loop's read takes that value.
   */
  @Test
  void theForwardSweepReadsAnInvariantCellBeforeItsLoop() {
    for (String method : List.of("weighted", "nested", "maybeNever", "oddTrips")) {
      MethodNode body = body(method + "$adjoint$body");
      int loadable = 0, loadedOr = 0;
      for (AbstractInsnNode n : body.instructions) {
        if (!(n instanceof org.objectweb.asm.tree.MethodInsnNode)) continue;
        String name = ((org.objectweb.asm.tree.MethodInsnNode) n).name;
        if (name.equals("leibniz$loadable")) {
          loadable++;
          assertTrue(!onCycle(body, n) || method.equals("nested"), method + ": the test is outside its loop");
        } else if (name.equals("leibniz$loadedOr")) {
          loadedOr++;
          assertTrue(onCycle(body, n), method + ": the loop's read is in the loop");
        }
      }
      assertEquals(1, loadable, method + ": one invariant read tested before its loop");
      assertEquals(1, loadedOr, method + ": one invariant read in the loop");
    }
  }

  /**
   * A cell read on some trips only: out of bounds and never read, the adjoint does not throw (the test
   * before the loop fails, the loop reads nothing); out of bounds and read, it throws as the primal does.
   */
  @Test
  void anInvariantReadOnSomeTripsOnly() {
    double[] a = {0.3, -1.2}, ab = {5, 7};
    assertEquals(0.0, (double) call("oddTrips$adjoint", a, ab, 100, 1, 1.0), 0);
    assertArrayEquals(new double[] {5, 7}, ab, 0, "nothing read, nothing added");
    call("oddTrips$adjoint", a, ab, 1, 6, 1.0);
    assertArrayEquals(new double[] {5, 7 + 9}, ab, 0, "formula: 1 + 3 + 5");
    assertEquals(9, (double) call("oddTrips$tangent", a, new double[] {0, 1}, 1, 6), 0, "tangent");
    Throwable primal = thrown(() -> call("oddTrips", a, 100, 2));
    Throwable adjoint = thrown(() -> call("oddTrips$adjoint", a, new double[2], 100, 2, 1.0));
    assertEquals(ArrayIndexOutOfBoundsException.class, primal.getClass());
    assertEquals(primal.getClass(), adjoint.getClass(), "the adjoint throws where the primal does");
    assertEquals(primal.getMessage(), adjoint.getMessage());
  }

  /** What {@code r} threw ({@link ArraysAndCallsTest#callOn} wraps it in an AssertionError). */
  static Throwable thrown(Runnable r) {
    try {
      r.run();
    } catch (AssertionError e) {
      return e.getCause();
    }
    throw new AssertionError("no exception");
  }

  /** No store into an array on a cycle of the adjoint's code: the reverse loop sums in a local. */
  @Test
  void theReverseLoopStoresIntoNoArray() {
    for (String method : List.of("maybeNever", "floats")) {
      MethodNode body = body(method + "$adjoint$body");
      int inLoops = 0, stores = 0;
      for (AbstractInsnNode n : body.instructions) {
        if (n.getOpcode() == Opcodes.DASTORE || n.getOpcode() == Opcodes.FASTORE) {
          stores++;
          if (onCycle(body, n)) inLoops++;
        }
      }
      assertTrue(stores > 0, method + ": the adjoint adds to the cell somewhere");
      assertEquals(0, inLoops, method + ": array stores on a cycle of the adjoint");
    }
  }

  /** True when control can come back to {@code start} after leaving it. */
  static boolean onCycle(MethodNode m, AbstractInsnNode start) {
    java.util.Deque<AbstractInsnNode> work = new java.util.ArrayDeque<>(successors(m, start));
    java.util.Set<AbstractInsnNode> seen = new java.util.HashSet<>();
    while (!work.isEmpty()) {
      AbstractInsnNode n = work.pop();
      if (n == start) return true;
      if (seen.add(n)) work.addAll(successors(m, n));
    }
    return false;
  }

  static List<AbstractInsnNode> successors(MethodNode m, AbstractInsnNode n) {
    List<AbstractInsnNode> out = new ArrayList<>();
    int op = n.getOpcode();
    if (n instanceof JumpInsnNode) out.add(((JumpInsnNode) n).label);
    if (n instanceof org.objectweb.asm.tree.TableSwitchInsnNode) {
      out.add(((org.objectweb.asm.tree.TableSwitchInsnNode) n).dflt);
      out.addAll(((org.objectweb.asm.tree.TableSwitchInsnNode) n).labels);
    } else if (n instanceof org.objectweb.asm.tree.LookupSwitchInsnNode) {
      out.add(((org.objectweb.asm.tree.LookupSwitchInsnNode) n).dflt);
      out.addAll(((org.objectweb.asm.tree.LookupSwitchInsnNode) n).labels);
    } else if (op != Opcodes.GOTO && op != Opcodes.ATHROW && !(op >= Opcodes.IRETURN && op <= Opcodes.RETURN) && n.getNext() != null) {
      out.add(n.getNext());
    }
    return out;
  }

  static MethodNode body(String name) {
    ClassNode cn = new ClassNode();
    new ClassReader(T.result.transformed()).accept(cn, 0);
    for (MethodNode m : cn.methods) {
      if (m.name.equals(name)) return m;
    }
    throw new AssertionError("no " + name);
  }

  static double[] concat(double[] a, double[] b) {
    double[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
