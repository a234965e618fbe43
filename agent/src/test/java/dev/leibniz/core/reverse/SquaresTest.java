package dev.leibniz.core.reverse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.core.ClassFinder;
import dev.leibniz.core.explain.Explainer;
import dev.leibniz.core.explain.Explanation;
import dev.leibniz.core.fixtures.Squares;
import dev.leibniz.oracle.DotProductCheck;
import dev.leibniz.oracle.ExactGradient;
import dev.leibniz.oracle.FiniteDifferences;
import dev.leibniz.testing.Transformed;
import java.lang.reflect.Method;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hipparchus.analysis.differentiation.DSFactory;
import org.hipparchus.analysis.differentiation.DerivativeStructure;
import org.junit.jupiter.api.Test;

/**
 * The reverse of {@code x·x} ({@link InstructionReversal}): one product of the adjoint with {@code x},
 * doubled ({@code t + t}), where two products were accumulated one after the other (BA's
 * {@code θ² = r0² + r1² + r2²}: three per Jacobian row). The printed code shows it; each gradient is
 * checked against the exact one (Hipparchus), central differences and the dot-product test with the
 * tangent, and the vector adjoint's rows against the exact Jacobian, differences and the tangent.
 */
class SquaresTest {
  static final Transformed T = Transformed.of(Squares.class);
  static final Explainer.Explained EXPLAINED = Explainer.explain(Transformed.bytesOf(Squares.class), ClassFinder.NONE);
  static final Pattern DOUBLED = Pattern.compile(": double = add (v\\d+) (v\\d+)\n");

  /** The printed code of the first companion named {@code prefix…} (an adjoint's is its body's). */
  static String ir(String prefix) {
    for (Explanation e : EXPLAINED.companions()) {
      if (e.companion().contains("." + prefix)) return e.derivative();
    }
    throw new AssertionError("no companion " + prefix);
  }

  static int multiplications(String ir) {
    return ir.split(": double = mul ", -1).length - 1;
  }

  /** Additions of a value to itself: the doubled product of a square's reverse. */
  static int doublings(String ir) {
    int n = 0;
    Matcher m = DOUBLED.matcher(ir);
    while (m.find()) if (m.group(1).equals(m.group(2))) n++;
    return n;
  }

  @Test
  void aSquaresReverseMultipliesOnceAndDoubles() {
    String square = ir("square$adjoint");
    // the primal's x·x and the adjoint's x·ȳ, doubled: not x·ȳ added twice
    assertEquals(2, multiplications(square), square);
    assertEquals(1, doublings(square), square);
    // the vector adjoint's reverse sweep, run per row: r0², r1², r2² and r2·r2 each one product
    String angle = ir("angle$adjoints");
    assertEquals(4, doublings(angle), angle);
    String inverse = ir("inverseSquare$adjoint");
    assertEquals(1, doublings(inverse), inverse);
  }

  @Test
  void gradientsOfSquares() {
    for (double x : new double[] {0.7, -1.3, 2.5}) {
      scalar("square", x, v -> v.multiply(v));
      scalar("inverseSquare", x, v -> v.reciprocal().multiply(v.reciprocal()).add(v));
      scalar("rootSquared", Math.abs(x), v -> v.sqrt().multiply(v.sqrt()));
    }
    for (double[] v : new double[][] {{0.3, -0.5, 0.7, 0.9}, {1.25}, {-0.75, 0.5}}) {
      DSFactory factory = new DSFactory(v.length, 1);
      DerivativeStructure[] d = new DerivativeStructure[v.length];
      for (int k = 0; k < v.length; k++) d[k] = factory.variable(k, v[k]);
      DerivativeStructure s = factory.constant(0);
      for (DerivativeStructure e : d) {
        DerivativeStructure t = e.multiply(0.5).add(s);
        s = s.add(t.multiply(t));
      }
      double[] exact = ExactGradient.of(s.multiply(s));
      Method primal = T.method("squaresInALoop", double[].class);
      Method tangent = T.method("squaresInALoop$tangent", double[].class, double[].class);
      Method adjoint = T.method("squaresInALoop$adjoint", double[].class, double[].class, double.class);
      T.checkGradient("squaresInALoop", v, exact,
          p -> new double[] {(double) Transformed.invoke(primal, (Object) p)},
          (p, dp) -> new double[] {(double) Transformed.invoke(tangent, p, dp)},
          (p, seed) -> {
            double[] g = new double[p.length];
            Transformed.invoke(adjoint, p, g, seed[0]);
            return g;
          });
    }
  }

  /** {@code √x·√x} at 0: NaN as before the change (the square root's zero adjoint is its own there: no silent 0). */
  @Test
  void rootSquaredAtZeroStaysNaN() {
    Method adjoint = T.method("rootSquared$adjoint", double.class, double.class, double[].class);
    double[] bar = new double[1];
    Transformed.invoke(adjoint, 0.0, 1.0, bar);
    double g = bar[0];
    assertTrue(Double.isNaN(g), "√x·√x at 0: " + g);
  }

  @Test
  void vectorAdjointRowsOfTheAngleAgainstTheExactJacobianDifferencesAndTheTangent() throws ReflectiveOperationException {
    Method primal = T.method("angle", double[].class, double[].class);
    Method rows = T.method("angle$adjoints", double[].class, double[][].class, double[].class, double[][].class, int.class);
    Method tangent = T.method("angle$tangent", double[].class, double[].class, double[].class, double[].class);
    for (double[] r : new double[][] {{0.3, -0.5, 0.7}, {-1.1, 0.2, 0.05}}) {
      double[][] jac = angleJacobian(r);
      double[][] seeds = {{1, 0}, {0, 1}, {0.6, -1.4}};
      int k = seeds.length;
      double[][] outBars = new double[k][];
      for (int d = 0; d < k; d++) outBars[d] = seeds[d].clone();
      double[][] rBars = new double[k][3];
      rows.invoke(null, r.clone(), rBars, new double[2], outBars, k);
      for (int d = 0; d < k; d++) {
        final double[] seed = seeds[d];
        Function<double[], double[]> f = p -> {
          double[] out = new double[2];
          Transformed.invoke(primal, p, out);
          return new double[] {seed[0] * out[0] + seed[1] * out[1]};
        };
        for (int j = 0; j < 3; j++) {
          double exact = seed[0] * jac[0][j] + seed[1] * jac[1][j];
          assertEquals(exact, rBars[d][j], 1e-13, "row " + d + ", column " + j + " against Hipparchus");
          double[] e = new double[3];
          e[j] = 1;
          FiniteDifferences.Estimate fd = FiniteDifferences.directional(f, r, e)[0];
          assertEquals(fd.value(), rBars[d][j], fd.tolerance(1e-9), "row " + d + ", column " + j + " against differences");
        }
        final double[] rowBar = rBars[d];
        DotProductCheck.check("angle row " + d, r, 1,
            (p, dp) -> {
              double[] out = new double[2], dout = new double[2];
              Transformed.invoke(tangent, p, dp, out, dout);
              return new double[] {seed[0] * dout[0] + seed[1] * dout[1]};
            },
            (p, s) -> {
              double[] g = new double[3];
              double[][] one = {{s[0] * seed[0], s[0] * seed[1]}};
              double[][] bar = {g};
              Transformed.invoke(rows, p.clone(), bar, new double[2], one, 1);
              return g;
            }, 17, 5);
        assertTrue(rowBar.length == 3);
      }
    }
  }

  private static void scalar(String name, double x, Function<DerivativeStructure, DerivativeStructure> f) {
    DSFactory factory = new DSFactory(1, 1);
    double[] exact = ExactGradient.of(f.apply(factory.variable(0, x)));
    Method primal = T.method(name, double.class);
    Method tangent = T.method(name + "$tangent", double.class, double.class);
    Method adjoint = T.method(name + "$adjoint", double.class, double.class, double[].class);
    T.checkGradient(name, new double[] {x}, exact,
        p -> new double[] {(double) Transformed.invoke(primal, p[0])},
        (p, dp) -> new double[] {(double) Transformed.invoke(tangent, p[0], dp[0])},
        (p, seed) -> {
          double[] bar = new double[1];
          Transformed.invoke(adjoint, p[0], seed[0], bar);
          return bar;
        });
  }

  /** ∂out/∂r of {@link Squares#angle}, by Hipparchus. */
  private static double[][] angleJacobian(double[] r) {
    DSFactory factory = new DSFactory(3, 1);
    DerivativeStructure r0 = factory.variable(0, r[0]), r1 = factory.variable(1, r[1]), r2 = factory.variable(2, r[2]);
    DerivativeStructure sq = r0.multiply(r0).add(r1.multiply(r1)).add(r2.multiply(r2));
    DerivativeStructure theta = sq.sqrt();
    DerivativeStructure out0 = theta.sin().multiply(r0).add(sq);
    DerivativeStructure out1 = theta.cos().multiply(r1).subtract(r2.multiply(r2));
    return new double[][] {ExactGradient.of(out0), ExactGradient.of(out1)};
  }
}
