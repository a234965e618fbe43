package dev.leibniz.oracle;

import static dev.leibniz.oracle.ArraysAndCallsTest.callOn;
import static dev.leibniz.oracle.ArraysAndCallsTest.d;
import static dev.leibniz.oracle.ArraysAndCallsTest.one;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.oracle.fixtures.FieldData;
import dev.leibniz.testing.Transformed;
import java.lang.reflect.InvocationTargetException;
import org.junit.jupiter.api.Test;

/**
 * Arrays read from fields are passive data (issue: objects, point 4): a logistic regression with
 * its data in final fields, a static final table passed to a helper, a non-final field only read,
 * in both modes against finite differences, the analytic gradient and the dot-product test. A
 * field array that is the same array as the active parameter is a clear run-time error, never a
 * silently wrong gradient.
 */
class FieldDataTest {
  static final Transformed T = Transformed.of(FieldData.class);
  static final double[][] X = {{1, 0.5, -0.2}, {-0.3, 1.2, 0.8}, {0.7, -1.1, 0.4}, {0.2, 0.3, -0.9}};
  static final double[] Y = {1, -1, 1, -1};

  static Object model(double[] scale) {
    try {
      return T.type.getConstructor(double[][].class, double[].class, double[].class).newInstance(X, Y, scale);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  static void checkGradient(String what, Object receiver, double[] w, double[] exact) {
    double[][] ex = exact == null ? null : new double[][] {exact};
    JacobianCheck.check(what, w,
        v -> one(d(callOn(receiver, T.type, what, v))),
        (v, vd) -> one(d(callOn(receiver, T.type, what + "$tangent", v, vd))),
        (v, yb) -> {
          double[] g = new double[v.length];
          callOn(receiver, T.type, what + "$adjoint", v, g, yb[0]);
          return g;
        },
        ex);
  }

  @Test
  void logisticRegressionWithDataInFinalFields() {
    Object m = model(new double[] {1, 2, 3});
    double[] w = {0.3, -0.7, 1.1};
    double[] exact = new double[3];
    for (int i = 0; i < X.length; i++) {
      double z = 0;
      for (int j = 0; j < 3; j++) z += w[j] * X[i][j];
      double sigma = 1 / (1 + Math.exp(Y[i] * z)); // d/dz log(1 + exp(-y z)) = -y sigma(-y z)
      for (int j = 0; j < 3; j++) exact[j] += -Y[i] * sigma * X[i][j];
    }
    checkGradient("loss", m, w, exact);
  }

  @Test
  void staticFinalTablePassedToAHelper() {
    double[] v = {0.4, -0.9, 1.3};
    double[] t = {0.5, -1.25, 2.0};
    double a = 0, b = 0;
    for (int i = 0; i < 3; i++) {
      a += t[i] * v[i];
      b += v[i] * v[i];
    }
    double[] exact = new double[3];
    for (int i = 0; i < 3; i++) exact[i] = t[i] * b + a * 2 * v[i];
    checkGradient("weighted", null, v, exact);
  }

  @Test
  void nonFinalFieldOnlyRead() {
    double[] scale = {1.5, -0.5, 2};
    double[] v = {0.4, -0.9, 1.3};
    double[] exact = new double[3];
    for (int i = 0; i < 3; i++) exact[i] = 2 * scale[i] * v[i] + scale[i];
    checkGradient("scaled", model(scale), v, exact);
  }

  @Test
  void fieldArrayPassedAsTheActiveParameterIsRefusedAtRunTime() {
    double[] scale = {1.5, -0.5, 2};
    Object m = model(scale);
    for (String companion : new String[] {"scaled$tangent", "scaled$adjoint"}) {
      Object[] args = companion.endsWith("tangent") ? new Object[] {scale, new double[3]} : new Object[] {scale, new double[3], 1.0};
      AssertionError e = assertThrows(AssertionError.class, () -> callOn(m, T.type, companion, args));
      Throwable cause = e.getCause() instanceof InvocationTargetException ? e.getCause().getCause() : e.getCause();
      assertTrue(cause instanceof IllegalArgumentException && cause.getMessage().startsWith("leibniz: ")
          && cause.getMessage().contains("FieldData.scale") && cause.getMessage().contains("parameter 0"), String.valueOf(cause));
    }
    // a copy is fine
    checkGradient("scaled", m, scale.clone(), null);
  }

  @Test
  void fieldArrayReachedThroughAGetter() {
    double[] scale = {1.5, -0.5, 2};
    Object m = model(scale);
    double[] v = {0.4, -0.9, 1.3};
    double d = 0;
    for (int i = 0; i < 3; i++) d += scale[i] * v[i];
    double[] exact = new double[3];
    for (int i = 0; i < 3; i++) exact[i] = scale[i] * v[0];
    exact[0] += d;
    checkGradient("scaledByGetter", m, v, exact);
    AssertionError e = assertThrows(AssertionError.class, () -> callOn(m, T.type, "scaledByGetter$tangent", scale, new double[3]));
    Throwable cause = e.getCause() instanceof InvocationTargetException ? e.getCause().getCause() : e.getCause();
    assertTrue(cause instanceof IllegalArgumentException && cause.getMessage().contains("getScale()"), String.valueOf(cause));
  }
}
