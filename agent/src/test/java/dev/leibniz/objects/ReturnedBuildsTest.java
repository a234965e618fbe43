package dev.leibniz.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.objects.fixtures.returnedbuilds.Pair;
import dev.leibniz.objects.fixtures.returnedbuilds.Pt;
import dev.leibniz.objects.fixtures.returnedbuilds.Seg;
import dev.leibniz.objects.fixtures.returnedbuilds.Stretched;
import dev.leibniz.oracle.DotProductCheck;
import dev.leibniz.oracle.FiniteDifferences;
import dev.leibniz.testing.Transformed;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Objects built from active values and returned by an overridable method nobody marked (jzy3d's {@code Vector2d.dot}
 * calling {@code vector()}, which returns {@code new Coord2d(x2 - x1, y2 - y1)}; {@code Triangle2d.mulSelf} storing
 * what {@code Coord2d.mul(float)} returns into its fields). The call stays a call, so the object crosses it:
 * {@code ShadowClasses} gives the built class shadows (before, nothing wrote its fields outside a constructor, and the
 * object was refused as one that cannot carry derivatives out of the callee), and {@code ReplacedHeldArrays} counts the
 * result of such a call, run behind its split's receiver check, as an object made here, so the adjoint may reseat the
 * receiver's field to it. Both modes against the analytic Jacobian and central finite differences, and the dot-product
 * test; an override of the builder fails the adjoint's receiver check, naming its class.
 */
class ReturnedBuildsTest {
  static final Transformed SEG = Transformed.of(Seg.class);
  static final Transformed PAIR = Transformed.of(Pair.class);
  static final Class<?> D = double.class;

  record Fn(String name, int outputs, Function<double[], double[]> primal, DotProductCheck.Tangent tangent,
      DotProductCheck.Adjoint adjoint) {}

  static Object call(Method m, Object receiver, Object... args) {
    try {
      return m.invoke(receiver, args);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException r) throw r;
      throw new AssertionError(e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  static Object seg(double[] x, int from) {
    try {
      return SEG.type.getConstructor(D, D, D, D).newInstance(x[from], x[from + 1], x[from + 2], x[from + 3]);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  static double[] numbers(Object seg) {
    try {
      double[] out = new double[4];
      String[] names = {"x1", "y1", "x2", "y2"};
      for (int k = 0; k < 4; k++) {
        Field f = SEG.type.getDeclaredField(names[k]);
        f.setAccessible(true);
        out[k] = f.getDouble(seg);
      }
      return out;
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  static Object pair(Pt a, Pt b) {
    try {
      return PAIR.type.getConstructor(Pt.class, Pt.class).newInstance(a, b);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  static Pt held(Object pair, String name) {
    try {
      return (Pt) PAIR.type.getField(name).get(pair);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  static double[] held(Object pair) {
    Pt a = held(pair, "a"), b = held(pair, "b");
    return new double[] {a.x, a.y, b.x, b.y};
  }

  static double[] concat(double first, double[] rest) {
    double[] out = new double[rest.length + 1];
    out[0] = first;
    System.arraycopy(rest, 0, out, 1, rest.length);
    return out;
  }

  static final Fn DOT;
  static final Fn SCALE;

  static {
    try {
      Method dot = SEG.type.getMethod("dot", SEG.type);
      Method dotTangent = SEG.type.getMethod("dot$tangent", SEG.type, SEG.type, SEG.type);
      Method dotAdjoint = SEG.type.getMethod("dot$adjoint", SEG.type, SEG.type, SEG.type, D);
      // x: the receiver's x1, y1, x2, y2, then the argument's
      DOT = new Fn("Seg.dot", 1, x -> new double[] {(double) call(dot, seg(x, 0), seg(x, 4))},
          (x, v) -> new double[] {(double) call(dotTangent, seg(x, 0), seg(v, 0), seg(x, 4), seg(v, 4))},
          (x, w) -> {
            Object du = seg(new double[4], 0), dv = seg(new double[4], 0);
            call(dotAdjoint, seg(x, 0), du, seg(x, 4), dv, w[0]);
            double[] g = new double[8];
            System.arraycopy(numbers(du), 0, g, 0, 4);
            System.arraycopy(numbers(dv), 0, g, 4, 4);
            return g;
          });
      Method scale = PAIR.type.getMethod("scaleSelf", D);
      Method scaleTangent = PAIR.type.getMethod("scaleSelf$tangent", PAIR.type, D, D);
      Method scaleAdjoint = PAIR.type.getMethod("scaleSelf$adjoint", PAIR.type, D, PAIR.type, double[].class);
      // x: the factor s, then a.x, a.y, b.x, b.y; outputs: the fields of the points the pair holds after the call
      SCALE = new Fn("Pair.scaleSelf", 4, x -> {
            Object p = pair(new Pt(x[1], x[2]), new Pt(x[3], x[4]));
            call(scale, p, x[0]);
            return held(p);
          },
          (x, v) -> {
            Object p = pair(new Pt(x[1], x[2]), new Pt(x[3], x[4])), dp = pair(new Pt(v[1], v[2]), new Pt(v[3], v[4]));
            assertSame(dp, call(scaleTangent, p, dp, x[0], v[0]), "the tangent returns the receiver's shadow");
            return held(dp);
          },
          (x, w) -> {
            Object p = pair(new Pt(x[1], x[2]), new Pt(x[3], x[4])), bp = pair(new Pt(w[0], w[1]), new Pt(w[2], w[3]));
            double[] g = new double[1];
            call(scaleAdjoint, p, bp, x[0], null, g);
            return concat(g[0], held(bp)); // the receiver's shadow holds the adjoints of the points it held on entry
          });
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  /** Rows per output, columns per input. */
  static double[][] jacobian(Fn f, double[] x) {
    if (f == DOT) {
      double px = x[2] - x[0], py = x[3] - x[1], qx = x[6] - x[4], qy = x[7] - x[5];
      return new double[][] {{-qx, -qy, qx, qy, -px, -py, px, py}};
    }
    double s = x[0];
    return new double[][] {{x[1], s, 0, 0, 0}, {x[2], 0, s, 0, 0}, {x[3], 0, 0, s, 0}, {x[4], 0, 0, 0, s}};
  }

  static final Fn[] ALL = {DOT, SCALE};

  static double[] point(Fn f, int k) {
    if (f == DOT) return k == 0 ? new double[] {0.3, -1.1, 2.4, 0.7, -0.5, 1.9, 1.2, -2.2} : new double[] {1.5, 2.5, -0.4, 0.6, 3.1, -1.3, 0.2, 0.9};
    return k == 0 ? new double[] {1.7, 0.4, -2.1, 3.3, 0.9} : new double[] {-0.6, 2.2, 1.1, -0.8, -1.4};
  }

  static double[] unit(int n, int k) {
    double[] e = new double[n];
    e[k] = 1;
    return e;
  }

  @Test
  void theClassesAreTransformedWithoutDiagnostics() {
    assertTrue(SEG.result.diagnostics().isEmpty(), SEG.result.diagnostics().toString());
    assertTrue(PAIR.result.diagnostics().isEmpty(), PAIR.result.diagnostics().toString());
  }

  @Test
  void bothModesAgainstTheAnalyticJacobian() {
    for (Fn f : ALL) {
      for (int p = 0; p < 2; p++) {
        double[] x = point(f, p);
        double[][] j = jacobian(f, x);
        for (int i = 0; i < x.length; i++) {
          double[] col = f.tangent().apply(x, unit(x.length, i));
          for (int o = 0; o < f.outputs(); o++) assertEquals(j[o][i], col[o], 1e-14, f.name() + " tangent d" + o + "/d" + i);
        }
        for (int o = 0; o < f.outputs(); o++) {
          double[] row = f.adjoint().apply(x, unit(f.outputs(), o));
          for (int i = 0; i < x.length; i++) assertEquals(j[o][i], row[i], 1e-14, f.name() + " adjoint d" + o + "/d" + i);
        }
      }
    }
  }

  @Test
  void bothModesAgainstFiniteDifferences() {
    java.util.Random rnd = new java.util.Random(11);
    for (Fn f : ALL) {
      for (int p = 0; p < 2; p++) {
        double[] x = point(f, p);
        double[] v = new double[x.length];
        for (int k = 0; k < v.length; k++) v[k] = rnd.nextGaussian();
        FiniteDifferences.Estimate[] fd = FiniteDifferences.directional(f.primal(), x, v);
        double[] jv = f.tangent().apply(x, v);
        for (int o = 0; o < f.outputs(); o++) {
          assertEquals(fd[o].value(), jv[o], fd[o].tolerance(1e-9), f.name() + " tangent, output " + o);
          double[] g = f.adjoint().apply(x, unit(f.outputs(), o));
          double gv = 0;
          for (int k = 0; k < v.length; k++) gv += g[k] * v[k];
          assertEquals(fd[o].value(), gv, fd[o].tolerance(1e-9), f.name() + " adjoint, output " + o);
        }
      }
    }
  }

  @Test
  void dotProductBetweenTheModes() {
    for (Fn f : ALL) {
      for (int p = 0; p < 2; p++) DotProductCheck.check(f.name(), point(f, p), f.outputs(), f.tangent(), f.adjoint(), 5, 4);
    }
  }

  /** The adjoint runs Pt.scaled's own code split, behind the check that the receiver runs it: an override fails, named. */
  @Test
  void anOverrideOfTheBuilderFailsTheAdjointsReceiverCheck() throws Exception {
    Method scaleAdjoint = PAIR.type.getMethod("scaleSelf$adjoint", PAIR.type, D, PAIR.type, double[].class);
    Object p = pair(new Stretched(1, 2), new Pt(3, 4)), bp = pair(new Pt(1, 0), new Pt(0, 1));
    RuntimeException e = assertThrows(RuntimeException.class, () -> call(scaleAdjoint, p, bp, 2.0, null, new double[1]));
    assertTrue(String.valueOf(e.getMessage()).contains("Stretched"), e.toString());
  }
}
