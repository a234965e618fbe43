package dev.leibniz.oracle;

import static dev.leibniz.oracle.ArraysAndCallsTest.callOn;
import static dev.leibniz.oracle.ArraysAndCallsTest.d;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.leibniz.oracle.ActiveLambdasTest.Companions;
import dev.leibniz.oracle.fixtures.escaping.EscapingLambdas;
import dev.leibniz.oracle.fixtures.escaping.Quad;
import java.util.Arrays;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.hipparchus.analysis.differentiation.DSFactory;
import org.hipparchus.analysis.differentiation.DerivativeStructure;
import org.hipparchus.analysis.integration.FieldTrapezoidIntegrator;
import org.junit.jupiter.api.Test;

/**
 * Lambdas capturing values with derivatives given to code outside the method
 * ({@code core.objects.LambdaCalls}, {@code JdkLambdaCalls}): another class's helper, a method of an
 * object created here, Hipparchus's {@code TrapezoidIntegrator} from its jar, {@code Arrays.setAll}
 * and {@code IntStream.range(..).mapToDouble(..).sum()}. Both modes against Hipparchus's
 * {@code DerivativeStructure} on the same algorithm (for the integrator its field version), central
 * finite differences and the dot product ({@link ActiveLambdasTest#check}); the adjoints' values
 * equal the method's to the last bit.
 */
class EscapingLambdasTest {
  static final LinkedFixtures L = LinkedFixtures.of(EscapingLambdas.class, Quad.class);
  static final Class<?> C = L.get(EscapingLambdas.class);

  /** Scalars in, scalar out, as {@link ActiveLambdasTest#scalars} but on this fixture; primal and companion values agree exactly. */
  static Companions scalars(String m) {
    return exact(new Companions() {
      public double primal(double[] x) {
        return d(callOn(null, C, m, box(x)));
      }

      public double tangent(double[] x, double[] xdot) {
        Object[] args = new Object[2 * x.length];
        for (int k = 0; k < x.length; k++) {
          args[2 * k] = x[k];
          args[2 * k + 1] = xdot[k];
        }
        return d(callOn(null, C, m + "$tangent", args));
      }

      public double adjoint(double[] x, double[] grad) {
        Object[] args = Arrays.copyOf(box(x), x.length + 2);
        args[x.length] = 1.0;
        args[x.length + 1] = grad;
        return d(callOn(null, C, m + "$adjoint", args));
      }
    });
  }

  /** {@code m(double[] a, double w)} with inputs {@code (a..., w)}. */
  static Companions arrayAndScalar(String m, int n) {
    return exact(new Companions() {
      public double primal(double[] v) {
        return d(callOn(null, C, m, Arrays.copyOf(v, n), v[n]));
      }

      public double tangent(double[] v, double[] vdot) {
        return d(callOn(null, C, m + "$tangent", Arrays.copyOf(v, n), Arrays.copyOf(vdot, n), v[n], vdot[n]));
      }

      public double adjoint(double[] v, double[] grad) {
        double[] abar = new double[n];
        double[] wbar = new double[1];
        double y = d(callOn(null, C, m + "$adjoint", Arrays.copyOf(v, n), abar, v[n], 1.0, wbar));
        System.arraycopy(abar, 0, grad, 0, n);
        grad[n] = wbar[0];
        return y;
      }
    });
  }

  /** Checks that the adjoint returns the method's value bit for bit. */
  private static Companions exact(Companions c) {
    return new Companions() {
      public double primal(double[] x) {
        return c.primal(x);
      }

      public double tangent(double[] x, double[] xdot) {
        return c.tangent(x, xdot);
      }

      public double adjoint(double[] x, double[] grad) {
        double y = c.adjoint(x, grad);
        assertEquals(Double.doubleToRawLongBits(c.primal(x.clone())), Double.doubleToRawLongBits(y), "the adjoint's value is the method's");
        return y;
      }
    };
  }

  private static Object[] box(double[] x) {
    Object[] o = new Object[x.length];
    for (int k = 0; k < x.length; k++) o[k] = x[k];
    return o;
  }

  static DerivativeStructure trapezoid(UnaryOperator<DerivativeStructure> f, DerivativeStructure a, DerivativeStructure b, int n) {
    DerivativeStructure h = b.subtract(a).divide(n);
    DerivativeStructure s = f.apply(a).add(f.apply(b)).divide(2);
    for (int i = 1; i < n; i++) s = s.add(f.apply(a.add(h.multiply(i))));
    return s.multiply(h);
  }

  @Test
  void givenToAStaticHelperOfAnotherClass() {
    for (double x : new double[] {0.4, 1.3, -0.9}) {
      ActiveLambdasTest.check("otherClass", scalars("otherClass"), new double[] {x},
          v -> trapezoid(t -> v[0].multiply(v[0]).multiply(t).sin(), v[0].getField().getZero(), v[0], 6));
    }
  }

  @Test
  void givenToAMethodOfAnObjectCreatedHere() {
    for (double x : new double[] {0.3, 1.1}) {
      ActiveLambdasTest.check("createdReceiver", scalars("createdReceiver"), new double[] {x},
          v -> trapezoid(t -> v[0].exp().multiply(t).cos().multiply(t), v[0].getField().getZero(), v[0], 5));
    }
  }

  /** Against Hipparchus's own field trapezoid integrator over DerivativeStructure (same stages, same stopping rule). */
  @Test
  void givenToHipparchusTrapezoidIntegratorFromItsJar() {
    for (double[] xy : new double[][] {{0.7, 1.9}, {-0.4, 2.5}}) {
      ActiveLambdasTest.check("hipparchusTrapezoid", scalars("hipparchusTrapezoid"), xy, v -> {
        DerivativeStructure k = v[0].multiply(v[1]);
        FieldTrapezoidIntegrator<DerivativeStructure> trapezoidal = new FieldTrapezoidIntegrator<>(v[0].getField());
        return trapezoidal.integrate(100_000, t -> k.multiply(t).sin().multiply(v[0].negate().multiply(t).exp()),
            v[0].getField().getZero(), v[0].getField().getOne());
      });
    }
  }

  @Test
  void arraysSetAll() {
    double[] x = {0.5, -1.2, 2.0, 0.3, 0.9};
    double[] in = Arrays.copyOf(x, 6);
    in[5] = 0.8;
    ActiveLambdasTest.check("setAll", arrayAndScalar("setAll", 5), in, v -> {
      DerivativeStructure s = v[0].getField().getZero();
      for (int i = 0; i < 5; i++) {
        DerivativeStructure e = v[5].multiply(v[i]).add(v[i].sin());
        s = s.add(e.multiply(e));
      }
      return s;
    });
  }

  /**
   * The stream's sum is the JDK's compensated sum: the adjoint's value equals the method's bit for
   * bit (checked by {@link #exact}); at this point a plain loop's sum differs from the JDK's in the
   * last bit (16.368803172147093 against ...096), so a model summing plainly fails here.
   */
  @Test
  void intStreamRangeMapToDoubleSum() {
    double[] x = {0.5, -1.2, 2.0, 0.3, 0.9, 1e-3, 7.5};
    double[] in = Arrays.copyOf(x, 8);
    in[7] = 0.6;
    ActiveLambdasTest.check("streamSum", arrayAndScalar("streamSum", 7), in, v -> {
      DerivativeStructure s = v[0].getField().getZero();
      for (int i = 0; i < 7; i++) s = s.add(v[7].multiply(v[i]).exp().divide(1 + i));
      return s;
    });
    Function<double[], Double> empty = a -> d(callOn(null, C, "streamSum$tangent", a, new double[0], 2.0, 1.0));
    assertEquals(0.0, empty.apply(new double[0]), 0.0, "an empty range sums to zero");
  }

  /** Guards the oracle: the DS factory's variables are what check() differentiates. */
  @Test
  void oracleSanity() {
    DerivativeStructure v = new DSFactory(1, 1).variable(0, 2.0);
    assertEquals(4.0, v.multiply(v).getPartialDerivative(1), 0.0);
  }
}
