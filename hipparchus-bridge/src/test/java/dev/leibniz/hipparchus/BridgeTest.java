package dev.leibniz.hipparchus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.invoke.MethodHandles;
import java.util.function.Function;
import org.hipparchus.analysis.differentiation.DSFactory;
import org.hipparchus.analysis.differentiation.DerivativeStructure;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.optim.InitialGuess;
import org.hipparchus.optim.MaxEval;
import org.hipparchus.optim.PointValuePair;
import org.hipparchus.optim.SimpleValueChecker;
import org.hipparchus.optim.nonlinear.scalar.GoalType;
import org.hipparchus.optim.nonlinear.scalar.gradient.NonLinearConjugateGradientOptimizer;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LeastSquaresOptimizer.Optimum;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LevenbergMarquardtOptimizer;
import org.junit.jupiter.api.Test;

/**
 * The bridge under the agent: Jacobians by tangent columns and by adjoint rows against central
 * differences and Hipparchus {@code DerivativeStructure}; a Levenberg–Marquardt fit that recovers
 * the parameters; the objective-gradient pair with a conjugate-gradient optimiser; clear errors.
 */
class BridgeTest {
  static final double[] TRUE = {2.5, 0.3, 1.7, 0.4, -0.2};
  static final int M = 60;

  static Decay data() {
    double[] t = new double[M], y = new double[M];
    for (int i = 0; i < M; i++) {
      t[i] = 0.1 * i;
      y[i] = Decay.model(TRUE, t[i]);
    }
    return new Decay(t, y);
  }

  static DerivativeStructure[] variables(double[] x) {
    DSFactory f = new DSFactory(x.length, 1);
    DerivativeStructure[] v = new DerivativeStructure[x.length];
    for (int i = 0; i < x.length; i++) v[i] = f.variable(i, x[i]);
    return v;
  }

  static double[][] jacobianDs(Function<DerivativeStructure[], DerivativeStructure[]> f, double[] x) {
    DerivativeStructure[] r = f.apply(variables(x));
    double[][] j = new double[r.length][x.length];
    for (int i = 0; i < r.length; i++) {
      for (int k = 0; k < x.length; k++) {
        int[] orders = new int[x.length];
        orders[k] = 1;
        j[i][k] = r[i].getPartialDerivative(orders);
      }
    }
    return j;
  }

  /** Fourth-order central differences, column by column. */
  static double[][] jacobianFd(Function<double[], double[]> f, double[] x) {
    int m = f.apply(x).length;
    double[][] j = new double[m][x.length];
    for (int k = 0; k < x.length; k++) {
      double h = 1e-3 * Math.max(1, Math.abs(x[k]));
      double[][] at = new double[4][];
      double[] offsets = {h, -h, 2 * h, -2 * h};
      for (int s = 0; s < 4; s++) {
        double[] y = x.clone();
        y[k] += offsets[s];
        at[s] = f.apply(y);
      }
      for (int i = 0; i < m; i++) j[i][k] = (8 * (at[0][i] - at[1][i]) - (at[2][i] - at[3][i])) / (12 * h);
    }
    return j;
  }

  static void assertClose(double[][] expected, double[][] actual, double relative, String what) {
    for (int i = 0; i < expected.length; i++) {
      for (int k = 0; k < expected[i].length; k++) {
        double e = expected[i][k];
        assertEquals(e, actual[i][k], relative * Math.max(1, Math.abs(e)), what + " [" + i + "][" + k + "]");
      }
    }
  }

  @Test
  void jacobianByTangentColumnsMatchesHipparchusAndDifferences() {
    Decay d = data();
    LeibnizModel model = LeibnizModel.of(MethodHandles.lookup(), d, "residuals", 5, M);
    assertTrue(model.byColumns());
    double[] p = {2.0, 0.5, 1.5, 0.1, 0.0};
    double[] r = new double[M];
    double[][] j = model.jacobian(p, r);
    double[][] ds = jacobianDs(v -> {
      DerivativeStructure[] out = new DerivativeStructure[M];
      for (int i = 0; i < M; i++) {
        double t = 0.1 * i;
        out[i] = v[0].multiply(v[1].multiply(-t).exp()).multiply(v[2].multiply(t).add(v[3]).cos()).add(v[4]).subtract(Decay.model(TRUE, t));
      }
      return out;
    }, p);
    assertClose(ds, j, 1e-13, "J vs Hipparchus");
    assertClose(jacobianFd(model::residuals, p), j, 1e-8, "J vs differences");
    for (int i = 0; i < M; i++) assertEquals(Decay.model(p, 0.1 * i) - Decay.model(TRUE, 0.1 * i), r[i], 1e-14);
  }

  @Test
  void jacobianByAdjointRowsWhenThereAreMoreParametersThanResiduals() {
    LeibnizModel model = LeibnizModel.of(MethodHandles.lookup(), Decay.class, "wide", 6, 3);
    assertFalse(model.byColumns());
    double[] x = {0.3, -1.2, 0.8, 1.5, 0.25, -0.6};
    double[][] j = model.jacobian(x, null);
    double[][] ds = jacobianDs(v -> new DerivativeStructure[] {
      v[0].multiply(v[1]).add(v[2].sin()).subtract(v[5]),
      v[3].multiply(v[3]).multiply(v[4]).add(v[0]),
      v[1].subtract(v[4]).exp().multiply(v[5]).add(v[2].multiply(v[3]))
    }, x);
    assertClose(ds, j, 1e-14, "J by rows vs Hipparchus");
    assertClose(jacobianFd(model::residuals, x), j, 1e-8, "J by rows vs differences");
    RealMatrix fromValue = model.value(new ArrayRealVector(x)).getSecond();
    assertClose(j, fromValue.getData(), 0, "value() returns the same Jacobian");
  }

  @Test
  void levenbergMarquardtRecoversTheParameters() {
    LeibnizModel model = LeibnizModel.of(MethodHandles.lookup(), data(), "residuals", 5, M);
    Optimum optimum = new LevenbergMarquardtOptimizer()
        .optimize(model.leastSquares(new double[] {2.0, 0.5, 1.5, 0.1, 0.0}).maxEvaluations(1000).maxIterations(1000).build());
    double[] p = optimum.getPoint().toArray();
    for (int k = 0; k < 5; k++) assertEquals(TRUE[k], p[k], 1e-8, "parameter " + k);
    assertTrue(optimum.getRMS() < 1e-10, "rms " + optimum.getRMS());
  }

  @Test
  void objectiveAndGradientDriveConjugateGradients() {
    LeibnizObjective f = LeibnizObjective.of(MethodHandles.lookup(), Decay.class, "rosenbrock");
    double[] x = {-1.2, 1, 0.5, 0.7};
    double[] g = f.gradient(x);
    double[][] ds = jacobianDs(v -> {
      DerivativeStructure s = v[0].getField().getZero();
      for (int i = 0; i + 1 < v.length; i += 2) {
        DerivativeStructure a = v[i].multiply(v[i]).subtract(v[i + 1]);
        DerivativeStructure b = v[i].subtract(1);
        s = s.add(a.multiply(a).multiply(100)).add(b.multiply(b));
      }
      return new DerivativeStructure[] {s};
    }, x);
    assertClose(ds, new double[][] {g}, 1e-14, "gradient vs Hipparchus");
    assertClose(jacobianFd(y -> new double[] {f.value(y)}, x), new double[][] {g}, 1e-7, "gradient vs differences");
    PointValuePair best = new NonLinearConjugateGradientOptimizer(
            NonLinearConjugateGradientOptimizer.Formula.POLAK_RIBIERE, new SimpleValueChecker(1e-14, 1e-14))
        .optimize(new MaxEval(100_000), f.objective(), f.gradient(), GoalType.MINIMIZE, new InitialGuess(x));
    for (double xi : best.getPoint()) assertEquals(1, xi, 1e-4);
  }

  @Test
  void missingCompanionsAndWrongTargetsSayWhy() {
    IllegalStateException missing = assertThrows(IllegalStateException.class,
        () -> LeibnizModel.of(MethodHandles.lookup(), Decay.class, "unmarked", 1, 1));
    assertTrue(missing.getMessage().contains("-javaagent"), missing.getMessage());
    IllegalArgumentException instance = assertThrows(IllegalArgumentException.class,
        () -> LeibnizModel.of(MethodHandles.lookup(), Decay.class, "residuals", 5, M));
    assertTrue(instance.getMessage().contains("pass the receiver"), instance.getMessage());
    IllegalArgumentException length = assertThrows(IllegalArgumentException.class,
        () -> LeibnizModel.of(MethodHandles.lookup(), data(), "residuals", 5, M).jacobian(new double[4], null));
    assertTrue(length.getMessage().contains("expected 5 parameters"), length.getMessage());
  }
}
