package dev.leibniz.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.Derivatives;
import dev.leibniz.core.Diagnostic;
import dev.leibniz.objects.fixtures.reseat.Box;
import dev.leibniz.objects.fixtures.reseat.History;
import dev.leibniz.objects.fixtures.reseat.Node;
import dev.leibniz.objects.fixtures.reseat.OwnedNode;
import dev.leibniz.objects.fixtures.reseat.OwnedStack;
import dev.leibniz.objects.fixtures.reseat.Pair;
import dev.leibniz.objects.fixtures.reseat.Shifted;
import dev.leibniz.objects.fixtures.reseat.Stack;
import dev.leibniz.oracle.DotProductCheck;
import dev.leibniz.oracle.LinkedFixtures;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The seeds of a replaced held field moved to the new value's shadow (emit.Helpers#reseatField, reverse.ReplacedHeldArrays;
 * review of 5 December): all read before any is written, whatever the order of the fields (a new node holding the old
 * one), not through a back-pointer to the holder; a replaced part the caller's shadow shares with another path refused at
 * run time; a call's result reseated only when the call returns an object it made; a grown array of rows taking seeds
 * where its rows are the old ones. Each against the analytic derivative, central differences and the dot-product test.
 */
class ReseatedSeedsTest {
  static final LinkedFixtures L = LinkedFixtures.allowingDiagnostics(Node.class, Stack.class, OwnedNode.class,
      OwnedStack.class, Pair.class, Shifted.class, Box.class, History.class);

  static Object get(Object o, String path) {
    try {
      for (String f : path.split("\\.")) o = o.getClass().getField(f).get(o);
      return o;
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  static double d(Object o, String path) {
    return (Double) get(o, path);
  }

  static void set(Object o, String path, Object value) {
    try {
      int dot = path.lastIndexOf('.');
      Object holder = dot < 0 ? o : get(o, path.substring(0, dot));
      holder.getClass().getField(path.substring(dot + 1)).set(holder, value);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  static Object call(Class<?> c, String name, Object on, Object... args) {
    Method m = Arrays.stream(c.getMethods()).filter(k -> k.getName().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError("no " + name + ": " + L.result(fixtureOf(c)).diagnostics()));
    try {
      return m.invoke(on, args);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException r) throw r;
      throw new AssertionError(e);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  static Class<?> fixtureOf(Class<?> linked) {
    for (Class<?> f : new Class<?>[] {Stack.class, OwnedStack.class, Pair.class, Shifted.class, History.class}) {
      if (f.getName().equals(linked.getName())) return f;
    }
    return linked;
  }

  static Object make(Class<?> fixture, Object... args) {
    Class<?> c = L.get(fixture);
    try {
      return Arrays.stream(c.getConstructors()).filter(k -> k.getParameterCount() == args.length).findFirst().orElseThrow()
          .newInstance(args);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  /** The adjoint against the transposed Jacobian (analytic and by differences), then the dot-product test. */
  static void check(String what, double[] x, double[][] jac, Function<double[], double[]> f, DotProductCheck.Tangent tangent,
      DotProductCheck.Adjoint adjoint, int m) {
    double[][] fd = ReplacedHeldObjectsTest.fdJacobian(f, x, m);
    for (int j = 0; j < x.length; j++) {
      double[] dx = new double[x.length];
      dx[j] = 1;
      double[] got = tangent.apply(x, dx);
      for (int i = 0; i < m; i++) {
        assertEquals(jac[i][j], got[i], 1e-14, what + " tangent, output " + i + " along " + j);
        assertEquals(fd[i][j], got[i], 1e-6, what + " differences, output " + i + " along " + j);
      }
    }
    double[][] seeds = new double[m + 1][m];
    for (int i = 0; i < m; i++) seeds[i][i] = 1;
    for (int i = 0; i < m; i++) seeds[m][i] = 0.3 + 1.7 * i * (i % 2 == 0 ? 1 : -1);
    for (double[] ybar : seeds) {
      double[] got = adjoint.apply(x, ybar);
      for (int j = 0; j < x.length; j++) {
        double exact = 0;
        for (int i = 0; i < m; i++) exact += ybar[i] * jac[i][j];
        assertEquals(exact, got[j], 1e-14 * Math.max(1, Math.abs(exact)), what + " adjoint, input " + j + " seeds " + Arrays.toString(ybar));
      }
    }
    DotProductCheck.check(what, x, m, tangent, adjoint, 17, 5);
  }

  static Object stack(double a, double b) {
    return make(Stack.class, make(Node.class, make(Node.class, null, b), a));
  }

  /**
   * push: head = new Node(head, v), Node's link declared before its value. (a, b, v) -> (head.val, head.next.val) =
   * (v, a). The caller seeds head.next.val through the shadow of the node that was head.next at entry: a's seed. The
   * move in place, walking the new shadow into the old one, moved it twice (vbar = 1, abar = 0).
   */
  @Test
  void aNewNodeHoldingTheOldOneMovesEachSeedOnce() {
    Class<?> c = L.get(Stack.class);
    Function<double[], double[]> f = x -> {
      Object s = stack(x[0], x[1]);
      call(c, "push", s, x[2]);
      return new double[] {d(s, "head.val"), d(s, "head.next.val")};
    };
    DotProductCheck.Tangent tangent = (x, dx) -> {
      Object s = stack(x[0], x[1]), sh = stack(dx[0], dx[1]);
      call(c, "push$tangent", s, sh, x[2], dx[2]);
      return new double[] {d(sh, "head.val"), d(sh, "head.next.val")};
    };
    DotProductCheck.Adjoint adjoint = (x, ybar) -> {
      Object s = stack(x[0], x[1]), sh = Derivatives.zeroShadow(s);
      Object given = get(sh, "head");
      set(sh, "head.val", ybar[0]);
      set(sh, "head.next.val", ybar[1]);
      double[] vbar = new double[1];
      call(c, "push$adjoint", s, sh, x[2], vbar);
      assertSame(given, get(sh, "head"), "the shadow given is put back");
      return new double[] {d(sh, "head.val"), d(sh, "head.next.val"), vbar[0]};
    };
    double[] x = {2, 3, 5};
    double[] got = adjoint.apply(x, new double[] {0, 1});
    assertEquals(1, got[0], 0.0, "abar");
    assertEquals(0, got[1], 0.0, "bbar");
    assertEquals(0, got[2], 0.0, "vbar");
    check("push", x, new double[][] {{0, 0, 1}, {1, 0, 0}}, f, tangent, adjoint, 2);
  }

  static Object owned(double a, double b, double w) {
    Object s = make(OwnedStack.class);
    Object n2 = make(OwnedNode.class, s, null, b), n1 = make(OwnedNode.class, s, n2, a);
    set(s, "head", n1);
    set(s, "weight", w);
    return s;
  }

  /**
   * A node pointing back to its stack, the new one made detached (owner null): the walk from the old node's owner, which
   * is the holder's shadow, zeroed every seed the holder's shadow reached. (a, b, v, w) -> (head.val, head.next.val,
   * weight) = (v w, a, w); pushAttached (owner this) too.
   */
  @Test
  void aBackPointerToTheHolderKeepsItsSeeds() {
    Class<?> c = L.get(OwnedStack.class);
    for (String name : new String[] {"push", "pushAttached"}) {
      Function<double[], double[]> f = x -> {
        Object s = owned(x[0], x[1], x[3]);
        call(c, name, s, x[2]);
        return new double[] {d(s, "head.val"), d(s, "head.next.val"), d(s, "weight")};
      };
      DotProductCheck.Tangent tangent = (x, dx) -> {
        Object s = owned(x[0], x[1], x[3]), sh = owned(dx[0], dx[1], dx[3]);
        call(c, name + "$tangent", s, sh, x[2], dx[2]);
        return new double[] {d(sh, "head.val"), d(sh, "head.next.val"), d(sh, "weight")};
      };
      DotProductCheck.Adjoint adjoint = (x, ybar) -> {
        Object s = owned(x[0], x[1], x[3]), sh = Derivatives.zeroShadow(s);
        assertSame(sh, get(sh, "head.owner"), "the shadow keeps the back-pointer");
        set(sh, "head.val", ybar[0]);
        set(sh, "head.next.val", ybar[1]);
        set(sh, "weight", ybar[2]);
        double[] vbar = new double[1];
        call(c, name + "$adjoint", s, sh, x[2], vbar);
        return new double[] {d(sh, "head.val"), d(sh, "head.next.val"), vbar[0], d(sh, "weight")};
      };
      double[] x = {2, 3, 5, 0.7};
      check(name, x, new double[][] {{0, 0, x[3], x[2]}, {1, 0, 0, 0}, {0, 0, 0, 1}}, f, tangent, adjoint, 3);
    }
  }

  /**
   * The caller's shadow holds one array in the field replaced and in another one (h.a == h.b, its shadow alike, as
   * Derivatives.zeroShadow keeps sharing), or in another parameter's field: one seed for two paths, which the move took
   * from the path left alone (hb.b's seed lost). Now a leibniz: IllegalArgumentException naming the field; distinct
   * arrays are right.
   */
  @Test
  void aReplacedArraySharedByTheShadowFails() {
    Class<?> c = L.get(Pair.class);
    double[] shared = {1.5};
    Object h = make(Pair.class, shared, shared), hb = Derivatives.zeroShadow(h);
    assertSame(get(hb, "a"), get(hb, "b"));
    ((double[]) get(hb, "b"))[0] = 1;
    IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> call(c, "rescale$adjoint", h, hb, 2.0, new double[1]));
    assertTrue(e.getMessage().startsWith("leibniz:") && e.getMessage().contains("field a") && e.getMessage().contains("field b"), e.getMessage());

    Object p = make(Pair.class, new double[] {1.5}, new double[] {4}), o = make(Pair.class, new double[] {7}, p.getClass().cast(p) == p ? get(p, "a") : null);
    Object pb = Derivatives.zeroShadow(p), ob = Derivatives.zeroShadow(o);
    set(ob, "b", get(pb, "a"));
    IllegalArgumentException e2 = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> call(c, "rescaleWith$adjoint", p, pb, o, ob, 2.0, 1.0, new double[1]));
    assertTrue(e2.getMessage().startsWith("leibniz:") && e2.getMessage().contains("field a"), e2.getMessage());

    // distinct arrays: (a0, b0, s) -> (a0', b0') = (s a0, b0)
    Function<double[], double[]> f = x -> {
      Object q = make(Pair.class, new double[] {x[0]}, new double[] {x[1]});
      call(c, "rescale", q, x[2]);
      return new double[] {((double[]) get(q, "a"))[0], ((double[]) get(q, "b"))[0]};
    };
    DotProductCheck.Tangent tangent = (x, dx) -> {
      Object q = make(Pair.class, new double[] {x[0]}, new double[] {x[1]}), qb = make(Pair.class, new double[] {dx[0]}, new double[] {dx[1]});
      call(c, "rescale$tangent", q, qb, x[2], dx[2]);
      return new double[] {((double[]) get(qb, "a"))[0], ((double[]) get(qb, "b"))[0]};
    };
    DotProductCheck.Adjoint adjoint = (x, ybar) -> {
      Object q = make(Pair.class, new double[] {x[0]}, new double[] {x[1]}), qb = Derivatives.zeroShadow(q);
      ((double[]) get(qb, "a"))[0] = ybar[0];
      ((double[]) get(qb, "b"))[0] = ybar[1];
      double[] sbar = new double[1];
      call(c, "rescale$adjoint", q, qb, x[2], sbar);
      return new double[] {((double[]) get(qb, "a"))[0], ((double[]) get(qb, "b"))[0], sbar[0]};
    };
    double[] x = {1.5, 4, 2};
    check("rescale", x, new double[][] {{x[2], 0, x[0]}, {0, 1, 0}}, f, tangent, adjoint, 2);
  }

  /**
   * a = pick(b, t), b = pick(t, b): a call's result that is an object the caller already holds, not one the callee made.
   * Reseated as made, its seeds went from the path left (hbar.a = sa + sb, hbar.b = 0); now refused at the line, the
   * tangent generated.
   */
  @Test
  void aCallResultNotMadeThereIsRefusedAtTheLine() {
    Class<?> c = L.get(Shifted.class);
    assertTrue(Arrays.stream(c.getDeclaredMethods()).anyMatch(m -> m.getName().equals("shift$tangent")), "the tangent");
    assertTrue(Arrays.stream(c.getDeclaredMethods()).noneMatch(m -> m.getName().startsWith("shift$adjoint")), "no adjoint");
    Diagnostic d = L.result(Shifted.class).diagnostics().stream().filter(x -> !x.warning()).findFirst()
        .orElseThrow(() -> new AssertionError("refused: " + L.result(Shifted.class).diagnostics()));
    assertEquals(18, d.line(), d.message());
    assertTrue(d.message().contains("field a of Shifted"), d.message());
  }

  static Object history(double r00) {
    return make(History.class, (Object) new double[][] {{r00, 0.5}});
  }

  /**
   * rows = Arrays.copyOf(rows, 2 n): a grown array of rows, whose first rows are the old ones. It failed even with every
   * seed zero; now the seeds stay with the rows kept. (r00, s) -> (scale, rows[0][0]) = (s r00, r00).
   */
  @Test
  void aGrownArrayOfRowsTakesTheSeedsOfTheRowsItKeeps() {
    Class<?> c = L.get(History.class);
    Function<double[], double[]> f = x -> {
      Object h = history(x[0]);
      call(c, "grow", h, x[1]);
      return new double[] {d(h, "scale"), ((double[][]) get(h, "rows"))[0][0]};
    };
    DotProductCheck.Tangent tangent = (x, dx) -> {
      Object h = history(x[0]), hb = history(dx[0]);
      call(c, "grow$tangent", h, hb, x[1], dx[1]);
      return new double[] {d(hb, "scale"), ((double[][]) get(hb, "rows"))[0][0]};
    };
    DotProductCheck.Adjoint adjoint = (x, ybar) -> {
      Object h = history(x[0]), hb = Derivatives.zeroShadow(h);
      set(hb, "scale", ybar[0]);
      ((double[][]) get(hb, "rows"))[0][0] = ybar[1];
      double[] sbar = new double[1];
      call(c, "grow$adjoint", h, hb, x[1], sbar);
      return new double[] {((double[][]) get(hb, "rows"))[0][0], sbar[0]};
    };
    double[] x = {1.5, 2.5};
    check("grow", x, new double[][] {{x[1], x[0]}, {1, 0}}, f, tangent, adjoint, 2);
  }
}
