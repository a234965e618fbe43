package dev.leibniz.core.reverse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.core.fixtures.LoopShapes;
import dev.leibniz.oracle.DotProductCheck;
import dev.leibniz.oracle.FiniteDifferences;
import dev.leibniz.testing.Transformed;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Tape entries of a straight counted loop reserved once before it ({@link TapeReservations}): no
 * growth check inside the loop, and derivatives right when the reservation has to grow the tape
 * (a long loop), when the loop runs no trip, and when its body branches (no reservation).
 */
class TapeReservationsTest {
  static final Transformed T = Transformed.of(LoopShapes.class);

  @Test
  void aStraightCountedLoopPushesWithoutGrowthChecks() {
    for (String m : new String[] {"ascending", "descending"}) {
      assertEquals(0, growCallsOnCycles(m + "$adjoint$body"), m + ": growth calls inside a loop");
    }
    assertTrue(growCallsOnCycles("branching$adjoint$body") > 0, "a branching body keeps its checks");
  }

  /**
   * An outer loop whose inner loop pushes nothing per trip (GMM's column loop): what the inner
   * loop's exit tapes once per run is reserved before the outer loop, so no push of the nest
   * checks for growth; a nest whose inner loop pushes per trip reserves the inner loop only.
   */
  @Test
  void anOuterLoopReservesWhatItsInnerLoopsExitTapes() {
    String plan = TapePlanTest.plan("columns", LoopShapes.class);
    assertTrue(plan.contains("tape reserved before the loop: (max(0, v") && plan.contains(") + 1) x (1 double + 1 int) per trip"), plan);
    assertEquals(0, growCallsOnCycles("columns$adjoint$body"), "columns: growth calls inside a loop");
    assertTrue(growCallsOnCycles("triangle$adjoint$body") > 0, "an inner loop taping per trip: the outer loop keeps its checks");
  }

  /** {@code columns}' adjoint against its hand-written gradient and central differences in every direction. */
  @Test
  void columnsAgainstItsHandWrittenGradient() throws Throwable {
    for (int n : new int[] {1, 4, 30, 401}) {
      double[] x = new Random(n).doubles(n, -1, 1).toArray();
      double[] g = new double[n];
      invoke(handle("columns$adjoint", MethodType.methodType(double.class, double[].class, double[].class, double.class)), x, g, 1.0);
      double[] exact = columnsGradient(x);
      for (int i = 0; i < n; i++) assertEquals(exact[i], g[i], 1e-12 * (1 + Math.abs(exact[i])), "columns n=" + n + ": partial " + i);
    }
    LoopShapesTest.check("columns", new Random(5).doubles(20, -1, 1).toArray());
  }

  /** By hand: {@code out[j] = v[j] + Σ_{i<j} x[p(i, j)] v[i]} with {@code v = sin(x)}, {@code s = Σ out[j]²}. */
  static double[] columnsGradient(double[] x) {
    int d = (int) Math.sqrt(x.length);
    double[] v = new double[d];
    double[] out = new double[d];
    for (int i = 0; i < d; i++) out[i] = v[i] = Math.sin(x[i]);
    for (int i = 0, p = 0; i < d; i++) {
      for (int j = i + 1; j < d; j++) out[j] += x[p++] * v[i];
    }
    double[] g = new double[x.length];
    double[] vBar = new double[d];
    for (int i = 0; i < d; i++) vBar[i] = 2 * out[i];
    for (int i = 0, p = 0; i < d; i++) {
      for (int j = i + 1; j < d; j++, p++) {
        g[p] += 2 * out[j] * v[i];
        vBar[i] += 2 * out[j] * x[p];
      }
    }
    for (int i = 0; i < d; i++) g[i] += Math.cos(x[i]) * vBar[i];
    return g;
  }

  @Test
  void aLongLoopWhoseReservationGrowsTheTape() throws Throwable {
    double[] x = new Random(7).doubles(200_000, -1, 1).toArray();
    checkAgainstTangent("ascending", x);
    checkAgainstTangent("descending", x);
    checkAgainstTangent("branching", x);
    checkAgainstTangent("columns", x);
  }

  @Test
  void loopsThatRunNoTrip() throws Throwable {
    checkAgainstTangent("ascending", new double[0]);
    checkAgainstTangent("descending", new double[] {0.3});
    checkAgainstTangent("columns", new double[0]);
    checkAgainstTangent("columns", new double[] {0.3, -0.2, 0.9});
    LoopShapesTest.check("ascending", new double[] {0.2, -0.7, 1.1});
    LoopShapesTest.check("branching", new double[] {0.2, -0.7, 1.1, -2.0});
  }

  /** Dot-product test against the tangent (3 directions) and one central difference along a random direction. */
  static void checkAgainstTangent(String name, double[] x) throws Throwable {
    MethodHandle primal = handle(name, MethodType.methodType(double.class, double[].class));
    MethodHandle tangent = handle(name + "$tangent", MethodType.methodType(double.class, double[].class, double[].class));
    MethodHandle adjoint = handle(name + "$adjoint", MethodType.methodType(double.class, double[].class, double[].class, double.class));
    DotProductCheck.Tangent t = (v, vd) -> new double[] {invoke(tangent, v, vd)};
    DotProductCheck.Adjoint a = (v, yb) -> {
      double[] g = new double[v.length];
      invoke(adjoint, v, g, yb[0]);
      return g;
    };
    DotProductCheck.check(name + " n=" + x.length, x, 1, t, a, 11, 3);
    if (x.length == 0) return;
    double[] dir = new Random(3).doubles(x.length, -1, 1).toArray();
    double[] g = a.apply(x.clone(), new double[] {1});
    double dot = 0;
    for (int i = 0; i < x.length; i++) dot += g[i] * dir[i];
    FiniteDifferences.Estimate est = FiniteDifferences.directional(v -> new double[] {invoke(primal, v)}, x, dir)[0];
    assertEquals(est.value(), dot, est.tolerance(1e-6), name + ": adjoint against a central difference");
  }

  static MethodHandle handle(String name, MethodType type) throws ReflectiveOperationException {
    return MethodHandles.publicLookup().findStatic(T.type, name, type);
  }

  static double invoke(MethodHandle h, Object... args) {
    try {
      return (double) h.invokeWithArguments(args);
    } catch (Throwable e) {
      throw new AssertionError(e);
    }
  }

  /** Calls of a {@code grow} helper that control can reach again after making them. */
  static int growCallsOnCycles(String method) {
    ClassNode cn = new ClassNode();
    new ClassReader(T.result.transformed()).accept(cn, 0);
    for (MethodNode m : cn.methods) {
      if (!m.name.equals(method)) continue;
      int n = 0;
      for (AbstractInsnNode i : m.instructions) {
        if (i instanceof MethodInsnNode && ((MethodInsnNode) i).name.startsWith("leibniz$grow") && onCycle(m, i)) n++;
      }
      return n;
    }
    throw new AssertionError("no " + method);
  }

  /** True when control can come back to {@code start} after leaving it. */
  static boolean onCycle(MethodNode m, AbstractInsnNode start) {
    java.util.Deque<AbstractInsnNode> work = new java.util.ArrayDeque<>(successors(start));
    java.util.Set<AbstractInsnNode> seen = new java.util.HashSet<>();
    while (!work.isEmpty()) {
      AbstractInsnNode n = work.pop();
      if (n == start) return true;
      if (seen.add(n)) work.addAll(successors(n));
    }
    return false;
  }

  static java.util.List<AbstractInsnNode> successors(AbstractInsnNode n) {
    java.util.List<AbstractInsnNode> out = new java.util.ArrayList<>();
    int op = n.getOpcode();
    if (n instanceof JumpInsnNode) out.add(((JumpInsnNode) n).label);
    if (n instanceof org.objectweb.asm.tree.TableSwitchInsnNode) {
      out.add(((org.objectweb.asm.tree.TableSwitchInsnNode) n).dflt);
      out.addAll(((org.objectweb.asm.tree.TableSwitchInsnNode) n).labels);
    } else if (n instanceof org.objectweb.asm.tree.LookupSwitchInsnNode) {
      out.add(((org.objectweb.asm.tree.LookupSwitchInsnNode) n).dflt);
      out.addAll(((org.objectweb.asm.tree.LookupSwitchInsnNode) n).labels);
    } else if (op != org.objectweb.asm.Opcodes.GOTO && op != org.objectweb.asm.Opcodes.ATHROW
        && !(op >= org.objectweb.asm.Opcodes.IRETURN && op <= org.objectweb.asm.Opcodes.RETURN) && n.getNext() != null) {
      out.add(n.getNext());
    }
    return out;
  }
}
