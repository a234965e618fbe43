package dev.leibniz.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.Derivatives;
import dev.leibniz.objects.fixtures.crossing.Cell;
import dev.leibniz.objects.fixtures.crossing.Filler;
import dev.leibniz.objects.fixtures.crossing.Gauge;
import dev.leibniz.objects.fixtures.crossing.Outer;
import dev.leibniz.objects.fixtures.crossing.Reader;
import dev.leibniz.objects.fixtures.crossing.Writer;
import dev.leibniz.oracle.JacobianCheck;
import dev.leibniz.oracle.LinkedFixtures;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Which classes nobody annotated have shadows is decided per class transformed (README, "Objects"). {@link Writer}'s
 * marked methods write an active value into a {@link Cell} (or a {@link Gauge}) and hand it to a method of another
 * class, {@link Reader} (or the gauge's own), whose transformation took cells as data. Each combination — marked and
 * unmarked callee, static and instance, the cell read or written there, an array of cells, a cell held by an annotated
 * {@link Outer}, a cell returned back — gives {@code f(a, x)} whose derivative along {@code a} flows only through the
 * cell: both modes against the analytic gradient, central differences and the dot-product test. The holder in an
 * annotated class ({@code viaOuter}) used to give a tangent of 0 along {@code a} with no diagnostic in the caller (the
 * callee's companion had the parameter list asked for); the other marked callees were refused, naming the callee. A
 * marked callee bound statically is now differentiated in the caller with the caller's shadows
 * ({@code core.ShadowDisagreement}).
 */
class CrossClassShadowsTest {
  static final LinkedFixtures L = LinkedFixtures.allowingDiagnostics(Writer.class, Reader.class, Gauge.class, Filler.class);
  static final Class<?> WRITER = L.get(Writer.class), READER = L.get(Reader.class), GAUGE = L.get(Gauge.class);
  static final double[] X = {1.5, 0.7};
  static final double K = 1.25;

  static Object make(Class<?> c, Class<?> p, Object arg) {
    try {
      return c.getConstructor(p).newInstance(arg);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  static Method method(String name) {
    for (Method m : WRITER.getDeclaredMethods()) if (m.getName().equals(name)) return m;
    throw new AssertionError("no " + name + " in " + L.result(Writer.class).diagnostics());
  }

  static double invoke(String name, List<Object> args) {
    try {
      return (double) method(name).invoke(null, args.toArray());
    } catch (InvocationTargetException e) {
      throw new AssertionError(name + " threw", e.getCause());
    } catch (IllegalAccessException e) {
      throw new AssertionError(e);
    }
  }

  /** The objects, each followed by its shadow where {@code name$tangent} (or {@code $adjoint}) takes one. */
  static List<Object> objects(String companion, Object[] objects, Object[] shadows) {
    Class<?>[] types = method(companion).getParameterTypes();
    List<Object> out = new ArrayList<>();
    for (int i = 0; i < objects.length; i++) {
      out.add(objects[i]);
      if (types[out.size()] == types[out.size() - 1]) out.add(shadows[i]);
    }
    return out;
  }

  static Object[] shadowsOf(Object[] objects) {
    Object[] s = new Object[objects.length];
    for (int i = 0; i < s.length; i++) s[i] = Derivatives.zeroShadow(objects[i]);
    return s;
  }

  static void check(String name, Supplier<Object[]> objects, double[] gradient) {
    JacobianCheck.check(name, X,
        v -> {
          List<Object> args = new ArrayList<>(List.of(objects.get()));
          args.add(v[0]);
          args.add(v[1]);
          return new double[] {invoke(name, args)};
        },
        (v, dv) -> {
          Object[] o = objects.get();
          List<Object> args = objects(name + "$tangent", o, shadowsOf(o));
          args.addAll(List.of(v[0], dv[0], v[1], dv[1]));
          return new double[] {invoke(name + "$tangent", args)};
        },
        (v, ybar) -> {
          Object[] o = objects.get();
          List<Object> args = objects(name + "$adjoint", o, shadowsOf(o));
          double[] bar = new double[2];
          args.addAll(List.of(v[0], v[1], ybar[0], bar));
          invoke(name + "$adjoint", args);
          return bar;
        },
        new double[][] {gradient});
  }

  static Object[] cell() {
    return new Object[] {new Cell(0)};
  }

  /** d(a^2 x) = (2 a x, a^2). */
  static double[] square() {
    return new double[] {2 * X[0] * X[1], X[0] * X[0]};
  }

  @Test
  void theTransformationsDisagreeAboutCells() {
    assertEquals(List.of("leibniz: shadows for " + Cell.class.getName() + " (not annotated): Writer.viaMarked writes Cell.v",
        "leibniz: shadows for " + Gauge.class.getName() + " (not annotated): Writer.viaOwnMethod writes Gauge.v"),
        L.result(Writer.class).plans());
    assertEquals(List.of(), L.result(Reader.class).plans());
    assertEquals(List.of("leibniz: shadows for " + Cell.class.getName() + " (not annotated): Filler.scaleInto writes Cell.w"),
        L.result(Filler.class).plans());
    assertEquals(List.of(), L.result(Gauge.class).plans());
  }

  /** No refusal in the caller; the callee, as an entry of its own, is warned that the held cells are passive there. */
  @Test
  void theCallerIsTransformedWholeAndTheCalleeWarnedAsAnEntry() {
    assertEquals(List.of(), L.result(Writer.class).diagnostics());
    assertEquals(List.of(), L.result(Gauge.class).diagnostics());
    assertEquals(List.of(), L.result(Filler.class).diagnostics());
    List<dev.leibniz.core.Diagnostic> d = L.result(Reader.class).diagnostics();
    assertEquals(1, d.size(), d::toString);
    assertTrue(d.get(0).warning() && d.get(0).reason().startsWith("reads Outer.cell, which holds Cell objects"), d::toString);
  }

  @Test
  void markedStaticCallee() {
    check("viaMarked", CrossClassShadowsTest::cell, square());
  }

  @Test
  void unmarkedStaticCallee() {
    check("viaPlain", CrossClassShadowsTest::cell, square());
  }

  @Test
  void markedInstanceCallee() {
    double[] g = square();
    check("viaInstance", () -> new Object[] {make(READER, double.class, K), new Cell(0)}, new double[] {K * g[0], K * g[1]});
  }

  @Test
  void theHoldersOwnMarkedMethod() {
    check("viaOwnMethod", () -> new Object[] {make(GAUGE, double.class, 0.0)}, square());
  }

  @Test
  void anArrayOfHoldersToMarkedAndUnmarkedCallees() {
    double[] g = {2 * X[0] * X[1], X[0] * X[0] + 3};
    check("viaArray", () -> new Object[] {new Cell[] {new Cell(0), new Cell(3)}}, g);
    check("viaArrayPlain", () -> new Object[] {new Cell[] {new Cell(0), new Cell(3)}}, g);
  }

  /** The case that was silently wrong: Outer is annotated in both classes, so the parameter lists matched. */
  @Test
  void aHolderHeldByAnAnnotatedClassToMarkedAndUnmarkedCallees() {
    check("viaOuter", () -> new Object[] {new Outer(new Cell(0), 0.25)}, square());
    check("viaOuterPlain", () -> new Object[] {new Outer(new Cell(0), 0.25)}, square());
  }

  @Test
  void aResultObjectCrossingBack() {
    check("viaResult", () -> new Object[] {new Cell(0), new Cell(1)}, square());
  }

  @Test
  void aCalleeThatWritesTheHolderToo() {
    check("viaWriting", CrossClassShadowsTest::cell,
        new double[] {2 * X[0] * X[1] * X[1], 2 * X[0] * X[0] * X[1]});
    check("fromCallee", CrossClassShadowsTest::cell, square());
  }
}
