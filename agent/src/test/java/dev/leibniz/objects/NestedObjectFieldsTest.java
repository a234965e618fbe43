package dev.leibniz.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.Derivatives;
import dev.leibniz.objects.fixtures.NestedObjectFields;
import dev.leibniz.objects.fixtures.NestedObjectFields.MarkedDense;
import dev.leibniz.objects.fixtures.NestedObjectFields.WithMarkedNorm;
import dev.leibniz.oracle.DotProductCheck;
import dev.leibniz.oracle.FiniteDifferences;
import dev.leibniz.testing.Transformed;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import org.junit.jupiter.api.Test;

/**
 * An object with shadows holding another object in a field (Flink ML's {@code VectorWithNorm}: a {@code Vector} and its
 * norm; the eleventh corpus round). By the contract a held object of a class without shadows is passive data (its
 * numbers carry no derivative, as a {@code Dataset}'s), whether the field is declared with an interface or a class; the
 * nested class annotated {@code @Differentiable} makes them inputs: differentiated in both modes, checked against the
 * analytic gradient and central differences, and the dot product of the two modes.
 */
class NestedObjectFieldsTest {
  static final Transformed T = Transformed.of(NestedObjectFields.class, true);
  static final Class<WithMarkedNorm> W = WithMarkedNorm.class;

  /** x = (a0, a1, |a|, b0, b1, |b|): the values are not normalised to the norms, each is an input of its own. */
  static final double[] X = {0.5, -1.2, 1.3, 0.3, 0.1, 0.32};

  /**
   * The contract (README, "Differentiable classes"): a field holding an object of a class without shadows is passive,
   * like a {@code Dataset}; the companions differentiate along the norms only, exactly, and give 0 along the held values.
   */
  @Test
  void aHeldObjectOfAClassWithoutShadowsIsPassiveData() {
    assertTrue(T.result.diagnostics().stream().noneMatch(d -> !d.warning()), T.result.diagnostics().toString());
    NestedObjectFields.WithNorm a = new NestedObjectFields.WithNorm(new NestedObjectFields.Dense(new double[] {X[0], X[1]}), X[2]);
    NestedObjectFields.WithNorm b = new NestedObjectFields.WithNorm(new NestedObjectFields.Dense(new double[] {X[3], X[4]}), X[5]);
    double s = X[0] * X[3] + X[1] * X[4];
    NestedObjectFields.WithNorm da = new NestedObjectFields.WithNorm(new NestedObjectFields.Dense(new double[] {1, 1}), 1);
    NestedObjectFields.WithNorm db = new NestedObjectFields.WithNorm(new NestedObjectFields.Dense(new double[] {1, 1}), 0);
    assertEquals(s / (X[2] * X[2] * X[5]), (double) call("cosine$tangent", a, da, b, db), 1e-14, "along |a| only");
  }

  // ------------------------------------------------------------ the advised form, in both modes

  static WithMarkedNorm a(double[] x) {
    return new WithMarkedNorm(new MarkedDense(new double[] {x[0], x[1]}), x[2]);
  }

  static WithMarkedNorm b(double[] x) {
    return new WithMarkedNorm(new MarkedDense(new double[] {x[3], x[4]}), x[5]);
  }

  static Object call(String name, Object... args) {
    for (Method m : T.type.getDeclaredMethods()) {
      if (m.getName().equals(name)) {
        try {
          return m.invoke(null, args);
        } catch (InvocationTargetException | IllegalAccessException e) {
          throw new AssertionError(e);
        }
      }
    }
    throw new AssertionError("no " + name);
  }

  static double[] primal(double[] x) {
    return new double[] {NestedObjectFields.cosineMarked(a(x), b(x))};
  }

  static double[] tangent(double[] x, double[] dx) {
    WithMarkedNorm a = a(x), b = b(x), da = Derivatives.zeroShadow(a), db = Derivatives.zeroShadow(b);
    da.vector.values[0] = dx[0];
    da.vector.values[1] = dx[1];
    db.vector.values[0] = dx[3];
    db.vector.values[1] = dx[4];
    double[] out = {(double) call("cosineMarked$tangent", a, withNorm(da, dx[2]), b, withNorm(db, dx[5]))};
    return out;
  }

  /** A shadow with its norm's tangent: the field is final, so the shadow is made again around the same vector's shadow. */
  static WithMarkedNorm withNorm(WithMarkedNorm shadow, double norm) {
    return new WithMarkedNorm(shadow.vector, norm);
  }

  static double[] adjoint(double[] x, double[] ybar) {
    WithMarkedNorm a = a(x), b = b(x), abar = Derivatives.zeroShadow(a), bbar = Derivatives.zeroShadow(b);
    double f = (double) call("cosineMarked$adjoint", a, abar, b, bbar, ybar[0]);
    assertEquals(primal(x)[0], f, 0, "the adjoint returns the primal value");
    return new double[] {abar.vector.values[0], abar.vector.values[1], abar.norm, bbar.vector.values[0],
        bbar.vector.values[1], bbar.norm};
  }

  @Test
  void theNestedClassAnnotatedIsDifferentiatedInBothModes() {
    double s = X[0] * X[3] + X[1] * X[4], na = X[2], nb = X[5];
    double[] exact = {-X[3] / (na * nb), -X[4] / (na * nb), s / (na * na * nb), -X[0] / (na * nb), -X[1] / (na * nb),
        s / (na * nb * nb)};
    double[] g = adjoint(X, new double[] {1});
    for (int k = 0; k < X.length; k++) {
      double[] e = new double[X.length];
      e[k] = 1;
      double t = tangent(X, e)[0];
      FiniteDifferences.Estimate fd = FiniteDifferences.directional(NestedObjectFieldsTest::primal, X, e)[0];
      assertEquals(exact[k], t, 1e-14, "tangent " + k + " vs analytic");
      assertEquals(fd.value(), t, fd.tolerance(1e-9), "tangent " + k + " vs differences");
      assertEquals(exact[k], g[k], 1e-14, "adjoint " + k + " vs analytic");
      assertEquals(fd.value(), g[k], fd.tolerance(1e-9), "adjoint " + k + " vs differences");
    }
    DotProductCheck.check("cosineMarked(WithMarkedNorm, WithMarkedNorm)", X, 1, NestedObjectFieldsTest::tangent,
        NestedObjectFieldsTest::adjoint, 11, 5);
  }
}
