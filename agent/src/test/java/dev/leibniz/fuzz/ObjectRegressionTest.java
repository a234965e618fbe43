package dev.leibniz.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.Derivatives;
import dev.leibniz.core.ClassDifferentiator;
import dev.leibniz.core.Diagnostic;
import dev.leibniz.core.Result;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Minimal reproducers of the bugs the object fuzzer ({@link ObjectFuzzTest}) found, one per bug,
 * each named for the behaviour it expects; the comment says how it was found.
 */
class ObjectRegressionTest {

  /** Differentiates every class of {@code source} with a marked method; returns the loaded classes and the diagnostics. */
  private record Loaded(Map<String, Class<?>> classes, List<Diagnostic> diagnostics) {
    Class<?> get(String name) {
      return classes.get(name);
    }
  }

  private static Loaded load(String mainClass, String source, String... marked) throws Exception {
    Map<String, byte[]> compiled = InMemoryCompiler.compile(mainClass, source);
    Map<String, byte[]> transformed = new HashMap<>(compiled);
    List<Diagnostic> diagnostics = new java.util.ArrayList<>();
    for (String name : marked) {
      Result r = new ClassDifferentiator(n -> compiled.get(n.replace('/', '.'))).differentiate(compiled.get(name));
      diagnostics.addAll(r.diagnostics());
      if (r.transformed() != null) {
        assertNull(FuzzRun.verify(r.transformed(), compiled));
        transformed.put(name, r.transformed());
      }
    }
    ByteClassLoader loader = new ByteClassLoader(transformed);
    Map<String, Class<?>> classes = new HashMap<>();
    for (String name : marked) classes.put(name, loader.load(name));
    return new Loaded(classes, diagnostics);
  }

  private static Method method(Class<?> c, String name) {
    for (Method m : c.getDeclaredMethods()) {
      if (m.getName().equals(name)) {
        m.setAccessible(true);
        return m;
      }
    }
    return null;
  }

  private static java.lang.reflect.Field field(Class<?> c, String name) throws NoSuchFieldException {
    java.lang.reflect.Field f = c.getDeclaredField(name);
    f.setAccessible(true);
    return f;
  }

  private static Object instance(Class<?> c) throws Exception {
    var k = c.getDeclaredConstructor();
    k.setAccessible(true);
    return k.newInstance();
  }

  /**
   * Found by the object fuzzer (seed 20261201, program 2): a marked method reading a {@code final
   * double} field of an object with a shadow got an adjoint that accumulated into that final field
   * of the adjoint shadow, and the JVM threw {@code IllegalAccessError} ("Update to non-static final
   * field ... attempted from a different method than the initializer") at the first call. It was
   * then refused with a warning; now the accumulation goes through a setter handle linked once
   * (Relocation.PUTFIELD_FINAL): the adjoint runs and gives d/dk in the shadow's final field.
   */
  @Test
  void finalDoubleFieldReadGetsAnAdjointThatWritesTheShadowsFinalField() throws Exception {
    Loaded l = load("g.K", """
        package g;
        @dev.leibniz.Differentiable
        final class K {
          final double k;
          double a;
          K() { k = 0.5; }
          @dev.leibniz.Differentiable
          double run(double s) {
            return a * k * s;
          }
        }
        """, "g.K");
    assertEquals(List.of(), l.diagnostics());
    Class<?> c = l.get("g.K");
    Object m = instance(c);
    field(c, "a").setDouble(m, 1.5);
    Object shadow = Derivatives.zeroShadow(m);
    var k = field(c, "k");
    k.setDouble(shadow, 1); // d/dk, set into the shadow's final field as zeroShadow's callers may
    assertEquals(1.5 * 2.0, (double) method(c, "run$tangent").invoke(m, shadow, 2.0, 0.0), 1e-15);
    Object bar = Derivatives.zeroShadow(m);
    double[] grad = new double[1];
    assertEquals(1.5 * 0.5 * 2.0, (double) method(c, "run$adjoint").invoke(m, bar, 2.0, 1.0, grad), 1e-15);
    assertEquals(1.5 * 2.0, k.getDouble(bar), 1e-15, "d/dk = a s, in the adjoint shadow's final field");
    assertEquals(0.5 * 2.0, field(c, "a").getDouble(bar), 1e-15, "d/da = k s");
    assertEquals(1.5 * 0.5, grad[0], 1e-15, "d/ds = a k");
  }

  /**
   * Found by the object fuzzer (seed 7, 3 of 1000 programs): when the final field was read by a
   * same-class helper, the helper's adjoint was refused with a warning but its caller's with an
   * error ("the callee ... cannot be differentiated"), so {@code strict} refused a class whose
   * tangents are right. A caller of a not-yet adjoint was made not-yet too; now neither is refused:
   * the helper's adjoint writes the adjoint shadow's final field through a setter handle.
   */
  @Test
  void finalFieldReadInAHelperGetsAdjointsForTheHelperAndItsCaller() throws Exception {
    Loaded l = load("g.H", """
        package g;
        @dev.leibniz.Differentiable
        final class H {
          final double k;
          double a;
          H() { k = 0.5; }
          private void bump(double t) {
            a = a * k + t;
          }
          @dev.leibniz.Differentiable
          double run(double s) {
            bump(s);
            return a * s;
          }
        }
        """, "g.H");
    assertEquals(List.of(), l.diagnostics());
    Class<?> c = l.get("g.H");
    Object m = instance(c);
    field(c, "a").setDouble(m, 1.5);
    Object shadow = Derivatives.zeroShadow(m);
    // run = (a k + s) s: d/ds = a k + 2 s
    assertEquals(1.5 * 0.5 + 2 * 0.25, (double) method(c, "run$tangent").invoke(m, shadow, 0.25, 1.0), 1e-15);
    assertEquals(1, field(c, "a").getDouble(shadow), 1e-15, "d(a after)/ds = 1 in the shadow");
    Object m2 = instance(c);
    field(c, "a").setDouble(m2, 1.5);
    Object bar = Derivatives.zeroShadow(m2);
    double[] grad = new double[1];
    method(c, "run$adjoint").invoke(m2, bar, 0.25, 1.0, grad);
    assertEquals(1.5 * 0.5 + 2 * 0.25, grad[0], 1e-15, "d/ds by the adjoint");
    assertEquals(1.5 * 0.25, field(c, "k").getDouble(bar), 1e-15, "d/dk = a s, written by the helper's adjoint");
    assertEquals(0.5 * 0.25, field(c, "a").getDouble(bar), 1e-15, "d/da = k s");
  }

  /**
   * Found by the object fuzzer (seed 20261201, program 52): {@code m.run(m.w)} on a
   * {@code @Differentiable} class, with the shadow's {@code w} as the parameter's tangent (as the
   * README says to pass it), threw "arrays read from fields are passive data": the guard for
   * passive data fields also fired for array fields of objects with shadows, which are active.
   */
  @Test
  void arrayFieldOfTheReceiverPassedAsTheParameterWithTheShadowsFieldBothModes() throws Exception {
    Loaded l = load("g.W", """
        package g;
        @dev.leibniz.Differentiable
        final class W {
          double[] w;
          @dev.leibniz.Differentiable
          double run(double[] x) {
            double s = 0;
            for (int i = 0; i < w.length; i++) {
              s += w[i] * x[i];
            }
            return s;
          }
        }
        """, "g.W");
    assertEquals(List.of(), l.diagnostics());
    Class<?> c = l.get("g.W");
    var field = field(c, "w");
    Object m = instance(c);
    double[] w = {0.5, -1.25, 2};
    field.set(m, w);
    Object shadow = Derivatives.zeroShadow(m);
    double[] dw = (double[]) field.get(shadow);
    double[] direction = {0.25, 1, -0.5};
    System.arraycopy(direction, 0, dw, 0, 3);
    double tangent = (double) method(c, "run$tangent").invoke(m, shadow, w, dw);
    assertEquals(2 * (0.5 * 0.25 - 1.25 * 1 - 2 * 0.5), tangent, 1e-15, "d/dt sum (w + t d)^2");
    Object adjoint = Derivatives.zeroShadow(m);
    double[] wbar = (double[]) field.get(adjoint);
    method(c, "run$adjoint").invoke(m, adjoint, w, wbar, 1.0);
    for (int i = 0; i < 3; i++) assertEquals(2 * w[i], wbar[i], 1e-15, "adjoint " + i);
    // another array as the tangent of the same array: refused at entry, never a wrong number
    InvocationTargetException e = assertThrows(InvocationTargetException.class,
        () -> method(c, "run$tangent").invoke(m, Derivatives.zeroShadow(m), w, new double[3]));
    assertTrue(e.getCause() instanceof IllegalArgumentException, e.getCause()::toString);
  }

  /**
   * Found by the object fuzzer (seed 20261201, program 11, minimised by it): the adjoint of a
   * method reading {@code o.p.c} in a loop, where {@code p} holds a package-private
   * {@code @Differentiable} class declared next to the marked one (same package), was refused:
   * "uses the class of Outer.P, which Outer.M cannot reach (not public)". Classes of the host's own
   * package are reachable.
   */
  @Test
  void packagePrivateDifferentiableClassOfTheSamePackageIsReachable() throws Exception {
    Loaded l = load("g.Outer", """
        package g;
        final class Outer {
          static final class V {
            final double x, y;
            V(double x, double y) {
              this.x = x;
              this.y = y;
            }
            V add(V o) {
              return new V(x + o.x, y + o.y);
            }
            V scale(double s) {
              return new V(s * x, s * y);
            }
          }
          @dev.leibniz.Differentiable
          static final class P {
            double c;
          }
          @dev.leibniz.Differentiable
          static final class M {
            P p;
            @dev.leibniz.Differentiable
            static double run(M o) {
              V u = new V(0.1, 0.2);
              for (int i = 0; i < 4; i++) {
                u = u.add(new V(Math.atan(o.p.c), 1.5)).scale(0.5);
              }
              return u.x + u.y;
            }
          }
        }
        """, "g.Outer$M");
    assertEquals(List.of(), l.diagnostics());
    Class<?> c = l.get("g.Outer$M");
    Class<?> pc = field(c, "p").getType();
    Object m = instance(c), p = instance(pc);
    field(c, "p").set(m, p);
    double cv = 0.7, exact = 15 / 16.0 / (1 + cv * cv); // u.x = 0.1/16 + (15/16) atan(c)
    field(pc, "c").setDouble(p, cv);
    Object adjoint = Derivatives.zeroShadow(m);
    method(c, "run$adjoint").invoke(null, m, adjoint, 1.0);
    assertEquals(exact, field(pc, "c").getDouble(field(c, "p").get(adjoint)), 1e-15, "adjoint d/dc");
    Object tangent = Derivatives.zeroShadow(m);
    field(pc, "c").setDouble(field(c, "p").get(tangent), 1);
    assertEquals(exact, (double) method(c, "run$tangent").invoke(null, m, tangent), 1e-15, "tangent d/dc");
  }
}
