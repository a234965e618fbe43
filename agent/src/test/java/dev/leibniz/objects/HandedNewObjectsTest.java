package dev.leibniz.objects;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.core.Diagnostic;
import dev.leibniz.objects.fixtures.handed.KeepingTurns;
import dev.leibniz.objects.fixtures.handed.Turns;
import dev.leibniz.testing.Transformed;
import java.lang.reflect.Method;
import org.junit.jupiter.api.Test;

/**
 * New objects made in a marked method and given to overridable methods of its own class on {@code this}
 * ({@code CalleeOracle.confinesArgument}, {@code analysis.ConfinedArguments}): WPILib's {@code getSign(state, target)}
 * reading two new states ({@code Turns.weighed}), Ardor3D's {@code conjugate(store)} writing a blank store it would make
 * itself when given none ({@code Turns.turned}), both in one method ({@code Turns.both}). The helper's code keeps
 * nothing, so the shadows made in the caller see every derivative; in adjoint mode the helper is reversed in split mode
 * from this class's code behind the receiver check. Each in both modes against the analytic gradient and central
 * differences, and the dot-product test; a helper that keeps the object in a field is still refused at the call.
 */
class HandedNewObjectsTest {
  static final Transformed T = Transformed.of(Turns.class);
  static final Class<?> D = double.class;

  static double value(String name, double a, double b) {
    return (double) call(T.method(name, D, D), a, b);
  }

  static Object call(Method m, Object... args) {
    try {
      return m.invoke(T.type.getDeclaredConstructor().newInstance(), args);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e.getCause() == null ? e : e.getCause());
    }
  }

  static void check(String name, double[] x, double[] exact) {
    Method tangent = T.method(name + "$tangent", D, D, D, D);
    Method adjoint = T.method(name + "$adjoint", D, D, D, double[].class);
    T.checkGradient(name, x, exact, v -> new double[] {value(name, v[0], v[1])},
        (v, d) -> new double[] {(double) call(tangent, v[0], d[0], v[1], d[1])},
        (v, w) -> {
          double[] g = new double[2];
          double r = (double) call(adjoint, v[0], v[1], w[0], g);
          assertTrue(r == value(name, v[0], v[1]), name + ": the adjoint returns the value");
          return g;
        });
  }

  static final double[][] POINTS = {{0.7, -1.3}, {-1.1, 0.4}, {2.2, 1.9}};

  @Test
  void aStoreWrittenByAnOverridableHelperThatWouldMakeOne() {
    for (double[] x : POINTS) {
      double a = x[0], b = x[1], px = Math.sin(a) * b, py = a - b * b;
      check("turned", x, new double[] {Math.cos(a) * b * py + px - Math.sin(py), Math.sin(a) * py - 2 * b * px + 2 * b * Math.sin(py)});
    }
  }

  @Test
  void objectsBuiltFromValuesReadByAnOverridableHelper() {
    for (double[] x : POINTS) {
      double a = x[0], b = x[1];
      check("weighed", x, new double[] {3 * a * a * b * b - b * b * b + 1, 2 * a * a * a * b - 3 * a * b * b});
    }
  }

  @Test
  void bothShapesInOneMethod() {
    for (double[] x : POINTS) {
      double a = x[0], b = x[1];
      check("both", x, new double[] {2 * a * b * Math.sin(b) - b + 3 * a * a + b * b - 3 * a * a * b,
          a * a * Math.sin(b) + a * a * b * Math.cos(b) - a + 2 * a * b - a * a * a});
    }
  }

  /** The adjoint runs the helpers' code split from Turns' own, behind the check that the receiver runs it. */
  @Test
  void theAdjointChecksTheReceiverRunsTheHelpersJudged() {
    String text = Transformed.text(T.result.transformed());
    for (String helper : new String[] {"fill", "weight"}) {
      T.method(helper + "$adjoint$split", java.util.Arrays.stream(T.type.getDeclaredMethods())
          .filter(m -> m.getName().equals(helper + "$adjoint$split")).findFirst()
          .orElseThrow(() -> new AssertionError(helper + " has no split adjoint")).getParameterTypes());
    }
    assertTrue(text.contains("leibniz$checkRuns"), "the receiver check is emitted");
  }

  @Test
  void anOverridableHelperKeepingTheObjectIsRefusedAtTheCall() {
    Transformed t = Transformed.of(KeepingTurns.class, true);
    Diagnostic d = t.result.diagnostics().stream().filter(x -> !x.warning() && x.method().startsWith("kept(")).findFirst()
        .orElseThrow(() -> new AssertionError("kept is refused: " + t.result.diagnostics()));
    assertTrue(d.line() == 14 && d.reason().contains("the new Pt made at line 11 by a blank constructor")
        && d.reason().contains("given to a call that may keep it"), d.toString());
    for (Method m : t.type.getDeclaredMethods()) assertTrue(!m.getName().startsWith("kept$"), "no companion: " + m);
  }

  /**
   * A helper that tests its parameter against null but merges it with a new object on another condition ({@code s == 1 ?
   * p : new Pt(...)}) may return either: not the null-store idiom, so the adjoint is refused at the call (accepted, the
   * caller would take the result for its own point and its shadow).
   */
  @Test
  void aHelperReturningANewObjectOnAnotherConditionIsRefused() {
    Transformed t = Transformed.of(KeepingTurns.class, true);
    Diagnostic d = t.result.diagnostics().stream().filter(x -> !x.warning() && x.method().startsWith("reshaped(")).findFirst()
        .orElseThrow(() -> new AssertionError("reshaped is refused: " + t.result.diagnostics()));
    assertTrue(d.reason().contains("given to a call that may keep it"), d.toString());
    for (Method m : t.type.getDeclaredMethods()) assertTrue(!m.getName().startsWith("reshaped$adjoint"), "no adjoint: " + m);
  }
}
