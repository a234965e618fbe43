package dev.leibniz.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.Derivatives;
import dev.leibniz.core.Diagnostic;
import dev.leibniz.objects.fixtures.strategy.Simulation;
import dev.leibniz.objects.fixtures.strategy.Steppers;
import dev.leibniz.objects.fixtures.strategy.Steppers.State;
import dev.leibniz.objects.fixtures.strategy.Steppers.Stepper;
import dev.leibniz.oracle.FiniteDifferences;
import dev.leibniz.testing.Transformed;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The strategy pattern (README, "Dispatch"; CalleeOracle.strategyMutator): a {@code void} method of an interface or
 * abstract class nobody annotated, chosen at run time, updating a state object that carries derivatives — made in the
 * marked method or passed in with its shadow. The implementations are left untransformed and get their tangent
 * companions at their first call, with the caller's shadow classes. The tangent is checked against a hand-written
 * forward derivative (dual numbers over the same steps) and central differences, for Euler and Verlet chosen at run
 * time through one call site, and an implementation that keeps the state it is given fails at its first call naming its
 * class. The adjoints, which dispatch to each implementation's split adjoint: StrategyAdjointsTest.
 */
class StrategyMutatorsTest {
  static final Transformed STEPPERS = Transformed.of(Steppers.class, true);
  static final Transformed SIMULATION = Transformed.of(Simulation.class, true);
  static final int N = 7;

  @BeforeAll
  static void agent() {
    dev.leibniz.agent.FirstDispatch.install(false); // as premain does: companions at the first call
  }

  @AfterAll
  static void done() {
    dev.leibniz.agent.FirstDispatch.uninstall();
  }

  // ------------------------------------------------------------ the hand-written oracle: dual numbers over the same steps

  /** A value and its derivative along one direction. */
  record Dual(double v, double d) {
    Dual plus(Dual o) {
      return new Dual(v + o.v, d + o.d);
    }

    Dual times(Dual o) {
      return new Dual(v * o.v, d * o.v + v * o.d);
    }

    Dual scale(double k) {
      return new Dual(k * v, k * d);
    }
  }

  /** One step of Euler (verlet false) or Verlet on (x, v), by hand: the same operations as the fixtures, on duals. */
  static Dual[] step(boolean verlet, Dual x, Dual v, Dual dt) {
    if (!verlet) {
      Dual a = x.scale(-1);
      return new Dual[] {x.plus(dt.times(v)), v.plus(dt.times(a))};
    }
    v = v.plus(dt.scale(0.5).times(x).scale(-1));
    x = x.plus(dt.times(v));
    v = v.plus(dt.scale(0.5).times(x).scale(-1));
    return new Dual[] {x, v};
  }

  /** (x_n, v_n) and their derivatives along {@code e} of (x0, v0, dt). */
  static Dual[] exact(boolean verlet, double[] p, double[] e) {
    return exact(new boolean[] {verlet}, p, e);
  }

  /** As above, step {@code i} taken by Verlet when {@code verlet[i % verlet.length]}, else by Euler. */
  static Dual[] exact(boolean[] verlet, double[] p, double[] e) {
    Dual x = new Dual(p[0], e[0]), v = new Dual(p[1], e[1]), dt = new Dual(p[2], e[2]);
    for (int i = 0; i < N; i++) {
      Dual[] s = step(verlet[i % verlet.length], x, v, dt);
      x = s[0];
      v = s[1];
    }
    return new Dual[] {x, v};
  }

  /** The tangent of {@code f} at {@code p} along each unit direction against the dual numbers and central differences. */
  static void checkTangent(String what, Function<double[], double[]> f, BiFunction<double[], double[], double[]> tangent,
      BiFunction<double[], double[], double[]> exact, double[] p) {
    for (int k = 0; k < p.length; k++) {
      double[] e = new double[p.length];
      e[k] = 1;
      double[] t = tangent.apply(p, e), want = exact.apply(p, e);
      FiniteDifferences.Estimate[] fd = FiniteDifferences.directional(f, p, e);
      for (int o = 0; o < t.length; o++) {
        assertEquals(want[o], t[o], 1e-13 * Math.max(1, Math.abs(want[o])), what + ": output " + o + ", input " + k + " vs dual numbers");
        assertEquals(fd[o].value(), t[o], fd[o].tolerance(1e-8), what + ": output " + o + ", input " + k + " vs differences");
      }
    }
  }

  static final double[] P = {0.8, -0.3, 0.15};

  // ------------------------------------------------------------ an interface, the state made in the method

  static double run(Stepper s, double[] p) {
    return (double) STEPPERS.call("run", s, p[0], p[1], N, p[2]);
  }

  static double runTangent(Stepper s, double[] p, double[] e) {
    return (double) STEPPERS.call("run$tangent", s, p[0], e[0], p[1], e[1], N, p[2], e[2]);
  }

  @Test
  void eulerAndVerletThroughOneSiteOnAStateMadeInTheMethod() {
    // alternating, so that the linked site's guard chain serves both classes
    for (int round = 0; round < 2; round++) {
      for (Stepper s : List.of(new Steppers.Euler(), new Steppers.Verlet())) {
        boolean verlet = s instanceof Steppers.Verlet;
        checkTangent("run(" + s.getClass().getSimpleName() + ")", p -> new double[] {run(s, p)},
            (p, e) -> new double[] {runTangent(s, p, e)}, (p, e) -> new double[] {exact(verlet, p, e)[0].d()}, P);
      }
    }
    assertTrue(Math.abs(runTangent(new Steppers.Euler(), P, new double[] {0, 0, 1})
        - runTangent(new Steppers.Verlet(), P, new double[] {0, 0, 1})) > 1e-3, "the two schemes have different derivatives");
  }

  /** A right-hand side writing the derivative state it is given, read by the caller's Euler loop: Euler's derivative. */
  @Test
  void anOdeRightHandSideWritingAStateObject() {
    Steppers.Field f = new Steppers.Oscillator();
    checkTangent("integrate(Oscillator)", p -> new double[] {(double) STEPPERS.call("integrate", f, p[0], p[1], N, p[2])},
        (p, e) -> new double[] {(double) STEPPERS.call("integrate$tangent", f, p[0], e[0], p[1], e[1], N, p[2], e[2])},
        (p, e) -> new double[] {exact(false, p, e)[0].d()}, P);
  }

  // ------------------------------------------------------------ an interface, the state passed in with its shadow

  /** (x_n v_n, x_n, v_n): the result and the state the method leaves. */
  static double[] runOn(Stepper s, double[] p) {
    State st = new State();
    st.x = p[0];
    st.v = p[1];
    double y = (double) STEPPERS.call("runOn", s, st, N, p[2]);
    return new double[] {y, st.x, st.v};
  }

  static double[] runOnTangent(Stepper s, double[] p, double[] e) {
    State st = new State();
    st.x = p[0];
    st.v = p[1];
    State ds = Derivatives.zeroShadow(st);
    ds.x = e[0];
    ds.v = e[1];
    double dy = (double) Transformed.invoke(STEPPERS.method("runOn$tangent", Stepper.class, State.class, State.class, int.class,
        double.class, double.class), s, st, ds, N, p[2], e[2]); // a run-time error comes out as itself
    assertEquals(runOn(s, p)[1], st.x, 0, "the tangent steps the state as the method does");
    return new double[] {dy, ds.x, ds.v};
  }

  static double[] runOnExact(boolean verlet, double[] p, double[] e) {
    Dual[] s = exact(verlet, p, e);
    return new double[] {s[0].times(s[1]).d(), s[0].d(), s[1].d()};
  }

  @Test
  void aStatePassedInCarriesItsDerivativeOut() {
    for (Stepper s : List.of(new Steppers.Verlet(), new Steppers.Euler())) {
      boolean verlet = s instanceof Steppers.Verlet;
      checkTangent("runOn(" + s.getClass().getSimpleName() + ")", p -> runOn(s, p), (p, e) -> runOnTangent(s, p, e),
          (p, e) -> runOnExact(verlet, p, e), P);
    }
  }

  // ------------------------------------------------------------ an abstract class held in a final field

  static Object simulation(Simulation.Integrator integrator) {
    try {
      return SIMULATION.type.getConstructor(Simulation.Integrator.class).newInstance(integrator);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  static double invoke(Object sim, String name, Object... args) {
    for (Method m : SIMULATION.type.getDeclaredMethods()) {
      if (m.getName().equals(name) && m.getParameterCount() == args.length) {
        try {
          return (double) m.invoke(sim, args);
        } catch (InvocationTargetException e) {
          if (e.getCause() instanceof RuntimeException r) throw r;
          throw new AssertionError(e.getCause());
        } catch (IllegalAccessException e) {
          throw new AssertionError(e);
        }
      }
    }
    throw new AssertionError("no " + name + " in " + SIMULATION.type + ": " + SIMULATION.result.diagnostics());
  }

  @Test
  void anAbstractIntegratorHeldByTheModel() {
    for (Simulation.Integrator i : List.of(new Simulation.Euler(), new Simulation.Verlet())) {
      boolean verlet = i instanceof Simulation.Verlet;
      Object sim = simulation(i);
      checkTangent("Simulation.run(" + i.getClass().getSimpleName() + ")", p -> new double[] {invoke(sim, "run", p[0], p[1], N, p[2])},
          (p, e) -> new double[] {invoke(sim, "run$tangent", p[0], e[0], p[1], e[1], N, p[2], e[2])},
          (p, e) -> new double[] {exact(verlet, p, e)[0].d()}, P);
    }
  }

  // ------------------------------------------------------------ what is refused, and how

  /**
   * Both modes of every method calling a strategy (the adjoints: StrategyAdjointsTest), but the tangent of a call whose
   * result is an integer: it would run the implementation twice, for its value and in its tangent, repeating its writes,
   * so it is refused, naming the call.
   */
  @Test
  void bothModesAreGeneratedForEveryStrategyCall() {
    assertTrue(SIMULATION.result.diagnostics().stream().allMatch(Diagnostic::warning), SIMULATION.result.diagnostics().toString());
    for (Diagnostic d : STEPPERS.result.diagnostics()) {
      if (d.warning()) continue;
      assertTrue(d.method().startsWith("runCounting(") && d.mode().equals("tangent") && d.instruction().contains("Substepper.step(")
          && d.reason().contains("called twice in tangent mode"), d.toString());
    }
    for (String m : List.of("run", "runInTurn", "runCounting", "runOn", "integrate")) {
      for (String mode : List.of("$tangent", "$adjoint")) {
        boolean generated = STEPPERS.result.generated().stream().anyMatch(g -> g.contains("." + m + mode + "("));
        assertEquals(!(m.equals("runCounting") && mode.equals("$tangent")), generated, m + mode + " in " + STEPPERS.result.generated());
      }
    }
    assertTrue(SIMULATION.result.generated().stream().anyMatch(g -> g.contains(".run$adjoint(")), SIMULATION.result.generated().toString());
  }

  /**
   * A lambda implementing the strategy: its companion would be generated without the caller's shadow classes (not
   * done for lambdas), so its first call fails naming the lambda's class — an error, never a number.
   */
  @Test
  void aLambdaStepperFailsNamingItsClassNotAWrongNumber() {
    Stepper lambda = (s, dt) -> {
      s.x += dt * s.v;
      s.v -= dt * s.x;
    };
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> runOnTangent(lambda, P, new double[] {1, 0, 0}));
    assertTrue(e.getMessage().contains(lambda.getClass().getName().replaceAll("/0x.*", "")), e.getMessage());
  }

  /** An implementation keeping the state it is given (its shadow could not follow) fails at its first call, named. */
  @Test
  void anImplementationKeepingTheStateFailsNamingItsClass() {
    for (int round = 0; round < 2; round++) { // the second on a linked call site
      IllegalStateException e = assertThrows(IllegalStateException.class,
          () -> runOnTangent(new Steppers.Remembering(), P, new double[] {1, 0, 0}));
      assertTrue(e.getMessage().contains(Steppers.Remembering.class.getName()) && e.getMessage().contains("keeps its parameter 1"),
          e.getMessage());
    }
    // the other classes at that site still get their derivatives
    assertEquals(runOnExact(false, P, new double[] {1, 0, 0})[0], runOnTangent(new Steppers.Euler(), P, new double[] {1, 0, 0})[0], 1e-13);
  }
}
