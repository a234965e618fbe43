package dev.leibniz.oracle;

import static dev.leibniz.oracle.ArraysAndCallsTest.callOn;
import static dev.leibniz.oracle.ArraysAndCallsTest.d;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.leibniz.oracle.ActiveLambdasTest.Companions;
import dev.leibniz.oracle.fixtures.StreamPipelineFunctions;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.NoSuchElementException;
import java.util.function.Function;
import org.hipparchus.analysis.differentiation.DerivativeStructure;
import org.junit.jupiter.api.Test;

/**
 * Stream pipelines over numbers become loops ({@code core.objects.StreamPipelines}): every source,
 * intermediate operation and terminal, in both modes, against Hipparchus's {@code
 * DerivativeStructure} on the same formula, central finite differences and the dot product between
 * the modes ({@link ActiveLambdasTest#check}); the adjoint's value is the method's, bit for bit
 * (the JDK's compensated sum, not a plain one).
 */
class StreamPipelinesTest {
  static final LinkedFixtures L = LinkedFixtures.of(StreamPipelineFunctions.class, StreamPipelineFunctions.Scale.class);
  static final Class<?> C = L.get(StreamPipelineFunctions.class);
  static final double[] X = {0.5, -1.2, 2.0, 0.3, 0.9};
  static final double W = 0.7;

  /** {@code m(double[] x, double w)} with inputs {@code (x..., w)}; the adjoint's value must be the method's exactly. */
  static Companions arrayAndScalar(String m, int n) {
    return arrayAndScalar(C, m, n);
  }

  /** {@link #arrayAndScalar(String, int)} of a method of class {@code C}. */
  static Companions arrayAndScalar(Class<?> C, String m, int n) {
    return new Companions() {
      public double primal(double[] v) {
        return d(callOn(null, C, m, Arrays.copyOf(v, n), v[n]));
      }

      public double tangent(double[] v, double[] vdot) {
        return d(callOn(null, C, m + "$tangent", Arrays.copyOf(v, n), Arrays.copyOf(vdot, n), v[n], vdot[n]));
      }

      public double adjoint(double[] v, double[] grad) {
        double[] xbar = new double[n];
        double[] wbar = new double[1];
        double y = d(callOn(null, C, m + "$adjoint", Arrays.copyOf(v, n), xbar, v[n], 1.0, wbar));
        System.arraycopy(xbar, 0, grad, 0, n);
        grad[n] = wbar[0];
        assertEquals(Double.doubleToRawLongBits(primal(v)), Double.doubleToRawLongBits(y), m + ": the adjoint's value is the method's");
        return y;
      }
    };
  }

  private static void check(String m, double[] x, Function<DerivativeStructure[], DerivativeStructure> oracle) {
    double[] in = Arrays.copyOf(x, x.length + 1);
    in[x.length] = W;
    ActiveLambdasTest.check(m, arrayAndScalar(m, x.length), in, oracle);
  }

  private static DerivativeStructure zero(DerivativeStructure[] v) {
    return v[0].getField().getZero();
  }

  @Test
  void arraysStreamMapSum() {
    check("arraySum", X, v -> {
      DerivativeStructure s = zero(v);
      for (int i = 0; i < 5; i++) s = s.add(v[i].multiply(v[i]));
      return s.multiply(v[5]);
    });
  }

  @Test
  void arraysStreamOfARangeMapSum() {
    check("arrayRangeSum", X, v -> v[1].multiply(v[5]).sin().add(v[2].multiply(v[5]).sin()).add(v[3].multiply(v[5]).sin()));
  }

  @Test
  void doubleStreamOfValuesAndOfOneValue() {
    check("valuesSum", X, v -> v[0].exp().add(v[5].exp()).add(v[1].multiply(v[5]).exp()));
    check("valueSum", X, v -> v[0].multiply(v[5]).multiply(v[0].multiply(v[5])).add(v[1]));
  }

  @Test
  void intStreamRangeAndRangeClosedMapToDouble() {
    check("rangeSum", X, v -> {
      DerivativeStructure s = zero(v);
      for (int i = 0; i < 5; i++) s = s.add(v[i].multiply(v[5].pow(i)));
      return s;
    });
    check("rangeClosedSum", X, v -> v[1].add(v[2].divide(2)).add(v[3].divide(3)).multiply(v[5]));
    double empty = d(callOn(null, C, "rangeSum$tangent", new double[0], new double[0], 2.0, 1.0));
    assertEquals(0.0, empty, 0.0, "an empty range sums to zero");
  }

  @Test
  void filterDecidesWhichElementsCount() {
    check("filteredSum", X, v -> {
      DerivativeStructure s = zero(v);
      for (int i = 0; i < 5; i++) {
        if (v[i].getValue() > 0) s = s.add(v[5].multiply(v[i]).multiply(v[i]));
      }
      return s;
    });
  }

  @Test
  void countIsALongOfTheElementsKept() {
    // X w = (0.35, -0.84, 1.4, 0.21, 0.63): four above 0.2; of (x1, w) = (-1.2, 0.7) one is positive
    check("countScaled", X, v -> v[5].multiply(v[0]).multiply(4).add(1));
    // none kept: x w all at most 0.2, and neither x1 nor w positive is false for w: w = 0.7 > 0 still counts
    check("countScaled", new double[] {0.1, -0.5, 0.2}, v -> v[3].multiply(v[0]).multiply(0).add(1));
  }

  @Test
  void averageOrElseAndGetAsDouble() {
    check("averageOrElse", X, v -> {
      DerivativeStructure s = zero(v);
      int n = 0;
      for (int i = 0; i < 5; i++) {
        if (v[i].getValue() > 0) {
          s = s.add(v[i].multiply(v[5]));
          n++;
        }
      }
      return s.divide(n);
    });
    check("averageOrElse", new double[] {-0.5, -1.2, -2.0}, v -> v[3].multiply(v[3])); // empty: orElse's value
    check("averageGet", X, v -> {
      DerivativeStructure s = zero(v);
      for (int i = 0; i < 5; i++) s = s.add(v[5].multiply(v[i]).exp());
      return s.divide(5);
    });
  }

  @Test
  void maxAndMin() {
    check("maxGet", X, v -> v[5].multiply(v[2]).sin()); // sin(1.4) is the largest
    check("minOrElse", X, v -> v[1].multiply(v[5])); // -1.2 w is the smallest
  }

  @Test
  void emptyOptionalsAsTheJdk() throws Exception {
    double orElse = d(callOn(null, C, "minOrElse$adjoint", new double[0], new double[0], W, 1.0, new double[1]));
    assertTrue(Double.isNaN(orElse), "min() of nothing is orElse's NaN");
    Method tangent = Arrays.stream(C.getDeclaredMethods()).filter(m -> m.getName().equals("maxGet$tangent")).findFirst().orElseThrow();
    tangent.setAccessible(true);
    InvocationTargetException e = assertThrows(InvocationTargetException.class,
        () -> tangent.invoke(null, new double[0], new double[0], W, 1.0));
    assertEquals(NoSuchElementException.class, e.getCause().getClass(), "getAsDouble() of an empty max()");
    assertEquals("No value present", e.getCause().getMessage());
  }

  @Test
  void reduceWithIdentity() {
    check("reduceProduct", X, v -> {
      DerivativeStructure p = zero(v).add(1);
      for (int i = 0; i < 5; i++) p = p.multiply(v[i].add(v[5]));
      return p;
    });
  }

  @Test
  void doubleSumAndMaxAsFunctions() {
    check("doubleMethodReferences", X, v -> {
      DerivativeStructure s = zero(v);
      for (int i = 0; i < 5; i++) s = s.add(v[i].multiply(v[5]));
      return s.add(v[2]); // 2.0 is the largest
    });
  }

  @Test
  void boundMethodReference() {
    check("boundReference", X, v -> {
      DerivativeStructure s = zero(v);
      for (int i = 0; i < 5; i++) s = s.add(v[5].multiply(v[i]).multiply(v[i]));
      return s;
    });
  }

  @Test
  void reduceWithoutIdentity() {
    check("reduceFirst", X, v -> {
      DerivativeStructure s = v[0].multiply(v[5]);
      for (int i = 1; i < 5; i++) s = s.add(v[i].multiply(v[5]).multiply(v[i].multiply(v[5])));
      return s;
    });
  }

  @Test
  void toArrayFilteredAndWhole() {
    check("filteredToArray", X, v -> {
      DerivativeStructure s = zero(v);
      int k = 0;
      for (int i = 0; i < 5; i++) {
        DerivativeStructure y = v[i].multiply(v[5]);
        if (y.getValue() > 0) s = s.add(y.multiply(y).multiply(++k));
      }
      return s.add(k);
    });
    check("rangeToArray", X, v -> {
      DerivativeStructure s = zero(v);
      for (int i = 0; i < 5; i++) s = s.add(v[i].multiply(v[5]).add(i).pow(3));
      return s;
    });
  }

  /**
   * {@code secondOrderSum$adjoint$tangent}: H·v of {@code f = Σ sin(w x_i)} against the analytic
   * Hessian and against central differences of the adjoint's gradient along {@code v}.
   */
  @Test
  void secondOrderThroughAPipeline() {
    double[] dx = {0.3, -0.2, 0.5, 0.1, -0.4};
    double dw = 0.6;
    double[] xbar = new double[5], dxbar = new double[5], wbar = new double[1], dwbar = new double[1];
    double gv = d(callOn(null, C, "secondOrderSum$adjoint$tangent", X.clone(), dx, xbar, dxbar, W, dw, 1.0, 0.0, wbar, dwbar));
    double[] hx = new double[5];
    double hw = 0, gradDotV = 0;
    for (int i = 0; i < 5; i++) {
      double s = Math.sin(W * X[i]), c = Math.cos(W * X[i]);
      double mixed = c - W * X[i] * s; // d2f / dx_i dw
      hx[i] = -W * W * s * dx[i] + mixed * dw;
      hw += mixed * dx[i] - X[i] * X[i] * s * dw;
      gradDotV += W * c * dx[i] + X[i] * c * dw;
    }
    assertEquals(gradDotV, gv, 1e-12, "∇f·v");
    for (int i = 0; i < 5; i++) {
      assertEquals(hx[i], dxbar[i], 1e-12, "H·v x" + i + " vs analytic");
      int k = i;
      FiniteDifferences.Estimate fd = FiniteDifferences.derivative(t -> gradient(X, W, dx, dw, t)[k], 0.0);
      assertEquals(fd.value(), dxbar[i], fd.tolerance(1e-8), "H·v x" + i + " vs differences of the gradient");
    }
    assertEquals(hw, dwbar[0], 1e-12, "H·v w vs analytic");
    FiniteDifferences.Estimate fd = FiniteDifferences.derivative(t -> gradient(X, W, dx, dw, t)[5], 0.0);
    assertEquals(fd.value(), dwbar[0], fd.tolerance(1e-8), "H·v w vs differences of the gradient");
  }

  /** The gradient of {@code secondOrderSum} (its adjoint) at {@code (x + t dx, w + t dw)}, w's last. */
  private static double[] gradient(double[] x, double w, double[] dx, double dw, double t) {
    double[] at = x.clone();
    for (int i = 0; i < at.length; i++) at[i] += t * dx[i];
    double[] xbar = new double[x.length], wbar = new double[1];
    callOn(null, C, "secondOrderSum$adjoint", at, xbar, w + t * dw, 1.0, wbar);
    double[] g = Arrays.copyOf(xbar, x.length + 1);
    g[x.length] = wbar[0];
    return g;
  }

  /** The JDK's sum is compensated: here a plain loop's sum differs from it in the last bits, the companions' does not. */
  @Test
  void sumIsTheJdksCompensatedSum() {
    double[] x = {1.0, 1e-8, 1e-8, 1e-8, 1e-8, 1.0, 0.1, 0.2}; // plain 2.05, the JDK's 2.0500000000000003
    double plain = 0;
    for (double v : x) plain += v * v * 1.0;
    double jdk = Arrays.stream(x).map(v -> v * v).sum();
    assertTrue(plain != jdk, "the example separates a plain sum from the JDK's");
    double[] in = Arrays.copyOf(x, x.length + 1);
    in[x.length] = 1.0;
    double[] grad = new double[in.length];
    double y = arrayAndScalar("arraySum", x.length).adjoint(in, grad);
    assertEquals(Double.doubleToRawLongBits(jdk), Double.doubleToRawLongBits(y), "the adjoint's value is the JDK's sum");
  }

  private static void assertTrue(boolean b, String message) {
    org.junit.jupiter.api.Assertions.assertTrue(b, message);
  }
}
