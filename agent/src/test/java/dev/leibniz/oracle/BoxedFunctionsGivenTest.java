package dev.leibniz.oracle;

import static dev.leibniz.oracle.ArraysAndCallsTest.callOn;
import static dev.leibniz.oracle.ArraysAndCallsTest.d;
import static dev.leibniz.oracle.ArraysAndCallsTest.one;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.agent.FirstDispatch;
import dev.leibniz.oracle.fixtures.boxedgiven.BoxedCallbacks;
import dev.leibniz.oracle.fixtures.boxedgiven.BoxedIntegrals;
import java.util.function.BiFunction;
import java.util.function.BinaryOperator;
import java.util.function.DoubleUnaryOperator;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.hipparchus.analysis.differentiation.DSFactory;
import org.hipparchus.analysis.differentiation.DerivativeStructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Boxed functions given by the caller ({@code Function<Double, Double>}, {@code UnaryOperator<Double>}, {@code
 * BiFunction<Double, Double, Double>}, {@code BinaryOperator<Double>}), called in an integrator's loop, a recursion and a
 * fold: each {@code f.apply(x)} is dispatched, and the implementation — a lambda, a method reference, a class whose
 * {@code apply} unboxes and boxes — gets companions of its {@code double} view at its first call. Both modes against
 * central differences and an analytic gradient or Hipparchus, and the dot product (JacobianCheck); an implementation
 * that keeps boxes or writes memory is named at its first call.
 */
class BoxedFunctionsGivenTest {
  @BeforeAll
  static void agent() {
    FirstDispatch.install(false, net.bytebuddy.agent.ByteBuddyAgent.install());
  }

  @AfterAll
  static void noAgent() {
    FirstDispatch.uninstall();
  }

  private static final Class<?> I = LinkedFixtures.of(BoxedIntegrals.class).get(BoxedIntegrals.class);

  @Test
  void trapezoidOverALambda() {
    trapezoid(BoxedCallbacks.lambda(), x -> Math.sin(x) * x, x -> Math.cos(x) * x + Math.sin(x));
    trapezoid(BoxedCallbacks.scaled(1.7), x -> 1.7 * Math.exp(x / 2), x -> 0.85 * Math.exp(x / 2));
  }

  @Test
  void trapezoidOverMethodReferences() {
    trapezoid(BoxedCallbacks.reference(), x -> Math.exp(-x * x), x -> -2 * x * Math.exp(-x * x));
    trapezoid(BoxedCallbacks.sine(), Math::sin, Math::cos);
  }


  @Test
  void trapezoidOverAClassImplementingFunction() {
    trapezoid(new BoxedCallbacks.Cubic(0.7), x -> x * x * x + 0.7 * x, x -> 3 * x * x + 0.7);
  }

  /** Four applications of cos(t)/2 by recursion, against Hipparchus. */
  @Test
  void recursionOverAUnaryOperator() {
    UnaryOperator<Double> f = BoxedCallbacks.halfCosine();
    for (double x0 : new double[] {0.3, -1.1}) {
      DerivativeStructure x = new DSFactory(1, 1).variable(0, x0);
      for (int k = 0; k < 4; k++) x = x.cos().divide(2);
      JacobianCheck.check("iterate", new double[] {x0},
          v -> one(d(callOn(null, I, "iterate", f, v[0], 4))),
          (v, vd) -> one(d(callOn(null, I, "iterate$tangent", f, v[0], vd[0], 4))),
          (v, yb) -> {
            double[] s = new double[1];
            callOn(null, I, "iterate$adjoint", f, v[0], 4, yb[0], s);
            return s;
          },
          new double[][] {{x.getPartialDerivative(1)}});
    }
  }

  /** The sum of t^2 u + sin u at t = a + i/n, u = b, against its exact gradient. */
  @Test
  void loopOverABiFunction() {
    BiFunction<Double, Double, Double> g = BoxedCallbacks.pair();
    int n = 5;
    for (double[] ab : new double[][] {{0.4, 1.3}, {-0.8, 0.2}}) {
      double da = 0, db = 0;
      for (int i = 0; i < n; i++) {
        double t = ab[0] + (double) i / n, u = ab[1];
        da += 2 * t * u;
        db += t * t + Math.cos(u);
      }
      JacobianCheck.check("pairs", ab,
          v -> one(d(callOn(null, I, "pairs", g, v[0], v[1], n))),
          (v, vd) -> one(d(callOn(null, I, "pairs$tangent", g, v[0], vd[0], v[1], vd[1], n))),
          (v, yb) -> {
            double[] s = new double[2];
            callOn(null, I, "pairs$adjoint", g, v[0], v[1], n, yb[0], s);
            return s;
          },
          new double[][] {{da, db}});
    }
  }

  /** Folds with a class implementing BinaryOperator and a reference to Math::hypot, against Hipparchus. */
  @Test
  void foldOverBinaryOperators() {
    double[] x0 = {0.9, 1.7, 0.6, 2.2};
    fold(new BoxedCallbacks.Harmonic(), x0, (a, b) -> a.multiply(b).divide(a.add(b)));
    fold(BoxedCallbacks.hypot(), x0, (a, b) -> a.multiply(a).add(b.multiply(b)).sqrt());
  }

  /**
   * A memo keyed on the box, a lambda storing its box and one handing it to a helper of boxes are named at their first
   * call, in both modes, with the reason: a write, or a box of an active value used otherwise than unboxed.
   */
  @Test
  void implementationsKeepingBoxesAreNamed() {
    for (Function<Double, Double> f : java.util.List.of(new BoxedCallbacks.Memo(), BoxedCallbacks.keepingTheBox(new Double[1]),
        BoxedCallbacks.handedOn())) {
      for (String mode : new String[] {"tangent", "adjoint"}) {
        AssertionError e = assertThrows(AssertionError.class, () -> {
          if (mode.equals("tangent")) callOn(null, I, "trapezoid$tangent", f, 0.1, 1.0, 0.9, 0.0, 3);
          else callOn(null, I, "trapezoid$adjoint", f, 0.1, 0.9, 3, 1.0, new double[2]);
        });
        String m = e.getCause().getMessage();
        assertTrue(e.getCause() instanceof IllegalStateException && m.contains(f.getClass().getName() + " has no companion apply$" + mode)
            && (m.contains(".apply(Double) may write memory") || m.contains("may write memory") && m.contains("lambda created in") || m.contains("lambda$handedOn$") && m.contains("BoxedCallbacks.java:") && m.contains("boxes an active value")), m);
      }
    }
  }

  private static void trapezoid(Function<Double, Double> f, DoubleUnaryOperator value, DoubleUnaryOperator slope) {
    for (int round = 0; round < 2; round++) { // the second round runs on linked call sites
      for (int n : new int[] {1, 4, 50}) {
        for (double[] ab : new double[][] {{0.2, 1.1}, {-0.7, 0.4}}) {
          JacobianCheck.check("trapezoid " + f.getClass().getName() + " n=" + n, ab,
              x -> one(d(callOn(null, I, "trapezoid", f, x[0], x[1], n))),
              (x, xd) -> one(d(callOn(null, I, "trapezoid$tangent", f, x[0], xd[0], x[1], xd[1], n))),
              (x, yb) -> {
                double[] g = new double[2];
                callOn(null, I, "trapezoid$adjoint", f, x[0], x[1], n, yb[0], g);
                return g;
              },
              new double[][] {FirstDispatchTest.trapezoidGradient(value, slope, ab[0], ab[1], n)});
        }
      }
    }
  }

  private static void fold(BinaryOperator<Double> op, double[] x0,
      java.util.function.BinaryOperator<DerivativeStructure> exact) {
    DSFactory ds = new DSFactory(x0.length, 1);
    DerivativeStructure acc = ds.variable(0, x0[0]);
    for (int i = 1; i < x0.length; i++) acc = exact.apply(acc, ds.variable(i, x0[i]));
    double[] grad = new double[x0.length];
    for (int i = 0; i < x0.length; i++) {
      int[] order = new int[x0.length];
      order[i] = 1;
      grad[i] = acc.getPartialDerivative(order);
    }
    JacobianCheck.check("fold " + op.getClass().getName(), x0,
        v -> one(d(callOn(null, I, "fold", op, v.clone()))),
        (v, vd) -> one(d(callOn(null, I, "fold$tangent", op, v.clone(), vd.clone()))),
        (v, yb) -> {
          double[] s = new double[x0.length];
          callOn(null, I, "fold$adjoint", op, v.clone(), s, yb[0]);
          return s;
        },
        new double[][] {grad});
  }
}
