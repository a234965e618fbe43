package dev.leibniz.core.reverse;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.core.fixtures.LoopShapes;
import dev.leibniz.oracle.FiniteDifferences;
import dev.leibniz.testing.Transformed;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import org.junit.jupiter.api.Test;

/**
 * Counted loops reversed with an {@code int} trip counter ({@link CountedLoops}) and temporaries
 * taken from the workspace ({@link ScopedArrays}): adjoints against central finite differences,
 * over several gradients on one thread (the workspace's arrays are reused between them).
 */
class LoopShapesTest {
  static final Class<?> T = Transformed.of(LoopShapes.class).type;

  /** The adjoint of {@code name(double[] x, extra...)} against finite differences in every direction of {@code x}. */
  static void check(String name, double[] x, Object... extra) throws Throwable {
    Class<?>[] types = new Class<?>[1 + extra.length];
    types[0] = double[].class;
    for (int k = 0; k < extra.length; k++) types[k + 1] = extra[k] instanceof Integer ? int.class : double.class;
    Method primal = T.getMethod(name, types);
    Class<?>[] adj = new Class<?>[types.length + 2];
    adj[0] = double[].class;
    adj[1] = double[].class;
    System.arraycopy(types, 1, adj, 2, extra.length);
    adj[adj.length - 1] = double.class;
    MethodHandle a = MethodHandles.publicLookup().findStatic(T, name + "$adjoint", MethodType.methodType(double.class, adj));
    Object[] args = new Object[adj.length];
    double[] xb = new double[x.length];
    args[0] = x;
    args[1] = xb;
    System.arraycopy(extra, 0, args, 2, extra.length);
    args[args.length - 1] = 1.0;
    double y = (double) a.invokeWithArguments(args);
    Object[] pargs = new Object[types.length];
    pargs[0] = x;
    System.arraycopy(extra, 0, pargs, 1, extra.length);
    assertEquals((double) primal.invoke(null, pargs), y, 0, name);
    for (int i = 0; i < x.length; i++) {
      double[] e = new double[x.length];
      e[i] = 1;
      FiniteDifferences.Estimate est = FiniteDifferences.directional(v -> {
        Object[] p = pargs.clone();
        p[0] = v;
        try {
          return new double[] {(double) primal.invoke(null, p)};
        } catch (ReflectiveOperationException ex) {
          throw new AssertionError(ex);
        }
      }, x, e)[0];
      assertEquals(est.value(), xb[i], est.tolerance(1e-7), name + ": partial " + i);
    }
  }

  static final double[] X = {0.3, -0.5, 0.7, 0.9, -0.2, 0.45};

  @Test
  void aDescendingCountedLoop() throws Throwable {
    check("descending", X);
    check("descending", new double[] {0.4}); // no iteration
  }

  @Test
  void aCountedLoopLeftByABreak() throws Throwable {
    check("withBreak", X);
    check("withBreak", new double[] {1.5, 1.1, 0.2, 0.3});
  }

  @Test
  void aTriangularNestWhoseLastInnerLoopRunsNoTime() throws Throwable {
    check("triangle", X);
    check("triangle", new double[] {0.6});
  }

  @Test
  void aCountedLoopFromANegativeStart() throws Throwable {
    check("fromNegative", X, -7);
    check("fromNegative", X, 4);
    check("fromNegative", X, 10); // no iteration
  }

  @Test
  void everyCountedLoopHereHasAnIntCounter() {
    for (String m : new String[] {"descending", "withBreak", "triangle", "fromNegative"}) {
      String plan = TapePlanTest.plan(m, LoopShapes.class);
      assertTrue(plan.contains("trip counter: int (counted loop)") && !plan.contains("trip counter: long"), m + ":\n" + plan);
    }
  }

  /**
   * A reversed counted loop that provably runs fewer than 2^31 times counts down with {@code > 0}
   * (HotSpot makes {@code != 0} a counted loop only behind an entry predicate that a run of no
   * trip fails, after which it recompiles the loop uncounted); one from a start that may be
   * negative keeps {@code != 0}, which counts up to 2^32 - 1 trips exactly.
   */
  @Test
  void aCountedLoopThatFitsAnIntIsReversedWhileItsCounterIsAboveZero() {
    for (String m : new String[] {"descending", "withBreak", "triangle"}) {
      String plan = TapePlanTest.plan(m, LoopShapes.class);
      assertTrue(plan.contains("trip counter: int (counted loop)") && !plan.contains("tested with != 0"), m + ":\n" + plan);
    }
    String negative = TapePlanTest.plan("fromNegative", LoopShapes.class);
    assertTrue(negative.contains("tested with != 0 (2^31 trips or more not excluded)"), negative);
    String text = dev.leibniz.testing.Transformed.text(Transformed.of(LoopShapes.class).result.transformed());
    assertEquals(2, countDowns(text, "triangle$adjoint", "IFGT"), text);
    assertEquals(0, countDowns(text, "triangle$adjoint", "IFNE"), text);
    assertEquals(0, countDowns(text, "fromNegative$adjoint", "IFGT"), text);
    assertEquals(1, countDowns(text, "fromNegative$adjoint", "IFNE"), text);
  }

  /**
   * How many tests of an {@code int} local against zero by {@code opcode} ({@code ILOAD}, then
   * {@code opcode}: the reverse's count-down tests) the methods whose names start with {@code
   * prefix} hold, in {@code text}.
   */
  private static int countDowns(String text, String prefix, String opcode) {
    int n = 0;
    boolean in = false;
    String previous = "";
    for (String line : text.split("\n")) {
      if (line.startsWith("  ") && !line.startsWith("   ") && line.contains("(")) in = line.contains(" " + prefix);
      String insn = line.trim();
      if (in && insn.startsWith(opcode + " ") && previous.startsWith("ILOAD ")) n++;
      if (!insn.isEmpty() && !insn.startsWith("FRAME") && !insn.matches("L\\d+")) previous = insn;
    }
    return n;
  }

  @Test
  void aTemporaryThatEscapesIntoAFieldIsNeverReused() throws Throwable {
    double[] x = {0.2, 0.4, -0.3};
    check("keeps", x);
    double[] first = (double[]) T.getField("kept").get(null);
    double[] copy = first.clone();
    assertArrayEquals(new double[] {1.5, 4.5, 7.5}, copy, 0); // the last call's (k = 2)
    check("keeps", new double[] {1.0, 2.0, 3.0, 4.0});
    assertNotSame(first, T.getField("kept").get(null));
    assertArrayEquals(copy, first, 0, "the field's array from the first gradient was reused by the second");
  }
}
