package dev.leibniz.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.core.Diagnostic;
import dev.leibniz.objects.fixtures.built.Kept;
import dev.leibniz.objects.fixtures.built.Motion;
import dev.leibniz.objects.fixtures.built.State;
import dev.leibniz.oracle.DotProductCheck;
import dev.leibniz.oracle.FiniteDifferences;
import dev.leibniz.testing.Transformed;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Objects built new from active values and advanced in place before they are returned (WPILib's {@code
 * TrapezoidProfile.calculate}; {@code core.objects.ValuedConstructions}, {@code analysis.ConfinedArguments}): by the
 * constructor taking the values and direct field writes, a blank constructor and a setter, a same-class static helper
 * advancing the object, the object's own method and another class's helper, an object used as a temporary whose fields
 * are returned, and one of two new objects returned. {@code State} nobody annotated gets shadows (the code writes its
 * fields); the tangent returns the result's shadow, the adjoint takes its seed. Each in both modes against the
 * analytic Jacobian and central finite differences, and the dot-product test; a helper that keeps the object is
 * refused with the line.
 */
class BuiltResultsTest {
  static final Transformed T = Transformed.of(Motion.class);
  static final Class<?> D = double.class, S = State.class;

  record Fn(String name, int outputs, Function<double[], double[]> primal, DotProductCheck.Tangent tangent,
      DotProductCheck.Adjoint adjoint) {}

  static Object call(Method m, Object... args) {
    try {
      return m.invoke(null, args);
    } catch (InvocationTargetException e) {
      throw new AssertionError(e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  static double[] of(State s) {
    return new double[] {s.position, s.velocity};
  }

  static Method method(String name, Class<?>... types) {
    try {
      return T.type.getMethod(name, types);
    } catch (NoSuchMethodException e) {
      throw new AssertionError(e);
    }
  }

  /** A marked method of Motion returning a State built inside. */
  static Fn state(String name) {
    Method primal = method(name, D, D, D);
    Method tangent = method(name + "$tangent", D, D, D, D, D, D);
    Method adjoint = method(name + "$adjoint", D, D, D, S, double[].class);
    return new Fn(name, 2, x -> of((State) call(primal, x[0], x[1], x[2])),
        (x, v) -> {
          State r = (State) call(tangent, x[0], v[0], x[1], v[1], x[2], v[2]);
          assertSame(State.class, r.getClass(), name + ": the tangent returns the result's shadow");
          return of(r);
        },
        (x, w) -> {
          double[] g = new double[3];
          State seed = new State(w[0], w[1]);
          State r = (State) call(adjoint, x[0], x[1], x[2], seed, g);
          double[] expected = of((State) call(primal, x[0], x[1], x[2]));
          assertEquals(expected[0], r.position, 0, name + ": the adjoint returns the primal result");
          assertEquals(expected[1], r.velocity, 0, name + ": the adjoint returns the primal result");
          assertNotSame(seed, r);
          assertEquals(w[0], seed.position, 0, name + ": the seed is not changed");
          return g;
        });
  }

  /** Motion.temporary: a State used inside, its fields' product returned. */
  static Fn temporary() {
    Method primal = method("temporary", D, D, D);
    Method tangent = method("temporary$tangent", D, D, D, D, D, D);
    Method adjoint = method("temporary$adjoint", D, D, D, D, double[].class);
    return new Fn("temporary", 1, x -> new double[] {(double) call(primal, x[0], x[1], x[2])},
        (x, v) -> new double[] {(double) call(tangent, x[0], v[0], x[1], v[1], x[2], v[2])},
        (x, w) -> {
          double[] g = new double[3];
          call(adjoint, x[0], x[1], x[2], w[0], g);
          return g;
        });
  }

  static final Fn[] ALL = {state("built"), state("setters"), state("advanced"), state("stepped"), temporary(),
      state("chosen")};

  /** t on both sides of chosen's switch at 1. */
  static final double[][] POINTS = {{0.3, 0.8, 0.4}, {-1.2, 2.5, 1.6}, {1.7, -0.6, 0.9}};

  /** Rows per output (position, velocity; or the one number), columns per input (p, v, t). */
  static double[][] jacobian(String name, double[] x) {
    double p = x[0], v = x[1], t = x[2];
    switch (name) {
      case "built":
        return new double[][] {{v, p + t, v}, {0, Math.exp(-t), -v * Math.exp(-t)}};
      case "setters":
        return new double[][] {{2 * p, t * Math.cos(v), Math.sin(v)}, {0, Math.cos(v), 0}};
      case "advanced":
        return new double[][] {{1, 2 * t - 0.25 * t * t, 2 * v + 6 * t - 0.5 * v * t}, {0, 1 - 0.5 * t, 2 - 0.5 * v}};
      case "stepped":
        return new double[][] {
            {1, t + t * v + 0.75 * t * t + t * t * v, v + 1.5 * t + 0.5 * v * v + 1.5 * t * v + t * v * v},
            {0, 1 + t, 1.5 + v}};
      case "temporary": {
        double pos = p + v * t + 1.5 * t * t, vel = v + 3 * t;
        return new double[][] {{vel, t * vel + pos, vel * vel + 3 * pos}};
      }
      case "chosen":
        return t > 1 ? new double[][] {{2, 0, 0}, {0, 0.5, 0}} : new double[][] {{1, t, v + t}, {0, 1, 1}};
      default:
        throw new AssertionError(name);
    }
  }

  static double[] unit(int n, int k) {
    double[] e = new double[n];
    e[k] = 1;
    return e;
  }

  @Test
  void bothModesAgainstTheAnalyticJacobian() {
    for (Fn f : ALL) {
      for (double[] x : POINTS) {
        double[][] j = jacobian(f.name(), x);
        for (int i = 0; i < 3; i++) {
          double[] col = f.tangent().apply(x, unit(3, i));
          for (int o = 0; o < f.outputs(); o++) {
            assertEquals(j[o][i], col[o], 1e-12 * (1 + Math.abs(j[o][i])), f.name() + " tangent d" + o + "/d" + i + " at " + java.util.Arrays.toString(x));
          }
        }
        for (int o = 0; o < f.outputs(); o++) {
          double[] row = f.adjoint().apply(x, unit(f.outputs(), o));
          for (int i = 0; i < 3; i++) {
            assertEquals(j[o][i], row[i], 1e-12 * (1 + Math.abs(j[o][i])), f.name() + " adjoint d" + o + "/d" + i + " at " + java.util.Arrays.toString(x));
          }
        }
      }
    }
  }

  @Test
  void bothModesAgainstFiniteDifferences() {
    java.util.Random rnd = new java.util.Random(11);
    for (Fn f : ALL) {
      for (double[] x : POINTS) {
        double[] v = {rnd.nextGaussian(), rnd.nextGaussian(), rnd.nextGaussian()};
        FiniteDifferences.Estimate[] fd = FiniteDifferences.directional(f.primal(), x, v);
        double[] jv = f.tangent().apply(x, v);
        for (int o = 0; o < f.outputs(); o++) {
          assertEquals(fd[o].value(), jv[o], fd[o].tolerance(1e-9), f.name() + " tangent, output " + o);
          double[] g = f.adjoint().apply(x, unit(f.outputs(), o));
          assertEquals(fd[o].value(), g[0] * v[0] + g[1] * v[1] + g[2] * v[2], fd[o].tolerance(1e-9), f.name() + " adjoint, output " + o);
        }
      }
    }
  }

  @Test
  void dotProductBetweenTheModes() {
    for (Fn f : ALL) {
      for (double[] x : POINTS) DotProductCheck.check(f.name(), x, f.outputs(), f.tangent(), f.adjoint(), 5, 4);
    }
  }

  /** A float state built from values: Motion.turned, both modes against its Jacobian, differences and the dot product. */
  @Test
  void floatFieldsBuiltFromValues() throws Exception {
    Class<?> f = float.class, pose = dev.leibniz.objects.fixtures.built.Pose.class;
    Method primal = method("turned", f, f, f);
    Method tangent = method("turned$tangent", f, f, f, f, f, f);
    Method adjoint = java.util.Arrays.stream(T.type.getMethods()).filter(m -> m.getName().equals("turned$adjoint")).findFirst()
        .orElseThrow();
    Class<?> grad = adjoint.getParameterTypes()[adjoint.getParameterCount() - 1];
    Function<double[], double[]> run = x -> {
      Object q = call(primal, (float) x[0], (float) x[1], (float) x[2]);
      return new double[] {field(q, "angle"), field(q, "rate")};
    };
    DotProductCheck.Tangent tan = (x, v) -> {
      Object q = call(tangent, (float) x[0], (float) v[0], (float) x[1], (float) v[1], (float) x[2], (float) v[2]);
      return new double[] {field(q, "angle"), field(q, "rate")};
    };
    DotProductCheck.Adjoint adj = (x, w) -> {
      Object seed = newPose(pose, (float) w[0], (float) w[1]);
      Object g = java.lang.reflect.Array.newInstance(grad.getComponentType(), 3);
      call(adjoint, (float) x[0], (float) x[1], (float) x[2], seed, g);
      double[] out = new double[3];
      for (int i = 0; i < 3; i++) out[i] = ((Number) java.lang.reflect.Array.get(g, i)).doubleValue();
      return out;
    };
    double[] x = {0.5, -1.25, 0.75};
    double[][] j = {{1, x[2], x[1]}, {0, 1, 0}};
    for (int i = 0; i < 3; i++) {
      double[] col = tan.apply(x, unit(3, i));
      for (int o = 0; o < 2; o++) assertEquals(j[o][i], col[o], 1e-6, "turned tangent d" + o + "/d" + i);
    }
    for (int o = 0; o < 2; o++) {
      double[] row = adj.apply(x, unit(2, o));
      for (int i = 0; i < 3; i++) assertEquals(j[o][i], row[i], 1e-6, "turned adjoint d" + o + "/d" + i);
    }
    double[] v = {0.3, -0.7, 1.1};
    FiniteDifferences.Estimate[] fd = FiniteDifferences.directional(run, x, v, true);
    double[] jv = tan.apply(x, v);
    for (int o = 0; o < 2; o++) assertEquals(fd[o].value(), jv[o], fd[o].tolerance(1e-5), "turned tangent vs differences, output " + o);
    DotProductCheck.check("turned", x, 2, tan, adj, 5, 4, true);
  }

  static double field(Object o, String name) {
    try {
      return ((Number) o.getClass().getField(name).get(o)).doubleValue();
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  static Object newPose(Class<?> pose, float a, float r) {
    try {
      return pose.getConstructor(float.class, float.class).newInstance(a, r);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void aHelperThatKeepsTheObjectIsRefusedWithTheLine() {
    Transformed t = Transformed.of(Kept.class, true);
    Diagnostic d = t.result.diagnostics().stream().filter(x -> !x.warning() && x.method().startsWith("remembered(")).findFirst()
        .orElseThrow();
    // remember is small enough to be inlined: its static store is the use refused, at its line (17)
    assertTrue(d.line() == 17 && d.reason().contains("the new State made at line 22 from values")
        && d.reason().contains("is stored or passed on here"), d.toString());
    for (Method m : t.type.getDeclaredMethods()) assertTrue(!m.getName().startsWith("remembered$"), "no companion: " + m);
  }

  /** Another class's method that stores the object into its receiver's field (not inlined: it may be overridden). */
  @Test
  void anotherClassesMethodKeepingTheObjectIsRefusedAtTheCall() {
    Transformed t = Transformed.of(Kept.class, true);
    Diagnostic d = t.result.diagnostics().stream().filter(x -> !x.warning() && x.method().startsWith("registered(")).findFirst()
        .orElseThrow(() -> new AssertionError("registered is refused: " + t.result.diagnostics()));
    assertTrue(d.line() == 30 && d.reason().contains("the new State made at line 29 from values")
        && d.reason().contains("given to a call that may keep it"), d.toString());
    for (Method m : t.type.getDeclaredMethods()) assertTrue(!m.getName().startsWith("registered$"), "no companion: " + m);
  }
}
