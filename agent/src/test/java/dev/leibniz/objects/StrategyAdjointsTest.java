package dev.leibniz.objects;

import static dev.leibniz.objects.StrategyMutatorsTest.N;
import static dev.leibniz.objects.StrategyMutatorsTest.P;
import static dev.leibniz.objects.StrategyMutatorsTest.SIMULATION;
import static dev.leibniz.objects.StrategyMutatorsTest.STEPPERS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.Derivatives;
import dev.leibniz.objects.StrategyMutatorsTest.Dual;
import dev.leibniz.objects.fixtures.strategy.Simulation;
import dev.leibniz.objects.fixtures.strategy.Steppers;
import dev.leibniz.objects.fixtures.strategy.Steppers.State;
import dev.leibniz.objects.fixtures.strategy.Steppers.Stepper;
import dev.leibniz.oracle.DotProductCheck;
import dev.leibniz.oracle.FiniteDifferences;
import dev.leibniz.testing.Transformed;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The strategy pattern in reverse mode (README, "Dispatch"; CalleeOracle.strategySplit): the caller's adjoint reverses
 * {@code stepper.step(state, dt)} in split mode, dispatching at the call in its forward sweep to the split adjoint of
 * the implementation the receiver runs (generated at its first call with the caller's shadow classes, recording what
 * its reverse needs on the caller's tape) and, in its reverse sweep, to the same implementation's reverse on the same
 * receiver. Verlet reads the fields it overwrote (a joint re-run would see the state the loop left, not the step's), and
 * a stepper that changes from one trip to the next at one call site needs the receiver remembered between the sweeps.
 * Every gradient is checked against the Jacobian of hand-written dual numbers, central differences, and the tangent
 * (the dot-product test).
 */
class StrategyAdjointsTest {
  @BeforeAll
  static void agent() {
    dev.leibniz.agent.FirstDispatch.install(false); // as premain does: companions at the first call
  }

  @AfterAll
  static void done() {
    dev.leibniz.agent.FirstDispatch.uninstall();
  }

  /**
   * The adjoint of {@code f} at {@code p}, one unit weight per output: each entry against the Jacobian that {@code exact}
   * (dual numbers, one unit direction per input) gives and against central differences; then the dot-product test with
   * the tangent (null: none). The tangent itself is checked against both oracles first.
   */
  static void checkAdjoint(String what, Function<double[], double[]> f, BiFunction<double[], double[], double[]> tangent,
      BiFunction<double[], double[], double[]> adjoint, BiFunction<double[], double[], double[]> exact, double[] p) {
    if (tangent != null) StrategyMutatorsTest.checkTangent(what, f, tangent, exact, p);
    double[][] columns = new double[p.length][];
    FiniteDifferences.Estimate[][] fd = new FiniteDifferences.Estimate[p.length][];
    for (int k = 0; k < p.length; k++) {
      double[] e = new double[p.length];
      e[k] = 1;
      columns[k] = exact.apply(p, e);
      fd[k] = FiniteDifferences.directional(f, p, e);
    }
    int m = columns[0].length;
    for (int o = 0; o < m; o++) {
      double[] w = new double[m];
      w[o] = 1;
      double[] g = adjoint.apply(p, w);
      for (int k = 0; k < p.length; k++) {
        double want = columns[k][o];
        assertEquals(want, g[k], 1e-13 * Math.max(1, Math.abs(want)), what + ": adjoint, output " + o + ", input " + k + " vs dual numbers");
        assertEquals(fd[k][o].value(), g[k], fd[k][o].tolerance(1e-8), what + ": adjoint, output " + o + ", input " + k + " vs differences");
      }
    }
    if (tangent != null) DotProductCheck.check(what, p, m, tangent::apply, adjoint::apply, 17, 5);
  }

  static BiFunction<double[], double[], double[]> exactX(boolean... verlet) {
    return (p, e) -> new double[] {StrategyMutatorsTest.exact(verlet, p, e)[0].d()};
  }

  // ------------------------------------------------------------ an interface, the state made in the method

  static double[] runAdjoint(Stepper s, double[] p, double[] w) {
    double[] g = new double[3];
    double y = (double) Transformed.invoke(STEPPERS.method("run$adjoint", Stepper.class, double.class, double.class, int.class,
        double.class, double.class, double[].class), s, p[0], p[1], N, p[2], w[0], g); // a run-time error comes out as itself
    assertEquals(StrategyMutatorsTest.run(s, p), y, 0, "the adjoint returns the primal value");
    return g;
  }

  @Test
  void eulerAndVerletThroughOneSiteOnAStateMadeInTheMethod() {
    for (int round = 0; round < 2; round++) { // alternating, so that both sweeps' linked sites serve both classes
      for (Stepper s : List.of(new Steppers.Verlet(), new Steppers.Euler())) {
        boolean verlet = s instanceof Steppers.Verlet;
        checkAdjoint("run(" + s.getClass().getSimpleName() + ")", p -> new double[] {StrategyMutatorsTest.run(s, p)},
            (p, e) -> new double[] {StrategyMutatorsTest.runTangent(s, p, e)}, (p, w) -> runAdjoint(s, p, w), exactX(verlet), P);
      }
    }
  }

  /** One call site whose receiver changes per trip: each step reversed with its own scheme, from the state it saw. */
  @Test
  void eulerAndVerletAlternatingInOneLoop() {
    for (Stepper[] turn : List.of(new Stepper[] {new Steppers.Euler(), new Steppers.Verlet()},
        new Stepper[] {new Steppers.Verlet(), new Steppers.Verlet(), new Steppers.Euler()})) {
      boolean[] verlet = new boolean[turn.length];
      for (int k = 0; k < turn.length; k++) verlet[k] = turn[k] instanceof Steppers.Verlet;
      checkAdjoint("runInTurn(" + List.of(turn) + ")",
          p -> new double[] {(double) STEPPERS.call("runInTurn", turn, p[0], p[1], N, p[2])},
          (p, e) -> new double[] {(double) STEPPERS.call("runInTurn$tangent", turn, p[0], e[0], p[1], e[1], N, p[2], e[2])},
          (p, w) -> {
            double[] g = new double[3];
            STEPPERS.call("runInTurn$adjoint", turn, p[0], p[1], N, p[2], w[0], g);
            return g;
          }, exactX(verlet), P);
    }
    // the schemes differ, so a reverse sweep taking the wrong one would be seen
    double[] mixed = runInTurnGradient(new Steppers.Euler(), new Steppers.Verlet());
    double[] euler = runInTurnGradient(new Steppers.Euler(), new Steppers.Euler());
    assertTrue(Math.abs(mixed[2] - euler[2]) > 1e-3, "the mixed and Euler-only gradients differ");
  }

  static double[] runInTurnGradient(Stepper... turn) {
    double[] g = new double[3];
    STEPPERS.call("runInTurn$adjoint", turn, P[0], P[1], N, P[2], 1.0, g);
    return g;
  }

  /** A right-hand side writing the derivative state it is given, read by the caller's Euler loop. */
  @Test
  void anOdeRightHandSideWritingAStateObject() {
    Steppers.Field f = new Steppers.Oscillator();
    checkAdjoint("integrate(Oscillator)", p -> new double[] {(double) STEPPERS.call("integrate", f, p[0], p[1], N, p[2])},
        (p, e) -> new double[] {(double) STEPPERS.call("integrate$tangent", f, p[0], e[0], p[1], e[1], N, p[2], e[2])},
        (p, w) -> {
          double[] g = new double[3];
          STEPPERS.call("integrate$adjoint", f, p[0], p[1], N, p[2], w[0], g);
          return g;
        }, exactX(false), P);
  }

  /** 2N Euler half steps of (x, v) along {@code e}, times the 2N sub-steps counted: the dual numbers of runCounting. */
  static double[] countingExact(double[] p, double[] e) {
    Dual x = new Dual(p[0], e[0]), v = new Dual(p[1], e[1]), half = new Dual(p[2], e[2]).scale(0.5);
    for (int i = 0; i < 2 * N; i++) {
      Dual a = x.scale(-1);
      x = x.plus(half.times(v));
      v = v.plus(half.times(a));
    }
    return new double[] {x.scale(2 * N).d()};
  }

  /**
   * A strategy returning an integer (its sub-steps), which the caller counts: the split forward gives the result back.
   * (The tangent refuses such a call: it would run the implementation twice, for its value and for its tangent;
   * StrategyMutatorsTest.bothModesAreGeneratedForEveryStrategyCall.)
   */
  @Test
  void aStrategyReturningAnInteger() {
    Steppers.Substepper s = new Steppers.HalfEuler();
    checkAdjoint("runCounting(HalfEuler)", p -> new double[] {(double) STEPPERS.call("runCounting", s, p[0], p[1], N, p[2])}, null,
        (p, w) -> {
          double[] g = new double[3];
          double y = (double) STEPPERS.call("runCounting$adjoint", s, p[0], p[1], N, p[2], w[0], g);
          assertEquals((double) STEPPERS.call("runCounting", s, p[0], p[1], N, p[2]), y, 0, "the adjoint returns the primal value");
          return g;
        }, StrategyAdjointsTest::countingExact, P);
  }

  // ------------------------------------------------------------ an interface, the state passed in with its shadow

  /**
   * The adjoint of (x_n v_n, x_n, v_n): the weights of the state's outputs go into its adjoint shadow, which comes back
   * holding the adjoints of (x0, v0); dt's comes back in the scalar-adjoint array.
   */
  static double[] runOnAdjoint(Stepper s, double[] p, double[] w) {
    State st = new State();
    st.x = p[0];
    st.v = p[1];
    State bar = Derivatives.zeroShadow(st);
    bar.x = w[1];
    bar.v = w[2];
    double[] g = new double[1];
    double y = (double) Transformed.invoke(STEPPERS.method("runOn$adjoint", Stepper.class, State.class, State.class, int.class,
        double.class, double.class, double[].class), s, st, bar, N, p[2], w[0], g); // a run-time error comes out as itself
    double[] primal = StrategyMutatorsTest.runOn(s, p);
    assertEquals(primal[0], y, 0, "the adjoint returns the primal value");
    assertEquals(primal[1], st.x, 0, "the adjoint's forward sweep steps the state as the method does");
    return new double[] {bar.x, bar.v, g[0]};
  }

  @Test
  void aStatePassedInGivesItsAdjointBack() {
    for (Stepper s : List.of(new Steppers.Euler(), new Steppers.Verlet())) {
      boolean verlet = s instanceof Steppers.Verlet;
      checkAdjoint("runOn(" + s.getClass().getSimpleName() + ")", p -> StrategyMutatorsTest.runOn(s, p),
          (p, e) -> StrategyMutatorsTest.runOnTangent(s, p, e), (p, w) -> runOnAdjoint(s, p, w),
          (p, e) -> StrategyMutatorsTest.runOnExact(verlet, p, e), P);
    }
  }

  // ------------------------------------------------------------ an abstract class held in a final field

  @Test
  void anAbstractIntegratorHeldByTheModel() {
    for (Simulation.Integrator i : List.of(new Simulation.Verlet(), new Simulation.Euler())) {
      boolean verlet = i instanceof Simulation.Verlet;
      Object sim = StrategyMutatorsTest.simulation(i);
      checkAdjoint("Simulation.run(" + i.getClass().getSimpleName() + ")",
          p -> new double[] {StrategyMutatorsTest.invoke(sim, "run", p[0], p[1], N, p[2])},
          (p, e) -> new double[] {StrategyMutatorsTest.invoke(sim, "run$tangent", p[0], e[0], p[1], e[1], N, p[2], e[2])},
          (p, w) -> {
            double[] g = new double[3];
            StrategyMutatorsTest.invoke(sim, "run$adjoint", p[0], p[1], N, p[2], w[0], g);
            return g;
          }, exactX(verlet), P);
    }
  }

  // ------------------------------------------------------------ what fails, and how

  /**
   * Second order differentiates the workspace-free adjoint, which calls contract adjoints and so cannot reverse the call in
   * split mode: {@code run$adjoint$tangent} is refused with a located diagnostic saying so, and the first-order
   * companions of the same method are still generated and right.
   */
  @Test
  void secondOrderIsRefusedWithTheCallNamedAndTheFirstOrderKept() {
    Transformed t = Transformed.of(dev.leibniz.objects.fixtures.strategy.SecondOrderStepping.class, true);
    List<dev.leibniz.core.Diagnostic> ds = t.result.diagnostics();
    assertEquals(1, ds.size(), ds.toString());
    dev.leibniz.core.Diagnostic d = ds.get(0);
    assertEquals("second-order", d.mode(), d.toString());
    assertTrue(d.instruction().contains("Stepper.step(") && d.line() > 0, d.toString());
    assertTrue(d.reason().contains("second order is not given for such a call"), d.toString());
    assertTrue(t.result.generated().stream().noneMatch(g -> g.contains("$adjoint$tangent")), t.result.generated().toString());
    Stepper verlet = new Steppers.Verlet();
    double[] g = new double[3];
    t.call("run$adjoint", verlet, P[0], P[1], N, P[2], 1.0, g);
    for (int k = 0; k < 3; k++) {
      double[] e = new double[3];
      e[k] = 1;
      double want = StrategyMutatorsTest.exact(true, P, e)[0].d();
      assertEquals(want, g[k], 1e-13 * Math.max(1, Math.abs(want)), "input " + k);
    }
  }

  /** An implementation keeping the state it is given fails at its first call in reverse mode too, named. */
  @Test
  void anImplementationKeepingTheStateFailsNamingItsClass() {
    for (int round = 0; round < 2; round++) { // the second on a linked call site
      IllegalStateException e = assertThrows(IllegalStateException.class,
          () -> runOnAdjoint(new Steppers.Remembering(), P, new double[] {1, 0, 0}));
      assertTrue(e.getMessage().contains(Steppers.Remembering.class.getName()) && e.getMessage().contains("keeps its parameter 1"),
          e.getMessage());
    }
    assertEquals(StrategyMutatorsTest.runOnExact(false, P, new double[] {1, 0, 0})[0],
        runOnAdjoint(new Steppers.Euler(), P, new double[] {1, 0, 0})[0], 1e-13, "the other classes at that site still work");
  }

  /** A lambda gets no split adjoint at its first call: its first call fails naming its class, never a number. */
  @Test
  void aLambdaStepperFailsNamingItsClass() {
    Stepper lambda = (s, dt) -> {
      s.x += dt * s.v;
      s.v -= dt * s.x;
    };
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> runOnAdjoint(lambda, P, new double[] {1, 0, 0}));
    assertTrue(e.getMessage().contains(lambda.getClass().getName().replaceAll("/0x.*", "")) && e.getMessage().contains("lambda"),
        e.getMessage());
  }

  /**
   * A stepper keeping a value with a derivative in its own field (its class has no shadow) fails at its first call in both
   * modes, naming the field: never a number that lost the derivative carried from one step to the next.
   */
  @Test
  void aStepperWithMemoryFailsNamingTheField() {
    IllegalStateException adjoint = assertThrows(IllegalStateException.class, () -> runAdjoint(new Steppers.Multistep(), P, new double[] {1}));
    IllegalStateException tangent = assertThrows(IllegalStateException.class, () -> Transformed.invoke(STEPPERS.method("run$tangent",
        Stepper.class, double.class, double.class, double.class, double.class, int.class, double.class, double.class),
        new Steppers.Multistep(), P[0], 1.0, P[1], 0.0, N, P[2], 0.0));
    for (IllegalStateException e : List.of(adjoint, tangent)) {
      assertTrue(e.getMessage().contains(Steppers.Multistep.class.getName()) && e.getMessage().contains("Multistep.last"), e.getMessage());
    }
  }
}
