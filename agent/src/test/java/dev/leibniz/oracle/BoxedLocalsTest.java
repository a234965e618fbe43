package dev.leibniz.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.leibniz.oracle.fixtures.BoxedLocals;
import dev.leibniz.testing.Transformed;
import org.junit.jupiter.api.Test;

/**
 * Active values boxed into local {@code Double}s and unboxed where they are used (OpenSearch's
 * {@code MovingFunctions.holtForecast}, tenth corpus round, keeps the last value in a {@code Double} declared outside
 * its loop and computes {@code b = v - last}): {@code Double.valueOf(x).doubleValue()} is {@code x}, so the box
 * carries the number through (the objects pass's box forwarding, which a graph whose only objects are JDK boxes never
 * reached: refused before, "boxes an active value that is used other than in a message"). Both modes against the
 * analytic derivative and central differences, and the dot product.
 */
class BoxedLocalsTest {
  static final Transformed T = Transformed.of(BoxedLocals.class);

  @Test
  void aScalarThroughALocalBox() {
    for (double x : new double[] {-0.8, 0.3, 1.7}) {
      double exact = 2 * x + Math.cos(x);
      double fd = FiniteDifferences.derivative(v -> (double) T.call("squareThroughABox", v), x).value();
      assertEquals(exact, fd, 1e-6 * Math.max(1, Math.abs(exact)), "finite differences");
      double jv = (double) T.call("squareThroughABox$tangent", x, 0.7);
      assertEquals(0.7 * exact, jv, 1e-12, "tangent");
      double[] xbar = new double[1];
      double value = (double) T.call("squareThroughABox$adjoint", x, 3.0, xbar);
      assertEquals((double) T.call("squareThroughABox", x), value, 0.0, "the adjoint returns the primal value");
      assertEquals(3.0 * exact, xbar[0], 1e-12, "adjoint");
      assertEquals(3.0 * jv, 0.7 * xbar[0], 1e-12, "dot product");
    }
  }

  @Test
  void theLastValueInABoxAssignedAndUsedInTheSameTrip() {
    double[] v = {0.3, 1.2, -0.7, 2.0};
    double alpha = 0.4;
    // s = alpha / 2 * sum v_k^2: ds/dv_k = alpha v_k, ds/dalpha = sum v_k^2 / 2
    double[] exact = new double[5];
    for (int k = 0; k < 4; k++) {
      exact[k] = alpha * v[k];
      exact[4] += v[k] * v[k] / 2;
    }
    JacobianCheck.check("lastInABox", new double[] {v[0], v[1], v[2], v[3], alpha},
        x -> new double[] {(double) T.call("lastInABox", new double[] {x[0], x[1], x[2], x[3]}, x[4])},
        (x, xd) -> new double[] {(double) T.call("lastInABox$tangent", new double[] {x[0], x[1], x[2], x[3]},
            new double[] {xd[0], xd[1], xd[2], xd[3]}, x[4], xd[4])},
        (x, yb) -> {
          double[] vb = new double[4], ab = new double[1];
          T.call("lastInABox$adjoint", new double[] {x[0], x[1], x[2], x[3]}, vb, x[4], yb[0], ab);
          return new double[] {vb[0], vb[1], vb[2], vb[3], ab[0]};
        },
        new double[][] {exact});
  }

  @Test
  void aBoxCarriedToTheNextTripIsStillRefusedAtItsLine() {
    var ds = Transformed.of(dev.leibniz.oracle.fixtures.BoxAcrossTrips.class, true).result.diagnostics();
    org.junit.jupiter.api.Assertions.assertTrue(ds.stream().anyMatch(d -> !d.warning() && d.message().contains("boxes an active value")),
        ds::toString);
  }

  static final Transformed MERGES = Transformed.of(dev.leibniz.oracle.fixtures.BoxedMerges.class);

  @Test
  void boxesMergedAtABranch() {
    for (double x : new double[] {-0.8, 0.3, 1.7}) {
      double exact = x > 0 ? Math.cos(x) * x + Math.sin(x) : 4 * x * x * x;
      double fd = FiniteDifferences.derivative(v -> (double) MERGES.call("branch", v), x).value();
      assertEquals(exact, fd, 1e-6 * Math.max(1, Math.abs(exact)), "finite differences");
      double jv = (double) MERGES.call("branch$tangent", x, 0.7);
      assertEquals(0.7 * exact, jv, 1e-12, "tangent");
      double[] xbar = new double[1];
      MERGES.call("branch$adjoint", x, 3.0, xbar);
      assertEquals(3.0 * exact, xbar[0], 1e-12, "adjoint");
      assertEquals(3.0 * jv, 0.7 * xbar[0], 1e-12, "dot product");
    }
  }

  @Test
  void aBoxCarriedAroundALoopThatIsNeverNull() {
    double[] v = {0.3, 1.2, -0.7, 2.0};
    // s = sum v[k] v[k-1]: ds/dv_k = v[k-1] + v[k+1]
    double[] exact = new double[4];
    for (int k = 0; k < 4; k++) exact[k] = (k > 0 ? v[k - 1] : 0) + (k < 3 ? v[k + 1] : 0);
    JacobianCheck.check("carried", v.clone(),
        x -> new double[] {(double) MERGES.call("carried", (Object) x.clone())},
        (x, xd) -> new double[] {(double) MERGES.call("carried$tangent", x.clone(), xd.clone())},
        (x, yb) -> {
          double[] vb = new double[4];
          MERGES.call("carried$adjoint", x.clone(), vb, yb[0]);
          return vb;
        },
        new double[][] {exact});
  }

  @Test
  void aFloatThroughALocalBox() {
    for (float x : new float[] {-0.8f, 0.3f, 1.7f}) {
      float exact = 6f * x * x;
      double fd = FiniteDifferences.derivative(v -> (float) T.call("floatThroughABox", (float) v), x).value();
      assertEquals(exact, fd, 1e-3 * Math.max(1, Math.abs(exact)), "finite differences");
      float jv = (float) T.call("floatThroughABox$tangent", x, 0.5f);
      assertEquals(0.5f * exact, jv, 1e-5f * Math.max(1, Math.abs(exact)), "tangent");
    }
  }
}
