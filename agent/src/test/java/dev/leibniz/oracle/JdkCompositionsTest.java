package dev.leibniz.oracle;

import static dev.leibniz.oracle.ArraysAndCallsTest.callOn;
import static dev.leibniz.oracle.ArraysAndCallsTest.d;
import static dev.leibniz.oracle.ArraysAndCallsTest.one;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.agent.FirstDispatch;
import dev.leibniz.oracle.fixtures.jdkfn.Composed;
import dev.leibniz.oracle.fixtures.jdkfn.Operators;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Compositions made by the JDK's default methods of {@code DoubleUnaryOperator} ({@code andThen}, {@code compose},
 * {@code identity}): the lambda object is the JDK's, whose body (a private method of the interface, read from the
 * runtime image) is differentiated at its first call, its captured operators dispatched as any interface call is
 * (docs/architecture.md, "Companions at first dispatch"). Each is checked in both modes against central differences,
 * the analytic derivative and the dot-product test.
 */
class JdkCompositionsTest {
  @BeforeAll
  static void agent() {
    FirstDispatch.install(false, net.bytebuddy.agent.ByteBuddyAgent.install());
  }

  @AfterAll
  static void noAgent() {
    FirstDispatch.uninstall();
  }

  private static final Class<?> C = LinkedFixtures.of(Composed.class).get(Composed.class);

  @Test
  void andThenComposeAndIdentityMadeOutsideTheMethod() {
    DoubleUnaryOperator e = Operators.exp(0.7), c = Operators.cube();
    // exp(0.7 x^3) and exp(0.7 x)^3 = exp(2.1 x)
    twice(c.andThen(e), x -> 2.1 * x * x * Math.exp(0.7 * x * x * x));
    twice(c.compose(e), x -> 2.1 * Math.exp(2.1 * x));
    twice(DoubleUnaryOperator.identity(), x -> 1);
    twice(DoubleUnaryOperator.identity().andThen(c), x -> 3 * x * x);
    // nested: x -> (x + 0.4 x^2) then cube then exp(0.7 .)
    double[] s = {0.4};
    DoubleUnaryOperator q = Operators.quadratic(s);
    twice(q.andThen(c).andThen(e), x -> {
      double u = x + 0.4 * x * x;
      return Math.exp(0.7 * u * u * u) * 0.7 * 3 * u * u * (1 + 0.8 * x);
    });
    twice(e.compose(c.compose(q)), x -> {
      double u = x + 0.4 * x * x;
      return Math.exp(0.7 * u * u * u) * 0.7 * 3 * u * u * (1 + 0.8 * x);
    });
    twice(c.andThen(Math::sin), x -> Math.cos(x * x * x) * 3 * x * x); // a method reference of the JDK's Math
  }

  @Test
  void composedInsideTheMarkedMethod() {
    scalar("sineOfSquare", x -> Math.sin(x * x), x -> Math.cos(x * x) * 2 * x);
    scalar("fourthThroughIdentity", x -> Math.pow(x, 4), x -> 4 * x * x * x);
  }

  /** A composition holding an operator whose body writes what it captured keeps its refusal, named at the first call. */
  @Test
  void aComposedOperatorCarryingStateIsStillNamed() {
    DoubleUnaryOperator summing = Operators.summing(new double[1]);
    DoubleUnaryOperator composed = summing.andThen(Operators.cube());
    AssertionError e = assertThrows(AssertionError.class, () -> callOn(null, C, "twice$tangent", composed, 0.3, 1.0));
    String m = e.getCause().getMessage();
    assertTrue(e.getCause() instanceof IllegalStateException && m.contains(summing.getClass().getName() + " has no companion")
        && m.contains("captures an array that its body may write"), m);
  }

  /** Without Instrumentation the JDK's lambda's captured operators cannot be read: named, with what to do. */
  @Test
  void withoutInstrumentationTheJdksLambdaIsNamed() {
    DoubleUnaryOperator composed = Operators.exp(0.3).andThen(Operators.cube());
    try {
      FirstDispatch.install(false);
      AssertionError e = assertThrows(AssertionError.class, () -> callOn(null, C, "single$tangent", composed, 0.3, 1.0));
      String m = e.getCause().getMessage();
      assertTrue(e.getCause() instanceof IllegalStateException && m.contains(composed.getClass().getName() + " has no companion")
          && m.contains("created by the JDK") && m.contains("Instrumentation"), m);
    } finally {
      agent();
    }
  }

  /** twice(f, x) = f(x) + f(2 x) at a few points, against f' given. */
  private static void twice(DoubleUnaryOperator f, DoubleUnaryOperator df) {
    for (int round = 0; round < 2; round++) { // the second round runs on linked call sites
      for (double x0 : new double[] {0.3, -0.45, 0.8}) {
        JacobianCheck.check("twice " + f.getClass().getName(), new double[] {x0},
            x -> one(d(callOn(null, C, "twice", f, x[0]))),
            (x, xd) -> one(d(callOn(null, C, "twice$tangent", f, x[0], xd[0]))),
            (x, yb) -> {
              double[] g = new double[1];
              callOn(null, C, "twice$adjoint", f, x[0], yb[0], g);
              return g;
            },
            new double[][] {{df.applyAsDouble(x0) + 2 * df.applyAsDouble(2 * x0)}});
      }
    }
  }

  private static void scalar(String name, DoubleUnaryOperator f, DoubleUnaryOperator df) {
    for (double x0 : new double[] {0.3, -0.45, 0.8}) {
      JacobianCheck.check(name, new double[] {x0},
          x -> one(d(callOn(null, C, name, x[0]))),
          (x, xd) -> one(d(callOn(null, C, name + "$tangent", x[0], xd[0]))),
          (x, yb) -> {
            double[] g = new double[1];
            callOn(null, C, name + "$adjoint", x[0], yb[0], g);
            return g;
          },
          new double[][] {{df.applyAsDouble(x0)}});
      assertTrue(Math.abs(f.applyAsDouble(x0) - d(callOn(null, C, name, x0))) < 1e-12);
    }
  }
}
