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
