package dev.leibniz.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.core.Diagnostic;
import dev.leibniz.oracle.fixtures.receivers.KnownReceivers;
import dev.leibniz.oracle.fixtures.receivers.KnownReceivers.Cube;
import dev.leibniz.oracle.fixtures.receivers.KnownReceivers.Doubling;
import dev.leibniz.oracle.fixtures.receivers.KnownReceivers.Holder;
import dev.leibniz.oracle.fixtures.receivers.KnownReceivers.OpenOsc;
import dev.leibniz.oracle.fixtures.receivers.KnownReceivers.Osc;
import dev.leibniz.oracle.fixtures.receivers.KnownReceivers.Quadratic;
import dev.leibniz.oracle.fixtures.receivers.KnownReceivers.Scaled;
import dev.leibniz.oracle.fixtures.receivers.Scalers;
import dev.leibniz.oracle.fixtures.receivers.Strategies;
import dev.leibniz.testing.Transformed;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Calls bound by their receiver's value (core.ReceiverClasses): javac names the interface, the value is known to be of
 * one class — a parameter, field or static declared with a final class, a cast to one, a record, an enum constant, a
 * new object, a merge of values of one class — and the call is differentiated from that class's code, in both modes,
 * with no dispatch at run time (no agent is installed here: a dispatched call on these untransformed classes would
 * fail). Each gradient against an analytic formula and central differences, with the dot-product test between the
 * modes. A merge of two classes and a class that is not final stay dispatched, or refused with the same diagnostic as
 * before.
 */
class ReceiverValueBindingTest {
  static final Transformed T = Transformed.of(KnownReceivers.class, true);
  static final Transformed S = Transformed.of(Strategies.class, true);
  static final Transformed R = Transformed.of(Scalers.class, true);

  /**
   * Checks {@code name} at the inputs of {@code args} (its {@code Double} entries; the others are passed as they are):
   * the tangent's and the adjoint's gradient against {@code exact}, central differences and each other.
   */
  static void check(Transformed t, String name, Object[] args, double[] exact) {
    List<Integer> at = new ArrayList<>();
    for (int k = 0; k < args.length; k++) {
      if (args[k] instanceof Double) at.add(k);
    }
    double[] x = new double[at.size()];
    for (int k = 0; k < x.length; k++) x[k] = (Double) args[at.get(k)];
    t.checkGradient(name, x, exact, v -> new double[] {(double) t.call(name, with(args, at, v))},
        (v, dv) -> new double[] {(double) t.call(name + "$tangent", tangentArgs(args, at, v, dv))},
        (v, ybar) -> {
          double[] g = new double[v.length];
          List<Object> a = new ArrayList<>(List.of(with(args, at, v)));
          a.add(ybar[0]);
          a.add(g);
          double y = (double) t.call(name + "$adjoint", a.toArray());
          assertEquals((double) t.call(name, with(args, at, v)), y, 0, name + ": the adjoint returns the primal value");
          return g;
        });
  }

  static Object[] with(Object[] args, List<Integer> at, double[] v) {
    Object[] out = args.clone();
    for (int k = 0; k < v.length; k++) out[at.get(k)] = v[k];
    return out;
  }

  static Object[] tangentArgs(Object[] args, List<Integer> at, double[] v, double[] dv) {
    List<Object> out = new ArrayList<>();
    for (int k = 0; k < args.length; k++) {
      int i = at.indexOf(k);
      out.add(i < 0 ? args[k] : (Object) v[i]);
      if (i >= 0) out.add(dv[i]);
    }
    return out.toArray();
  }

  // ------------------------------------------------------------ x + dt sin(k x) through Advancer, the class known

  static double[] oscGradient(double k, double x, double dt) {
    return new double[] {1 + dt * k * Math.cos(k * x), Math.sin(k * x)};
  }

  static final double X = 0.7, DT = 0.3;

  @Test
  void aParameterDeclaredWithAFinalClass() {
    check(T, "viaParameter", new Object[] {new Osc(1.3), X, DT}, oscGradient(1.3, X, DT));
  }

  @Test
  void aStaticFieldDeclaredWithAFinalClass() {
    check(T, "viaStaticField", new Object[] {X, DT}, oscGradient(1.5, X, DT));
  }

  @Test
  void aFieldOfAnotherObjectDeclaredWithAFinalClass() {
    check(T, "viaField", new Object[] {new Holder(new Osc(0.5)), X, DT}, oscGradient(0.5, X, DT));
  }

  @Test
  void aCastToAFinalClass() {
    check(T, "viaCast", new Object[] {new Osc(2.1), X, DT}, oscGradient(2.1, X, DT));
  }

  @Test
  void aMethodAFinalClassInheritsFromAnAbstractBase() {
    double e = Math.exp(2 * DT);
    check(T, "viaInherited", new Object[] {new Doubling(), X, DT}, new double[] {e, 2 * X * e});
  }

  /** Three steps of x + dt sin(k x) through a merge (in a loop) of two oscillators: the chain rule by hand. */
  @Test
  void aMergeOfValuesOfOneClass() {
    for (boolean first : new boolean[] {true, false}) {
      double k = first ? 0.8 : 1.7, x = X, dx = 1, ddt = 0;
      for (int i = 0; i < 3; i++) {
        double c = Math.cos(k * x), s = Math.sin(k * x);
        ddt = (1 + DT * k * c) * ddt + s;
        dx = (1 + DT * k * c) * dx;
        x = x + DT * s;
      }
      check(T, "viaMergeOfOneClass", new Object[] {new Osc(0.8), new Osc(1.7), first, X, DT}, new double[] {dx, ddt});
    }
  }

  @Test
  void aMergeWhoseTypeIsNotTheClass() {
    for (boolean first : new boolean[] {true, false}) {
      double k = first ? 0.8 : 1.7;
      check(T, "viaMergeThroughACast", new Object[] {new Osc(0.8), new Osc(1.7), first, X, DT}, oscGradient(k, X, DT));
    }
    assertTrue(companion(T, "viaMergeThroughACast$tangent").contains("CHECKCAST dev/leibniz/oracle/fixtures/receivers/KnownReceivers$Osc"),
        companion(T, "viaMergeThroughACast$tangent"));
  }

  // ------------------------------------------------------------ other known classes

  @Test
  void aNewObjectOfAClassThatIsNotFinal() {
    check(T, "viaNew", new Object[] {1.4}, new double[] {2 * Math.PI * 1.4});
  }

  @Test
  void aNewObjectGivenAsAJdkFunction() {
    check(T, "viaNewFunction", new Object[] {0.6}, new double[] {1.6 * Math.exp(0.6)});
  }

  @Test
  void anEnumConstant() {
    check(T, "viaEnum", new Object[] {0.9}, new double[] {3 * 0.9 * 0.9});
  }

  @Test
  void aRecord() {
    check(T, "viaRecord", new Object[] {new Scaled(2.5), 0.4}, new double[] {-2.5 * Math.sin(0.4)});
  }

  // ------------------------------------------------------------ a strategy writing a state: both modes now

  static final int N = 6;

  /** d x_n / d(x0, v0, dt) for n explicit Euler steps of x'' = -x: x_n = r^n (x0 cos nθ + v0 sin nθ), r e^{-iθ} = 1 - i dt. */
  static double[] eulerGradient(double x0, double v0, double dt) {
    double r = Math.hypot(1, dt), th = Math.atan(dt), rn = Math.pow(r, N);
    double c = Math.cos(N * th), s = Math.sin(N * th);
    double drn = N * Math.pow(r, N - 2) * dt, dth = 1 / (1 + dt * dt);
    return new double[] {rn * c, rn * s, drn * (x0 * c + v0 * s) + rn * N * dth * (-x0 * s + v0 * c)};
  }

  @Test
  void aStrategyGivenAsAFinalClass() {
    check(S, "withFinalClass", new Object[] {new Strategies.Euler(), 0.8, -0.3, N, 0.15}, eulerGradient(0.8, -0.3, 0.15));
  }

  /** A lambda made in the method: its body is the call (objects.LambdaCalls), so the state is taken apart as well. */
  @Test
  void aStrategyGivenAsALambdaMadeInTheMethod() {
    check(S, "withLambda", new Object[] {0.8, -0.3, N, 0.15}, eulerGradient(0.8, -0.3, 0.15));
  }

  @Test
  void noMethodIsRefused() {
    for (Transformed t : List.of(T, S)) assertTrue(t.result.diagnostics().isEmpty(), t.result.diagnostics().toString());
  }

  // ------------------------------------------------------------ what stays as it was

  /** The companion's text of {@code method}: where its calls go. */
  static String companion(Transformed t, String method) {
    String text = Transformed.text(t.result.transformed());
    int from = text.indexOf(" " + method + "(");
    assertTrue(from >= 0, method + " is missing");
    int to = text.indexOf("\n\n", from);
    return text.substring(from, to < 0 ? text.length() : to);
  }

  @Test
  void boundCallsNameTheClassAndDoNotDispatch() {
    for (String m : List.of("viaParameter$tangent", "viaStaticField$adjoint$body", "viaCast$tangent", "viaInherited$tangent",
        "viaMergeThroughACast$tangent", "viaMergeOfOneClass$adjoint$body")) {
      String code = companion(T, m);
      assertTrue(!code.contains("INVOKEDYNAMIC advance$"), m + " dispatches:\n" + code);
      // the class's method, or its code's companion hosted here (Base's, which Doubling runs)
      assertTrue(code.matches("(?s).*(INVOKEVIRTUAL dev/leibniz/oracle/fixtures/receivers/KnownReceivers\\$(Osc|Doubling)\\.advance"
          + "|KnownReceivers\\$(Osc|Base)\\$advance\\$).*"), m + ":\n" + code);
    }
  }

  @Test
  void aMergeOfTwoClassesAndAClassThatIsNotFinalStayDispatched() {
    for (String m : List.of("viaMergeOfTwoClasses$tangent", "viaMergeOfTwoClasses$adjoint$body", "viaOpenClass$tangent",
        "viaOpenClass$adjoint$body")) {
      String code = companion(T, m);
      assertTrue(code.contains("INVOKEDYNAMIC advance$"), m + " does not dispatch:\n" + code);
      assertTrue(code.contains("INVOKEINTERFACE dev/leibniz/oracle/fixtures/receivers/KnownReceivers$Advancer.advance"), m + ":\n" + code);
    }
    // dispatched, with no agent to generate the untransformed class's companion: an error naming it, never a number
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> Transformed.invoke(T.method("viaOpenClass$tangent", OpenOsc.class, double.class, double.class, double.class,
            double.class), new OpenOsc(), X, 1.0, DT, 0.0));
    assertTrue(e.getMessage().contains("OpenOsc"), e.getMessage());
    assertThrows(IllegalStateException.class, () -> Transformed.invoke(T.method("viaMergeOfTwoClasses$tangent", Osc.class,
        Quadratic.class, boolean.class, double.class, double.class, double.class, double.class), new Osc(1), new Quadratic(),
        false, X, 1.0, DT, 0.0));
  }

  /**
   * Refused as before, with the advice to declare the receiver with a final class, where the receiver's class is not
   * known; bound where it is, where {@code Unit.scale} (a final class's method returning the new object it makes) is a
   * factory bound statically whose object is taken apart (docs/architecture.md, "Factories bound statically"):
   * {@code sin(x v)}, against its derivative {@code v cos(x v)}, central differences and the other mode.
   */
  @Test
  void anObjectResultOfAnUnknownClassIsRefusedAsBefore() {
    for (String m : List.of("openClass(", "twoClasses(")) {
      Diagnostic d = R.result.diagnostics().stream().filter(x -> x.method().startsWith(m)).findFirst().orElseThrow();
      assertTrue(d.reason().contains("Scalers.Scaler Scalers.Scaler.scale(double) cannot be differentiated: it returns no derivative,"
          + " and it can be overridden") && d.reason().contains("declare the receiver"), d.reason());
    }
    assertTrue(R.result.diagnostics().stream().noneMatch(x -> x.method().startsWith("finalClass(")), R.result.diagnostics().toString());
    double v = 1.7, x = 0.6;
    check(R, "finalClass", new Object[] {new Scalers.Unit(v), x}, new double[] {v * Math.cos(x * v)});
  }
}
